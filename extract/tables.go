package extract

import (
	"strings"

	"numclaims/schema"
)

// This file holds the word tables of the extractor: units, measure words,
// currencies, qualifier words, hedge words, predicates. Adding a unit or a
// word is one line here; the patterns in patterns.go are built from them.

// unitDef is one written unit and how it normalizes.
type unitDef struct {
	text   string  // as written after the number: 平方公里, 个百分点, 美元
	kind   string  // schema.Kind*
	code   string  // normalized unit code (CLAIMS.md): m2, pp, USD, 家
	factor float64 // multiply the stated number by this to get the value in code
	// guard lists, |-separated, the words that must not follow the unit
	// (成 in 一成不变, 方 in 方面); empty for none.
	guard string
	// arabic is true for units that follow Arabic digits only: with a
	// Chinese numeral they are ordinary words (三方 "three parties",
	// 三点 "three o'clock").
	arabic bool
	// needMag is true for units that count only after 万 or 亿: 二千零三十亿度
	// is electricity, 45度 an angle or a temperature.
	needMag bool
}

// currencies maps a written currency to its ISO 4217 code.
var currencies = []struct{ text, code string }{
	{"美分", "USD"}, {"港仙", "HKD"}, {"欧分", "EUR"}, {"坡分", "SGD"}, // cents: see subunit
	{"分钱", "CNY"}, {"毛钱", "CNY"}, {"角钱", "CNY"}, // 小麦每斤提高3分钱, 一公里仅花费5分钱, 1毛钱
	{"元人民币", "CNY"}, {"圆", "CNY"}, {"人民币", "CNY"}, {"人币", "CNY"}, {"元", "CNY"}, {"块钱", "CNY"},
	{"美元", "USD"}, {"美金", "USD"}, {"欧元", "EUR"}, {"日元", "JPY"}, {"日圆", "JPY"},
	{"港元", "HKD"}, {"港币", "HKD"}, {"英镑", "GBP"}, {"韩元", "KRW"}, {"澳元", "AUD"},
	{"加元", "CAD"}, {"加拿大元", "CAD"}, {"新台币", "TWD"}, {"卢布", "RUB"}, {"瑞士法郎", "CHF"}, {"法郎", "CHF"},
	{"新加坡元", "SGD"}, {"泰铢", "THB"}, {"印度卢比", "INR"}, {"卢比", "INR"}, {"澳门元", "MOP"},
	{"林吉特", "MYR"}, {"越南盾", "VND"}, {"比索", "MXN"}, {"里拉", "TRY"}, {"兰特", "ZAR"},
	{"雷亚尔", "BRL"}, {"新西兰元", "NZD"}, {"纽元", "NZD"}, {"纽币", "NZD"}, {"瑞典克朗", "SEK"}, {"挪威克朗", "NOK"}, {"丹麦克朗", "DKK"}, {"冰岛克朗", "ISK"}, {"捷克克朗", "CZK"},
	{"瑞郎", "CHF"}, {"坡元", "SGD"}, {"新谢克尔", "ILS"}, {"兹罗提", "PLN"}, {"福林", "HUF"},
	{"台币", "TWD"}, {"新卢布", "RUB"}, {"南非兰特", "ZAR"}, {"菲律宾比索", "PHP"}, {"坚戈", "KZT"}, {"波兰兹罗提", "PLN"},
	{"毛里求斯卢比", "MUR"}, {"巴基斯坦卢比", "PKR"}, {"斯里兰卡卢比", "LKR"}, {"尼泊尔卢比", "NPR"}, // the other rupees (卢比 alone is India's)
	{"印尼盾", "IDR"}, {"印度尼西亚盾", "IDR"}, {"墨西哥比索", "MXN"}, {"阿根廷比索", "ARS"}, {"智利比索", "CLP"}, {"哥伦比亚比索", "COP"},
	{"沙特里亚尔", "SAR"}, {"迪拉姆", "AED"}, {"埃及镑", "EGP"}, {"土耳其里拉", "TRY"}, {"巴西雷亚尔", "BRL"}, {"韩圆", "KRW"},
	{"缅币", "MMK"}, {"缅元", "MMK"}, {"图格里克", "MNT"}, {"奈拉", "NGN"},
	{"新元", "SGD"}, {"新币", "SGD"}, // 7637.4万新元: Singapore dollars
}

// fxCodes are the ISO codes a currency pair may be written in (GBP/USD),
// with the offshore yuan's CNH read as the yuan.
var fxCodes = func() map[string]string {
	m := map[string]string{"CNH": "CNY"}
	for _, c := range currencies {
		m[c.code] = c.code
	}
	return m
}()

// totalWords sum what came before; they are no verb of a clause's own
// (计划发行2只债券，共计25亿元: the plan's total).
var totalWords = map[string]bool{"共计": true, "合计": true, "总计": true, "共": true}

// shareLeads open a share's clause (占本年收入的33.53%).
var shareLeads = []string{"占", "约占", "占到"}

// rateWords before 个位数 make it a rate (增速降至个位数, 同增高个位数):
// singleDigitRate.
var rateWords = []string{"增速", "增幅", "同增", "增长率"}

// casualtyLeads before 一人 make it a toll, one person (造成一人死亡).
var casualtyLeads = []string{"造成", "导致", "致"}

// casualtyNames name what each tally word of 3死9伤 counts (casualtyItem).
var casualtyNames = map[rune]string{'死': "死亡", '伤': "受伤"}

// currencyGuards are the words that, right after a currency, show it is
// part of another word: 三元材料 and 三元锂电池 (ternary), 二元结构, 一元复始.
var currencyGuards = map[string]string{
	"日圆": `满|润|融|梦`,                                          // 12月30日圆满完成: a date, then 圆满
	"新元": `素|年|街|科|南|贺|篇`,                                    // 第八周期新元素, 开创新元年: words, not Singapore dollars
	"元":  `素|旦|宵|宇宙|复始|论|锂|正极|前驱|材料|结构|一次|生猪|猪|化|电池|标准体系|体系`, // 外三元生猪: a breed; 一元化领导, 多元化; 三元电池; 二元标准体系
	"圆":  `柱|形|满|桌|周|心|锥|梦|润|滑|顶|盘|球|圈|弧|规|场|珠`,              // 4680圆柱形电池: a shape
}

// subunit are the currencies written in hundredths or tenths (美分, 港仙,
// 分钱, 毛钱).
var subunit = map[string]float64{"美分": 0.01, "港仙": 0.01, "欧分": 0.01, "坡分": 0.01, "分钱": 0.01, "毛钱": 0.1, "角钱": 0.1}

// perUnits are the denominators a price or rate may carry after the
// currency (75.6美元/桶) or before the number (每吨300元).
var perUnits = []string{
	"桶", "吨", "盎司", "克", "公斤", "千克", "斤", "股", "手", "人", "户", "亩", "平方米", "平方公尺", "㎡",
	"千瓦时", "度", "立方米", "方", "升", "件", "台", "辆", "张", "份", "次", "月", "年", "天", "日",
	"小时", "个", "家", "头", "只", "箱", "标箱", "公里", "米", "间", "蒲式耳", "磅", "百万英热单位", "百万英热", "英热单位",
	"瓶", "枚", "片", "套", "盒", "支", "包", "袋", "平米", "平", "kg", "千瓦", "兆瓦时", "人次", "晚", "课时", "标吨", "撒姆", "羽", "加仑", "杯", "集", "KW", "kW", "位",
	"万人",      // 机器人密度达到246台/万人
	"人份", "项", // 单样检测服务收费标准降至25元/人份, 降至15元/项
}

// perBeforeOnly are denominators read only in 每X before an amount and
// only when 每 or a digit follows (每生每年6000元): the rune also starts
// words (每生产1吨).
var perBeforeOnly = []string{"生", "孩"} // 每孩每年3600元: per child

// timePers are the denominators of a rate over time: a quantity or count
// keeps them in its span but not in its unit (694.9万桶/日 → m3), as
// CLAIMS.md keeps 年产38.8亿方 in m3; a speed too (阵风达到134公里每小时 →
// m, as its annotator wrote). Prices keep theirs (元/月).
var timePers = []string{"日", "天", "年", "月", "周", "小时"}

// physical are the measured quantities, normalized to SI-like codes.
var physical = []unitDef{
	{text: "平方公里", kind: schema.KindQuantity, code: "m2", factor: 1e6},
	{text: "平方千米", kind: schema.KindQuantity, code: "m2", factor: 1e6},
	{text: "平方米", kind: schema.KindQuantity, code: "m2", factor: 1},
	{text: "平方", kind: schema.KindQuantity, code: "m2", factor: 1, guard: `公|千|米|厘|分|毫|英|尺|码|和|差|根|数`}, // 建筑面积3.3万平方 (米 unwritten; 平方公里 and 平方根 are longer words)
	{text: "平方公尺", kind: schema.KindQuantity, code: "m2", factor: 1},                                   // the 1950s' words for 平方米, 米
	{text: "公尺", kind: schema.KindQuantity, code: "m", factor: 1},
	{text: "公厘", kind: schema.KindQuantity, code: "m", factor: 0.001}, // 一千一百五十公厘的轧钢机
	{text: "平米", kind: schema.KindQuantity, code: "m2", factor: 1},
	{text: "平方英尺", kind: schema.KindQuantity, code: "m2", factor: 0.09290304}, // 总占地面积为约364,000平方呎
	{text: "平方呎", kind: schema.KindQuantity, code: "m2", factor: 0.09290304},
	{text: "平", kind: schema.KindQuantity, code: "m2", factor: 1, arabic: true, guard: `方|米|均|衡|稳|台|安|价|等|局|手|仓|开|分|民|时|常|行|面|原|房|板|盘|息|抑|定|静|反|凡|滑|整|复|和|顶|视|铺|0|1|2|3|4|5|6|7|8|9`}, // 总建面不超11.16万平; but 5升1平2降
	{text: "㎡", kind: schema.KindQuantity, code: "m2", factor: 1},
	{text: "千公顷", kind: schema.KindQuantity, code: "m2", factor: 1e7}, // 夏粮播种面积26609千公顷: the statistical bureau's unit
	{text: "公顷", kind: schema.KindQuantity, code: "m2", factor: 1e4},
	{text: "亩", kind: schema.KindQuantity, code: "m2", factor: 10000.0 / 15},
	{text: "立方米", kind: schema.KindQuantity, code: "m3", factor: 1},
	{text: "m³", kind: schema.KindQuantity, code: "m3", factor: 1},
	{text: "方", kind: schema.KindQuantity, code: "m3", factor: 1, arabic: true, guard: `面|向|式|案|法|针|位|便|舱|阵|言|队|可|能|才|体|略|块`},
	{text: "土方", kind: schema.KindQuantity, code: "m3", factor: 1}, // earthwork: 完成八亿土方 (after Chinese numerals too)
	{text: "石方", kind: schema.KindQuantity, code: "m3", factor: 1},
	{text: "千升", kind: schema.KindQuantity, code: "m3", factor: 1},                                                                    // 酿酒总产量5407万千升
	{text: "升", kind: schema.KindQuantity, code: "m3", factor: 0.001, arabic: true, guard: `级|格|值|高|温|至|到|为|幅|息|0|1|2|3|4|5|6|7|8|9`}, // but 分项指数1升7降: a tally
	{text: "吨公里", kind: schema.KindQuantity, code: "tkm", factor: 1},                                                                  // freight turnover
	{text: "载重吨", kind: schema.KindQuantity, code: "kg", factor: 1000},                                                                // deadweight tonnes: a mass, as 吨标准煤 (five annotators of five)
	{text: "修正总吨", kind: schema.KindQuantity, code: "CGT", factor: 1},                                                                 // compensated gross tonnage, the shipbuilders' measure: 237万修正总吨（CGT）
	{text: "CGT", kind: schema.KindQuantity, code: "CGT", factor: 1},
	{text: "总吨", kind: schema.KindQuantity, code: "总吨", factor: 1}, // gross tonnage, a ship's volume, not a mass (2.492亿总吨): an index with no code, kept as written
	{text: "立方英尺", kind: schema.KindQuantity, code: "m3", factor: 0.028316846592},
	{text: "英里", kind: schema.KindQuantity, code: "m", factor: 1609.344},
	{text: "英尺", kind: schema.KindQuantity, code: "m", factor: 0.3048},
	{text: "英寸", kind: schema.KindQuantity, code: "m", factor: 0.0254, guard: `晶|产|厂|硅|线|生|及|、|和`}, // 6.9英寸的屏幕; but 12英寸晶圆 names a class of wafer
	{text: "吋", kind: schema.KindQuantity, code: "m", factor: 0.0254, guard: `晶|产|厂|硅|线|生|及|、|和`},  // the inch as Taiwan's press writes it: 尺寸定案为18.8吋
	{text: "磅", kind: schema.KindQuantity, code: "kg", factor: 0.45359237},
	{text: "克拉", kind: schema.KindQuantity, code: "kg", factor: 0.0002},            // diamonds: 1.1亿至1.2亿克拉
	{text: "蒲式耳", kind: schema.KindQuantity, code: "m3", factor: 0.03523907016688}, // US bushels: 大豆产量预期为45.89亿蒲式耳
	{text: "盎司", kind: schema.KindQuantity, code: "kg", factor: 0.0311034768},      // the troy ounce of gold and silver: 6264万盎司（约1948.32吨）
	// Latin-letter units, as written in Chinese prose: 55kg, 50MW, 25km/h
	{text: "km/h", kind: schema.KindQuantity, code: "km/h", factor: 1},
	{text: "km", kind: schema.KindQuantity, code: "m", factor: 1000},
	{text: "Ah", kind: schema.KindQuantity, code: "Ah", factor: 1, arabic: true}, // a battery's charge: 容量达107Ah
	{text: "mAh", kind: schema.KindQuantity, code: "Ah", factor: 0.001, arabic: true},
	{text: "mm", kind: schema.KindQuantity, code: "m", factor: 0.001, arabic: true, guard: `晶|硅|产|厂|线|2|²|/|[A-Za-z]`}, // 直径40mm; but 300mm晶圆 names a class of wafer, 4mm2 is an area
	{text: "cm", kind: schema.KindQuantity, code: "m", factor: 0.01, arabic: true, guard: `涨|跌|2|²|/|”|"|[A-Za-z]`},    // 身高180cm; but 20cm涨停 is the 20% limit of a board
	{text: "kg", kind: schema.KindQuantity, code: "kg", factor: 1},
	{text: "L", kind: schema.KindQuantity, code: "m3", factor: 0.001}, // litres: 加满一箱50L的92#汽油, 2.5L贵州大曲
	{text: "kW", kind: schema.KindQuantity, code: "W", factor: 1e3},
	{text: "MW", kind: schema.KindQuantity, code: "W", factor: 1e6},
	{text: "GW", kind: schema.KindQuantity, code: "W", factor: 1e9},
	{text: "kWh", kind: schema.KindQuantity, code: "kWh", factor: 1}, // energy, not power: 38GWh
	{text: "MWh", kind: schema.KindQuantity, code: "kWh", factor: 1e3},
	{text: "GWh", kind: schema.KindQuantity, code: "kWh", factor: 1e6},
	{text: "TWh", kind: schema.KindQuantity, code: "kWh", factor: 1e9},
	{text: "吉焦", kind: schema.KindQuantity, code: "kWh", factor: 1e3 / 3.6}, // heat, as gas is sold: 410.25万吉焦/年
	{text: "兆焦", kind: schema.KindQuantity, code: "kWh", factor: 1 / 3.6},
	{text: "千焦", kind: schema.KindQuantity, code: "kWh", factor: 1 / 3.6e3},
	{text: "mmHg", kind: schema.KindQuantity, code: "mmHg", factor: 1},                  // blood pressure, kept as written: 高压高达180mmHg以上
	{text: "TB", kind: schema.KindQuantity, code: "TB", factor: 1, guard: `版|款|内存|存储版`}, // data, kept as written: 接入流量达到434.9万TB; but 1TB版本 names a model
	{text: "PB", kind: schema.KindQuantity, code: "PB", factor: 1, guard: `版|款`},
	{text: "GB", kind: schema.KindQuantity, code: "GB", factor: 1, guard: `版|款|内存|存储版`},
	{text: "毫米汞柱", kind: schema.KindQuantity, code: "mmHg", factor: 1},
	{text: "人公里", kind: schema.KindQuantity, code: "pkm", factor: 1},     // passenger turnover
	{text: "吨海里", kind: schema.KindQuantity, code: "tkm", factor: 1.852}, // sea freight turnover, in tonne-kilometres
	{text: "人海里", kind: schema.KindQuantity, code: "pkm", factor: 1.852},
	{text: "公里", kind: schema.KindQuantity, code: "m", factor: 1000},
	{text: "千米", kind: schema.KindQuantity, code: "m", factor: 1000},
	{text: "厘米", kind: schema.KindQuantity, code: "m", factor: 0.01},
	{text: "毫米", kind: schema.KindQuantity, code: "m", factor: 0.001},
	{text: "微米", kind: schema.KindQuantity, code: "m", factor: 1e-6},
	{text: "纳米", kind: schema.KindQuantity, code: "m", factor: 1e-9, guard: `制程|工艺|芯片|技术|节点|级|高性能|先进|e|D|N|F|S`}, // but 4纳米制程, 7纳米芯片: a process node, a label
	{text: "米", kind: schema.KindQuantity, code: "m", factor: 1},
	{text: "立方公尺", kind: schema.KindQuantity, code: "m3", factor: 1},
	{text: "海里", kind: schema.KindQuantity, code: "m", factor: 1852},
	{text: "吨标准煤", kind: schema.KindQuantity, code: "kg", factor: 1000},
	{text: "吨标煤", kind: schema.KindQuantity, code: "kg", factor: 1000},
	{text: "油气当量吨", kind: schema.KindQuantity, code: "kg", factor: 1000},
	{text: "吨", kind: schema.KindQuantity, code: "kg", factor: 1000},
	{text: "公斤", kind: schema.KindQuantity, code: "kg", factor: 1, guard: `级|以上级|以下级`}, // but 女子81公斤以上级: a weight class
	{text: "千克", kind: schema.KindQuantity, code: "kg", factor: 1},
	{text: "克", kind: schema.KindQuantity, code: "kg", factor: 0.001, guard: `服|隆|拉|里`},
	{text: "毫克", kind: schema.KindQuantity, code: "kg", factor: 1e-6},
	{text: "微克", kind: schema.KindQuantity, code: "kg", factor: 1e-9}, // PM2.5浓度32.3微克/立方米 → kg/立方米
	{text: "斤", kind: schema.KindQuantity, code: "kg", factor: 0.5},
	{text: "噸", kind: schema.KindQuantity, code: "kg", factor: 1000}, // traditional forms: 1954 reports
	{text: "畝", kind: schema.KindQuantity, code: "m2", factor: 10000.0 / 15},
	{text: "公裡", kind: schema.KindQuantity, code: "m", factor: 1000},
	{text: "平方公裡", kind: schema.KindQuantity, code: "m2", factor: 1e6},
	{text: "千瓦時", kind: schema.KindQuantity, code: "kWh", factor: 1},
	{text: "千瓦时", kind: schema.KindQuantity, code: "kWh", factor: 1},
	{text: "千瓦小时", kind: schema.KindQuantity, code: "kWh", factor: 1},  // 发电量达到４４５５亿千瓦小时 (the 1980s' spelling)
	{text: "瓦时", kind: schema.KindQuantity, code: "kWh", factor: 1e-3}, // 324亿瓦时 of batteries
	{text: "兆瓦时", kind: schema.KindQuantity, code: "kWh", factor: 1e3},
	{text: "吉瓦时", kind: schema.KindQuantity, code: "kWh", factor: 1e6},
	{text: "度", kind: schema.KindQuantity, code: "kWh", factor: 1, needMag: true, guard: `电|以上|以下|左右|假`}, // but 15万度假者
	{text: "度电", kind: schema.KindQuantity, code: "kWh", factor: 1},
	{text: "千瓦", kind: schema.KindQuantity, code: "W", factor: 1e3},
	{text: "瓩", kind: schema.KindQuantity, code: "W", factor: 1e3},  // the 1950s' one character for 千瓦: 功率为7,000瓩
	{text: "电子伏", kind: schema.KindQuantity, code: "eV", factor: 1}, // 能产生二千五百万电子伏的α粒子: no code in CLAIMS.md, the physicist's
	{text: "电子伏特", kind: schema.KindQuantity, code: "eV", factor: 1},
	{text: "马力", kind: schema.KindQuantity, code: "W", factor: 735.49875}, // metric horsepower
	{text: "兆瓦", kind: schema.KindQuantity, code: "W", factor: 1e6},
	{text: "吉瓦", kind: schema.KindQuantity, code: "W", factor: 1e9},
	{text: "桶", kind: schema.KindQuantity, code: "桶", factor: 1, guard: `装|面`}, // the oil barrel, as written: 442.8万桶, 694.9万桶/日 (17 annotated documents keep 桶, 10 convert to m3, 5 write bbl)
	{text: "重量箱", kind: schema.KindQuantity, code: "重量箱", factor: 1},           // flat glass's weight case (50 kg of 2 mm glass), as written: 平板玻璃产能4999万重量箱
	{text: "标箱", kind: schema.KindQuantity, code: "TEU", factor: 1},
	{text: "TEU", kind: schema.KindQuantity, code: "TEU", factor: 1, arabic: true}, // 15000TEU集装箱船
	{text: "P", kind: schema.KindQuantity, code: "P", factor: 1, arabic: true},     // computing power in petaflops, as written: 算力规模达到5万P (withUnit wants 算 in the clause, no letter after)
	{text: "PF", kind: schema.KindQuantity, code: "P", factor: 1, arabic: true},    // 总算力突破7000PF
	{text: "标准箱", kind: schema.KindQuantity, code: "TEU", factor: 1},
	{text: "个标准箱", kind: schema.KindQuantity, code: "TEU", factor: 1}, // 3750万个标准箱
	{text: "个标箱", kind: schema.KindQuantity, code: "TEU", factor: 1},
	{text: "担", kind: schema.KindQuantity, code: "kg", factor: 50, guard: `任|保|心|当|负|忧|子|纲|架|责`}, // 市担, in the 1950s reports
	{text: "℃", kind: schema.KindQuantity, code: "degC", factor: 1},
	{text: "°C", kind: schema.KindQuantity, code: "degC", factor: 1}, // 23.17°C: a degree sign and a C
	{text: "摄氏度", kind: schema.KindQuantity, code: "degC", factor: 1},
	{text: "兆帕", kind: schema.KindQuantity, code: "Pa", factor: 1e6}, // 强度为500兆帕: pressure in pascals
	{text: "千帕", kind: schema.KindQuantity, code: "Pa", factor: 1e3},
	{text: "百帕", kind: schema.KindQuantity, code: "Pa", factor: 1e2},
	{text: "点", kind: schema.KindQuantity, code: "point", factor: 1, arabic: true, guard: `钟|半|多|整|档|` + strings.Join(pointNouns, "|")},
	{text: "个点", kind: schema.KindQuantity, code: "point", factor: 1, arabic: true, guard: `位|子|赞`}, // 比上月下跌6个点: an index's points (not 22个点位)
	// a score with decimals (以88.50分夺冠, 满意度得分82.2分); withUnit keeps
	// out whole numbers (10时54分, 3分之差) and reads 每股亏损4.5分 as cents
	{text: "分", kind: schema.KindQuantity, code: "point", factor: 1, arabic: true, guard: `钟|之|别|期|析|享|布|行|配|红|子|类|成|段|数|化|散|批|支|局|会|部|项|位|点|秒|公司`},
}

// ratios are the percent-like and multiple units.
var ratios = []unitDef{
	{text: "个百分点", kind: schema.KindPercentagePoint, code: "pp", factor: 1},
	{text: "个多百分点", kind: schema.KindPercentagePoint, code: "pp", factor: 1},  // 提高2个多百分点: more than two
	{text: "个千分点", kind: schema.KindPercentagePoint, code: "pp", factor: 0.1}, // 出生率下降5个千分点: per-mille points
	{text: "千分点", kind: schema.KindPercentagePoint, code: "pp", factor: 0.1},
	{text: "百分点", kind: schema.KindPercentagePoint, code: "pp", factor: 1},
	{text: "pct", kind: schema.KindPercentagePoint, code: "pp", factor: 1},              // brokers' shorthand: 毛利率下降5.41pct
	{text: "ppt", kind: schema.KindPercentagePoint, code: "pp", factor: 1},              // 毛利率同比-4.1ppt
	{text: "pp", kind: schema.KindPercentagePoint, code: "pp", factor: 1, guard: `p|P`}, // 毛利率大幅下滑5.47pp (but 一PPP项目)
	{text: "PP", kind: schema.KindPercentagePoint, code: "pp", factor: 1, guard: `P|p`},
	{text: "个基点", kind: schema.KindPercentagePoint, code: "pp", factor: 0.01},
	{text: "基点", kind: schema.KindPercentagePoint, code: "pp", factor: 0.01},
	{text: "bp", kind: schema.KindPercentagePoint, code: "pp", factor: 0.01},
	{text: "BP", kind: schema.KindPercentagePoint, code: "pp", factor: 0.01},
	{text: "个BP", kind: schema.KindPercentagePoint, code: "pp", factor: 0.01}, // 利率已经下降10个BP
	{text: "个bp", kind: schema.KindPercentagePoint, code: "pp", factor: 0.01},
	{text: "%", kind: schema.KindPercent, code: "%", factor: 1},
	{text: "‰", kind: schema.KindPercent, code: "%", factor: 0.1},
	{text: "成", kind: schema.KindPercent, code: "%", factor: 10, guard: `不变|为|立|本|果|员|功|都|效|绩|交|就|品|型|熟|长|年|人|片|群|套|批|全|了|绩`},
	{text: "折", kind: schema.KindPercent, code: "%", factor: 10, guard: `合|算|旧|扣|叠|射|返|线|腾|价|中|现|成|让|损|桂`},
	{text: "倍", kind: schema.KindMultiple, code: "x", factor: 1},
	{text: "x", kind: schema.KindMultiple, code: "x", factor: 1, arabic: true}, // 平均PE分别为30x、22x (withUnit keeps out 3x3, 0x1F)
}

// yuanOf are the currencies also counted in 元, named beside the amount:
// 5723.5亿元新台币, 港币6560万元.
var yuanOf = []struct{ text, code string }{
	{"新台币", "TWD"}, {"台币", "TWD"}, {"港币", "HKD"}, {"澳门币", "MOP"}, {"美金", "USD"}, {"美元", "USD"}, // 约合美元9420万元
}

// thenWords open a clause that goes on in sequence (预计今年增长21%，随后在2025年增长18%).
var thenWords = newWordSet([]string{"随后", "此后", "之后", "其后", "然后", "而"})

// nextYears name a year to come, as a forecast's next one does (预计今年增长4.2%，明年增长3.8%).
var nextYears = []string{"明年", "后年", "次年", "下一年"}

// levelTos end the clause of a price at another time, before the price
// (，年底前到100美元); seriesTimes name that time (timeSeriesNext).
var (
	levelTos      = []string{"达到", "到", "至", "为", "报"}
	seriesTimeSet = newWordSet([]string{"月", "年", "季度", "同期", "此前", "上周", "本周", "下周"})
)

// releasedReadings name a figure already published (7月终值升2.3%, 6月前值):
// no month of a forecast.
var releasedReadings = []string{"终值", "前值", "初值", "修正", "公布", "实际"}

// planOutturns, after 计划执行 or 计划完成, make it how a plan went, no
// plan of a figure (计划执行情况, 重整计划执行完毕, 做好计划执行工作).
var planOutturns = []string{"情况", "完毕", "工作"}

// namedDays, before 一天, make it that day alone, no span (今天一天取消航班1000多架次).
var namedDays = []string{"今天", "当天", "那天"}

// medalNames are what the medal counts 金, 银, 铜 count.
var medalNames = map[string]string{"金": "金牌", "银": "银牌", "铜": "铜牌"}

// scoreNouns, after a score and 的, name it (以90.98分的成绩, 以0.3分的优势).
var scoreNouns = []string{"总成绩", "成绩", "总分", "高分", "优势"}

// measureWords are the count units: the code is the measure word itself.
// 一 with one of these is usually the article "a" and is not a count.
var measureWords = []string{
	"户次", "人次", "件次", "架次", "车次", "批次", "艘次", "列次", "座次", "个", "家", "人", "项", "款", "台", "艘", "户", "只", "件",
	"辆", "座", "所", "名", "批", "次", "位", "条", "套", "种", "处", "场", "篇", "部", "架", "列",
	"头", "株", "棵", "支", "根", "张", "本", "册", "份", "宗", "例", "对", "间", "栋", "枚", "颗",
	"匹", "门", "首", "幅", "口", "片", "粒", "集", "轮", "起", "趟", "班", "地", "股", "笔", "台次", "辆次", "场次", "箱", "孔",
	"剂次", "剂", "尾", "块", "家次", // 283533.2万剂次, 5万尾中华鲟, 两块金牌 (money only as 块钱), 663家次
	"盏", "盆", "杯", "桌", // 火种被引入四盏火种灯, 6万盆年宵花, 卖出超过7500万杯, 接待了11桌客人
	"遍",             // 至少重复三遍
	"部门", "部委", "组", // 五部门印发通知, 三部委联合发布, 四组
	"席",       // 在金属品种前10强中占9席, 赢得120席 (席位, 席卷 are words)
	"部分",      // 共9部分内容 (一部分 is no count: 一 with a measure word)
	"台套",      // 7000万台套设备
	"班次", "档", // 4000班次, 由四档税率简并至三档
	"方面",           // 主要做了7方面工作, 四方面提出16项重点任务 (一方面 is a conjunction: 一 with a measure word is no count)
	"大类",           // 10大类52项民生实事
	"大洲",           // 覆盖5大洲、41个国家和地区
	"县区", "县", "州", // 凉州、陇西、康县3县区, 卓尼、临潭2县, 美31州 (州 after digits only)
	"大",       // after digits only: 4大功能类供应链平台, 10大重点农业产业链
	"页", "人份", // 长达9页的报告, 共采检11356人份 (not 幢: 小区8幢 is a building's number)
	"国", "类", // after digits only: 20多国国家元首, 8类家电产品 (七国集团, 三类水 are names)
	"省区市", "省区", "省份", "头只", "包", "袋", "盒", "瓶", "单", // 9省区, 牛羊出栏937万头只, 70多包方便面, 订单数达62亿单
	"箱次", "羽", "发", // 19万箱次, 销售鸡苗258万羽 (after digits only), 7200万发炮弹 (after 万 or 亿 only)
	"金", "银", "铜", // medals: 获得8金9银6铜
	"响",       // 鸣礼炮21响
	"连板",      // 止步12连板, 五连板: limit-up days in a row, counted as 板
	"枝",       // 鲜切花日销高峰达150万枝
	"节",       // after digits only: 涉及161节车厢 (节能, 节日 are words)
	"票",       // after digits only: votes, 以12票同意; consignments, 跨境邮件超9万票 (一票否决 is an idiom)
	"手",       // after digits only: lots of futures, 不得超过20000手 (二手房, 两手抓 are words)
	"省市", "省", // after digits only: 赴江苏、安徽等6省（区、市）, 13省市 (东北三省 names a region)
	"市州", "市县", // after digits only: 开展黄河流域4市州省级环保督察
	"期次",      // 基于1995、2016和2023年3期次监测数据 (一期, 二期 are phases)
	"届",       // only after a verb of holding (heldEditions): 连续举办8届; 十四届全国人大 is a name
	"车道",      // 双向六车道
	"层",       // 十层乡村大型商业综合体, 十几层楼高 (not 层面, 层级, 层出不穷)
	"道",       // 拉出六道彩烟 (道路, 道理 are words)
	"阶段", "段", // 分两阶段建设, 共计299段论述 (段 after digits only: 一段时间, 分段)
	"城",                                                        // after digits only: 目前全国36城 (not 九城市: 城市 is no measure word)
	"章",                                                        // 《条例》共7章58条
	"字",                                                        // after digits only: 共15章、58目、146条，10万字
	"管",                                                        // after digits only: 5万管检测能力 (试管, tubes; 三管齐下 is an idiom)
	"個", "項", "條", "張", "輛", "臺", "戶", "間", "種", "場", "處", "隻", // traditional forms
}

// holdingWords right before a percent make it a stake (持股5%, 持有公司47.44%).
var holdingWords = []string{"持股", "持有公司", "持有本公司", "持有其"}

// pronounAfter, after 两人, 二人 or 三人, make it the people named before
// (两人于2015年注册结婚, 从两人关联企业来看), not a count of people.
var pronounAfter = []string{"于", "曾", "也", "都", "均", "还", "已", "将", "同", "共同", "一起", "之间", "分别", "此前", "随后", "当天", "当日", "关联", "的关系", "相识", "结婚", "离婚", "握手", "会谈", "交谈"}

// countBefore, before 两人, keep it a count whatever follows (至少两人在袭击中受伤,
// 包括两人在内, 其中两人已被捕).
var countBefore = []string{"至少", "包括", "其中", "共", "有", "造成", "致", "导致", "仅", "只"}

// floorPlaces before N层 make it the floor something is on (思聪楼二层,
// 佳业广场12层), not a building's count of floors (三层公寓楼).
var floorPlaces = []string{"楼", "广场", "大厦", "中心", "馆", "商场"}

// notMoverWords in a clause of a name and a move (极氪涨) show it holds a
// time or a manner instead (全年涨, 日内一度跌, 盘中集体跌, 停牌前涨).
var notMoverWords = []string{"全年", "年", "月", "周", "日", "天", "前", "后", "度", "环比", "同比", "同期", "相比", "盘中", "集体", "累计", "期间", "当", "再", "又", "也", "均", "还", "至少", "继续", "分别", "一度", "公司", "较", "上期", "现", "最终", "该", "其中", "料", "将", "已", "仍", "大幅", "小幅", "逆市", "显著", "一夜", "即使", "最近", "但", "盘初", "早盘", "尾盘", "午盘", "至多", "做多", "走高", "走低", "震荡", "和", "其", "初步", "则"}

// ratioNouns after a ratio a:b name it one (呈现2:1的比例).
var ratioNouns = []string{"的比例", "的比值", "的比率"} // not 1∶5万比例尺, a map's scale

// measureCodes maps a measure word to the unit code of what it counts,
// where that is not the word itself: 十大类 counts 类 (10 of 15 annotated
// 大类 counts; 大 is the adjective).
var measureCodes = map[string]string{"大类": "类", "连板": "板"}

// traditionalMeasure maps a traditional measure word to its simplified
// form, whose guard it shares; its unit stays as written (CLAIMS.md: the
// measure word as written), 個 in the 1954 report.
var traditionalMeasure = map[string]string{
	"個": "个", "項": "项", "條": "条", "張": "张", "輛": "辆", "臺": "台", "戶": "户", "間": "间",
	"種": "种", "場": "场", "處": "处", "隻": "只",
}

// moneyCues are the words after which an amount with a magnitude and no
// unit is money: financial news often leaves 元 unwritten (实现收入15.02亿,
// 北上资金净买入91.83亿, 身家40亿). moneyLinks or a change verb may stand
// between the word and the amount (总营收为74.82亿, 净利润减少6.7亿). A
// noun of countedAfter right after the amount makes it a count of people
// or things instead (就业人数600万人 has its unit; 82.3万美国人 does not,
// and is left alone).
var (
	moneyCues = []string{
		"收入", "营收", "营业额", "销售额", "交易额", "成交额", "金额", "总额", "余额",
		"资产规模", "基金规模", "市场规模", "融资规模", "管理规模", "交易规模", "贡献规模", "价值",
		"利润", "净利润", "净利", "盈利", "毛利", "亏损", "净亏损", "净亏", "亏", "赚", "损失",
		"市值", "估值", "注册资本", "资本金", "资金", "资产", "净资产", "负债", "债务",
		"生产总值", "GDP", "经济总量", // 人均地区生产总值突破5万
		"总投资", "投资额", "融资", "募资", "募集资金", "募集", "回购", "净买入", "净卖出", "净流入", "净流出", "斥资", "耗资", "出资", "注资", "花费", "豪掷", "拨付", "拨款", // 豪掷30亿, 拨付7.06亿
		"投资规模", "固定资产投资", // 固定资产投资规模突破57万亿
		"成交",       // 九安医疗午后封住跌停，成交超55亿
		"产值",       // 培育一批产值超500亿、1000亿优势特色产业集群
		"被罚", "罚没", // 因三宗罪被罚80万
		"烧掉", "烧光", "烧钱", "投资", "投入", // 烧掉56个亿后
		"票房", "身家", "薪酬", "报酬", "年薪", "月薪", "月入", "领薪", "工资", "奖金", "分红", "保费", "贷款", "存款", // 骑手获报酬超过800亿
		"税收", "罚款", "补贴", "奖补", "支出", "费用", "成本", "价格", "售价", "房价", "总价", "发行", "现金", "现金流", // 年底账面现金约1600亿, 经营性现金流由8906.2万下降至-3075万
		"计提",             // 2019年度计提6.48亿资产减值准备
		"本金", "利息", "本息", // 本金及利息共计33.15亿
		"罚金", "借款", "并购贷", "套现", "总值", "额度", "采购额", "认购额", "签约规模", "在管规模", // 长期借款将近6亿, 进出口总值突破7000亿
		"零售额", "进出口额", "签约额", "进出口", "标价", "减免税", "创收", // 网络零售额702亿, 厦门对金砖国家进出口额达160.7亿
		"被骗", "骗取", "诈骗", // 致40余人被骗3000多万
	}
	moneyLinks = []string{
		"为", "达", "达到", "是", "实现", "录得", "共", "合计", "累计", "已", "已达", "高达", "仅", "仅为",
		"约为", "分别为", "增至", "降至", "减至", "升至", "或", "也", "将", "将达", "可达", "预计", "有望",
		"首度", "首次", "再度", "再次", // 单日新增确诊病例数首度突破10万
		"比上年", "比去年", "较上年", "较去年", "同比", // 贫困人口比上年减少290万
		"分别", "总计", "共计", "由", "从", "至", "到", "已经", "达到了", "控制在", // 人数已经达到了3.46亿; 参保人数分别增加1753万; 出境旅游人次由8300万; 注册资本增加至550亿
	}
	countedAfter = []string{"人", "户", "名", "位", "家", "股", "公司股份", "群众", "贫困群众", "贫困人口", "手", "份", "辆", "台", "套", "件", "只", "头", "个", "次", "美国人", "用户", "投资者", "学生", "游客", "居民", "职工", "人口", "人民", "农民"}
)

// seatWords, right after a figure from 2 to 5, make it a count of the seats
// of institutions on a trading board's list (三机构合计净卖出6432万元; 一机构
// is "an institution", an article to annotators).
var seatWords = []string{"机构合计", "机构净买入", "机构净卖出", "机构买入", "机构卖出", "机构专用席位"}

// moneyAfter, right after an amount with no unit, make it money (84亿巨资,
// 84亿资金净流入).
var moneyAfter = []string{"巨资", "资金", "的市值", "市值", "的产值", "产值", "融资", "的融资", "票房", "的票房", "股权", "所持股权", "的投资款", "投资款",
	"赔偿金", "赔偿款", "补偿金", "补偿款", "罚款", "罚金", "奖金", "贷款", "善款", "捐款", "现金", // 相当于3.8万亿的市值, 实现万亿产值, 获得10亿融资, 57.74亿票房, 6500万股权被冻结
	"永续债", "公司债", "可转债", "债券", "管理费"} // 拟发不超20亿永续债, 稳收36亿管理费

// notCountedAfter start with a word of countedAfter but show no count:
// 迈上1200亿台阶 is money.
var notCountedAfter = []string{"台阶", "台湾", "股权"} // 6500万股权: money of equity

// countCues are the words after which an amount with a magnitude and no
// unit is a count (累计观看人次2亿, 总点赞数3.6亿, 网民规模为10.92亿), with
// the measure word each implies.
var countCues = []struct{ text, unit string }{
	{"人次", "人次"}, {"人数", "人"}, {"户数", "户"}, {"次数", "次"}, {"数量", "个"}, {"总数", "个"},
	{"点赞数", "个"}, {"用户数", "个"}, {"粉丝数", "个"}, {"播放量", "次"}, {"观看量", "次"}, {"阅读量", "次"},
	{"下载量", "次"}, {"访问量", "次"}, {"客流量", "人次"}, {"网民规模", "人"}, {"用户规模", "个"},
	{"旅客", "人次"}, {"场次", "场次"}, // 日均发送旅客125万: trips, as transport counts them; 总场次46.84万
	{"人才", "人"}, {"人员", "人"}, {"人口", "人"}, {"带头人", "人"}, {"旅居人数", "人"}, {"用户", "个"}, // 技能人才74万, 用户3.4亿, 技术研发人员近11万
	{"月销", "个"}, {"销量", "个"}, {"交付量", "个"}, {"出货量", "个"}, // 销量预测分别调升至130万、175万和200万
	{"病例数", "个"}, {"病例", "个"}, {"确诊", "个"}, // 七天日均新增病例数破26万 (no measure word written: 个, CLAIMS.md)
	{"基站数", "个"}, {"基站", "个"}, // 我国5G基站数达到115.9万
	{"难民数", "人"}, {"难民", "人"}, // 全球难民数达到3530万
	{"员额", "个"},                                                          // 裁减军队员额20万
	{"玩家数", "个"}, {"投资者", "个"}, {"客户", "个"}, {"市场主体", "个"}, {"老年人", "人"}, // 在线玩家数达到将近236万, 签约客户超17万, 60岁及以上老年人将突破4亿
}

// countCueAdverbs may stand between a count cue and its verb (出生人数也可能首次跌破70万).
var countCueAdverbs = []string{"再", "又", "还", "将", "已", "也", "或", "可能", "首次", "首度", "有望", "预计", "预测", "分别", "均", "共", "累计"}

// notListItemWords and notListItemFirst mark a 、-joined word that is no
// subject of a list (listedSubjects): a comparison, 分别, a 的 phrase, or a
// preposition first (对万华化学、分众传媒的持仓市值).
var notListItemWords = []string{"分别", "比", "的"}

const notListItemFirst = "对由向在从将但"

// yearTaskWords, in a sentence opening with 今年, make its figures the
// year's tasks, targets (今年要再压减钢铁产能5000万吨左右): 要 with a verb of
// doing, never 主要, 需要, 重要.
var yearTaskWords = []string{"今年要", "今年，要", "今年还要", "今年也要", "要使", "要再", "要分别", "要确保", "要完成",
	"要新增", "要实现", "要下降", "要提高", "要增加", "要减少", "要压减", "要淘汰", "要达到"}

// planPartNouns, after a count in a plan, make it a count of the plan's
// own parts (十个方面的工作, 9个方面工作), not a target.
var planPartNouns = []string{"方面", "个方面", "工作", "事"} // 今年重点抓好五件事

// listJoiners join the items of a list (5%和3%, 800亿斤、60亿斤, 第9及10条).
const listJoiners = "和、及与或"

// listJoinWords join the last items of a list as listJoiners do.
var listJoinWords = []string{"或者", "以及"}

// changeBounds are the bound words that may stand before a change verb
// rather than the number (至少涨0.6%, 最多下降5%).
var changeBounds = []string{"至少", "最多", "不少于", "不超过", "至高", "至多", "最高", "几乎", "大约", "大概", "约"} // 新车售价至高降低2.3万元, 最高下降约40%, 此前预计大约增长1%

// boundVerbs are the verbs, besides changeVerbs, that a bound word may
// stand before (至少节约百分之十).
var boundVerbs = []string{"节约", "节省", "压减", "削减", "投入", "投资", "加息", "降息", "持有", "新增"} // 至少加息3次, 至少持有1年, 美国周六至少新增346869例

// indexAbbrevs are the Latin names of indexes a reading may be written
// against (综合PMI53): there a digit after a letter is no code.
var indexAbbrevs = []string{"PMI", "CPI", "PPI"}

// rankPlaceNext, after 第N名 or 第N位, make it a place in a ranking
// (placeAlone); priorityLeads before 第一位 make it a priority instead.
var (
	rankPlaceNext = []string{"的成绩", "的好成绩", "的位置", "置", "上升", "下降", "提升", "跃升", "升至", "降至", "提高"}
	priorityLeads = []string{"放在", "摆在", "置于", "放到", "摆到"}
)

// trainWords after N次 make N a train's number (trainNumber).
var trainWords = []string{"列车", "班列", "动车"}

// modelPrefixes before a hyphen and digits make them an aircraft's or a
// vehicle's model (歼-20, 运油-20), not a negative number.
var modelPrefixes = []string{"歼", "运", "轰", "直", "强", "教", "运油", "轰油", "空警", "歼轰"}

// readingMoves end the words between an index reading and the change
// after it (人民币汇率指数报97.96，环比涨0.19).
var readingMoves = []string{"涨", "跌", "升", "降", "上涨", "下跌", "上升", "下降", "回升", "回落", "增加", "减少"}

// spanTimeAfter, right after a span of time, make it a time reference, not
// the length of what follows (三年来, 五年前, 两年内, 十分钟).
const spanTimeAfter = "来前后内中里间以起末初底时多余半左钟"

// paidBounds may stand between 以 and the amount it pays with (拟以不超1亿美元).
var paidBounds = []string{"不超过", "不超", "不低于", "不少于", "约", "最高", "最多", "合计", "总计"}

// moveRunes, glued after 自 in a word jieba does not know (自升, 自降),
// make it a revision's from, no part of a metric.
const moveRunes = "升降涨跌增减"

// stakeWords after a percent make it a stake, the word its metric ends with
// (回购0.42541%股份, 收购27%股权).
var stakeWords = newWordSet([]string{"股份", "股权"})

// nounSuffixes, glued to a verb, make a noun of it (交付量, 募资额).
var nounSuffixes = map[string]bool{"量": true, "额": true}

// reportVerbs end a clause that only says who reports what follows
// (以色列军方当天称，…; 习近平指出，…): no subject for the claims after it.
var reportVerbs = []string{"称", "指出", "介绍", "获悉", "透露", "报道", "显示"} // not 宣布, 表示: a company that announces is often the actor (日本制铁公司宣布，将追加投资…)

// rankedWith, after 以 and an amount, say the amount is the figure a rank
// or record was reached with, not what it paid for (以159亿元成为全球动画电影
// 票房冠军, 以3.9万亿元蝉联…).
var rankedWith = []string{"成为", "蝉联", "创", "位居", "位列", "居", "排名", "排", "名列", "领跑", "登顶", "夺得", "获得", "超越", "跻身"}

// termWords are the terms jieba tags adverbs that name a kind of thing
// after an amount (发行1500亿元长期建设国债).
var termWords = map[string]bool{"长期": true, "短期": true, "中期": true, "中长期": true, "定期": true, "永续": true} // 100亿元永续资本债

// copulas after 加息三次 start a comment on the count, not what was done.
var copulas = []string{"是", "为", "有", "在", "也", "都", "就"}

// levelLinks, right after a change verb, introduce the level it reached
// (下降为16%, 上升到63%): the two are one predicate.
var levelLinks = map[string]bool{"为": true, "到": true, "至": true}

// notNameRunes are the runes of time, function words and series that keep
// a short head of a clause from being a name (同比跌, 全年增长, 其中跌,
// 预期增长, 前值).
const notNameRunes = "比年月日周季中均再又也还则其共全当本上下去今昨前后同环累较预值期我你他她它们这那该此且而并或但"

// doneAdverbs, between a bound word and its figure, say the figure is
// reached already (至少已被60家公司解约), longest first.
var doneAdverbs = []string{"已被", "已经", "已"}

// gapWords before a span followed by 后 make it the span between, not a
// time after (时隔三年后, 失联37天后, 断流26年后).
var gapWords = []string{"时隔", "相隔", "失联", "断流", "停飞", "停运"}

// sinceEvents, right before N年来, make it the span since that event
// (建交33年来, 成立22年来, 政策实施两年来), not the time reference a bare
// 五年来 is: 47 indep annotations, 11 required and 36 optional, none left out.
var sinceEvents = []string{"成立", "建交", "实施", "上市", "运行", "施行", "开通", "设立", "创立", "创办", "开业", "通车", "启动",
	"建成", "投产", "举办", "开馆", "建立", "改革开放", "执政", "推出", "出台", "组建", "挂牌", "创建", "提出", "实行", "担任"}

// lossLeads before a range of amounts let it run from the larger loss to
// the smaller (预计净亏损26.04亿元至17.85亿元), which elsewhere is a change.
var lossLeads = []string{"亏损", "净亏损", "亏"}

// adverbBounds are the bound words that stand before any verb, as adverbs,
// and bound the number after it however short the verb (至少检测2次, 至少办好
// 1所, 至少需要2周); notVerbRunes are the runes that show the words between
// are no verb (最多的一年, 最多时一天, 最少第三).
var (
	adverbBounds = []string{"至少", "至多", "最少", "最多"}
	notVerbRunes = []rune("的时是第前上这那每个之了")
)

// changeAbbrevs, right before a number, label it a change rather than a
// code (票房52.5亿元（YoY-23.3%）).
var changeAbbrevs = []string{"YoY", "QoQ", "MoM", "yoy", "qoq", "mom", "YOY", "QOQ", "MOM"}

// rankTails are the words after 第N that make it a rank without a cue:
// 第一方阵, 第一大出口地区, 第二高的月份, 净买入第二多的行业.
var rankTails = []string{"方阵", "梯队", "阵营", "大", "中标候选人", "高", "多", "低", "少", "快", "好"}

// pointUnits are the percentage-point units shareOfName accepts.
var pointUnits = []string{"个百分点", "百分点", "个基点", "基点"}

// ratioAbbrevs, glued before a figure, name the ratio it reads (估值PB1.65倍,
// PE30倍, ROE15%), not a model or a code.
var ratioAbbrevs = []string{"PB", "PE", "PS", "ROE", "ROA", "ROIC", "EPS", "TTM"}

// notOverBefore, before 过, make it part of a word (经过, 度过, 不过, 通过)
// or a verb's aspect (当过四个乡村小学的校长) rather than "over" (金额过亿元).
const notOverBefore = "经通度不跨越错路穿走当做去见"

// capVerbs, before 最高, make it a cap (给予最高200万元, 支付最高18万美元
// 奖金); elsewhere 最高 names a peak reached (增至最高10.3万人次).
var capVerbs = []string{"给予", "发放", "支付", "补贴", "贴息", "奖励", "提供", "征收", "贷款", "补助", "资助", "可获", "可贷", "可", "罚款", "处以"}

// placeVerbEnds end the verbs that place a rank in a field (居, 位列, 稳居,
// 排名, 跻身): the words after them are the field, not what is ranked.
var placeVerbEnds = []string{"居", "列", "排", "排名", "排在", "位于", "跻身", "荣登"}

// rankLeads, right before a number of 位 or 名 with no 第, make it a
// place in a ranking (全国排名53位, 位列12名), not a count of people.
var rankLeads = []string{"排名", "排在", "位列", "名列", "位居", "居", "分列", "分居"} // 分列二三位

// titleMarks open or close a title or a headline: what follows a number
// across one is never what it measures (八部门印发《…》, 或达80亿】比达咨询).
const titleMarks = "《》【】〈〉「」『』"

// notMetricAfter are the words of one rune that, alone after a number, say
// when or where, not what is measured (解除质押11,494,000股后).
const notMetricAfter = "后前时内中里间起上下"

// shareBases end the base a share is of, between a bound and the share
// (不超过公司总股本的5.16%).
var shareBases = []string{"股本的", "股份总数的", "总股本"} // and 约占目前公司总股本2.22%, 的 left out

// tenorWords, after the digits right behind an amount, make them its
// tenor: what the amount buys follows (745亿元7天期逆回购操作); glued
// after digits in a metric, they name it (7天期品种, namePrefixNumber).
var tenorWords = []string{"天期", "年期", "个月期", "月期"}

// spanUses, right before a span of 时间, say what it is used for: the
// clause after it (用两年时间，全部免除…学杂费; but 已过去近一周时间，但…,
// 需等待至少一周时间才能返回住所).
var spanUses = []string{"用", "利用", "花", "花费", "历时", "耗时", "用了"}

// loneCountVerbs, right before a lone magnitude and a measure word, make
// it a count (举办百场展演, 建成千座公园), not a word (万家灯火).
var loneCountVerbs = []string{"举办", "开展", "组织", "推出", "打造", "培育", "新增", "建成", "实施", "引进", "新建", "改造", "选派", "招募", "培训", "年产"}

// guardExceptions, right after a unit, lift a guard that would take them
// as a word (9家电商平台: 电商, not 家电; 200名副高级职称专家, not 名副其实;
// 11个人口小县, not 个人; 11条线路).
var guardExceptions = map[string][]string{
	"家": {"电商", "电影", "电视", "电信", "电台", "电站", "电厂", "电网", "电池", "电力", "电子", "电动", "电脑", "电线", "电缆", "电气", "电机", "电竞", "电梯", "人工智能"}, // 60家电影院, 两家电信公司, 92家电子制造业公司 (not 家电), 2600多家人工智能企业 (not 家人)
	"名": {"副高", "副教授", "副主任", "副院长", "副局长", "副部长", "副县长", "副市长", "副省长", "副总", "副研究员", "副处", "副科", "副厅", "副校长",
		"优秀", "次密接"}, // 170名优秀代表, 9名次密接人员 (not 名优产品, 名次)
	"个": {"人口", "案例", "体育", "股票", "股东", "人工智能", "人形"},      // 3个案例, 8个体育公园, 百个股票账户, 25个人工智能项目 (not 个案, 个体, 个股, 个人)
	"条": {"线路", "规定", "规则"},                                // 十一条线路, 65条规定 (not 各条线, 条规)
	"点": {"整数"},                                            // 失守3100点整数关口 (not 8点整, o\'clock)
	"位": {"居民"},                                            // 3200多位居民 (not 位居第一)
	"次": {"新冠"},                                            // 实行4次新冠病毒核酸检测 (not 次新股)
	"国": {"外长", "外交"},                                      // 5国外长在多哈举行会议 (not 国外, abroad)
	"人": {"均为", "均是", "均已", "均系", "均在", "均来自", "均属", "均无"}, // 24人均为轻症患者 (not 人均收入)
	"台": {"县域"},
	"套": {"装置", "装备"}, // 投产18套装置 (not 套装)                                            // 86台县域“发动机” (not 三台县)
}

// numberedGuardExceptions lift a guard after a numeral other than 一:
// 三个人, 15个人都到齐了 count people (but 一个人 is the article and a
// person, 个人 a word).
var numberedGuardExceptions = map[string][]string{"个": {"人"}}

// cnNumberedGuardExceptions lift a guard after a Chinese numeral other than
// 一: 近六成为新物种, 超七成为内地旅客 are shares (but Wi-Fi 5成为主流技术,
// BA.5成为主导毒株: 成为, "became").
var cnNumberedGuardExceptions = map[string][]string{"成": {"为"}}

// magMeasures are the measure words that count only after 万 or 亿:
// 7200万发炮弹, 1.67亿发雷管 (发 is otherwise the start of a verb).
var magMeasures = map[string]bool{"发": true}

// arabicMeasures are the measure words that count only after Arabic
// digits: 美31州, but 九州, 十州 are names.
var arabicMeasures = map[string]bool{"管": true, // 5万管检测能力; but 三管齐下
	"大": true, "国": true, "类": true, "州": true, "省区市": true, "省区": true, "省份": true, "票": true, // but 西北五省区 names a region
	"地": true,                                  // 4地入选; but 浙闽两地, 京津冀三地 restate the places named
	"手": true, "节": true, "枝": true, "羽": true, // 150万枝; but 六枝 is a place
	"省市": true, "省": true, "市州": true, "市县": true, "段": true, "城": true, "章": true, "字": true} // 共7章58条; but 九章 names a quantum computer

// countGuards are the words that, right after a measure word, show the
// measure word is part of another word (个人, 家庭, 人民…).
var countGuards = map[string]string{
	"例":  `行|如|外|子|证|会|句|题`, // 每周三例行的首相质询: 例行 is a word (but 新增3例)
	"个":  `人|体|性|别|案|股`,
	"组":  `织|成|建|合|团|件|装|图|阁|委|长|员|别|网|串`, // 组织, 组成, 组合, 组件
	"部门": `的`,
	"家":  `庭|属|长们|长会|人|园林|电|具|居|政|门口`, // but 12家长三角创新联合体, 3家长期合作伙伴, 6家园区, 8家门店
	"股":  `东|票|份|权|价|市|民|本|指|息|利|基|性|骨|子|劲|脑`,
	"笔":  `者|记|试|名|画|墨|下|触|直`,
	"人":  `民|口|员|才|大|类|工|均|次|们|士|群|心|力|生|身|格|性|文|物|选|事|制|篮球|足球`, // 7人制橄榄球, 三人篮球: a game's format
	"名":  `义|单|字|称|录|牌|额|人|优|校|片|誉|列|副|气|次`,
	"次":  `数|序|要|生|日|年|月|贷|级|高|新|第|之|全会|会议|代表大会|党代会|产业|上市|创业|开发|函数|方程|元|污染|伤害|分配|封装|利用`,
	"位":  `于|置|居|列|数|次|一体`,
	"羽":  `毛|绒|翼|球|扇|化|衣|翅`,
	"发":  `展|布|生|行|放|起|出|现|表|言|明|力|电|货|动|酵|热|达|挥|售|病|送|给|改|掘|声|文|型|烧|票|薪|证|包|帖|稿|往|源|地|家|端|作|觉|问|育|号|烟|愁|誓|怒|扬|财|难|射|光|芽|音|件|函|股|债|债券|行业`,
	"架":  `构|次|势|子`, // Zen 3+架构: architecture, not aircraft; 架次 is its own unit
	"场":  `所|景|地|馆|合|面|次`,
	"部":  `门|分|署|长|委|队|件|级`,
	"期":  `间|货|限|待|望|末|初|内|刊`,
	"起":  `来|步|点|草|源|到|诉|飞|始|码|售|价`,                     // iPhone 16起售价799美元
	"处":  `理|置|于|长|在|罚|漏|奔|寻|游|张|散|流|乱|求|蔓|挑|逃|躲|碰|托|征`, // and 四处漏风, 四处奔走: everywhere
	"所":  `有|以|属|在|谓|得|长|需|持`,                           // 被冻结1.53亿所持股权: held
	"种":  `植|子|类|业|养|群|苗|质`,
	"头":  `部|等|脑|条`,
	"口":  `岸|径|号|罩|之家`,                                                                                                              // 三口之家
	"门":  `户|槛|类|诊|店|票|峡|核电|县`,                                                                                                      // 三门核电, 三门县: a place
	"台":  `阶|湾|账|词|子|县|河`,                                                                                                           // 迈上1200亿台阶, 二台子村, 三台县; but 60台风机
	"国":  `集团|内|外|家|际|务|产|企|有|债|民|王|旗|歌|道|货|标|字|画|情|土|防|籍|资|营|庆|宝|粹|学|风|漫|潮|美|色`,                                                    // 2025国庆档
	"类":  `水|地区|城市|标准|风险|费用|型|别|似|推|比|人|目|创新药|新药|药|医疗器械|治疗`,                                                                         // 1类创新药: a drug class
	"大":  `学|会|型|小|量|幅|于|约|多|部分|概|家|众|陆|街|道|厦|桥|队|关|盘|涨|跌|增|减|升|降|中|专|宗|户|额|规模|力|气|雨|雪|风|的|数|赛|师|使|臣|夫|哥|姐|爷|妈|全|局|势|计|脑|堂|殿|院|楼|门`, // 12306大数据, 3大赛区
	"包":  `括|含|装|容|裹|袱|干|邮|机|头|办|子|厢|围|揽|销|车|间|产|保|工`,
	"袋":  `鼠|子`,
	"盒":  `子|饭|马`,
	"瓶":  `子|颈|装`,
	"单":  `位|价|日|季|月|年|个|项|独|元|笔|次|人|向|边|纯|身|品|只|场|车|号|据|列|程|张|证|体|兵|调|薄|曲|线|方|打|亲|选|间|色|一|二|三|双|周|店|机|科|位数|管`,
	"县":  `城|级|域|委|长|政|乡|镇|志|令|官|里`,
	"州":  `长|府|市|级|立|委|政|里`,
	"省":  `级|委|政|长|内|外|钱|时|力|心|事|电|油|会|直|略|去|掉|下|了|得|城|道|界|域|部|厅|局|际`,
	"字":  `号|节|幕|画|样|体|母|符|词|句|典|头|段|条|据|迹|眼|面`,
	"章":  `程|法|节|鱼`,
	"城":  `市|镇|区|墙|乡|际|管|建|投|中|里|外|内|关|堡|池|门|郊|联动|记|房|二手|新房|土地|平均|供应|成交`, // 70城房价, 20城房价指数: a statistic's scope, its name
	"档":  `次|案|期|位|口|子|节`,
	"票":  `房|据|价|面|证|务|息|号|源|仓|根|选`,
	"座":  `版|位|椅`,                                                       // 七座版Model Y: seats of a model, not seven buildings
	"手":  `机|续|段|中|里|上|头|下|工|艺|指|术|套|册|表|枪|环|腕|握|游|动|法|脚|足|稿|笔|感|臂|掌|绘`, // 3手 of futures; not 5手机
	"节":  `能|约|省|日|点|目|假|庆|水|电|奏|拍|制|俭|气|课`,
	"对":  `于|外|接|口|标|比|象|待|话|应|照`,
	"本":  `地|次|届|市|省|国|身|质|轮|领|科|土|金`,
	"班":  `子|组|级|列|机`,
	"条":  `件|例|款|约|线|理|规|腿`, // 两条腿走路
	"片":  `区|面`,
	"集":  `团|中|体|成|聚|群|约|镇|市`,
	"管":  `理|控|道|网|线|护|制|住|辖|委|家|廊|片|用`, // 36亿管理费, 3管道
	"席":  `位|卷|地|之`,
	"道":  `路|理|德|歉|别|教|具|口|家|士|观|义|法|光|题|河|沟|江|湾|街|岔`,          // 二道河 is a place
	"层":  `面|级|次|层|出|意|含|平台|宴会|多功能|会议|大厅|展厅|露台|餐厅|东侧|西侧|南侧|北侧`, // 两层意思, 二层宴会厅, 四层平台: no count of floors
	"轮":  `次|车|电动|摩托|驱|定位`,                                     // 两轮电动车, 四轮驱动, 四轮定位: wheels
	"届":  `次|满`,
	"地":  `号|区|方|点|铁|产|震|块|面|标|质|图|理|位|级|市|域|下|上|球|带|貌|处|段|说|看|做|把|将|被|在|对|发|进|开|实|推|提|加|建|不|也|都|就|还|是|的|了|和|与`,
	"首":  `次|批|台|个|位|家|创|都|府|先|要|发|条|款|套|经济|车|辆|架|艘|航|飞`, // 恒驰5首车已下线: the first car
	"只":  `有|是|要|能|需`,
	"列":  `入|车|为|席`,
	"份":  `额|子`,
	"剂":  `量|型`,
	"尾":  `声|款|部|巴|数|号|气|随|灯|箱|矿|盘|货|水|单|期|端|段|牙`,
	"块":  `儿|钱|状|头|地|式|链|板|糖|肉`,
	"套":  `房|餐|装|利`, // but 锁定年底前应交付的396万套住房 counts homes
	"金":  `额|融|属|价|币|条|矿|点|山|色|字|钱|子|科|库|秋|砖|句|奖|杯|标|蝶|鸡|门|星|刚|产|店|件|市|城|行|商|厂|麒麟|牛`,
	"银":  `行|河|色|币|两|子|杏|川|耳|幕|发|饰|器|杯|奖|屑|针`,
	"铜":  `牌|矿|线|器|价|陵|仁|钱|锣|像|板|箔|材|杯|奖`,
}

// phaseVerbs, right before N期, make it issues or sessions counted
// (开展6期“厅局长坐诊”, 举办4期研讨班); phaseNotCounted after 期 keep it a
// period or a name (两期间, 期货, 期限).
var (
	phaseVerbs      = []string{"开展", "举办", "实施", "发行", "承销", "招标", "组织", "举行", "开设", "开办"}
	phaseNotCounted = []string{"间", "货", "限", "待", "望", "末", "初", "内", "刊", "指"}
)

// belowZeroDegree is 度 after 零下: a temperature (气温已经零下20多度), where 度
// is otherwise kWh (50亿度) and needs a magnitude.
var belowZeroDegree = unitDef{text: "度", kind: schema.KindQuantity, code: "degC", factor: 1}

// glassCase is 标准箱 after 玻璃: flat glass's weight case (50 kg of 2 mm
// glass), kept as written, as 重量箱 is (not the container's TEU).
var glassCase = unitDef{text: "标准箱", kind: schema.KindQuantity, code: "标准箱", factor: 1}

// timesDegree is 度 after a Chinese numeral and before a verb: how many
// times (两度会晤, 三度回购, 二度宕机); degreeNotTimes are the runes after
// 度 that keep it a degree or a name (两度电, 八度音阶, “三度一色”).
var (
	timesDegree    = unitDef{text: "度", kind: schema.KindCount, code: "度", factor: 1}
	degreeNotTimes = "电音一以左角空的"
)

// durationUnits are the spans of time; factor converts to code. Each
// written with 个 is also read with the traditional 個 (改為三個月出版一次).
var durationUnits = withTraditionalGe([]unitDef{
	{text: "个半小时", kind: schema.KindDuration, code: "hour", factor: 1}, // 两个半小时: N and a half (withUnit adds the half)
	{text: "个半月", kind: schema.KindDuration, code: "month", factor: 1},
	{text: "个多小时", kind: schema.KindDuration, code: "hour", factor: 1},
	{text: "个小时", kind: schema.KindDuration, code: "hour", factor: 1},
	{text: "个多星期", kind: schema.KindDuration, code: "day", factor: 7},
	{text: "个星期", kind: schema.KindDuration, code: "day", factor: 7, guard: `一|二|三|四|五|六|日|天`}, // but 一个星期六的清晨: a Saturday
	{text: "个多季度", kind: schema.KindDuration, code: "month", factor: 3},
	{text: "个季度", kind: schema.KindDuration, code: "month", factor: 3},
	{text: "个年头", kind: schema.KindDuration, code: "year", factor: 1},
	{text: "个多月", kind: schema.KindDuration, code: "month", factor: 1},
	{text: "个月", kind: schema.KindDuration, code: "month", factor: 1},
	{text: "年", kind: schema.KindDuration, code: "year", factor: 1},
	{text: "天", kind: schema.KindDuration, code: "day", factor: 1, guard: `使|津`}, // 数千万天使轮融资: angels; 天津
	{text: "个交易日", kind: schema.KindDuration, code: "day", factor: 1},
	{text: "个工作日", kind: schema.KindDuration, code: "day", factor: 1}, // 压缩到平均4个工作日以内
	{text: "个日历日", kind: schema.KindDuration, code: "day", factor: 1}, // 平均每104个日历日
	{text: "日历日", kind: schema.KindDuration, code: "day", factor: 1},
	{text: "个工作日", kind: schema.KindDuration, code: "day", factor: 1},
	{text: "个昼夜", kind: schema.KindDuration, code: "day", factor: 1}, // 两个昼夜
	{text: "交易日", kind: schema.KindDuration, code: "day", factor: 1},
	{text: "工作日", kind: schema.KindDuration, code: "day", factor: 1},
	{text: "个工作天", kind: schema.KindDuration, code: "day", factor: 1}, // 10个工作天内
	{text: "个自然日", kind: schema.KindDuration, code: "day", factor: 1}, // 压缩至10个自然日内
	{text: "工作天", kind: schema.KindDuration, code: "day", factor: 1},
	{text: "日", kind: schema.KindDuration, code: "day", factor: 1},
	{text: "周", kind: schema.KindDuration, code: "day", factor: 7, guard: `年|岁|边|期|末|转|围|密`},
	{text: "小时", kind: schema.KindDuration, code: "hour", factor: 1},
	{text: "分钟", kind: schema.KindDuration, code: "hour", factor: 1.0 / 60}, // CLAIMS.md's spans are year, month, day, hour: 30分钟 is 0.5 hour
	{text: "秒", kind: schema.KindDuration, code: "hour", factor: 1.0 / 3600, guard: `杀|表|针|懂|变|速`},
	{text: "岁", kind: schema.KindDuration, code: "year", factor: 1, guard: `月|末|数|入|出|寒|除`}, // 人均预期寿命78.5岁, 64岁的他: an age is a span of years
	{text: "周岁", kind: schema.KindDuration, code: "year", factor: 1},
	{text: "载", kind: schema.KindDuration, code: "year", factor: 1, guard: `人|有|体|重|荷|客|货|具|波|入|运|誉|道|难逢`}, // 扎根高原三十载, 辉煌60载; not 载人, 载体, 千载难逢
})

// withTraditionalGe adds to units a copy of each unit written with 个,
// written with 個.
func withTraditionalGe(units []unitDef) []unitDef {
	for _, u := range units {
		if rest, ok := strings.CutPrefix(u.text, "个"); ok {
			u.text = "個" + rest
			units = append(units, u)
		}
	}
	return units
}

// durationParts are the smaller units that may follow a span's unit in
// one compound span (1小时33分钟, 4小时21分, 一年零三个月, 2天3小时), with how
// many of them make one of the larger unit, and the code of the parts that
// may follow them in turn (2小时40分42秒).
var durationParts = map[string][]struct {
	text string
	per  float64
	next string
}{
	"year":   {{"个月", 12, ""}},
	"month":  {{"天", 30, ""}},
	"day":    {{"个小时", 24, ""}, {"小时", 24, ""}},
	"hour":   {{"分钟", 60, "minute"}, {"分", 60, "minute"}},
	"minute": {{"秒钟", 60, ""}, {"秒", 60, ""}},
}

// rateGroupReach is how far after an age a rate (率) may stand for the age
// to name the rate's population (25-59岁就业主体人群的城镇调查失业率), no claim.
const rateGroupReach = 16

// classAfterUnit, after a lone magnitude and its unit, make them a class's
// name (万吨级泊位, 千亿元级产业, 万元户), not an amount.
var classAfterUnit = []string{"级", "户", "大关", "量级"}

// targetCounters, the unit of a count right before 目标, make it a count of
// targets (三个目标, 两项目标), not a target.
var targetCounters = []string{"个", "项", "大", "条", "类", "种", "方面", "处"} // 7处目标: strike targets

// heldEditions, right before a number of 届, make it a count of editions
// held (连续举办8届, 进博会成功举办五届, 已举办19届), not the name of one
// (十四届全国人大, 二十届三中全会).
var heldEditions = []string{"举办", "连续"} // (召开十三届全国人大常委会: the session named, so not 召开)

// halfOfTime, after 近半 or 过半, make it half a span or a measure, not half
// of a group (近半个世纪, 过半年, 近半小时; but 近半求职者).
const halfOfTime = "年月天日个小时百周世程场晌夜辈分秒钟岁载旬期圈"

// spanBounds after 5年 make it a span whatever stands before it (工作5年以上).
var spanBounds = []string{"以上", "以下", "以内"}

// moveAdverbs, alone before 涨 or 跌, say how it moved, not what moved
// (继续下跌0.7%, 最高上涨超过50000元/吨).
var moveAdverbs = []string{"继续", "最高", "最低", "持续", "再次", "大幅", "小幅", "一度", "仍然", "依然", "全线", "集体", "同步", "逆势", "逆市", "累计", "均"}

// loneMoneyLeads, right before 百亿, 千亿 or 万亿 alone, make it an amount
// of money (loneAmount).
var loneMoneyLeads = []string{"突破", "破", "超", "超过", "逾", "过", "达到", "达", "迈上", "站上", "跨上", "跨越", "上"}

// orMore, right after a figure, make it a floor: 6000元/瓶，甚至更高.
var orMore = []string{"，甚至更高", "，甚至更多", "甚至更高", "甚至更多", "或更高", "或更多", "乃至更高", "乃至更多"}

// mayVerbs after 或 make it "may", a hedge (销量或超过6万辆, 或迎来同比40%以上增长);
// orAlternativeAfter, right before 或, make it "or" between two verbs or
// bounds instead (达到或超越, 持平或下降, 2年以上或在昆就业).
var mayVerbs = []string{"突破", "超过", "超", "迎来", "提高", "提升", "达到", "将", "上涨", "下跌", "涨", "跌", "增长", "下降", "升至", "降至", "接近", "逼近", "创", "至高"}

const orAlternativeAfter = "到平上下升降增减涨跌过超达于者"

// consensusWho and consensusWhat make a clause that only names an
// expectation or an earlier reading of the measure before it (分析师预期,
// 市场普遍预期, 前值): consensusClause.
var (
	consensusWho  = []string{"分析师", "市场普遍", "市场", "机构", "此前"}
	consensusWhat = []string{"预期", "预估", "预测", "前值", "初值", "修正前"}
)

// notNames open a clause built as the one before without naming its
// subject: adverbs of a move (实际增长19.6%, 盘中跌3%).
var notNames = []string{"实际", "名义", "分别", "合计", "累计", "总计", "共计", "大幅", "小幅", "逆势", "继续", "持续", "双双", "纷纷", "一度", "盘中", "尾盘", "早盘", "午后", "收盘", "开盘", "最高", "最低", "最多", "涨幅", "跌幅", "增幅", "降幅"}

// indexStems and indexNameEnds keep the number in an index's name in a
// metric: 标普500指数, 日经225, 科创50, 沪深300ETF (not 标普指数).
var (
	indexStems    = []string{"标普", "日经", "科创", "沪深", "中证", "上证", "深证", "富时", "创业板", "恒生科技", "斯托克"}
	indexNameEnds = []string{"指数", "ETF", "期指", "成分股", "成份股"}
)

// indexNames end the name of an index whose readings are points.
var indexNames = []string{"指数", "PMI", "PPI", "CPI", "综指", "成指"}

// caseVerbs before 一例 make it one case, not the article: 北京新增一例.
var caseVerbs = []string{"新增", "报告", "确诊", "发现", "出现"}

// durationCues are the words before a number that make 5年, 三天, 一周 a
// span of time rather than a date (连续5年, 长达三年, 至少一周).
var durationCues = []string{
	"连续", "持续", "长达", "历时", "历经", "通过", "用时", "为期", "耗时", "费时", "仅用", "用了", "坚持", "接近", "超过", "逾", "近", "达",
	"延长", "缩短", "延期", "展期", "至少", "不到", "不足", "不满", "未满", "约", "仅", "最多", "时隔", "已经", "相隔", "花了", "只花了", "走了", "经过了", "经过",
	"奋斗", "提前", // 再奋斗十五年, 提前两年达到
	"一干就是", "一待就是", "一守就是", // 一干就是28年
	"推迟", "延迟", "推后", // 将排放目标推迟两年
	"力争用", "由", "提高至", "提高到", "缩短至", "缩短到", // 由15年逐步提高至20年, 从10年缩短到4年 (not 延长到20日: a date)
	"不短于", "不长于", "不少于", // 持有期限不短于一年, 持有期不少于1年
	"尘封", "沉睡", "动辄", // 打破了该项目尘封13年的亚洲纪录, 揭开了沉睡700多年的时尚密码, 周期动辄十年起步
	"年限为", "期限为", "期限分别为", "年限分别为", "年限", "期限", "任期", "周期为", "周期", "约为", "有效期为", "有效期", "需要", // 协议有效期为一年, 整个退出过程需要20年 // 出让年限为40年, 该项目周期为7年, 生命周期约为15年
	"具备", "拥有", // 具备4年证券投资管理从业经验
	"休市", "停牌", "停产", "停业", "沿用", "延续", "运行", "运营了", // 澳股休市一日, 已经沿用70余年, 延续2600多年, 运行30多年
	"禁业", "满", "走过", "已有", "持有", // 被禁业三年, 连续参保满4年, 走过45年, 至今已有两年, 承诺至少持有1年
	"连跌", "连涨", "连升", "连降", // 创逾3年新低，连跌2日
	"入党", "工作了", "从教", "从医", "扎根", // 已经光荣入党56年了, 她工作了30年的地方
	"有期徒刑", "获刑", "判刑", "刑期", "缓刑", "服刑", // 判处有期徒刑十二年, 获刑12年: a sentence's length
	"共事", "任职", "执教", "服役", "退休", // 与约翰逊共事14年的政策负责人, 退休25年
	"锁定期", "限售期", // 再次延长锁定期2年
	"寿命",       // 设计运行寿命60年, 使用寿命达20年
	"判处", "整整", // 被判处20年监禁, 奋斗了整整20年
}

// yearSpanCues make N年 a span as durationCues do, but not N日, a date
// after them (禁止期从3年延长至5年; but 从24日起, 延长到20日).
var yearSpanCues = []string{"从", "延长至", "延长到", "就读", "期为", "年龄为", "工作", "到期时间为", // 学生在中职学校就读3年, 协议期为10年, 最长到期时间为21年
	"调整为", "调整至", "缩短为", "缩短至", "缩短到", "延长为", "小于", "大于", "少于", "多于", // 限制期从10年调整为5年, 从业年限小于3年
	"签订", "签署", "停开", "停飞", "断流", "停运", "停航"} // 签订十年航材采购协议, 经济型轿车停开一年, 永定河断流26年后

// fromSpanNext, right after 从N年, show the span changes (从3年延长至5年,
// 从4年缩短到2年, 从10年调整为5年); 从一年开行十班 and 从5年一遇 are no span.
var fromSpanNext = "延缩提增减到至降升逐调变"

// dayDateNext, after N日, make it a day of the month whatever cue stands
// before it (袁达18日在新闻发布会上表示: 达 ends a name).
var dayDateNext = []string{"在", "举行", "召开", "表示", "宣布", "发布", "上午", "下午", "晚间", "晚上", "凌晨"}

// pastYears open a clause with a year gone by (opensWithYear's 去年, 上年):
// no year of a forecast.
var pastYears = []string{"去年", "上年"}

// itemHedges, before a forecast's figure, carry it past a semicolon to the
// next item with no verb (预计…营业收入29亿元-31亿元，…；归母净利润1.01亿元-
// 1.31亿元); a consensus (市场预估1.70美元；每股收益1.83美元) does not.
var itemHedges = []string{"预计", "预测", "计划", "规划", "目标"}

// planVerbs, after 五年计划, make it the plan setting a figure, not its name
// (第六个五年计划安排教育…经费占…百分之十五点九).
var planVerbs = []string{"规定", "安排", "要求", "提出"}

// pastPeriods open the clause of a forecast's comparison figure, which is
// reported, not forecast (，上年同期盈利5037.89万元).
var pastPeriods = []string{"上年同期", "去年同期", "上年同期为", "去年同期为"}

// spanEventEnds end the name of what a 为期 span lasts (为期两天的政策会议发表声明后:
// 政策会议; 为期三个半月的伏季休渔期结束: 伏季休渔期).
var spanEventEnds = []string{"在", "于", "后", "期间", "结束", "开幕", "闭幕", "举行", "进行", "发表", "今天", "今日", "日前", "正式", "圆满"}

// spanChangeVerbs, after 从 and a number of 日, make it a span being
// changed (隔离期从7日缩短至5日) rather than a date (从7日起).
var spanChangeVerbs = []string{"缩短", "延长", "压缩", "减少", "增加", "调整", "放宽"}

// oneCountLeads before 一 and a measure word make it a count, not the
// article (至少有一家医院, 只有一个工作小组, 各有一只新股; not 不只一次).
var oneCountLeads = []string{"至少有", "至少", "只有", "仅有", "各有", "仅剩", "只剩"} // (not 不到: 找不到一家)

// quotedMoveVerbs, with changeVerbs, before a figure in a short quote make
// it a quoted statement, a claim (“裁员2000人”, “降息50个基点”).
var quotedMoveVerbs = []string{"裁员", "降息", "加息", "达到", "高达", "突破", "新增"}

// priceDenominators, after an amount and / (and before any bound word:
// 7万/吨左右), make it a price whose currency went unwritten (32000/吨,
// 1万/㎡, 9.60/股); barePrice reads them.
var priceDenominators = []string{"吨", "平方米", "㎡", "平米", "斤", "公斤", "千克", "桶", "盎司", "股"}

// periodLeads before N年的 make it the period of what follows, a time
// reference (过去五年的工作, 未来三年的通胀率预期, 第七个五年的发展速度), not a span.
var periodLeads = []string{"过去", "未来", "今后", "去年", "今年", "近", "个", "这"}

// notPartAfter, right after a count, make its 为 the preposition "for"
// (为农服务中心, 为老服务), not "are" naming the part (有6家为国内生产企业).
var notPartAfter = []string{"为农", "为老"}

// spanNotNext after N年 make it no span whatever the cue (迎来了一年当中的,
// 几十年如一日, 5年一遇).
var spanNotNext = []string{"一遇", "如一日", "当中", "之中", "一度", "内乱", "计划", "规划", "行动"} // 五年计划, 三年行动计划: a plan's name (0 of 297 annotated required)

// fundTerms after a span make it part of a fund's name (乐享周周购三个月滚动
// 持有债券, 三年持有期混合): the product's term, not a span reported.
var fundTerms = []string{"滚动持有", "滚动", "持有期", "定开", "定期开放"}

// recordWords after N年, N个月 make it the span a record is set over (创十
// 年新低); recordWordsAfterSince do after N年来 (创七年来最大单日跌幅, 十年来
// 首次), which otherwise is a time reference (五年来, 十年来新时代).
var (
	recordWords           = []string{"新高", "新低", "最高", "最低", "最大", "最多", "高点", "低点", "高位", "低位", "最差", "最佳", "最好"} // 金价曾触及1780.32美元的六周低点
	recordWordsAfterSince = []string{"新高", "新低", "最", "首次", "首度", "首位", "首个", "的最", "的新高", "的新低", "高点", "低点", "的高点", "的低点",
		"高位", "低位", "的高位", "的低位"} // 处于20年来的高点, 为8个月来低位
	recordWordsWithin = []string{"新高", "新低", "高点", "低点", "高位", "低位", "的新高", "的新低", "的高点", "的低点", "的最",
		"最高值", "最低值", "最高点", "最低点", "最高水平", "最低水平", "最好水平", "最大单"} // 创近7年内新高, 达到4年内最高值
)

// pointNouns after N点 make 点 a measure word, not index points: 提出四点
// 看法, 三点建议 count the views (a count of 点 after a Chinese numeral).
var pointNouns = []string{"建议", "希望", "意见", "主张", "要求", "看法", "体会", "启示", "共识", "做法", "经验", "措施", "原因", "理由", "倡议"}

// quoteCues, like 报, stand right before an exchange-rate quote
// (上一交易日中间价6.3735, 上日夜盘报收6.3680).
var quoteCues = []string{"收于", "报收", "中间价", "收盘价",
	"跌破", "升破", "突破", "跌至", "升至", "涨至", "站上"} // 欧元兑英镑跌破0.83

// fxLevelCues before a number with decimals in a sentence that names a
// currency pair make it a level of that rate too (澳元/美元涨0.2%至0.7194,
// 下方支撑位在0.8277, 美加跌至两周低点1.2770, 重测1.1415水平).
var fxLevelCues = []string{"至", "向", "在", "支撑位", "阻力位", "阻力", "支撑", "高点", "低点", "接近", "重测", "测试", "下探", "上探", "触及"}

// seriesWords name the next reading of a series after a comma: the
// consensus, the previous or the first reading of the same figure.
var seriesWords = []string{"预期", "预估", "市场预期", "前值", "初值", "终值", "去年同期"}

// halfSpans are half a unit of time, a span after a duration cue (空缺半
// 年之久, 提前半年完成).
var halfSpans = []string{"半年", "半个月", "半天", "半小时", "半个小时"}

// halfCues before 半年 make it a span as durationCues do (暂停半年审批; but
// 暂停24日发生政变的国家: a date).
var halfCues = []string{"暂停"}

// deadlineLeads before N年内, N日内 make it a span to a deadline (力争在
// 两年内, 要在今后三年内); without them 五年内 is often when, not how long.
var deadlineLeads = []string{"在", "今后", "未来", "此后"} // 在今后, and 今后１０年内 alone

// heldStakes, right before a figure, say it is a stake held now (拟转让其持有
// 的25%股份): no hedge of the sentence makes it an estimate.
var heldStakes = []string{"持有的", "所持", "所持有的"}

// targetNouns after 的 make the figure before them a target (低于13%左右的
// 预期目标); a plain 目标 may be one reached (完成100亿元的目标), so it is not here.
var targetNouns = []string{"预期目标", "预定目标", "调控目标", "预期", "目标值", "普遍预期", "市场预期"}

// targetTails may stand between a figure and the 目标 it is (1.4万亿斤左右目标).
var targetTails = []string{"左右", "以上", "以内", "以下"}

// targetMetWords, before a figure and its 目标, say the target was met
// or set before (提前一年实现, 超额完成了, 比原定占比20%的目标, 超出原计划的9万辆目标).
var targetMetWords = []string{"提前", "超额", "原定", "原计划", "超出", "如期", "顺利"}

// comparisons and comparedNouns: a comparison word before a figure that
// names a target or level after it (低于8%的预定目标) compares another
// figure with it, and is no bound of its own.
var (
	comparisons = []string{"低于", "高于", "略低于", "略高于", "超过", "超出", "快于", "慢于", "不及"}
	// comparedBases end the X of 低于X的16%, 超过预期的9%: a figure of
	// another time or a forecast, compared; not the whole a share is of.
	comparedBases = []string{"前", "预期", "此前", "去年", "上年", "上月", "预测", "预估", "年", "同期", "时", "前值"} // 低于2022年的3.1%, 高于上年同期的15%, 高于2021年时的59%
	comparedNouns = []string{"预定目标", "预期目标", "调控目标", "目标", "平均水平", "全国平均水平", "水平", "增速", "普遍预期", "市场预期", "预期",
		"调价红线", "红线", "警戒线", "荣枯线"} // 低于50元/吨的调价红线: the line is the figure compared
	// expectationNouns name a forecast: the figure before them is the
	// forecast itself, whatever is compared with it.
	expectationNouns = []string{"普遍预期", "市场预期", "预期", "调价红线", "红线", "警戒线", "荣枯线"} // and lines a figure is held to
	// comparisonLeads may stand between the compared figure's clause and
	// the comparison word (增长7.8%，虽然略低于…), trimmed in this order.
	comparisonLeads = []string{"略", "虽然", "但", "仍", "也"}
)

// clockWords before a number make its 点 o'clock (凌晨1点), not index points.
var clockWords = []string{"凌晨", "上午", "下午", "晚上", "早上", "中午", "晚间", "早间", "傍晚", "夜间"}

// plusQuoteLeads before a quoted “N+” make it a count (超过“2000+”规上企业;
// but 迈入“10+”时代 names an era).
var plusQuoteLeads = []string{"超过", "超", "逾", "累计"}

// halfTimeAfter after 半年, 半个月 make it a time, not a span (半个月以来).
var halfTimeAfter = []string{"以来", "以后", "以前"}

// halfWords start with 半 and keep it from halving the span of years
// before (3年半导体产业 is no 3.5年).
var halfWords = []string{"半导", "半岛", "半年", "半月", "半天", "半日", "半小时", "半个", "半径", "半场", "半价", "半成", "半数", "半壁", "半山", "半决", "半夜", "半途", "半边", "半自", "半截", "半封", "半衰", "半程", "半开", "半职", "半脱", "半工", "半农", "半殖"}

// spanAfterWords finds the spanAfter word a span is followed by.
var spanAfterWords = newWordSet(spanAfter)

// spanAfter are the words after 5年, 三天, 7日 that make it a span of time
// (还需要几十年时间, 结束7日连涨), where durationCues stand before it.
var spanAfter = []string{"历史", "的历史", "时间", "的时间", "左右时间", "左右的时间", "不变", "过渡期", "的党龄", "党龄", "教龄", "的教龄", "之久", "锁定期", "限售期", "文明", "连涨", "连跌", "连升", "连降", "连阳", "连阴", "累涨", "累跌",
	"没有", "未曾", "未变", "未动", "未见", "未有", // 调整了25年没有动过的价格
	"内有效", "有效期", // 注册额度自落款之日起2年内有效, 仅剩4—6周有效期: how long it holds (not 至12月31日有效)
	"的人类史", "的文化史", "的文明史", "的发展史", "的开采史", "的建城史", "的奋斗史", "人类史", "文化史", "文明史", "发展史", "建城史", // 百万年的人类史、一万年的文化史、五千多年的文明史
	"证券从业", "证券相关从业", "基金从业", "金融从业", "从业经验", "从业经历", "从业年限", "工作经验", "投资经验", "投资经历"} // 12年证券相关从业年限, 具有10年证券从业经历: a career's length

// sessionRuns, right after a bare number, make it a run of trading
// sessions (七连跌, 5连阳): a span in days.
var sessionRuns = []string{"连涨", "连跌", "连阳", "连阴"}

// barLines, before such a run, say how long each bar is: 周线五连阴 is five
// weeks, 月线四连跌 four months.
var barLines = []struct {
	text, unit string
	factor     float64
}{{"周线", "day", 7}, {"月线", "month", 1}, {"年线", "year", 1}}

// wholeWords end the noun phrase after a count (52项民生实事全部超额完成,
// 西气东输管道全线贯通): they say how much of it, not what it is.
var wholeWords = []string{"全部", "全线", "全都", "均", "都", "全"}

// leadIns open a paragraph with a colon without naming what its figures are
// of (原标题：…, 记者：…): never a list label (lineLabel).
var leadIns = []string{"原标题", "标题", "来源", "来源链接", "记者", "编辑", "责任编辑", "责编", "摘要", "导语", "提示", "注", "备注",
	"主持人", "解说", "同期声", "字幕", "公告", "消息", "快讯", "资料", "数据", "其中", "例如", "比如", "目标", "年度目标", "重点", "要求", "任务", "措施", "数据来源", "图片来源"}

// partLabels before a number make it the number of a part of the document
// (附件2, 附表1), not a count.
var partLabels = []string{"附件", "附表", "附录", "附图", "简称", "简称：", "简称:"} // and 债券简称19国贸01: a name

// labelHeads are the nouns that, after a small Chinese count (四个, 八项),
// make a slogan or the name of a policy rather than a count: 四个现代化,
// 八项规定, 两个确立.
var labelHeads = []string{
	"现代化", "规定", "全面", "意识", "自信", "维护", "确立", "代表", "务必", "基本点", "坚持", "服务", "倡导",
	"统筹", "转变", "注重", "必须", "敢于", "着力", "没有变", "方面的成就",
	"大局", "联合公报", "积极性", "百年奋斗目标", "一百年", "突出特性", // 两个大局, 三个联合公报
	"基本原则", // 四项基本原则
}

// amountBounds after an amount bound it: 以下, 以上, 以内 (in boundIn).
var amountBounds = []string{"以下", "以上", "以内", "及以下", "及以上"}

// levelVerbs, among the bound words, cross a level: before a record's
// span (失守两个月高位, 突破一年高点) they bound the level, not the span.
var levelVerbs = []string{"突破", "破", "迈上", "跃上", "迈入", "跨上", "跨过", "迈过", "站上", "重上", "守住", "站稳", "跌破", "跌穿", "下破", "失守"}

// Qualifier words before and after the number (CLAIMS.md "qualifier").
var (
	preLower  = []string{"超过", "超出", "超逾", "超", "逾", "突破", "破", "迈上", "跃上", "迈入", "跨上", "跨过", "迈过", "站上", "重上", "跻身", "守住", "站稳", "不短于", "大于", "多于", "至少", "不少于", "不低于", "不下于", "不小于", "不应小于", "不得小于", "不应低于", "不得低于", "不应少于", "不得少于", "不会低于", "不会少于", "大于等于", "最少", "高于"}
	preUpper  = []string{"未达到", "未达", "不到", "不足", "不及", "不满", "未满", "至多", "至高", "小于等于", "小于", "少于", "最多", "最高", "不长于", "不超过", "不超", "不大于", "不高于", "未超过", "低于", "不得超过", "不得高于", "不应超过", "不宜超过", "不应高于", "不会超过", "不能超过", "不会高于", "最高达", "最高为", "跌破", "跌穿", "下破", "失守"}
	preApprox = []string{"约为", "大约", "约合", "约", "近", "接近", "将近", "大概", "左右", "几乎", "近乎", "差不多", "大致"}
	postLower = []string{"以上", "及以上", "或以上", "有余", "余", "多", "上方", "出头", "之上", "强", "+"} // 维持在1800美元上方, 350亿美元出头, 占全部文教经费的24%强 (not 强化), 续航约200km+
	postUpper = []string{"以下", "及以下", "或以下", "以内", "之内", "内", "下方", "之下"}                // 收益率触及2.28%下方, 将下降到300万吨之下
	// notWithinAfter, right after 内, make it part of a word, not "within"
	// (内容, 内地, 内部, 内蒙古).
	notWithinAfter = "容地部蒙涵陆销阁河侧心存网饰衣幕政战燃镜科江湖线控审卷功训资房" // and 涨9%内房股爆发
	postAprx       = []string{"左右", "上下", "前后", "附近"}
	// spacedPosts may follow a figure past a typed space (收益率上行 1bp 左右);
	// 多, 余 and the rest start the next words there (加息75个基点 多国).
	spacedPosts = []string{"左右", "以上", "以下", "以内", "附近", "上方", "下方", "及以上", "及以下"}
	// notQual are words that end in a qualifier word without being one:
	// 北约24日, 附近16日, 拉达19日, 签约3个.
	notQual = []string{
		"北约", "签约", "合约", "条约", "制约", "预约", "违约", "节约", "履约", "邀约", "公约", "特约", "集约",
		"附近", "最近", "临近", "邻近", "靠近", "就近", "亲近", "贴近", "拉达", "杜达", "雷达", "到达", "抵达",
		"传达", "表达", "下达", "发达", "送达", "直达", "通达", "上达", "突破口",
	}
)

// gluedFunctionRunes, in a word jieba does not know, show it glued a
// function word to its neighbour (占本, 共为, 中所, 日称): such a word is
// left out of a metric.
const gluedFunctionRunes = "占共为所已可现日称达至于及与和的了在是将从对"

// notNounRunes, in a word jieba does not know, show it is not a noun of
// its own (这比, 拟以, 年仅, 较前, 元报, 电跌, 再过): joinMetric takes only
// the others (绿道, 嘉友转债) as the noun it needs.
const notNounRunes = "这那此其该比以仅较向到居创更暂续一批报跌涨升降过用即再拟"

// roleNouns, after 的, name the role of an amount rather than what it
// measures (完成100亿元的目标, 创下3000点的新高).
var roleNouns = []string{
	"目标", "任务", "水平", "规模", "大关", "关口", "纪录", "新高", "新低", "高位", "幅度", "速度", "增速", "增长", "成绩",
	"好成绩", "历史新高", "历史高位", "高点", "低点", "新纪录", "可能性", "比例", "价格", "价值", "标准", "额度", "上限", "下限",
}

// levelNouns, right after an amount, are the level it reaches, not what
// it measures (迈上14万亿元新台阶, 突破3000点大关).
var levelNouns = []string{
	"目标", "任务", "水平", "大关", "关口", "纪录", "新高", "新低", "高位", "历史新高", "新纪录", "台阶", "新台阶", "门槛", "量级",
	"时间", "最低点", "最高点", "低点", "高点", // 还需要几十年时间, 降至3.6万桶/日的最低点
	"最多", "最少", "居首", "居前", // 宁德时代遭净卖出6.18亿元最多
}

// metricEdgePrefixes and metricEdgeSuffixes are the time and session words
// tidyMetric trims from a metric's edges; notMetrics are the words that are
// never a metric alone.
var (
	metricEdgePrefixes = []string{"截至", "截止", "目前", "今年以来", "近日", "日前", "这是", "计划", // 计划全部…
		"来自", "包括", // 来自境外的收入为30.6亿元: what the figure is, not where it came from
		"实现",                                   // 实现营业收入15亿元: the verb before the name
		"格隆汇", "财华社讯", "云财经讯", "每经AI快讯", "财联社", // the news agency opening an item, not the company
		"这条", "这个", "这座", "这些", "这一", // 这条全长164公里的高速铁路: what 这 points back to is elsewhere
		"令其", "使其", "让其", "致其"} // 股价大涨18%，令其市值接近43亿美元: the cause's verb
	// metricBoundPrefixes, trimmed like metricEdgePrefixes, are the bound of
	// a figure left out of the metric (60岁以上老年人达到1200万人: 老年人)
	metricBoundPrefixes = []string{"及以上", "及以下", "以上", "以下"}
	metricEdgeSuffixes  = []string{
		"今天上午", "今天下午", "今天", "今日", "昨天", "昨日", "近日", "日前", "当天", "目前", "盘中", "早盘",
		"盘前", "午盘", "尾盘", "收盘", "开盘", "增至", "升至", "降至", "跌至", "涨至", "数据显示", "显示",
		"已达", "可达", "现报", "日称", "表示", "宣布", "公告", "较前", "或", // words jieba glued to the name: 在校生已达, 俄罗斯国防部日称, 营收或涨23%
		"发布", "公布", // 丽珠医药发布公告，…以每股人民币38.96元-39.49元回购: who announced, not what
		"遭",                       // 宁德时代遭净卖出6.18亿元
		"介乎", "介于", "约人民币", "人民币", // 回购价介乎3.34港元至3.35港元
		"计划安排",      // 全国基本建设投资总额计划安排
		"中有", "中，有", // 31个制造业大类行业中有28个: the whole the part is of
		"合计", "共计", "总计", // 减持公司股份合计不超过473万股, 进出口共计3.79万亿元: the total, not part of the name
		"当中",              // 正在设计的27艘船当中，超过一半: the whole the part is of
		"可能会", "可能", "或将", // 这一数字可能会升至611架: the hedge, not the name
		"首度", "首次", "再度", "再次", // 病例数首度突破10万
		"仍", "已", "相较", "较", "再", "很", "整整", // 股价仍被高估, 海外仓已, 病例数较, 奋斗了整整: adverbs jieba left on the name
		"上调", "下调", "维持", "继续", "下滑", "收窄", "延长", "提前", // 存款利率上调25个基点, 目标价维持: the verb after the name
	}
	notMetrics = []string{"日均", "关口", "大关", "增加", "增至", "降至", "居首", "最多", "附近", "超额", "之间", "人民币", "是", "外", "时",
		"涨幅", "跌幅", "增幅", "降幅", "幅度", "涨跌幅", // 收涨0.21美元，涨幅0.24%: the move of what the sentence is about
		"男", "女", "合计", "总计", "共计", "累计", "接近", "生产", "时间内", "之久", "整整", // verbs and asides: 第一个五年合计将达到, 追加投资总计超过13亿美元
		"修正", "修正为", "修正为升", "修正为降", "修正为增", "修正为减", "下修", "上修", // 前值从95.8修正为96, 前值从2.2%下修至2.1%, 前值从降2.1%修正为降1.9%: the reading goes on
		"收盘", "开盘", "盘中", "早盘", "尾盘", "午盘", "盘前", "盘后", "日内", // 回盛转债…，收盘上涨30%, 日内涨2.10%: when, not what
		"以来", "以后", "以前", // 为2021年8月份的8.3%以来的最高水平: since when, not what
		"且", "并且", "而且", // 回购资金总额不低于1亿元且不超过2亿元: the link to the other bound
		"交易日", "工作日", "周", "天"} // 近17个交易日累计涨幅高达377%: the span's unit, not what rose
)

// metricHedges are the hedge words dropped from a metric; the others (预算,
// 目标, 计划) are nouns that name indicators: 一般公共预算收入, 目标任务.
var metricHedges = []string{"预计", "预期", "有望", "假设", "预测", "预估", "力争", "争取", "拟", "将力争", "确保", "努力", "料将", "预料", "料", "打算", "力保",
	"預計", "預期", "預測", "預估", "力爭", "爭取", "擬", "確保"} // traditional forms

// hedges mark a claim as an estimate or a target when they stand in its
// clause before it (CLAIMS.md "Estimates").
var hedges = []string{
	"预计", "预期", "有望", "预测", "预估", "估算", "目标", "力争", "争取", "计划", "拟", "将力争", "纲要要求", "预算", "确保", "努力",
	"預計", "預期", "預測", "預估", "目標", "力爭", "爭取", "計劃", "擬", "預算", "確保", // traditional forms: the 1954 report
	"料将", "预料", "行料", "机构料", "市场料", // 中国在指数中的总权重料将回升至10%, 该行料网易末季游戏收入…
	"料升", "料降", "料上涨", "料下降", "料下跌", "料增", "料减", "料同比", "料按年", "料按季", "料萎缩", "料加息", "料降息", "料录得", "料介乎", "料亏损", "料达", "料显示", // 净利润料介乎118至144亿元: 料 before a verb (not 材料, 原料价格)
	"可能", "或将", "或达", // 规模可能达到1.5万亿美元, 市场规模或达80亿
	"指引",       // 毛利率指引约为22%: a company's guidance (followed by guidanceLinks or a figure)
	"提议",       // 控股股东提议中期分红2750万元
	"估计",       // 农民的收入估计将增加一百三十亿元左右
	"假设",       // 假设75%租户获六个月30%的租金减幅: a scenario, not a fact
	"力保", "打算", // 力保实现全年粮食播种面积5330万亩, 打算到2024年将产量提升至10亿吨
	"规划投资", // “十四五”期间，西藏规划投资6015亿元: the plan's figure (规划 alone also names a plan's area or a city's layout)
}

// materialsBeforeLiao, before 料, make it part of a material's name (材料,
// 原料, 油料, 肥料…), not the 料 of 料增, 料介乎 "expected".
const materialsBeforeLiao = "材原资燃饲塑肥饮涂物布香面木史辅颜调照意不笑草废用染油石备爆猛余主配饵钢磷骨逆糖浆胶"

// buybackSpends, before an amount followed by 回购, make it what a
// buyback cost (斥资310.48万港元回购44万股: metric 回购斥资).
var buybackSpends = []string{"斥资", "耗资", "涉资"}

// forecastMetrics name what a results forecast left alone as the metric
// measures (2021年预盈3.3亿元: 盈利).
var forecastMetrics = map[string]string{"预盈": "盈利", "预亏": "亏损"}

// resultsForecasts are hedges too (净利预增116%-128%, 净利润同比预降0%-25%),
// but as nouns in a list they name kinds of forecast being counted (预增、
// 略增、扭亏分别为17家), which no hedge before the list governs.
var resultsForecasts = []string{"预增", "预减", "预盈", "预亏", "预降", "预升"}

// guidanceLinks, after 指引, make it a company's guidance (指引为, 指引约为),
// not the verb (指引各方面).
var guidanceLinks = []string{"为", "约为", "是", "：", ":", "约", "仅为", "在", "今年", "全年", "明年", "下调", "上调", "区间", "范围"}

// planOpeners, in a paragraph that also names the coming year (今年, 明年,
// 2025年, 一九五八年), open the part of a report that sets out its plan:
// every figure after is a target (CLAIMS.md "targets set by a plan") until
// reviewOpeners start a review of the past. A sentence holding one of
// reachedWords reports a figure reached, not a target.
var (
	planOpeners   = []string{"主要预期目标", "工作安排", "重点工作", "工作任务", "主要任务", "以下工作", "主要指标安排", "计划的主要指标"}
	reviewOpeners = []string{"工作回顾", "过去一年", "过去的一年", "过去五年", "回顾", "一年来", "做了"}
	reachedWords  = []string{"已", "完成了", "实现了", "去年", "过去", "截至", "目前", "现有", "全国第一", "居全国"}
	// reachedOrForetold, in a sentence opening a clause with 到 and a year,
	// say its figures are reached or merely foretold, not targets (byYear).
	reachedOrForetold = []string{"已", "累计", "以来", "完成了", "实现了", "达到了", "实现目标", "将", "可能", "或将", "消息"} // 据…新闻发布会消息，到2021年底，…突破200例: news of what happened
	planIntros        = []string{"是：", "是:", "为：", "建议为：", "建议是：", "：", ":", "如下", "，是", "是"}         // 主要预期目标是：…
	// datelessPlanOpeners are the planOpeners that need no year in their
	// paragraph: they only open plans.
	datelessPlanOpeners = []string{"主要预期目标", "以下工作"}
)

// fundsWon, after 争取, name money obtained from above (争取新增专项债资金
// 3903亿元): in a review it was won; in a plan section it is a target all
// the same.
// alsoUse, between 争取 and the funds, keep it a getting of them (争取并用好新增专项债券).
var alsoUse = []string{"并用好", "和用好", "并"}

var fundsWon = []string{"新增专项债", "专项债", "增发国债", "超长期特别国债", "中央预算内", "中央资金", "中央财政", "上级资金", "国家资金", "新增地方政府债务", "地方政府债务", "债务额度"} // 争取新增地方政府债务额度753亿元

// forecasts are the hedges whose scope is a whole sentence when they open
// it (国家预算规定，本年收入…; 预计全年…).
var forecasts = []string{"预计", "预期", "预测", "预估", "估算", "估计", "预算", "力争", "计划草案", "拟", "计划规定", "计划于", "计划自", // “七五”计划草案规定，…增长百分之六点七; 第六个五年计划规定，到一九八五年…; 股东计划于未来6个月内，以…方式减持不超过454万股
	"預計", "預期", "預測", "預估", "預算", "力爭"}

// planWhen set the window of a plan (股东计划于未来6个月内，…减持不超过454万股):
// the figures of the clause after are the plan's (hedged).
var planWhen = []string{"计划于", "计划自", "计划在"}

// spokenPerUnits, after a price and 一, name what the price is for
// (4.4-4.5元一斤; spokenPer), longest first where they share a prefix.
var spokenPerUnits = []string{"公斤", "斤", "吨", "个", "只", "件", "张", "瓶", "盒", "箱", "袋", "包", "份", "杯", "碗", "平方米", "平米", "亩", "头", "台", "辆", "套", "桶", "升", "克"}

// spokenPerNext may follow such a price (4.4-4.5元一斤之间, 5元一斤左右).
var spokenPerNext = []string{"之间", "左右", "上下"}

// baseMarkers, before a past time and 的, make the figure after them the
// base of a comparison (较2021年的8.7亿人次): a reported figure, whatever
// forecast the sentence makes from it (pastBase).
var baseMarkers = []string{"较", "比", "相比", "超过", "高于", "低于", "从", "由"}

// baseTimeRunes, with digits, write the past time of such a base
// (上一季度, 去年同期, 2月份, 一九五八年).
const baseTimeRunes = "年月季度份上去前同期个第末底初半○" // ○ for 〇 in the old reports (一九八○年)

// forecastNouns, before the base of a comparison, make that base an earlier
// forecast, itself an estimate (GDP增长预期由5月的2.5%下调至2.4%; pastBase).
var forecastNouns = []string{"预期", "预测", "预估", "目标"}

// listVerbs open a list of subjects whose figures follow it (集团完成新签
// 合同额、营业收入、利润总额602.3亿元、134.4亿元、5.1亿元).
var listVerbs = []string{"完成", "实现", "录得", "累计完成", "累计实现"}

// indicatorAbbrs, in a parenthesis after an indicator's name, stay in its
// metric (国内生产总值（GDP）): annotators write either.
var indicatorAbbrs = map[string]bool{
	"GDP": true, "GNP": true, "CPI": true, "PPI": true, "PMI": true, "LPR": true, "MLF": true, "SLF": true, "EPS": true,
	"ROE": true, "EBIT": true, "EBITDA": true, "CEA": true, "CCER": true, "TEU": true, "FDI": true, "ODI": true, "PC": true,
}

// fallVerbs are the changeVerbs of a fall (changeBy).
var fallVerbs = map[string]bool{"减少": true, "下降": true, "降低": true, "回落": true, "下跌": true, "下调": true, "缩小": true, "收窄": true, "下行": true, "减": true, "降": true, "跌": true, "年减": true, "月减": true}

// residentNouns, after N多 with no magnitude, make it a count of people
// (6000多居民, 200余村民; impliedCount).
var residentNouns = []string{"居民", "村民", "群众", "农民", "市民", "职工", "农户", "学生", "游客", "乘客", "旅客", "患者", "志愿者"}

// averageSpans, right before 平均增长, say over how long the average runs
// (两年平均增长5.2%); the predicate keeps them.
var averageSpans = []string{"两年", "三年", "四年", "五年", "十年", "2年", "3年", "5年", "10年"}

// planBases open a first clause that names the plan the sentence's figures
// follow (按调整后的“八五”计划，…; 根据规划，…): its targets.
var planBases = []string{"按", "根据", "依照", "依据"} // 按 opens 按照 too

// planBaseEnds end such a clause: what it names is a plan.
var planBaseEnds = []string{"计划", "规划"}

// changeOpeners open a clause that states the change of the figure before
// it (预计净利润为2.89亿元，比上年同期增长130%): a forecast's change is a
// forecast too.
var changeOpeners = []string{"同比", "环比", "按年", "按季", "按月", "年增", "年减", "月增", "月减", "比上年", "较上年", "比去年", "较去年", "与上年", "与去年", "比", "较", "增长", "下降", "增加", "减少", "上升", "提高", "降低"}

// hedgeNotAfter and hedgeNotBefore are the words around a hedge word that
// make it a name or an outturn, not a forecast: 预期终值, 占预算数的,
// 预算执行的结果, 完成全年目标.
var (
	hedgeNotAfter = []string{"超收", "终值", "初值", "之外", "以外", "外", // 预算外资金, 计划外: outside the budget or plan
		"落空", "破灭", // LPR降息预期落空，债券延续强势: an expectation that failed hedges nothing after it
		"数的", "数为", "数是", "执行", "周转", "的执行", "任务完成", "内外", "内", "资金", "完成", "单列"}
	notHedgeWords = []string{"目标区间", "目标公司", "预期指数", "预期指标", "预期差值", "目标进行", "目标发动", "目标实施", // 利率目标区间, 对…目标发动袭击; 工业产出预期差值9
		"预期寿命", "计划规定的", // 人均预期寿命: an indicator; 比计划规定的单位数多: the plan as a yardstick
		"预增公司", "预盈公司", "预亏公司", "预减公司", "预降公司", "预升公司", // 预增公司135家: companies that forecast, counted
		"预增主要", "预减主要", "预盈主要", "预亏主要", // 业绩预减主要是…: the reason given
		"拟中标", "拟中选", // 拟中标金额为3.01亿元: a tender's announced winner, not an intent
		"力保护", "力保障", "力保持", "力保证", "力保险", // 耕地地力保护补贴, 有力保障, 生产力保持: words that hold 力保
		"拟合值",           // 金价偏离拟合值100美元: a fitted value (but 拟合资投建 plans a joint venture)
		"预算范围",          // 财政赤字控制在预算范围内: the budget as a yardstick
		"预算投资", "预算内投资", // 中央预算投资安排150亿元: where the funds come from
		"指引》",         // 《指引》共8章53条: a document's name
		"可能性", "预期概率", // 衰退的可能性上升至38%, 加息的预期概率为86％: a probability reported
		"估计到"} // 充分估计到…六亿多人民: taken into account
	hedgeNotBefore = []string{"完成", "完成全年", "实现", "超额完成", "达成", "完成了", "实现了", "超出", "高于", "低于", "超过", "一般公共",
		"原定", "超出原", "超过原", "高于原", "低于原", // 超过原定计划, 超出原计划的9万辆目标: the plan outdone or missed
		"超年度", "超年度计划", "超全年", "超全年计划", "超计划", // 投资7300亿元、超年度计划目标13.9%: by how much the plan was outdone
		"激励", "持股", // 2018年限制性股票激励计划中4名激励对象: a scheme's name (拟 in it still hedges)
		"通胀",                   // 5年通胀预期达到3.1%: an indicator
		"打击", "袭击", "军事", "武装"} // 胡塞武装目标: a military target
)

// notTimeAfter are the words after a time word that make it part of a
// name: 全年目标, 年度计划.
var notTimeAfter = []string{"目标", "计划", "任务", "预算"}

// changeVerbs, just before X至Y, can make it a change and the level reached
// rather than a range (changeBy).
var changeVerbs = []string{
	"增加", "减少", "增长", "上升", "下降", "提高", "降低", "回落", "回升", "上涨", "下跌", "攀升",
	"上调", "下调", "扩大", "缩小", "收窄", "放量", "缩量", "提升", "增", "减", "升", "降", "涨", "跌",
	"年增", "年减", "月增", "月减", // 营收年增50.1%: year on year, as Taiwan's and Hong Kong's press write it
	"上行", "下行", // 运价环比上行3.8元/吨至40元/吨, 收益率下行3个基点
}

// eventSexes and eventNames mark a length as the name of a sports event
// (男子100米蝶泳, 女子4×200米自由泳接力, 10米气步枪), not a distance.
var (
	eventSexes = []string{"男子", "女子", "混合", "×", "x"}
	eventNames = []string{
		"自由泳", "蛙泳", "仰泳", "蝶泳", "混合泳", "个人混合泳", "接力", "跨栏", "栏", "障碍", "短跑", "赛跑", "跑",
		"气步枪", "气手枪", "步枪", "手枪", "跳台", "跳板", "台", "板", "决赛", "半决赛", "预赛", "飞碟", "移动靶", "速滑",
		"竞走", "长跑", "越野", // 男、女20公里竞走冠军
		"三姿", "卧射", "立射", "跪射", "速射", // 男子步枪50米三姿
	}
	// eventHeads, before 两项 or 三项, make it the name of a sport: 冬季两项, 铁人三项.
	eventHeads = []string{"冬季", "北欧", "铁人", "现代", "马术"}
)

// notRankBefore are the runes before 前 that make it part of a word, not
// "the top": 目前, 之前, 以前, 此前, 提前, 当前, 日前, 空前, 眼前, 几天前.
const notRankBefore = "目之以此提当日事空跟面眼门生战赛会先天年月周时分秒"

// notMinusBefore are the runes before 负 that make it part of a word, not
// a written minus: 减负 (lightening a burden), 税负, 肩负, 担负, 抱负, 胜负.
const notMinusBefore = "减税肩担背身抱胜辜欺自"

// notTimeBefore are the runes before a time word that make it part of
// another word: 前年 in 目前年, 上年 in 提上年.
const notTimeBefore = "目提之以此事空"

// predicates are the verbs and relations recognized as a claim's predicate,
// longest first where they share a prefix.
var predicates = []string{
	"同比增长", "同比下降", "同比增加", "同比减少", "同比上涨", "同比下跌", "环比增长", "环比下降",
	"年均增长", "平均增长", "年增", "年减", "月增", "月减", "增长", "下降", "增加", "减少", "上涨", "下跌", "上升", "回落", "提高", "降低",
	"提升", "扩大", "缩小", "达到", "达", "占比", "占", "新增", "累计", "超过", "高于", "低于", "实现",
	"完成", "突破", "保持", "签约", "引进", "孵化", "推动", "提供", "录用", "拆除", "修复", "投资", "亏损",
	"盈利", "收于", "报收", "报", "为", "是", "共", "共有", "拥有", "建成", "开工", "投产", "带动",
	"吸引", "培育", "认定", "获批", "入选", "翻", "迈入", "升", "降", "涨", "跌", "增", "减", "赚", "亏",
	"跃居", "稳居", "位居", "排名", "居", "连续", "持续", "超", "逾", "约", "近", "接近", "控制在", "控制",
	"开行", "运送", "发送", "接待", // 中欧班列开行1488列，运送16.2万标箱
	"稳定在",       // 粮食播种面积稳定在1255万亩以上 (a user-dictionary word)
	"持平于", "持平", // 8月失业率持平于4.7%
	"微涨", "微跌", "小涨", "小跌", "大涨", "大跌", "收涨", "收跌", // 标普500指数微跌0.22点 (user-dictionary words)
	"净买入", "净卖出", "净流入", "净流出", // 北向资金净卖出7.73亿元 (user-dictionary words)
	"录得", // 美国7月ISM制造业PMI录得46.8
}

// timeWords are period words that can govern a claim without a number.
var timeWords = []string{
	"全年", "当年", "今年", "去年", "上年", "前年", "明年", "同期", "上半年", "下半年", "年末", "年底", "年初",
	"一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度", "第四季度", "前三季度",
	"报告期内", "报告期", "本月", "上月", "当月", "今年以来", "近年来", "近年", "五年来", "十年来", "过去五年", "过去一年", "一年来",
	"盘初", "盘前", "盘中", "尾盘", "早盘", "午盘", "盘后", "美股盘初", "美股盘前", "美股盘中", "美股尾盘", "欧股收盘前", "欧市尾盘", "亚市早盘", // sessions of a trading day
}

// strikeWords before 目标是 or a figure's 目标 make the target of a strike, not a plan's
// (导弹袭击目标是…): see targetIntro.
var strikeWords = []string{"袭击", "打击", "攻击", "轰炸"}

// headingEnds end a heading that names its subject (…计划概要, …的若干问题),
// where a sentence ends with its verb and object.
var headingEnds = []string{"计划", "計劃", "预算", "預算", "概要", "草案", "问题", "問題", "说明", "要点", "任务", "指标", "安排"}

// verbNouns are words jieba tags as verbs that name what a figure measures
// when no noun is beside them (本年支出增长4.76%, 今年收入增长9%); they stay
// verbs for finding the predicate (一般公共预算收入 is one metric).
var verbNouns = map[string]bool{"收入": true, "支出": true}

// planHeadWords name a plan in a numbered heading (二、1959年的国民经济计划;
// 二、1956年的国家预算: the figures of a budget are targets, CLAIMS.md).
var planHeadWords = []string{"计划", "計劃", "预算", "預算"}

// planReviewWords, in a heading naming a plan, make it a review of the
// plan or another sense of 计划 (计划经济, 计划生育, 计划单列).
var planReviewWords = []string{"执行", "完成", "情况", "回顾", "总结", "成就", "胜利", "成绩", "经济体制", "计划经济", "生育", "单列", "基本结束"}

// eventVerbs, before 后 or 时, make an event that times a reading (报告发布后).
var eventVerbs = map[string]bool{"发布": true, "公布": true, "出炉": true, "宣布": true, "公告": true}

// genericSubject are the words that open a subject without naming what is
// measured (公司营业收入, 该公司净利润).
var genericSubject = map[string]bool{"公司": true, "该公司": true, "本公司": true, "集团": true, "我国": true, "全国": true}

// adverbialVerb are the verbs that open an adverbial clause (扣除价格因素,
// 按可比价格计算): a clause opening with one has no subject.
var adverbialVerb = map[string]bool{"扣除": true, "剔除": true, "按": true, "据": true, "考虑": true, "经": true, "除": true, "按照": true, "根据": true, "若": true, "如": true, "对比": true, "相比": true}

// adjustedWords after 经 make it an adjective of the metric (经调整净利润,
// 经审计营业收入), not an adverbial opening.
var adjustedWords = map[string]bool{"调整": true, "审计": true, "核实": true, "核定": true}

// adverbialEnd closes an adverbial phrase that opens with adverbialVerb:
// 按可比价格计算, 扣除物价上涨因素.
var adverbialEnd = map[string]bool{"计算": true, "因素": true, "来看": true, "口径": true} // 按可比口径同比增长14.4%

// notCountNoun are the runes that, right after a number, start a verb,
// particle or preposition rather than the noun counted (impliedCount);
// countNounsAnyway are the nouns that start with one of them all the same
// (14亿中国人民, 3000万下岗职工). 伏 is a unit not modelled: a voltage
// mostly names a class of equipment (二十二万伏的高压变压器, 500千伏变电站).
const notCountNoun = "并的是为和及与或至到以同比增减降升上下左前内外多余元美欧英港日韩澳加次年月季度左右后起倍成折分之将已被由从在对用于中亿万千百十几数来伏"

var countNounsAnyway = []string{"在校", "中国", "下岗", "中小", "用户", "美国人", "英国人", "日本人", "韩国人", "德国人", "法国人", "加拿大人", "澳大利亚人", "欧洲人"} // 1亿多中小学生, 超过10万用户断电, 约5300万美国人

// renewVerbs end in 新 and take a span after them (刷新一个月收盘新低, 创新一年):
// a 新 alone before 一天 is the next day (新一天的航班), no span.
var renewVerbs = []string{"创新", "刷新", "更新", "翻新", "革新"}

// planActions name the action of a share plan; a clause after a planned
// figure that opens with one states another term of the plan (planTerm).
var planActions = []string{"增持金额", "增持价格", "增持数量", "增持比例", "减持价格", "减持数量", "减持比例", "减持金额", "回购金额", "回购价格", "回购数量", "回购资金", "回购股份"}
