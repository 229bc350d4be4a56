package extract

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dlclark/regexp2"

	"numclaims/schema"
)

var (
	segOnce sync.Once
	testSeg *Segmenter
)

// testExtractor shares one Segmenter across the package's tests, as a
// process does.
func testExtractor(t testing.TB, opts Options) *Extractor {
	segOnce.Do(func() {
		var err error
		testSeg, err = NewSegmenter()
		if err != nil {
			t.Fatal(err)
		}
	})
	return New(testSeg, opts)
}

// marked splits a test input with its span marked ⟦…⟧ into the plain text
// and the span's code-point offsets.
func marked(s string) (text string, start, end int) {
	r := []rune(s)
	var out []rune
	start, end = -1, -1
	for _, c := range r {
		switch c {
		case '⟦':
			start = len(out)
		case '⟧':
			end = len(out)
		default:
			out = append(out, c)
		}
	}
	return string(out), start, end
}

func nullable(f *float64) string {
	if f == nil {
		return "null"
	}
	return fmt.Sprint(*f)
}

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// claimCase is one phenomenon: the text with the expected span marked,
// and what the claim at that span must be.
type claimCase struct {
	in    string
	kind  string
	value float64
	unit  string
	qual  string // "" means exact
	low   *float64
	high  *float64
}

func f(v float64) *float64 { return &v }

var claimCases = []claimCase{
	// numbers as written
	{in: "总投资⟦160.4亿元⟧", kind: schema.KindMoney, value: 160.4e8, unit: "CNY"},
	{in: "凝聚⟦14亿多⟧中国人民的力量", kind: schema.KindCount, value: 14e8, low: f(14e8), unit: "人", qual: schema.QualLowerBound}, // 中国, not 中 (among)
	{in: "社会融资规模连续⟦4年⟧每年跨过一个万亿台阶", kind: schema.KindDuration, value: 4, unit: "year"},                                  // 每年 is no denominator of a span
	{in: "中央财政安排扶贫资金122亿元，农村贫困人口比上年减少⟦290万⟧", kind: schema.KindCount, value: 290e4, unit: "人"},                         // people, not the money before
	{in: "高质量实施年度⟦十大类⟧45项民生实事", kind: schema.KindCount, value: 10, unit: "类"},
	{in: "有公司豪掷⟦30亿⟧募集资金", kind: schema.KindMoney, value: 30e8, unit: "CNY"},
	{in: "天竺综保区在国家绩效评估中从⟦第9⟧名提升至第2名", kind: schema.KindRank, value: 9, unit: "rank"},
	{in: "信用业务营业收入分别同比增长19%/⟦0.6%⟧/25%", kind: schema.KindPercent, value: 0.6, unit: "%"},                         // a slash list of whole claims
	{in: "辐射欧亚大陆⟦50多个⟧国家", kind: schema.KindCount, value: 50, low: f(50), unit: "个", qual: schema.QualLowerBound}, // 陆 is no digit of 50
	{in: "出生率下降⟦５个千分点⟧", kind: schema.KindPercentagePoint, value: 0.5, unit: "pp"},
	{in: "名创优品斥资近⟦63亿⟧入股永辉超市", kind: schema.KindMoney, value: 63e8, low: f(63e8), high: f(63e8), unit: "CNY", qual: schema.QualApprox},
	{in: "澳洲标普200指数跌0.69%，结束⟦7日⟧连涨", kind: schema.KindDuration, value: 7, unit: "day"},
	{in: "回购股份价格不超过人民币⟦9.31元/股⟧", kind: schema.KindMoney, value: 9.31, high: f(9.31), unit: "CNY/股", qual: schema.QualUpperBound},
	{in: "PM2.5平均浓度⟦32.3微克/立方米⟧", kind: schema.KindQuantity, value: 3.23e-8, unit: "kg/m3"}, // a concentration, both units in code
	{in: "供电煤耗仅为⟦257.24克/千瓦时⟧", kind: schema.KindQuantity, value: 0.25724, unit: "kg/kWh"},
	{in: "以上⟦十四条⟧，构成新时代的基本方略", kind: schema.KindCount, value: 14, unit: "条"},                                                   // 以上 before a number: the above
	{in: "至少还需要⟦几十年⟧时间", kind: schema.KindDuration, value: 10, low: f(10), high: f(100), unit: "year", qual: schema.QualRange}, // 时间 makes it a span
	{in: "断交⟦七年⟧之久", kind: schema.KindDuration, value: 7, unit: "year"},
	{in: "在基本实现现代化的基础上，再奋斗⟦十五年⟧", kind: schema.KindDuration, value: 15, unit: "year"},
	{in: "该行预期纯利分别可达至43亿/⟦45亿⟧/47亿元人民币", kind: schema.KindMoney, value: 45e8, unit: "CNY"},
	{in: "比亚迪累计未交付量超过⟦20万⟧", kind: schema.KindCount, value: 20e4, low: f(20e4), unit: "个", qual: schema.QualLowerBound},
	{in: "军号如今已经沿用⟦70余年⟧", kind: schema.KindDuration, value: 70, low: f(70), unit: "year", qual: schema.QualLowerBound},
	{in: "过滤⟦0.5微米⟧的颗粒", kind: schema.KindQuantity, value: 5e-7, unit: "m"},
	{in: "新能源电池产能达⟦38GWh⟧", kind: schema.KindQuantity, value: 38e6, unit: "kWh"},                                                    // energy, not power
	{in: "终结了延续⟦2600多年⟧农民种田交税的历史", kind: schema.KindDuration, value: 2600, low: f(2600), unit: "year", qual: schema.QualLowerBound}, // no year takes 多
	{in: "⟦1亿多⟧中小学生得以共享优质教育资源", kind: schema.KindCount, value: 1e8, low: f(1e8), unit: "个", qual: schema.QualLowerBound},
	{in: "贫困人口减少⟦6800多万⟧，易地扶贫搬迁830万人", kind: schema.KindCount, value: 68e6, low: f(68e6), unit: "人", qual: schema.QualLowerBound},
	{in: "出境旅游人次由⟦8300万⟧增加到1亿3千多万", kind: schema.KindCount, value: 83e6, unit: "人次"},
	{in: "出境旅游人次由8300万增加到⟦1亿3千多万⟧", kind: schema.KindCount, value: 1.3e8, low: f(1.3e8), unit: "人次", qual: schema.QualLowerBound},
	{in: "卓尼、临潭⟦2县⟧新通高速公路", kind: schema.KindCount, value: 2, unit: "县"},
	{in: "凉州、陇西、康县⟦3县区⟧完成农村宅基地试点", kind: schema.KindCount, value: 3, unit: "县区"},
	{in: "美⟦31州⟧新冠新增确诊病例数呈上升趋势", kind: schema.KindCount, value: 31, unit: "州"},
	{in: "安理会以⟦12票⟧同意、3票弃权的结果", kind: schema.KindCount, value: 12, unit: "票"}, // votes
	{in: "防控工作等⟦四方面⟧提出16项重点任务", kind: schema.KindCount, value: 4, unit: "方面"},
	{in: "小麦每斤提高⟦3分钱⟧，继续实施", kind: schema.KindMoney, value: 0.03, unit: "CNY/斤"}, // 分钱, 毛钱: hundredths and tenths
	{in: "相当于⟦3.8万亿⟧的市值。", kind: schema.KindMoney, value: 3.8e12, unit: "CNY"},   // 市值 after the amount
	{in: "今年重点抓好⟦五件⟧事：", kind: schema.KindCount, value: 5, unit: "件"},
	{in: "检查组将重点检查⟦8方面⟧内容", kind: schema.KindCount, value: 8, unit: "方面"}, // 内容 is no "within"
	{in: "离沪人员需要提供⟦48小时⟧内核酸阴性证明", kind: schema.KindDuration, value: 48, high: f(48), unit: "hour", qual: schema.QualUpperBound},
	{in: "由⟦四档⟧税率简并至三档", kind: schema.KindCount, value: 4, unit: "档"},
	{in: "累计执行商业航班超⟦3600班次⟧", kind: schema.KindCount, value: 3600, low: f(3600), unit: "班次", qual: schema.QualLowerBound},
	{in: "分别配备6.3和⟦6.9英寸⟧的屏幕", kind: schema.KindQuantity, value: 0.17526, unit: "m"},
	{in: "稻谷最低收购价每50公斤分别提高5到7元和⟦9到23元⟧", kind: schema.KindMoney, value: 9, low: f(9), high: f(23), unit: "CNY/50公斤", qual: schema.QualRange}, // a denominator with a number, shared by the list
	{in: "九安医疗午后封住跌停，成交超⟦55亿⟧，全天振幅17%", kind: schema.KindMoney, value: 5.5e9, low: f(5.5e9), unit: "CNY", qual: schema.QualLowerBound},
	{in: "就回村做起了村医，一干就是⟦28年⟧。", kind: schema.KindDuration, value: 28, unit: "year"},
	{in: "我国有⟦2.9亿⟧在校学生", kind: schema.KindCount, value: 2.9e8, unit: "个"},
	{in: "利用外资必须把握⟦三条⟧原则：第一", kind: schema.KindCount, value: 3, unit: "条"},                                                             // a count of principles; 五项原则 is a name
	{in: "2022年我国地理信息产业总产值超⟦7700亿⟧；", kind: schema.KindMoney, value: 7.7e11, low: f(7.7e11), unit: "CNY", qual: schema.QualLowerBound}, // 产值 cues money
	{in: "占全国总发电量的⟦十分之一⟧左右。", kind: schema.KindPercent, value: 10, low: f(10), high: f(10), unit: "%", qual: schema.QualApprox},        // a tenth
	{in: "最低缴费年限，从2030年起由⟦15年⟧逐步提高至20年", kind: schema.KindDuration, value: 15, unit: "year"},
	{in: "市场监管总局依法对⟦7家⟧电商平台处以罚没款", kind: schema.KindCount, value: 7, unit: "家"}, // 电商, not 家电
	{in: "农机装备累计投放⟦7000万台套⟧以上", kind: schema.KindCount, value: 7e7, low: f(7e7), unit: "台套", qual: schema.QualLowerBound},
	{in: "其中债基占比超⟦半数⟧。", kind: schema.KindPercent, value: 50, low: f(50), unit: "%", qual: schema.QualLowerBound},
	{in: "累计中标额逾⟦1亿人币⟧", kind: schema.KindMoney, value: 1e8, low: f(1e8), unit: "CNY", qual: schema.QualLowerBound},          // 人币: 人民币
	{in: "劳动年龄人口平均受教育年限提高到⟦11.3年⟧", kind: schema.KindDuration, value: 11.3, unit: "year"},                                    // no date has a decimal point
	{in: "减持不超过公司总股本的⟦5.16%⟧", kind: schema.KindPercent, value: 5.16, high: f(5.16), unit: "%", qual: schema.QualUpperBound}, // the bound before the base
	{in: "约占公司目前总股本的⟦3.57%⟧", kind: schema.KindPercent, value: 3.57, low: f(3.57), high: f(3.57), unit: "%", qual: schema.QualApprox},
	{in: "文化新地标。举办⟦百场⟧艺术精品展演", kind: schema.KindCount, value: 100, unit: "场"}, // a lone magnitude counts after a verb of doing
	{in: "宪法法律委认为上述⟦2项⟧草案已比较成熟", kind: schema.KindCount, value: 2, unit: "项"},
	{in: "人均地区生产总值突破⟦5万⟧关口、达到5.28万元", kind: schema.KindMoney, value: 5e4, low: f(5e4), unit: "CNY", qual: schema.QualLowerBound},
	{in: "庆阳经济总量迈上⟦1200亿⟧台阶", kind: schema.KindMoney, value: 12e10, low: f(12e10), unit: "CNY", qual: schema.QualLowerBound},
	{in: "临夏州经济总量跻身⟦500亿元⟧行列", kind: schema.KindMoney, value: 5e10, low: f(5e10), unit: "CNY", qual: schema.QualLowerBound},
	{in: "近7000台风机迎风旋转，共建设⟦60台⟧风机", kind: schema.KindCount, value: 60, unit: "台"}, // 台风机 is 台 + 风机
	{in: "兰州高新区全国排名⟦53位⟧、提升3位", kind: schema.KindRank, value: 53, unit: "rank"},
	{in: "张掖经开区全国排名46位、⟦82位⟧，分别提升6位、49位", kind: schema.KindRank, value: 82, unit: "rank"},
	{in: "兰州高新区全国排名53位、提升⟦3位⟧", kind: schema.KindCount, value: 3, unit: "位"}, // places moved, not a place
	{in: "英特尔以0.5%的增长率跌至⟦第二⟧位", kind: schema.KindRank, value: 2, unit: "rank"},
	{in: "房地产和医疗保健板块至少涨⟦0.6%⟧", kind: schema.KindPercent, value: 0.6, low: f(0.6), unit: "%", qual: schema.QualLowerBound},
	{in: "本周有6500亿元7天期逆回购和⟦500亿⟧14天期逆回购到期", kind: schema.KindMoney, value: 5e10, unit: "CNY"},
	{in: "运输量为⟦2051万2331个⟧", kind: schema.KindCount, value: 20512331, unit: "个"},
	{in: "周二有⟦2500亿⟧7天期逆回购和200亿元14天逆回购到期", kind: schema.KindMoney, value: 25e10, unit: "CNY"}, // its list's next item is money
	{in: "全国乡村旅游人次从近8亿跃升到⟦30亿⟧", kind: schema.KindCount, value: 3e9, unit: "人次"},              // the cue's measure word, not 个 for 跃升
	{in: "韩国人均每年吃⟦70多包⟧方便面", kind: schema.KindCount, value: 70, low: f(70), unit: "包", qual: schema.QualLowerBound},
	{in: "即时配送订单数达⟦62亿单⟧", kind: schema.KindCount, value: 62e8, unit: "单"},
	{in: "走遍黄河上中下游⟦9省区⟧", kind: schema.KindCount, value: 9, unit: "省区"},
	{in: "牛羊出栏⟦937万头只⟧", kind: schema.KindCount, value: 937e4, unit: "头只"},
	{in: "饿了么关联公司注册资本增加至⟦550亿⟧", kind: schema.KindMoney, value: 550e8, unit: "CNY"}, // 至 links the cue
	{in: "瓦里关全球大气本底站运行⟦30多年⟧", kind: schema.KindDuration, value: 30, low: f(30), unit: "year", qual: schema.QualLowerBound},
	{in: "在2023年国家考评⟦第三⟧的好成绩基础上", kind: schema.KindRank, value: 3, unit: "rank"},
	{in: "产量都保持了⟦两位数⟧以上的增长速度", kind: schema.KindPercent, value: 10, low: f(10), unit: "%", qual: schema.QualLowerBound},
	{in: "日经225指数涨3.41%，扭转⟦七⟧连跌势头", kind: schema.KindDuration, value: 7, unit: "day"}, // a run of sessions
	{in: "2022年以来，至少有⟦15只⟧新品于本月上架", kind: schema.KindCount, value: 15, low: f(15), unit: "只", qual: schema.QualLowerBound},
	{in: "至此，上证指数月线⟦四⟧连跌", kind: schema.KindDuration, value: 4, unit: "month"},                                                       // monthly bars
	{in: "用⟦3—5年⟧时间，培养引进10名战略科学家", kind: schema.KindDuration, value: 3, low: f(3), high: f(5), unit: "year", qual: schema.QualRange}, // a span's range
	{in: "盯紧抓实64个预增产值过⟦10亿元⟧的工业新增长点", kind: schema.KindMoney, value: 1e9, low: f(1e9), unit: "CNY", qual: schema.QualLowerBound},
	{in: "苹果罕见地支付最高⟦18万美元⟧奖金", kind: schema.KindMoney, value: 18e4, high: f(18e4), unit: "USD", qual: schema.QualUpperBound}, // a cap
	{in: "单日旅客发送量由2万人次增至最高⟦10.3万人次⟧", kind: schema.KindCount, value: 10.3e4, unit: "人次"},                                     // a peak
	{in: "同时在线人数已经突破⟦200万⟧", kind: schema.KindCount, value: 2e6, low: f(2e6), unit: "人", qual: schema.QualLowerBound},
	{in: "具备⟦四年⟧锁定期的股票", kind: schema.KindDuration, value: 4, unit: "year"},
	{in: "固定资产投资规模突破⟦57万亿⟧", kind: schema.KindMoney, value: 57e12, low: f(57e12), unit: "CNY", qual: schema.QualLowerBound},
	{in: "提升科创、金融等⟦4大⟧功能类供应链平台能级", kind: schema.KindCount, value: 4, unit: "大"},
	{in: "目前金融机构的平均法定存款准备金率大约在⟦7%⟧", kind: schema.KindPercent, value: 7, low: f(7), high: f(7), unit: "%", qual: schema.QualApprox},
	{in: "上海银行北京分行因违规被罚⟦80万⟧", kind: schema.KindMoney, value: 8e5, unit: "CNY"},
	{in: "累计票房52.5亿元（YoY⟦-23.3%⟧）", kind: schema.KindPercent, value: -23.3, unit: "%"}, // YoY is no code
	{in: "我们是⟦六万万⟧人口的大国", kind: schema.KindCount, value: 6e8, unit: "人"},               // 万万, the older 亿
	{in: "投标倍数⟦2.96⟧（前次为2.86）", kind: schema.KindMultiple, value: 2.96, unit: "x"},
	{in: "投标倍数2.96（前次为⟦2.86⟧）", kind: schema.KindMultiple, value: 2.86, unit: "x"},
	{in: "盘中整体交投于⟦6.3964-6.3784元⟧区间", kind: schema.KindMoney, value: 6.3784, low: f(6.3784), high: f(6.3964), unit: "CNY", qual: schema.QualRange}, // high to low
	{in: "应该比原计划至少节约⟦百分之十⟧", kind: schema.KindPercent, value: 10, low: f(10), unit: "%", qual: schema.QualLowerBound},
	{in: "每平方公尺造价为⟦二百二十元⟧", kind: schema.KindMoney, value: 220, unit: "CNY/平方公尺"},
	{in: "提供助学金，每人每年⟦1500元⟧", kind: schema.KindMoney, value: 1500, unit: "CNY/人"}, // the denominator before the period
	{in: "斯克雷卡斯等⟦20多国⟧国家元首", kind: schema.KindCount, value: 20, low: f(20), unit: "国", qual: schema.QualLowerBound},
	{in: "对⟦8类⟧家电产品给予补贴", kind: schema.KindCount, value: 8, unit: "类"},
	{in: "中华⟦五千多年⟧文明史", kind: schema.KindDuration, value: 5000, low: f(5000), unit: "year", qual: schema.QualLowerBound},
	{in: "合计⟦84亿⟧资金净流入跟踪科创50指数", kind: schema.KindMoney, value: 84e8, unit: "CNY"}, // money named after the amount
	{in: "美国累计确诊超⟦7900万⟧ 死亡病例超95万", kind: schema.KindCount, value: 79e6, low: f(79e6), unit: "个", qual: schema.QualLowerBound},
	{in: "把我国人口控制在⟦十二亿⟧以内的目标", kind: schema.KindCount, value: 12e8, high: f(12e8), unit: "人", qual: schema.QualUpperBound},
	{in: "八年内使它们提供的商品粮比现在增加⟦两、三倍⟧", kind: schema.KindMultiple, value: 2, low: f(2), high: f(3), unit: "x", qual: schema.QualRange}, // two or three
	{in: "上证指数守住⟦2700点⟧", kind: schema.KindQuantity, value: 2700, low: f(2700), unit: "point", qual: schema.QualLowerBound},
	{in: "该报援引一份长达⟦9页⟧的情报报告", kind: schema.KindCount, value: 9, unit: "页"},
	{in: "所投资的基金持有期限不短于⟦一年⟧", kind: schema.KindDuration, value: 1, low: f(1), unit: "year", qual: schema.QualLowerBound},
	{in: "中国选手徐铭甫和张洋铭分列第33和⟦36位⟧", kind: schema.KindRank, value: 36, unit: "rank"},
	{in: "均录得周线⟦五⟧连阴", kind: schema.KindDuration, value: 35, unit: "day"},
	{in: "零跑汽车成为第三家月销破⟦3万⟧的造车新势力", kind: schema.KindCount, value: 3e4, low: f(3e4), unit: "个", qual: schema.QualLowerBound},
	{in: "中央和地方将增加财政投入，用⟦三年⟧左右时间基本化解", kind: schema.KindDuration, value: 3, low: f(3), high: f(3), unit: "year", qual: schema.QualApprox},
	{in: "部分公司拟增持金额过⟦亿元⟧", kind: schema.KindMoney, value: 1e8, low: f(1e8), unit: "CNY", qual: schema.QualLowerBound},
	{in: "经过⟦百年⟧奋斗", kind: schema.KindDuration, value: 100, unit: "year"},                                                             // 经过, no 过 of "over"
	{in: "小米集团在上半年平均一天净赚约⟦七千万⟧", kind: schema.KindMoney, value: 7e7, low: f(7e7), high: f(7e7), unit: "CNY", qual: schema.QualApprox}, // a cue before Chinese numerals
	{in: "美七天日均新增病例数破⟦26万⟧", kind: schema.KindCount, value: 26e4, low: f(26e4), unit: "个", qual: schema.QualLowerBound},
	{in: "调整了⟦25年⟧没有动过的城镇居民定量平价粮油价格", kind: schema.KindDuration, value: 25, unit: "year"},
	{in: "农村贫困人口从⟦两亿五千多万⟧减少到两千多万", kind: schema.KindCount, value: 2.5e8, low: f(2.5e8), unit: "人", qual: schema.QualLowerBound},
	{in: "农村贫困人口从两亿五千多万减少到⟦两千多万⟧", kind: schema.KindCount, value: 2e7, low: f(2e7), unit: "人", qual: schema.QualLowerBound},
	{in: "省市县三级用地预审平均时间压缩至⟦10个自然日⟧内", kind: schema.KindDuration, value: 10, high: f(10), unit: "day", qual: schema.QualUpperBound},
	{in: "城镇调查失业率、居民消费价格涨幅分别控制在⟦5%⟧和3%以内", kind: schema.KindPercent, value: 5, high: f(5), unit: "%", qual: schema.QualUpperBound}, // the list's bound
	{in: "粮肉奶产量分别稳定在⟦800亿斤⟧、60亿斤、160亿斤以上", kind: schema.KindQuantity, value: 4e10, low: f(4e10), unit: "kg", qual: schema.QualLowerBound},
	{in: "西藏经济总量⟦翻了七番⟧以上", kind: schema.KindMultiple, value: 128, low: f(128), unit: "x", qual: schema.QualLowerBound},
	{in: "武汉观众更是将该片顶上票房榜⟦第四⟧位", kind: schema.KindRank, value: 4, unit: "rank"},
	{in: "美国2022年的经济增长料将低于⟦2.7%⟧的普遍预期", kind: schema.KindPercent, value: 2.7, unit: "%"},           // the expectation, no bound
	{in: "合同量为⟦410.25万吉焦/年⟧", kind: schema.KindQuantity, value: 410.25e4 * 1e3 / 3.6, unit: "kWh"}, // heat, as gas is sold
	{in: "引入了⟦2000多款⟧品牌啤酒", kind: schema.KindCount, value: 2000, low: f(2000), unit: "款", qual: schema.QualLowerBound},
	{in: "英国伦敦证券交易所休市⟦一日⟧", kind: schema.KindDuration, value: 1, unit: "day"},
	{in: "单月开行量连续23个月保持⟦千列⟧以上", kind: schema.KindCount, value: 1000, low: f(1000), unit: "列", qual: schema.QualLowerBound},
	{in: "下半年国有单位固定资产投资全年增长⟦19·5％⟧", kind: schema.KindPercent, value: 19.5, unit: "%"}, // a middle dot for the point
	{in: "衡阳高新区等⟦6家⟧园区入选全国", kind: schema.KindCount, value: 6, unit: "家"},              // 园区, not 家园
	{in: "全年共有⟦600多万⟧下岗职工实现了再就业", kind: schema.KindCount, value: 600e4, low: f(600e4), unit: "个", qual: schema.QualLowerBound},
	{in: "移动物联网终端用户超过⟦20.5亿⟧", kind: schema.KindCount, value: 20.5e8, low: f(20.5e8), unit: "个", qual: schema.QualLowerBound},
	{in: "占比分别提高⟦2.2⟧个和3.7个百分点", kind: schema.KindPercentagePoint, value: 2.2, unit: "pp"}, // 个 is half of 个百分点
	{in: "国内生产总值比上年增长7.8％，虽然略低于⟦8％⟧的预定目标", kind: schema.KindPercent, value: 8, unit: "%"},  // the bound is 7.8%'s
	{in: "项目合作年限⟦20年⟧", kind: schema.KindDuration, value: 20, unit: "year"},
	{in: "将于出具确认书后⟦10个工作天⟧内订立合同", kind: schema.KindDuration, value: 10, high: f(10), unit: "day", qual: schema.QualUpperBound},
	{in: "招商局置地拨付7.06亿收购西安一宗商地 总建面不超⟦11.16万平⟧", kind: schema.KindQuantity, value: 111600, high: f(111600), unit: "m2", qual: schema.QualUpperBound},
	{in: "招商局置地拨付⟦7.06亿⟧收购西安一宗商地", kind: schema.KindMoney, value: 7.06e8, unit: "CNY"},
	{in: "参保人数分别增加1753万和⟦2028万⟧", kind: schema.KindCount, value: 2028e4, unit: "人"}, // the second of a pair of bare amounts
	{in: "三十多种主要产品产量，提前⟦两年⟧达到指标", kind: schema.KindDuration, value: 2, unit: "year"},
	{in: "牵头组建首批⟦12家⟧长三角创新联合体", kind: schema.KindCount, value: 12, unit: "家"}, // not 家长
	{in: "全国⟦亿元⟧及以上项目投资同比增长11.9%", kind: schema.KindMoney, value: 1e8, low: f(1e8), unit: "CNY", qual: schema.QualLowerBound},
	{in: "合计⟦1,100.9亿元⟧", kind: schema.KindMoney, value: 1100.9e8, unit: "CNY"},
	{in: "收入⟦２７，２０３，３１９，０００元⟧", kind: schema.KindMoney, value: 27203319000, unit: "CNY"},
	{in: "新建职工住宅⟦6，256万平方米⟧", kind: schema.KindQuantity, value: 6.256e7, unit: "m2"}, // a full-width comma grouping ASCII digits
	{in: "内燃机⟦2，000万马力⟧", kind: schema.KindQuantity, value: 2e7 * 735.49875, unit: "W"},
	// exchange rates quoted after 报: the quote currency per base currency
	{in: "欧元兑美元涨0.02%报⟦1.1163⟧", kind: schema.KindMoney, value: 1.1163, unit: "USD/EUR"},
	{in: "美元兑日元涨0.89%报⟦143.9045⟧", kind: schema.KindMoney, value: 143.9045, unit: "JPY/USD"},
	{in: "离岸人民币对美元涨293个基点报⟦7.0417⟧", kind: schema.KindMoney, value: 7.0417, unit: "CNY/USD"},
	{in: "增长⟦３．６８％⟧", kind: schema.KindPercent, value: 3.68, unit: "%"},
	{in: "共有⟦一百二十三个⟧", kind: schema.KindCount, value: 123, unit: "个"},
	{in: "耕地⟦二亿八千六百七十七万亩⟧", kind: schema.KindQuantity, value: 286770000 * 10000.0 / 15, unit: "m2"},
	{in: "规模达⟦4.78万亿元⟧", kind: schema.KindMoney, value: 4.78e12, unit: "CNY"},
	{in: "增长⟦百分之二十八⟧", kind: schema.KindPercent, value: 28, unit: "%"},
	{in: "占⟦三分之二⟧", kind: schema.KindPercent, value: 200.0 / 3, unit: "%"},
	{in: "下降⟦千分之三⟧", kind: schema.KindPercent, value: 0.3, unit: "%"},
	{in: "行政审批事项减少⟦1/3⟧以上", kind: schema.KindPercent, value: 100.0 / 3, unit: "%", qual: schema.QualLowerBound, low: f(100.0 / 3)},
	{in: "占全国的⟦1/10⟧", kind: schema.KindPercent, value: 10, unit: "%"},
	{in: "占比超过⟦八成⟧", kind: schema.KindPercent, value: 80, unit: "%", qual: schema.QualLowerBound, low: f(80)},
	{in: "气温⟦-5℃⟧", kind: schema.KindQuantity, value: -5, unit: "degC"},
	{in: "信心指数为⟦负30.6点⟧", kind: schema.KindQuantity, value: -30.6, unit: "point"},
	{in: "为企业减负⟦1760亿元⟧", kind: schema.KindMoney, value: 1.76e11, unit: "CNY"}, // 减负: a burden, not a minus
	{in: "降低企业税负⟦5700多亿元⟧", kind: schema.KindMoney, value: 5.7e11, unit: "CNY", qual: schema.QualLowerBound, low: f(5.7e11)},
	// kinds and units
	{in: "前三季度分别高于全市0.9、1.2、⟦1.2个百分点⟧", kind: schema.KindPercentagePoint, value: 1.2, unit: "pp"},
	{in: "较上月分别上升⟦3.1⟧和2.1个百分点", kind: schema.KindPercentagePoint, value: 3.1, unit: "pp"}, // a list joined by 和
	{in: "连续迈上⟦100万⟧、110万和130万亿元三个台阶", kind: schema.KindMoney, value: 1e14, unit: "CNY"},   // 万 of 万亿
	{in: "下调⟦25个基点⟧", kind: schema.KindPercentagePoint, value: 0.25, unit: "pp"},
	{in: "油价⟦75.6美元/桶⟧", kind: schema.KindMoney, value: 75.6, unit: "USD/桶"},
	{in: "每吨⟦300元⟧", kind: schema.KindMoney, value: 300, unit: "CNY/吨"},
	{in: "投资⟦5000万美元⟧", kind: schema.KindMoney, value: 5e7, unit: "USD"},
	{in: "突破⟦5500万千瓦⟧", kind: schema.KindQuantity, value: 5.5e10, unit: "W", qual: schema.QualLowerBound, low: f(5.5e10)},
	{in: "外送电量⟦935亿千瓦时⟧", kind: schema.KindQuantity, value: 9.35e10, unit: "kWh"},
	{in: "修复道路⟦2.8公里⟧", kind: schema.KindQuantity, value: 2800, unit: "m"},
	{in: "年产⟦38.8亿方⟧", kind: schema.KindQuantity, value: 3.88e9, unit: "m3"},
	{in: "亩产⟦一百斤⟧", kind: schema.KindQuantity, value: 50, unit: "kg"},
	{in: "吞吐量⟦52.4万标箱⟧", kind: schema.KindQuantity, value: 524000, unit: "TEU"},
	{in: "收于⟦2842.21点⟧", kind: schema.KindQuantity, value: 2842.21, unit: "point"},
	{in: "PMI为⟦49.6⟧", kind: schema.KindQuantity, value: 49.6, unit: "point"},
	{in: "营收实现⟦翻番⟧增长", kind: schema.KindMultiple, value: 2, unit: "x"},
	{in: "三年实现⟦翻两番⟧", kind: schema.KindMultiple, value: 4, unit: "x"},
	{in: "增长⟦3倍⟧", kind: schema.KindMultiple, value: 3, unit: "x"},
	{in: "连续⟦5年⟧获评", kind: schema.KindDuration, value: 5, unit: "year"},
	{in: "项目实现⟦百日⟧开工", kind: schema.KindDuration, value: 100, unit: "day"},
	{in: "全球占有率保持⟦第一⟧", kind: schema.KindRank, value: 1, unit: "rank"},
	{in: "增速连续保持全市⟦第一方阵⟧", kind: schema.KindRank, value: 1, unit: "rank"},
	{in: "新增“四上”单位⟦29家⟧", kind: schema.KindCount, value: 29, unit: "家"},
	{in: "接待⟦1204人次⟧", kind: schema.KindCount, value: 1204, unit: "人次"},
	{in: "全国⟦一亿二千万⟧农户", kind: schema.KindCount, value: 1.2e8, unit: "户"},
	// shapes
	{in: "其中⟦10亿-30亿元⟧项目6个", kind: schema.KindMoney, value: 1e9, unit: "CNY", qual: schema.QualRange, low: f(1e9), high: f(3e9)},
	{in: "增长⟦10%至15%⟧", kind: schema.KindPercent, value: 10, unit: "%", qual: schema.QualRange, low: f(10), high: f(15)},
	{in: "净利润同比增加⟦8.51亿元至8.81亿元⟧", kind: schema.KindMoney, value: 8.51e8, unit: "CNY", qual: schema.QualRange, low: f(8.51e8), high: f(8.81e8)},
	{in: "饮品的价格上调⟦100至400韩元⟧", kind: schema.KindMoney, value: 100, unit: "KRW", qual: schema.QualRange, low: f(100), high: f(400)},
	// a change, then the level it reached: two claims, not a range
	{in: "商业原油库存减少⟦214.4万桶⟧至4.179亿桶", kind: schema.KindQuantity, value: 2.144e6, unit: "桶"},
	{in: "商业原油库存减少214.4万桶至⟦4.179亿桶⟧", kind: schema.KindQuantity, value: 4.179e8, unit: "桶"},
	{in: "运价指数下跌⟦25点⟧至1988点", kind: schema.KindQuantity, value: 25, unit: "point"},
	{in: "初请失业金人数增加1.4万至⟦24.9万人⟧", kind: schema.KindCount, value: 2.49e5, unit: "人"},
	{in: "亩产⟦八十斤到九十九斤⟧", kind: schema.KindQuantity, value: 40, unit: "kg", qual: schema.QualRange, low: f(40), high: f(49.5)},
	{in: "面积超过⟦10万㎡⟧", kind: schema.KindQuantity, value: 1e5, unit: "m2", qual: schema.QualLowerBound, low: f(1e5)},
	{in: "引进机构⟦20余家⟧", kind: schema.KindCount, value: 20, unit: "家", qual: schema.QualLowerBound, low: f(20)},
	{in: "贡献度接近⟦20%⟧", kind: schema.KindPercent, value: 20, unit: "%", qual: schema.QualApprox, low: f(20), high: f(20)},
	{in: "增长⟦5%⟧左右", kind: schema.KindPercent, value: 5, unit: "%", qual: schema.QualApprox, low: f(5), high: f(5)},
	{in: "不足⟦3%⟧", kind: schema.KindPercent, value: 3, unit: "%", qual: schema.QualUpperBound, high: f(3)},
	{in: "超过约⟦13亿美元⟧", kind: schema.KindMoney, value: 1.3e9, unit: "USD", qual: schema.QualLowerBound, low: f(1.3e9)},
	{in: "签约⟦亿元⟧以上产业项目28个", kind: schema.KindMoney, value: 1e8, unit: "CNY", qual: schema.QualLowerBound, low: f(1e8)},
	{in: "投资⟦几十亿元⟧", kind: schema.KindMoney, value: 1e9, unit: "CNY", qual: schema.QualRange, low: f(1e9), high: f(1e10)},
	{in: "吸引⟦十几万人⟧", kind: schema.KindCount, value: 1e5, unit: "人", qual: schema.QualRange, low: f(1e5), high: f(2e5)},
	{in: "实现⟦两位数⟧增长", kind: schema.KindPercent, value: 10, unit: "%", qual: schema.QualRange, low: f(10), high: f(100)},
	{in: "储存有⟦数以万计⟧的锂电池", kind: schema.KindCount, value: 1e4, unit: "个", qual: schema.QualLowerBound, low: f(1e4)},
	{in: "共⟦７，５００多万户⟧", kind: schema.KindCount, value: 7.5e7, unit: "户", qual: schema.QualLowerBound, low: f(7.5e7)},
	{in: "共⟦五亿二千多万件⟧", kind: schema.KindCount, value: 5.2e8, unit: "件", qual: schema.QualLowerBound, low: f(5.2e8)},
	{in: "占总出货量的⟦一半⟧以上", kind: schema.KindPercent, value: 50, unit: "%", qual: schema.QualLowerBound, low: f(50)},
	{in: "补助标准提高，⟦3700多万⟧学生受益", kind: schema.KindCount, value: 3.7e7, unit: "个", qual: schema.QualLowerBound, low: f(3.7e7)},
	{in: "惠及近⟦千万⟧家庭", kind: schema.KindCount, value: 1e7, unit: "个", qual: schema.QualApprox, low: f(1e7), high: f(1e7)},
	{in: "海铁联运班列年开行突破⟦万列⟧", kind: schema.KindCount, value: 1e4, unit: "列", qual: schema.QualLowerBound, low: f(1e4)},
	{in: "在建项目投资超⟦万亿元⟧", kind: schema.KindMoney, value: 1e12, unit: "CNY", qual: schema.QualLowerBound, low: f(1e12)},
	{in: "集装箱吞吐量稳居全国沿海港口⟦前十⟧", kind: schema.KindRank, value: 10, unit: "rank", qual: schema.QualUpperBound, high: f(10)}, // ranks up to 10, open below as every upper bound
	{in: "跨境人民币结算量稳居西部和边境省区⟦第一⟧", kind: schema.KindRank, value: 1, unit: "rank"},
	{in: "客车通关量居全国⟦首位⟧", kind: schema.KindRank, value: 1, unit: "rank"},
	{in: "本届运动会获得⟦8金⟧9银6铜", kind: schema.KindCount, value: 8, unit: "金"},
	{in: "中国队稳居奖牌榜⟦榜首⟧", kind: schema.KindRank, value: 1, unit: "rank"},
	{in: "经济总量居全国⟦第一百⟧名", kind: schema.KindRank, value: 100, unit: "rank"},
	{in: "在汽车行业中排名⟦第104⟧位", kind: schema.KindRank, value: 104, unit: "rank"},
	{in: "全球前⟦5000个⟧品牌中", kind: schema.KindCount, value: 5000, unit: "个"}, // not 前500, then 0个
	{in: "中国选手包揽了本站比赛的⟦前三⟧名", kind: schema.KindRank, value: 3, unit: "rank", qual: schema.QualUpperBound, high: f(3)},
	{in: "团体⟦两块⟧金牌", kind: schema.KindCount, value: 2, unit: "块"}, // 块 is money only as 块钱
	{in: "通行时间从⟦3个多小时⟧缩短", kind: schema.KindDuration, value: 3, unit: "hour", qual: schema.QualLowerBound, low: f(3)},
	{in: "美国经济连续⟦两个季度⟧萎缩", kind: schema.KindDuration, value: 6, unit: "month"},
	{in: "从过去的⟦1小时33分钟⟧压缩至40分钟", kind: schema.KindDuration, value: 1.55, unit: "hour"},
	{in: "前后用了⟦一年零三个月⟧", kind: schema.KindDuration, value: 15, unit: "month"}, // years and months: in months, as every annotator wrote it
	{in: "汇聚国内外⟦百余部⟧大片佳作", kind: schema.KindCount, value: 100, unit: "部", qual: schema.QualLowerBound, low: f(100)},
	{in: "销售额为⟦5723.5亿元新台币⟧", kind: schema.KindMoney, value: 5.7235e11, unit: "TWD"},
	{in: "总代价约港币⟦6560万元⟧", kind: schema.KindMoney, value: 6.56e7, unit: "HKD", qual: schema.QualApprox, low: f(6.56e7), high: f(6.56e7)},
	{in: "播种面积占全国⟦一半⟧左右", kind: schema.KindPercent, value: 50, unit: "%", qual: schema.QualApprox, low: f(50), high: f(50)},
	{in: "目前⟦三名⟧航天员状态良好", kind: schema.KindCount, value: 3, unit: "名"}, // 目前, not 前三
	{in: "吸引⟦数万⟧游客观看", kind: schema.KindCount, value: 1e4, unit: "个", qual: schema.QualRange, low: f(1e4), high: f(1e5)},
	{in: "风寒温度低至零下⟦78摄氏度⟧", kind: schema.KindQuantity, value: -78, unit: "degC"},
	{in: "打款价均将上调⟦30元/瓶⟧", kind: schema.KindMoney, value: 30, unit: "CNY/瓶"},
	{in: "批发价已经达到⟦5200元-5800元/瓶⟧", kind: schema.KindMoney, value: 5200, unit: "CNY/瓶", qual: schema.QualRange, low: f(5200), high: f(5800)},
	{in: "回购价格为每股⟦25.3港元-26.9港元⟧", kind: schema.KindMoney, value: 25.3, unit: "HKD/股", qual: schema.QualRange, low: f(25.3), high: f(26.9)},
	{in: "预计净利润约为⟦9.6亿元-10.2亿元⟧", kind: schema.KindMoney, value: 9.6e8, unit: "CNY", qual: schema.QualRange, low: f(9.6e8), high: f(10.2e8)},
	{in: "沙特原油产量为⟦694.9万桶/日⟧", kind: schema.KindQuantity, value: 6.949e6, unit: "桶"}, // barrels as written; the rate's day is not in the unit
	{in: "时速达到⟦350公里/小时⟧", kind: schema.KindQuantity, value: 3.5e5, unit: "m"},       // a speed's hour is in its span, not its unit
	{in: "收入实现高⟦双位数⟧增长", kind: schema.KindPercent, value: 10, unit: "%", qual: schema.QualRange, low: f(10), high: f(100)},
	{in: "报⟦4.6390美元/百万英热单位⟧", kind: schema.KindMoney, value: 4.639, unit: "USD/百万英热单位"},
	{in: "人均预期寿命达到⟦78.5岁⟧", kind: schema.KindDuration, value: 78.5, unit: "year"},                                                      // an age is a span of years
	{in: "为⟦65岁⟧以上老年人提供预约转诊等便捷服务", kind: schema.KindDuration, value: 65, low: f(65), unit: "year", qual: schema.QualLowerBound},        // the age that bounds a group
	{in: "决定将⟦5至11岁⟧的儿童列入新冠疫苗接种对象", kind: schema.KindDuration, value: 5, low: f(5), high: f(11), unit: "year", qual: schema.QualRange}, // the ages of a group
	{in: "死伤者年龄在⟦16岁到22岁⟧之间", kind: schema.KindDuration, value: 16, low: f(16), high: f(22), unit: "year", qual: schema.QualRange},     // was 22岁 alone
	{in: "导致一名⟦14岁⟧少年死亡", kind: schema.KindDuration, value: 14, unit: "year"},                                                          // a boy's age
	{in: "从国际旅行返回美国的2岁及⟦2岁⟧以上的美国人须出示证明", kind: schema.KindDuration, value: 2, low: f(2), unit: "year", qual: schema.QualLowerBound},    // it panicked: the list's first age was skipped as context
	{in: "代表着全国⟦六亿多⟧人民", kind: schema.KindCount, value: 6e8, unit: "人", qual: schema.QualLowerBound, low: f(6e8)},
	{in: "累计观看人次⟦2亿⟧，总点赞数3.6亿", kind: schema.KindCount, value: 2e8, unit: "人次"},
	{in: "家电、汽车换新数量分别居全国第2位、⟦第7⟧位", kind: schema.KindRank, value: 7, unit: "rank"},
	{in: "英国走了五十多年的路，我们只花了⟦六年⟧", kind: schema.KindDuration, value: 6, unit: "year"},
	{in: "归母净利润分别为⟦293⟧/350/417亿元", kind: schema.KindMoney, value: 2.93e10, unit: "CNY"}, // a list joined by /
	{in: "带动⟦6069万⟧农民增收", kind: schema.KindCount, value: 6.069e7, unit: "人"},
	{in: "工业和信息化部等⟦五部门⟧印发通知", kind: schema.KindCount, value: 5, unit: "部门"},
	{in: "等於一九四九年的⟦四點二倍⟧", kind: schema.KindMultiple, value: 4.2, unit: "x"},                                           // traditional 點
	{in: "已有基層社⟦三萬一千餘個⟧", kind: schema.KindCount, value: 31000, unit: "個", qual: schema.QualLowerBound, low: f(31000)}, // as written
	{in: "经过⟦15年⟧的艰苦努力", kind: schema.KindDuration, value: 15, unit: "year"},
	{in: "农村贫困人口减少⟦1240万⟧", kind: schema.KindCount, value: 1.24e7, unit: "人"},
	{in: "美中是世界⟦前两⟧大经济体", kind: schema.KindRank, value: 2, unit: "rank", qual: schema.QualUpperBound, high: f(2)},
	{in: "平均每人的纯收入达到⟦二百七十元⟧", kind: schema.KindMoney, value: 270, unit: "CNY/人"},
	{in: "每年可节约⟦二千八百亿元⟧", kind: schema.KindMoney, value: 2.8e11, unit: "CNY"}, // a rate over time: the year is not in the unit
	{in: "增长目标为⟦百分之八至九⟧", kind: schema.KindPercent, value: 8, unit: "%", qual: schema.QualRange, low: f(8), high: f(9)},
	{in: "城乡居民收入倍差缩小至⟦1.83⟧", kind: schema.KindMultiple, value: 1.83, unit: "x"},
	{in: "今年再减少农村贫困人口⟦1000万⟧以上", kind: schema.KindCount, value: 1e7, unit: "人", qual: schema.QualLowerBound, low: f(1e7)},
	{in: "京东价格由⟦4499⟧上调至4599元", kind: schema.KindMoney, value: 4499, unit: "CNY"}, // the unit comes with the second value
	{in: "平均售价从⟦1.2万⟧提高到1.5万元", kind: schema.KindMoney, value: 1.2e4, unit: "CNY"},
	{in: "收入为⟦十四亿零六百万新卢布⟧", kind: schema.KindMoney, value: 1.406e9, unit: "RUB"},
	{in: "拟减持不超⟦100万股⟧", kind: schema.KindCount, value: 1e6, unit: "股", qual: schema.QualUpperBound, high: f(1e6)},
	{in: "二手房均价⟦60225元/平⟧", kind: schema.KindMoney, value: 60225, unit: "CNY/平"},
	{in: "城市通勤⟦30分钟⟧", kind: schema.KindDuration, value: 0.5, unit: "hour"}, // CLAIMS.md's spans stop at the hour
	// a text that writes its numbers digit by digit, with spaces between
	{in: "本届政府从1 9 9 3 年3 月就职，1 9 9 7 年国内生产总值达到⟦7 4 7 7 2 亿元⟧。", kind: schema.KindMoney, value: 7.4772e12, unit: "CNY"},
	{in: "1 9 9 3 年至1 9 9 7 年，年均增长⟦1 1 ％⟧，1 9 9 7 年达到8 ．8 ％。", kind: schema.KindPercent, value: 11, unit: "%"},
	{in: "1 9 9 3 年至1 9 9 7 年，年均增长1 1 ％，1 9 9 7 年达到⟦8 ．8 ％⟧。", kind: schema.KindPercent, value: 8.8, unit: "%"},
	// amounts whose 元 is left unwritten
	{in: "2020H1公司实现收入⟦15.02亿⟧，同比增长106%", kind: schema.KindMoney, value: 1.502e9, unit: "CNY"},
	{in: "大盘票房（含预售）已突破⟦30亿⟧。", kind: schema.KindMoney, value: 3e9, unit: "CNY", qual: schema.QualLowerBound, low: f(3e9)},
	{in: "两市成交额5770亿元，环比收窄逾⟦500亿⟧。", kind: schema.KindMoney, value: 5e10, unit: "CNY", qual: schema.QualLowerBound, low: f(5e10)},
	{in: "报价13.48港元，成交额⟦5.92亿⟧。", kind: schema.KindMoney, value: 5.92e8, unit: "HKD"}, // the currency of the quote before
	{in: "预计2020年半年度亏损⟦1100.0万至1500.0万⟧", kind: schema.KindMoney, value: 1.1e7, unit: "CNY", qual: schema.QualRange, low: f(1.1e7), high: f(1.5e7)},
	{in: "归属于上市公司股东的净利润⟦-1500.00万至-1100.00万⟧", kind: schema.KindMoney, value: -1.5e7, unit: "CNY", qual: schema.QualRange, low: f(-1.5e7), high: f(-1.1e7)},
	{in: "价格从此前最高38万元/吨一路下跌至⟦7万/吨⟧左右", kind: schema.KindMoney, value: 7e4, unit: "CNY/吨", qual: schema.QualApprox, low: f(7e4), high: f(7e4)},
	{in: "一手的交易价格是⟦8万多⟧，", kind: schema.KindMoney, value: 8e4, unit: "CNY", qual: schema.QualLowerBound, low: f(8e4)},
	{in: "储能电站一次充电量为⟦200兆瓦时⟧", kind: schema.KindQuantity, value: 2e5, unit: "kWh"},
	{in: "收益率交投于⟦1.7972%-1.7315%⟧区间", kind: schema.KindPercent, value: 1.7315, unit: "%", qual: schema.QualRange, low: f(1.7315), high: f(1.7972)},
	{in: "去年同期为⟦7070亿瑞郎⟧", kind: schema.KindMoney, value: 7.07e11, unit: "CHF"},
	{in: "市值一度破⟦3万亿美元⟧", kind: schema.KindMoney, value: 3e12, unit: "USD", qual: schema.QualLowerBound, low: f(3e12)},
	{in: "制造业采购经理指数跌破⟦40⟧", kind: schema.KindQuantity, value: 40, unit: "point", qual: schema.QualUpperBound, high: f(40)},
	{in: "时隔⟦16年⟧再获奥运会奖牌", kind: schema.KindDuration, value: 16, unit: "year"},
	{in: "发电量由⟦二千零三十亿度⟧增加到", kind: schema.KindQuantity, value: 2.03e11, unit: "kWh"},
	{in: "控股股东解除质押⟦900万股⟧", kind: schema.KindCount, value: 9e6, unit: "股"},
	{in: "本年度共有⟦497笔⟧融资", kind: schema.KindCount, value: 497, unit: "笔"},
	{in: "播种机械⟦10万多台次⟧", kind: schema.KindCount, value: 1e5, unit: "台次", qual: schema.QualLowerBound, low: f(1e5)},
	{in: "近⟦7个交易日⟧6涨停", kind: schema.KindDuration, value: 7, unit: "day", qual: schema.QualApprox, low: f(7), high: f(7)},
	{in: "大豆期货报⟦961美分/蒲式耳⟧", kind: schema.KindMoney, value: 9.61, unit: "USD/蒲式耳"},
	{in: "总周转量达到⟦34.6亿吨公里⟧", kind: schema.KindQuantity, value: 3.46e9, unit: "tkm"},
	{in: "计划15个交易日后的⟦6个月⟧内减持", kind: schema.KindDuration, value: 6, unit: "month", qual: schema.QualUpperBound, high: f(6)},
	{in: "久期不得超过⟦两年⟧", kind: schema.KindDuration, value: 2, unit: "year", qual: schema.QualUpperBound, high: f(2)},
	{in: "成功应对⟦17轮⟧强降雨", kind: schema.KindCount, value: 17, unit: "轮"},
	{in: "有效实施稳健的货币政策，⟦两次⟧全面降准", kind: schema.KindCount, value: 2, unit: "次"},
	{in: "上⟦亿⟧市场主体承载着就业", kind: schema.KindCount, value: 1e8, unit: "个", qual: schema.QualLowerBound, low: f(1e8)},
	{in: "收益率上行⟦4bp⟧左右", kind: schema.KindPercentagePoint, value: 0.04, unit: "pp", qual: schema.QualApprox, low: f(0.04), high: f(0.04)},
	{in: "成功收购陕西⟦50MW⟧风场", kind: schema.KindQuantity, value: 5e7, unit: "W"},
	{in: "库存总量为⟦34450亿立方英尺⟧", kind: schema.KindQuantity, value: 34450e8 * 0.028316846592, unit: "m3"},
	{in: "库存连续⟦第八个月⟧增加", kind: schema.KindDuration, value: 8, unit: "month"},
	{in: "历时⟦一年半⟧", kind: schema.KindDuration, value: 1.5, unit: "year"},
	{in: "出油量提高到⟦十三斤半⟧", kind: schema.KindQuantity, value: 6.75, unit: "kg"},
	{in: "售价⟦20.69万元⟧起", kind: schema.KindMoney, value: 206900, unit: "CNY", qual: schema.QualLowerBound, low: f(206900)},
	{in: "单户担保金额⟦1000万元⟧及以下的小微企业", kind: schema.KindMoney, value: 1e7, unit: "CNY", qual: schema.QualUpperBound, high: f(1e7)},
	{in: "造船完工量⟦2502万载重吨⟧", kind: schema.KindQuantity, value: 2.502e10, unit: "kg"},
	{in: "中国船东所持有的船队规模达到⟦2.492亿总吨⟧", kind: schema.KindQuantity, value: 2.492e8, unit: "总吨"},
	{in: "港澳单牌车突破⟦500万辆次⟧", kind: schema.KindCount, value: 5e6, unit: "辆次", qual: schema.QualLowerBound, low: f(5e6)},
	{in: "平均通关时间不到⟦60秒⟧", kind: schema.KindDuration, value: 1.0 / 60, unit: "hour", qual: schema.QualUpperBound, high: f(1.0 / 60)},
	// a bound before the base of a share bounds the share; a bound verb whose base holds a number does not
	{in: "约占全部新增光伏发电装机的⟦55%⟧", kind: schema.KindPercent, value: 55, low: f(55), high: f(55), unit: "%", qual: schema.QualApprox},
	{in: "约占全年投资总额的⟦三分之二⟧。", kind: schema.KindPercent, value: 200.0 / 3, low: f(200.0 / 3), high: f(200.0 / 3), unit: "%", qual: schema.QualApprox},
	{in: "基本生活标准不低于当地最低生活保障标准的⟦1.6倍⟧。", kind: schema.KindMultiple, value: 1.6, low: f(1.6), unit: "x", qual: schema.QualLowerBound},
	{in: "超过国家规定造价一百二十五元的⟦百分之一百四十⟧。", kind: schema.KindPercent, value: 140, unit: "%"},
	{in: "近年来全省生产总值的⟦60%⟧来自工业。", kind: schema.KindPercent, value: 60, unit: "%"},
	{in: "降水最多地区的降雨量是历史平均值的⟦3倍⟧。", kind: schema.KindMultiple, value: 3, unit: "x"},    // a superlative
	{in: "这一比例低于半年前的⟦16%⟧和2024年11月的", kind: schema.KindPercent, value: 16, unit: "%"}, // a figure compared
	{in: "明年欧元区的通胀将低于欧洲央行设定的⟦2%⟧的目标", kind: schema.KindPercent, value: 2, unit: "%"},
	{in: "所占面积不应小于其所在面的⟦20%⟧。", kind: schema.KindPercent, value: 20, low: f(20), unit: "%", qual: schema.QualLowerBound},
	{in: "上海有333个城市公园恢复开放，超过总数的⟦80%⟧。", kind: schema.KindPercent, value: 80, low: f(80), unit: "%", qual: schema.QualLowerBound},
	{in: "食品抽检量超每千人⟦6.5批次⟧，", kind: schema.KindCount, value: 6.5, low: f(6.5), unit: "批次", qual: schema.QualLowerBound}, // a bound before 每
	{in: "硅料价格一路攀升到最高每公斤⟦270元⟧，创下历史新高", kind: schema.KindMoney, value: 270, unit: "CNY/公斤"},                             // the peak, not a cap
	{in: "标准为：⟦800公里⟧（含）以下航线收取10元", kind: schema.KindQuantity, value: 8e5, high: f(8e5), unit: "m", qual: schema.QualUpperBound},
	{in: "护理补贴标准分别从每人每月202元、270元提高到⟦209元⟧、280元。", kind: schema.KindMoney, value: 209, unit: "CNY/人"}, // the level reached keeps the denominator
	{in: "公用经费最低标准从每生每年6000元提高至⟦7000元⟧，", kind: schema.KindMoney, value: 7000, unit: "CNY/生"},
	{in: "每生产1吨钢需要⟦600元⟧", kind: schema.KindMoney, value: 600, unit: "CNY"}, // 每生 only before 每 or a digit
	{in: "对于⟦一百几十种⟧著名的工业品", kind: schema.KindCount, value: 110, low: f(110), high: f(200), unit: "种", qual: schema.QualRange},
	{in: "⟦一百几十万人⟧", kind: schema.KindCount, value: 1.1e6, low: f(1.1e6), high: f(2e6), unit: "人", qual: schema.QualRange},
	{in: "⟦一千一百五十公厘⟧的轧钢机", kind: schema.KindQuantity, value: 1.15, unit: "m"},
	{in: "天安门广场上鸣礼炮⟦21响⟧。", kind: schema.KindCount, value: 21, unit: "响"},
	{in: "聘请⟦200名⟧副高级以上职称的医疗专家", kind: schema.KindCount, value: 200, unit: "名"},
	{in: "政府机构改革和⟦11个⟧人口小县机构改革顺利完成", kind: schema.KindCount, value: 11, unit: "个"},
	{in: "由交通部负责施工的，共有⟦十一条⟧线路", kind: schema.KindCount, value: 11, unit: "条"},
	{in: "制定追诉、指控网络犯罪⟦65条⟧规定", kind: schema.KindCount, value: 65, unit: "条"},
	{in: "董事长江翔被禁业⟦三年⟧。", kind: schema.KindDuration, value: 3, unit: "year"},
	{in: "实现纲要，还有⟦十年⟧的时间", kind: schema.KindDuration, value: 10, unit: "year"},
	{in: "对连续参加居民医保满⟦4年⟧的参保人员", kind: schema.KindDuration, value: 4, unit: "year"},
	{in: "力争在⟦两年⟧内基本完成", kind: schema.KindDuration, value: 2, high: f(2), unit: "year", qual: schema.QualUpperBound}, // a deadline
	{in: "500千伏主网工程进度过⟦半⟧，", kind: schema.KindPercent, value: 50, low: f(50), unit: "%", qual: schema.QualLowerBound},
	{in: "在空缺⟦半年⟧之久后，深交所总经理", kind: schema.KindDuration, value: 0.5, unit: "year"}, // half a year, a span after a cue
	{in: "林草碳汇计量监测体系⟦3个⟧案例入选", kind: schema.KindCount, value: 3, unit: "个"},        // 案例, not 个案
	{in: "每经头条——烧掉⟦56个亿⟧后：工厂停摆", kind: schema.KindMoney, value: 56e8, unit: "CNY"}, // 56个亿 is 56亿 (two annotators)
	{in: "一年少赚⟦56个亿⟧", kind: schema.KindMoney, value: 56e8, unit: "CNY"},
	{in: "江苏⟦70个⟧亿元以上项目集中开工", kind: schema.KindCount, value: 70, unit: "个"},                                                                                                        // but 70个亿元以上项目 counts projects
	{in: "取得许可只需⟦五六个工作日⟧", kind: schema.KindDuration, value: 5, low: f(5), high: f(6), unit: "day", qual: schema.QualRange},                                                        // two neighbouring digits: five or six
	{in: "吸引⟦两三千人⟧参加", kind: schema.KindCount, value: 2000, low: f(2000), high: f(3000), unit: "人", qual: schema.QualRange},                                                        // the pair before a magnitude
	{in: "⟦十七八岁⟧的青年", kind: schema.KindDuration, value: 17, low: f(17), high: f(18), unit: "year", qual: schema.QualRange},                                                         // the pair after 十
	{in: "普华永道至少已被⟦60家⟧公司“解约”", kind: schema.KindCount, value: 60, low: f(60), unit: "家", qual: schema.QualLowerBound},                                                             // the bound before the adverb
	{in: "如今市场价已涨至⟦6000元/瓶⟧，甚至更高，且都是预售", kind: schema.KindMoney, value: 6000, low: f(6000), unit: "CNY/瓶", qual: schema.QualLowerBound},                                            // 甚至更高: at least
	{in: "松下计划在日本投资约800亿日元（⟦7亿美元⟧）建造电池厂", kind: schema.KindMoney, value: 7e8, low: f(7e8), high: f(7e8), unit: "USD", qual: schema.QualApprox},                                     // restated: as approximate
	{in: "运算力领先竞争对手约⟦2–3年⟧", kind: schema.KindDuration, value: 2, low: f(2), high: f(3), unit: "year", qual: schema.QualRange},                                                     // a span's range, its cue before the first end
	{in: "厂商计划投标电池存储容量达⟦130Gwh⟧", kind: schema.KindQuantity, value: 1.3e8, unit: "kWh"},                                                                                            // a unit in another case
	{in: "中国12月末黄金储备报⟦6264万盎司⟧（约1948.32吨）", kind: schema.KindQuantity, value: 6264e4 * 0.0311034768, unit: "kg"},                                                                   // the troy ounce
	{in: "其中，技术研发人员近⟦11万⟧，", kind: schema.KindCount, value: 1.1e5, low: f(1.1e5), high: f(1.1e5), unit: "人", qual: schema.QualApprox},                                              // 人员 before a bare amount counts people
	{in: "通过⟦100%⟧绿电消纳", kind: schema.KindPercent, value: 100, low: f(100), high: f(100), unit: "%", qual: schema.QualExact},                                                       // but not 通过
	{in: "刑期从⟦两年至七年⟧不等", kind: schema.KindDuration, value: 2, low: f(2), high: f(7), unit: "year", qual: schema.QualRange},                                                         // both ends carry the unit
	{in: "服务业PMI初值大幅下滑至50.5，为⟦7个月⟧来低位，预期为52.1", kind: schema.KindDuration, value: 7, low: f(7), high: f(7), unit: "month", qual: schema.QualExact},                                 // a record's span: 低位
	{in: "制造业PMI初值录得44.8，预期为45.6；服务业PMI初值大幅下滑至50.5，为7个月来低位，预期为⟦52.1⟧", kind: schema.KindQuantity, value: 52.1, low: f(52.1), high: f(52.1), unit: "point", qual: schema.QualExact}, // the series goes on past the span
	{in: "MLF利率已经下降⟦10个BP⟧", kind: schema.KindPercentagePoint, value: 0.1, low: f(0.1), high: f(0.1), unit: "pp", qual: schema.QualExact},
	{in: "成交总金额97.58亿元，申领补贴近⟦1亿元⟧。", kind: schema.KindMoney, value: 1e8, low: f(1e8), high: f(1e8), unit: "CNY", qual: schema.QualApprox},                               // 补贴 then 近, not 贴近
	{in: "中信集团持有中国华融⟦18,823,529,411股⟧内资股", kind: schema.KindCount, value: 18823529411, low: f(18823529411), high: f(18823529411), unit: "股", qual: schema.QualExact},    // 内资 is no 内
	{in: "服务业PMI初值小幅下滑至55.4，略超预期的⟦55.3⟧。", kind: schema.KindQuantity, value: 55.3, low: f(55.3), high: f(55.3), unit: "point", qual: schema.QualExact},                  // the expectation's reading, after 预期的
	{in: "PMI初值为47，连续第三个月萎缩并创下15个月新低，预期和前值分别为⟦48.6⟧和47.9。", kind: schema.KindQuantity, value: 48.6, low: f(48.6), high: f(48.6), unit: "point", qual: schema.QualExact}, // past two spans
	{in: "公司预计2021年度净亏损⟦26.04亿元至17.85亿元⟧。", kind: schema.KindMoney, value: 1.785e9, low: f(1.785e9), high: f(2.604e9), unit: "CNY", qual: schema.QualRange},             // a loss range, the larger first
	{in: "回购金额不超过5亿元（⟦7000万美元⟧）", kind: schema.KindMoney, value: 7e7, high: f(7e7), unit: "USD", qual: schema.QualUpperBound},                                           // restated: as bounded
	{in: "持有期不少于⟦1年⟧。", kind: schema.KindDuration, value: 1, low: f(1), unit: "year", qual: schema.QualLowerBound},
	{in: "打破了该项目尘封⟦13年⟧的亚洲纪录", kind: schema.KindDuration, value: 13, low: f(13), high: f(13), unit: "year", qual: schema.QualExact},
	{in: "栾超为经济学硕士，⟦8年⟧证券从业经验", kind: schema.KindDuration, value: 8, low: f(8), high: f(8), unit: "year", qual: schema.QualExact}, // years of experience
	{in: "新基金募集近⟦50亿⟧】", kind: schema.KindMoney, value: 5e9, low: f(5e9), high: f(5e9), unit: "CNY", qual: schema.QualApprox},
	{in: "⟦90多万⟧群众受益", kind: schema.KindCount, value: 9e5, low: f(9e5), unit: "人", qual: schema.QualLowerBound},
	{in: "此前预计大约增长⟦1%⟧。", kind: schema.KindPercent, value: 1, low: f(1), high: f(1), unit: "%", qual: schema.QualApprox},                                     // 大约 before the change verb
	{in: "春节假期移动互联网接入流量达到⟦434.9万TB⟧", kind: schema.KindQuantity, value: 4349000, low: f(4349000), high: f(4349000), unit: "TB", qual: schema.QualExact},      // data, as written
	{in: "首套利率从5.85%（LPR+⟦120BP⟧）左右普遍降至5.65%", kind: schema.KindPercentagePoint, value: 1.2, low: f(1.2), high: f(1.2), unit: "pp", qual: schema.QualApprox}, // 左右 after the parenthesis
	{in: "首套利率从⟦5.85%⟧（LPR+120BP）左右普遍降至5.65%", kind: schema.KindPercent, value: 5.85, low: f(5.85), high: f(5.85), unit: "%", qual: schema.QualApprox},       // and the figure it restates
	{in: "来自各行各业的⟦170名⟧优秀代表作为火炬手", kind: schema.KindCount, value: 170, low: f(170), high: f(170), unit: "名", qual: schema.QualExact},                         // 名优 guards 名优产品, not 名优秀
	{in: "7月终值49.1；综合PMI⟦53⟧，7月终值52.5", kind: schema.KindQuantity, value: 53, low: f(53), high: f(53), unit: "point", qual: schema.QualExact},                // a reading written against the index's name
	{in: "中国制造强国发展指数由⟦105.78⟧增长到116.02", kind: schema.KindQuantity, value: 105.78, low: f(105.78), high: f(105.78), unit: "point", qual: schema.QualExact},
	{in: "苹果折叠MacBook最终尺寸定案为⟦18.8吋⟧", kind: schema.KindQuantity, value: 18.8 * 0.0254, low: f(18.8 * 0.0254), high: f(18.8 * 0.0254), unit: "m", qual: schema.QualExact}, // 吋 is the inch
	{in: "单箱玻璃毛利环比下滑~⟦6%⟧至约17元", kind: schema.KindPercent, value: 6, low: f(6), high: f(6), unit: "%", qual: schema.QualApprox},                                          // a tilde before a figure
	{in: "3Q18毛利率同比⟦-4.1ppt⟧/环比-1.2ppt至27.0%", kind: schema.KindPercentagePoint, value: -4.1, low: f(-4.1), high: f(-4.1), unit: "pp", qual: schema.QualExact},           // ppt, brokers' percentage points
	{in: "沪指尾盘跌穿⟦3400点⟧", kind: schema.KindQuantity, value: 3400, high: f(3400), unit: "point", qual: schema.QualUpperBound},
	{in: "气温将下降⟦4\\~6℃⟧", kind: schema.KindQuantity, value: 4, low: f(4), high: f(6), unit: "degC", qual: schema.QualRange},                      // a tilde escaped by markdown
	{in: "高盛上调其台股目标价，由⟦1028台币⟧上调至1035台币", kind: schema.KindMoney, value: 1028, low: f(1028), high: f(1028), unit: "TWD", qual: schema.QualExact}, // 台币 alone, not 台
	{in: "占全部文教经费的⟦24%⟧强，", kind: schema.KindPercent, value: 24, low: f(24), unit: "%", qual: schema.QualLowerBound},                             // 强 after a figure: a little over
	{in: "将汽车制造商2025年的排放目标推迟⟦两年⟧。", kind: schema.KindDuration, value: 2, low: f(2), high: f(2), unit: "year", qual: schema.QualExact},            // 推迟 cues a span
	{in: "财政贴息（最高贴息⟦1万元/年⟧）", kind: schema.KindMoney, value: 1e4, high: f(1e4), unit: "CNY/年", qual: schema.QualUpperBound},                      // a cap before 贴息
	{in: "总占地面积为约⟦364,000平方呎⟧", kind: schema.KindQuantity, value: 364000 * 0.09290304, low: f(364000 * 0.09290304), high: f(364000 * 0.09290304), unit: "m2", qual: schema.QualApprox},
	{in: "营收增长⟦10%⟧强化了信心", kind: schema.KindPercent, value: 10, low: f(10), high: f(10), unit: "%", qual: schema.QualExact},                                            // but not 强化
	{in: "失败与完成的案例比为⟦13∶33⟧。", kind: schema.KindMultiple, value: 13.0 / 33, low: f(13.0 / 33), high: f(13.0 / 33), unit: "x", qual: schema.QualExact},                  // a ratio a:b is a/b
	{in: "在债券市场上超过2%或⟦3%⟧的回撤", kind: schema.KindPercent, value: 3, low: f(3), unit: "%", qual: schema.QualLowerBound},                                                  // 或 joins a list
	{in: "德国单日新增确诊病例数首度突破⟦10万⟧。", kind: schema.KindCount, value: 1e5, low: f(1e5), unit: "个", qual: schema.QualLowerBound},                                             // 首度 between the cue and the figure
	{in: "我国实际使用外资从7000多亿元突破到⟦1.15万亿元⟧", kind: schema.KindMoney, value: 1.15e12, low: f(1.15e12), high: f(1.15e12), unit: "CNY", qual: schema.QualExact},               // 突破到: the level reached
	{in: "美国NFIB小型企业信心指数下降2.5点至⟦91.2⟧。", kind: schema.KindQuantity, value: 91.2, low: f(91.2), high: f(91.2), unit: "point", qual: schema.QualExact},                   // the reading a change in points reached
	{in: "日本工矿业生产指数比上年上升5.8%至⟦95.9⟧", kind: schema.KindQuantity, value: 95.9, low: f(95.9), high: f(95.9), unit: "point", qual: schema.QualExact},                      // and one in percent
	{in: "城步儒林100MW/⟦200MWh⟧ 储能电站建设", kind: schema.KindQuantity, value: 200000, low: f(200000), high: f(200000), unit: "kWh", qual: schema.QualExact},                  // a power and its energy
	{in: "实际开行列车⟦285万列次⟧", kind: schema.KindCount, value: 2.85e6, low: f(2.85e6), high: f(2.85e6), unit: "列次", qual: schema.QualExact},                                 // trains run
	{in: "与约翰逊共事⟦14年⟧的政策负责人", kind: schema.KindDuration, value: 14, low: f(14), high: f(14), unit: "year", qual: schema.QualExact},                                     // a tenure
	{in: "欧元兑美元涨 0.1% 报 ⟦1.0826⟧，", kind: schema.KindMoney, value: 1.0826, low: f(1.0826), high: f(1.0826), unit: "USD/EUR", qual: schema.QualExact},                   // a quote in spaced text
	{in: "注册额度自本通知书落款之日起⟦2年⟧内有效", kind: schema.KindDuration, value: 2, high: f(2), unit: "year", qual: schema.QualUpperBound},                                          // how long it holds
	{in: "今年刚33岁就已经当过⟦四个⟧乡村小学的校长", kind: schema.KindCount, value: 4, low: f(4), high: f(4), unit: "个", qual: schema.QualExact},                                         // 过 after a verb is its aspect
	{in: "欧元兑英镑EUR/GBP本周有望跌破⟦0.83⟧整数关口", kind: schema.KindMoney, value: 0.83, high: f(0.83), unit: "GBP/EUR", qual: schema.QualUpperBound},                             // a rate breaking a level
	{in: "一线城市市场信心指数为-0.82，较上月回升⟦0.02⟧，", kind: schema.KindQuantity, value: 0.02, low: f(0.02), high: f(0.02), unit: "point", qual: schema.QualExact},                  // an index's change after its reading
	{in: "居民消费价格指数（CPI）同比上涨2.5%，为⟦102.50⟧，", kind: schema.KindQuantity, value: 102.5, low: f(102.5), high: f(102.5), unit: "point", qual: schema.QualExact},            // the reading after its change
	{in: "成交量基本呈现⟦2:1⟧的比例", kind: schema.KindMultiple, value: 2, low: f(2), high: f(2), unit: "x", qual: schema.QualExact},                                             // a ratio named as one
	{in: "独立焦化企业开工率大幅上升3%至⟦76.4%⟧，", kind: schema.KindPercent, value: 76.4, low: f(76.4), high: f(76.4), unit: "%", qual: schema.QualExact},                            // a change and the rate reached, no range
	{in: "线上班收费标准为⟦20元/课时·人次⟧；", kind: schema.KindMoney, value: 20, low: f(20), high: f(20), unit: "CNY/课时·人次", qual: schema.QualExact},                                // a compound denominator
	{in: "人均地区生产总值跨过⟦1万美元⟧关口", kind: schema.KindMoney, value: 1e4, low: f(1e4), unit: "USD", qual: schema.QualLowerBound},                                              // 跨过 a threshold passes it
	{in: "社区⟦3200多位⟧居民中有近四分之一是老年人", kind: schema.KindCount, value: 3200, low: f(3200), unit: "位", qual: schema.QualLowerBound},                                         // 位居民 is no 位居
	{in: "新建的⟦5万管⟧检测能力的气膜实验室", kind: schema.KindCount, value: 5e4, low: f(5e4), high: f(5e4), unit: "管", qual: schema.QualExact},                                       // test tubes
	{in: "2021年笔电出货达⟦246.1百万台⟧", kind: schema.KindCount, value: 246.1e6, low: f(246.1e6), high: f(246.1e6), unit: "台", qual: schema.QualExact},                         // millions after a decimal
	{in: "一律实施14天集中隔离，实行⟦4次⟧新冠病毒核酸检测", kind: schema.KindCount, value: 4, low: f(4), high: f(4), unit: "次", qual: schema.QualExact},                                     // 次新冠 is no 次新
	{in: "在我国实行了长达⟦2600年⟧的这个古老税种", kind: schema.KindDuration, value: 2600, low: f(2600), high: f(2600), unit: "year", qual: schema.QualExact},                          // 长达 a long span, no year
	{in: "⟦两年⟧多的摸索让虾苗存活率大幅提升", kind: schema.KindDuration, value: 2, low: f(2), unit: "year", qual: schema.QualLowerBound},                                              // 多 after 年: no date
	{in: "阵风达到⟦134公里每小时⟧。", kind: schema.KindQuantity, value: 134000, low: f(134000), high: f(134000), unit: "m", qual: schema.QualExact},                              // a speed's hour in its span, not its unit
	{in: "加满一箱⟦50L⟧的92#汽油", kind: schema.KindQuantity, value: 0.05, low: f(0.05), high: f(0.05), unit: "m3", qual: schema.QualExact},                                   // litres
	{in: "暴风雪已导致超过⟦10万⟧用户断电", kind: schema.KindCount, value: 1e5, low: f(1e5), unit: "户", qual: schema.QualLowerBound},                                                 // 用户 counts 户
	{in: "路生梅退休⟦25年⟧，仍然坚守", kind: schema.KindDuration, value: 25, low: f(25), high: f(25), unit: "year", qual: schema.QualExact},                                       // years since retiring
	{in: "恒润科技现在处于行业⟦第一阵营⟧。", kind: schema.KindRank, value: 1, low: f(1), high: f(1), unit: "rank", qual: schema.QualExact},                                            // as 第一方阵
	{in: "玄武岩的主体形成年龄为⟦28.23亿年⟧", kind: schema.KindDuration, value: 2.823e9, low: f(2.823e9), high: f(2.823e9), unit: "year", qual: schema.QualExact},                   // no year has 亿
	{in: "⟦86台⟧县域“发动机”高速运转", kind: schema.KindCount, value: 86, low: f(86), high: f(86), unit: "台", qual: schema.QualExact},                                            // 台县域 is no 三台县
	{in: "重庆到昆明的运行时间将减少至约⟦两个半小时⟧。", kind: schema.KindDuration, value: 2.5, low: f(2.5), high: f(2.5), unit: "hour", qual: schema.QualApprox},                           // N and a half (was 两个, a count)
	{in: "1月非制造业活动指数从去年12月的⟦62.3⟧降至59.9", kind: schema.KindQuantity, value: 62.3, low: f(62.3), high: f(62.3), unit: "point", qual: schema.QualExact},                  // a reading after 从…的
	{in: "由副食品批发市场改造而来的⟦十层⟧乡村大型商业综合体", kind: schema.KindCount, value: 10, low: f(10), high: f(10), unit: "层", qual: schema.QualExact},                                  // floors
	{in: "再次延长锁定期⟦2年⟧至2024年2月11日", kind: schema.KindDuration, value: 2, low: f(2), high: f(2), unit: "year", qual: schema.QualExact},                                   // a lock-up span
	{in: "近8成的相关企业成立于⟦5年⟧内。", kind: schema.KindDuration, value: 5, high: f(5), unit: "year", qual: schema.QualUpperBound},                                              // a threshold on a span
	{in: "计划自本公告披露之日起⟦15个交易日⟧后的6个月内", kind: schema.KindDuration, value: 15, low: f(15), high: f(15), unit: "day", qual: schema.QualExact},                              // the span from a date
	{in: "从事大科学装置科研工作⟦20多年⟧。", kind: schema.KindDuration, value: 20, low: f(20), unit: "year", qual: schema.QualLowerBound},                                            // years of work
	{in: "自然资源部等⟦三部委⟧联合发布", kind: schema.KindCount, value: 3, low: f(3), high: f(3), unit: "部委", qual: schema.QualExact},                                               // as 五部门
	{in: "能源品种⟦前20强⟧中占7席", kind: schema.KindRank, value: 20, high: f(20), unit: "rank", qual: schema.QualUpperBound},                                                   // the top twenty
	{in: "能源品种前20强中占⟦7席⟧", kind: schema.KindCount, value: 7, low: f(7), high: f(7), unit: "席", qual: schema.QualExact},                                                 // seats
	{in: "此前四个1000家新增分别用时10年、⟦6年⟧和4年。", kind: schema.KindDuration, value: 6, low: f(6), high: f(6), unit: "year", qual: schema.QualExact},                              // a later item of a list of spans
	{in: "利息展期⟦一年⟧、票息不变", kind: schema.KindDuration, value: 1, low: f(1), high: f(1), unit: "year", qual: schema.QualExact},                                            // an extension
	{in: "峰米科技为什么能获得⟦10亿⟧融资？", kind: schema.KindMoney, value: 1e9, low: f(1e9), high: f(1e9), unit: "CNY", qual: schema.QualExact},                                     // a funding round is money
	{in: "运价环比上行3.8元/吨至⟦40元/吨⟧，", kind: schema.KindMoney, value: 40, low: f(40), high: f(40), unit: "CNY/吨", qual: schema.QualExact},                                   // a change and the level reached, no range
	{in: "【永兴材料⟦3日⟧累涨26.65%", kind: schema.KindDuration, value: 3, low: f(3), high: f(3), unit: "day", qual: schema.QualExact},                                         // a span's rise
	{in: "茶颜悦色称之前⟦5年⟧多没有涨价", kind: schema.KindDuration, value: 5, low: f(5), unit: "year", qual: schema.QualLowerBound},                                                // 多 after 年
	{in: "木头姐还将预期从“40%”调整为“⟦30-40%⟧”", kind: schema.KindPercent, value: 30, low: f(30), high: f(40), unit: "%", qual: schema.QualRange},                                // a quoted percentage is no slogan
	{in: "此前10年期国债收益率未达⟦0%⟧", kind: schema.KindPercent, value: 0, high: f(0), unit: "%", qual: schema.QualUpperBound},                                                  // short of a level
	{in: "拉出象征中埃两国国旗颜色的⟦六道⟧彩烟", kind: schema.KindCount, value: 6, low: f(6), high: f(6), unit: "道", qual: schema.QualExact},                                            // 道 counts
	{in: "分别获主力资金连续⟦9个⟧、9个、8个交易日净流入", kind: schema.KindDuration, value: 9, unit: "day"},                                                                                // a list of 个 shares the span unit at its end
	{in: "在全国接入⟦460000+根⟧第三方充电桩", kind: schema.KindCount, value: 460000, low: f(460000), unit: "根", qual: schema.QualLowerBound},                                       // + before a unit: at least
	{in: "标普500指数可能回落至其趋势线，即⟦2500点⟧左右", kind: schema.KindQuantity, value: 2500, low: f(2500), high: f(2500), unit: "point", qual: schema.QualApprox},                   // 点左右 past a clock's hours
	{in: "私募大佬汪潮涌失联⟦37天⟧后现身", kind: schema.KindDuration, value: 37, unit: "day"},                                                                                       // the span between, as 时隔
	{in: "星巴克韩国时隔⟦7年半⟧涨价", kind: schema.KindDuration, value: 7.5, unit: "year"},                                                                                        // 半 before a verb halves the years
	{in: "连续⟦3年⟧半导体销售下降", kind: schema.KindDuration, value: 3, unit: "year"},                                                                                           // but 半导体 is a word
	{in: "澳元/美元连续第二天走高，涨0.2％至⟦0.7194⟧；", kind: schema.KindMoney, value: 0.7194, unit: "USD/AUD"},                                                                       // a pair written with a slash, a level after 至
	{in: "英镑兑美元GBP/USD短线走低近20点，现报⟦1.3531⟧。", kind: schema.KindMoney, value: 1.3531, unit: "USD/GBP"},                                                                   // the pair in the clause before, in codes too
	{in: "韩元对美元汇率今天盘中跌破⟦1320:1⟧，", kind: schema.KindMoney, value: 1320, high: f(1320), unit: "KRW/USD", qual: schema.QualUpperBound},                                   // N:1 is N of the first currency a unit of the second
	{in: "欧元对美元汇率14日一度跌至⟦1:0.9953⟧，", kind: schema.KindMoney, value: 0.9953, unit: "USD/EUR"},                                                                          // 1:N is N of the second a unit of the first
	{in: "离岸人民币（CNH）兑美元北京时间05:59报⟦6.3311元⟧，", kind: schema.KindMoney, value: 6.3311, unit: "CNY/USD"},                                                                  // yuan a dollar
	{in: "欧元兑英镑跌破0.83，下方支撑位在0.8277-0.8282及⟦0.8218⟧。", kind: schema.KindMoney, value: 0.8218, unit: "GBP/EUR"},                                                          // a list of levels
	{in: "欧元兑英镑跌破0.83，下方支撑位在⟦0.8277-0.8282⟧及0.8218。", kind: schema.KindMoney, value: 0.8277, low: f(0.8277), high: f(0.8282), unit: "GBP/EUR", qual: schema.QualRange}, // and a range of them
	{in: "欧元兑美元报1.1415。欧元仍存上涨至⟦1.1390⟧的空间", kind: schema.KindMoney, value: 1.139, unit: "USD/EUR"},                                                                     // a rate's quote, after a quote in the paragraph
	{in: "人民币兑美元汇率走强，猪肉价格涨至⟦25.5元⟧。", kind: schema.KindMoney, value: 25.5, unit: "CNY"},                                                                                // not quoted as rates are
	{in: "人民币兑美元中间价较上日调降83点至⟦6.3757⟧", kind: schema.KindMoney, value: 6.3757, unit: "CNY/USD"},                                                                         // a rate, not an index reading
	{in: "欧元对美元汇率13日一度跌至⟦1:0.9998⟧", kind: schema.KindMoney, value: 0.9998, unit: "USD/EUR"},
	{in: "欧股齐涨，瑞信失守⟦两个月⟧高位", kind: schema.KindDuration, value: 2, unit: "month"},                                                    // a level crossed, not a bound on the record's span
	{in: "有1.4万家注册资本在⟦1000万⟧以下的中小游戏公司", kind: schema.KindMoney, value: 1e7, high: f(1e7), unit: "CNY", qual: schema.QualUpperBound}, // a money cue, 在, and a bound after
	{in: "公司工业雷管年产能将从⟦7200万发⟧增加至1.67亿发", kind: schema.KindCount, value: 7.2e7, unit: "发"},                                           // 发 after 万 or 亿 counts rounds
	{in: "销售鸡苗⟦258万羽⟧，收入305万元", kind: schema.KindCount, value: 2.58e6, unit: "羽"},                                                   // 羽 counts birds
	{in: "鸡苗销售均价⟦1.19元/羽⟧", kind: schema.KindMoney, value: 1.19, unit: "CNY/羽"},
	{in: "张锦梅：扎根高原⟦三十载⟧ 只为满城花香来", kind: schema.KindDuration, value: 30, unit: "year"}, // 载 is a year
	{in: "已累计使用循环包装箱超⟦19万箱次⟧", kind: schema.KindCount, value: 1.9e5, low: f(1.9e5), unit: "箱次", qual: schema.QualLowerBound},
	{in: "援助⟦3万⟧发展中国家", kind: schema.KindCount, value: 3e4, unit: "个"},                                                      // not 发 before 展
	{in: "2019年春运的机票均价为898元，首日机票均价为⟦811⟧。", kind: schema.KindMoney, value: 811, unit: "CNY"},                                // the same words before as before the money of the clause before
	{in: "黎巴嫩媒体报道称，至少⟦两人⟧都在无人机袭击中受伤。", kind: schema.KindCount, value: 2, low: f(2), unit: "人", qual: schema.QualLowerBound}, // a count after 至少, whatever follows
	{in: "手握20多个代言让其轻松收入过⟦亿⟧。", kind: schema.KindMoney, value: 1e8, low: f(1e8), unit: "CNY", qual: schema.QualLowerBound},  // 亿 alone after a money cue and 过
	{in: "原标题：亏损上⟦百亿⟧后 众泰转战网约车平台", kind: schema.KindMoney, value: 1e10, low: f(1e10), unit: "CNY", qual: schema.QualLowerBound},
	{in: "对经过流调追踪到的⟦9名⟧次密接人员全部实施集中隔离", kind: schema.KindCount, value: 9, unit: "名"},                                    // 次密接, not 名次
	{in: "在港澳地区超过⟦60家⟧电影院全面上映", kind: schema.KindCount, value: 60, low: f(60), unit: "家", qual: schema.QualLowerBound}, // 电影院, not 家电
	{in: "废水监控系统收集了代表约⟦5300万⟧美国人的废水样本", kind: schema.KindCount, value: 5.3e7, low: f(5.3e7), high: f(5.3e7), unit: "人", qual: schema.QualApprox},
	{in: "标普指数平均每⟦104个日历日⟧下跌5%或更多", kind: schema.KindDuration, value: 104, unit: "day"}, // an interval after 每 is a span
	{in: "团体锦标赛每⟦两年⟧举行一次", kind: schema.KindDuration, value: 2, unit: "year"},
	{in: "北摩高科：签订⟦十年⟧民航飞机航材采购协议", kind: schema.KindDuration, value: 10, unit: "year"},                                          // a contract's term
	{in: "永定河断流⟦26年⟧后再现流动之美", kind: schema.KindDuration, value: 26, unit: "year"},                                              // the span of the gap, as 时隔
	{in: "2024年全年出生人数也可能首次跌破⟦70万⟧。", kind: schema.KindCount, value: 7e5, high: f(7e5), unit: "人", qual: schema.QualUpperBound}, // adverbs between a count cue and its verb
	{in: "上海市场主体突破⟦318万⟧", kind: schema.KindCount, value: 3.18e6, low: f(3.18e6), unit: "个", qual: schema.QualLowerBound},
	{in: "美国单日新增病例可能已达到⟦数十万⟧。", kind: schema.KindCount, value: 1e5, low: f(1e5), high: f(1e6), unit: "个", qual: schema.QualRange}, // vague after a count cue: a range
	{in: "神舟十六号航天员乘组已在轨⟦半个月⟧，目前空间站组合体运行稳定", kind: schema.KindDuration, value: 0.5, unit: "month"},                                 // no period is written 半个月
	{in: "⟦25个⟧人工智能代表性产业项目签约", kind: schema.KindCount, value: 25, unit: "个"},                                                      // 人工智能, not 个人
	{in: "对应锂板块2022-2023年的平均PE分别为⟦30x⟧、22x", kind: schema.KindMultiple, value: 30, unit: "x"},                                     // x after digits is a multiple
	{in: "推广⟦1000+⟧行业特色典型场景", kind: schema.KindCount, value: 1000, low: f(1000), unit: "个", qual: schema.QualLowerBound},          // + with no measure word
	{in: "面积在⟦90平方米⟧（不含）以下的住房", kind: schema.KindQuantity, value: 90, high: f(90), unit: "m2", qual: schema.QualUpperBound},
	{in: "预计全年销售额 ⟦124 亿-125 亿美元⟧，调整后", kind: schema.KindMoney, value: 1.24e10, low: f(1.24e10), high: f(1.25e10), unit: "USD", qual: schema.QualRange}, // spaces around a range's figures (was -125 亿美元)
	{in: "预计调整后每股收益将增长 ⟦10% 至 12%⟧，", kind: schema.KindPercent, value: 10, low: f(10), high: f(12), unit: "%", qual: schema.QualRange},
	{in: "韩国上半年税收收入同比减少 ⟦10 万亿韩元⟧至 168.6 万亿韩元", kind: schema.KindMoney, value: 1e13, unit: "KRW"}, // a change from, not a range
	{in: "数字2D：⟦30元/人·次⟧；", kind: schema.KindMoney, value: 30, unit: "CNY/人·次"},
	{in: "收益率上行 ⟦1bp⟧ 左右，", kind: schema.KindPercentagePoint, value: 0.01, low: f(0.01), high: f(0.01), unit: "pp", qual: schema.QualApprox}, // a space before 左右
	{in: "美联储再加息⟦75个基点⟧ 多国采取措施", kind: schema.KindPercentagePoint, value: 0.75, unit: "pp"},                                                  // but 多 past a space starts the next words
	{in: "原油期货跌至每桶⟦91美元⟧附近", kind: schema.KindMoney, value: 91, low: f(91), high: f(91), unit: "USD/桶", qual: schema.QualApprox},             // 附近 as 左右
	{in: "英镑兑日元在⟦154.00⟧上方企稳", kind: schema.KindMoney, value: 154, low: f(154), unit: "JPY/GBP", qual: schema.QualLowerBound},                // a rate's quote takes its bound word
	{in: "3、美国7月ISM制造业PMI录得46.8，\n   - 萎缩幅度创八个月最大，远不及市场预期的⟦48.8⟧，前值为48.5。", kind: schema.KindQuantity, value: 48.8, unit: "point"},           // the series goes on in a sub-item
	{in: "预计欧元兑英镑EUR/GBP将在今年上半年跌向⟦0.82⟧】", kind: schema.KindMoney, value: 0.82, unit: "GBP/EUR"},                                             // 跌向 a level
	{in: "当前券商板块估值PB⟦1.65倍⟧，", kind: schema.KindMultiple, value: 1.65, unit: "x"},                                                            // a ratio's abbreviation glued before it
	{in: "罚款约合美元⟦9420万元⟧", kind: schema.KindMoney, value: 9.42e7, low: f(9.42e7), high: f(9.42e7), unit: "USD", qual: schema.QualApprox},     // 美元 named before 万元
	{in: "货运量⟦3750万个标准箱⟧", kind: schema.KindQuantity, value: 3.75e7, unit: "TEU"},
	{in: "平板玻璃产能⟦4999万重量箱⟧。", kind: schema.KindQuantity, value: 4.999e7, unit: "重量箱"},
	{in: "庆阳数据中心集群算力规模达到⟦5.1万P⟧。", kind: schema.KindQuantity, value: 5.1e4, unit: "P"},
	{in: "习近平主席和普京总统年内⟦两度⟧会晤。", kind: schema.KindCount, value: 2, unit: "度"}, // how many times
	{in: "该股近期连续⟦三度⟧回购。", kind: schema.KindCount, value: 3, unit: "度"},
	{in: "农发行⟦两期⟧金融债招标结果出炉。", kind: schema.KindCount, value: 2, unit: "期"},                                                                   // issues counted
	{in: "单样检测服务收费标准降至⟦25元/人份⟧。", kind: schema.KindMoney, value: 25, unit: "CNY/人份"},                                                         // per test
	{in: "马兴田被判处有期徒刑⟦十二年⟧，并处罚金120万元。", kind: schema.KindDuration, value: 12, unit: "year"},                                                   // a sentence's length
	{in: "育儿补贴国家基础标准为每孩每年⟦3600元⟧。", kind: schema.KindMoney, value: 3600, unit: "CNY/孩"},                                                      // per child
	{in: "出口增加⟦128.4万桶/日⟧至458.9万桶/日。", kind: schema.KindQuantity, value: 1.284e6, unit: "桶"},                                                 // by, then to
	{in: "星巴克韩国将46款饮品的价格上调⟦100至400韩元⟧。", kind: schema.KindMoney, value: 100, low: f(100), high: f(400), unit: "KRW", qual: schema.QualRange}, // a range of rises
	{in: "第一期、第二期期限分别为10年、⟦15年⟧，发行面值分别为3000亿元、1000亿元。", kind: schema.KindDuration, value: 15, unit: "year"},                                  // a bond's term
	{in: "人民币汇率指数报97.96，环比涨⟦0.19⟧。", kind: schema.KindQuantity, value: 0.19, unit: "point"},                                                  // the reading's change
	{in: "要淘汰钢铁2700万吨、平板玻璃⟦3500万标准箱⟧等落后产能。", kind: schema.KindQuantity, value: 3.5e7, unit: "标准箱"},                                           // glass's weight case, not TEU
	{in: "澳元兑美元AUD/USD、纽元兑美元NZD/USD均跌至两周低点，分别报0.7168和⟦0.6751⟧。", kind: schema.KindMoney, value: 0.6751, unit: "USD/NZD"},                     // 分别: the pairs in order
	{in: "澳元兑美元AUD/USD、纽元兑美元NZD/USD均跌至两周低点，分别报⟦0.7168⟧和0.6751。", kind: schema.KindMoney, value: 0.7168, unit: "USD/AUD"},
	{in: "创新开展⟦6期⟧“厅局长坐诊”活动。", kind: schema.KindCount, value: 6, unit: "期"},
	{in: "总算力突破⟦7000PF⟧、增长34.6%。", kind: schema.KindQuantity, value: 7000, low: f(7000), unit: "P", qual: schema.QualLowerBound},
	{in: "公司成为卫辉市治理项目的⟦第一⟧中标候选人", kind: schema.KindRank, value: 1, unit: "rank"}, // 第一中标候选人 is a rank as it stands
	{in: "总航行时长为⟦两个昼夜⟧。", kind: schema.KindDuration, value: 2, unit: "day"},
	{in: "这也是PPI连续下降⟦41个月⟧后首次上涨。", kind: schema.KindDuration, value: 41, unit: "month"},                                       // 连续 before N个月后: the run
	{in: "实现充电5min，续航约⟦200km⟧+，", kind: schema.KindQuantity, value: 2e5, low: f(2e5), unit: "m", qual: schema.QualLowerBound}, // + after a unit: at least
	{in: "中国队以⟦2分54秒90⟧的成绩夺冠", kind: schema.KindDuration, value: 174.9 / 3600, unit: "hour"},                                  // minutes, seconds and hundredths
	{in: "分项指数⟦5⟧升1平2降", kind: schema.KindCount, value: 5, unit: "个"},                                                         // a tally of indexes: counts
	{in: "分行业指数2升2平⟦4⟧降", kind: schema.KindCount, value: 4, unit: "个"},
	{in: "王超伟，硕士研究生，⟦12年⟧证券相关从业年限，历任国泰君安", kind: schema.KindDuration, value: 12, unit: "year"}, // a career's length
	{in: "具有⟦10年⟧证券从业经历", kind: schema.KindDuration, value: 10, unit: "year"},
	{in: "首次精确测定出阿波罗盆地形成于⟦41.6亿年⟧前", kind: schema.KindDuration, value: 4.16e9, unit: "year"},   // no calendar year takes a magnitude
	{in: "随着73003次⟦2万吨⟧重载列车驶出山西大同", kind: schema.KindQuantity, value: 2e7, unit: "kg"},         // and 73003次 names the train
	{in: "陈凯与海通证券协商一致，同意解除此⟦450万股⟧股份的质押", kind: schema.KindCount, value: 4.5e6, unit: "股"},     // digits after 此 restate a count
	{in: "春运40天预计发送旅客5000万人次，日均发送旅客⟦125万⟧", kind: schema.KindCount, value: 1.25e6, unit: "人次"}, // 旅客 a count cue, in trips
	{in: "截至1月24日，共有⟦92家⟧电子制造业公司披露2021年业绩预告", kind: schema.KindCount, value: 92, unit: "家"},    // 家 before 电子, not 家电
	{in: "中国影史春节档总票房⟦第二⟧名，刷新中国影史大盘单周票房纪录", kind: schema.KindRank, value: 2, unit: "rank"},      // a place standing alone
	{in: "排名从2012年的第三十四位上升到2021年的⟦第十二⟧位。", kind: schema.KindRank, value: 12, unit: "rank"},
	{in: "碧玉莲取得了⟦第一⟧名的好成绩", kind: schema.KindRank, value: 1, unit: "rank"},
	{in: "8月汽车出口额同比减少4.3%，但创下历年同月⟦第二⟧高纪录", kind: schema.KindRank, value: 2, unit: "rank"}, // second highest, fastest, best
	{in: "商业活动增长速度为去年6月以来⟦第二⟧快，仅略高于11月", kind: schema.KindRank, value: 2, unit: "rank"},
	{in: "11月份美国制造业采购经理人指数（PMI）从10月份的⟦48.7⟧降至48.2", kind: schema.KindQuantity, value: 48.7, unit: "point"},                              // an index reading past its abbreviation
	{in: "次新人气股三羊马尾盘封跌停 止步⟦12连板⟧", kind: schema.KindCount, value: 12, unit: "板"},                                                        // limit-up days in a row
	{in: "来自高校、科技企业的⟦20个⟧人形机器人参赛队展开角逐", kind: schema.KindCount, value: 20, unit: "个"},                                                   // 个 before 人形, not 个人
	{in: "公司阿胶系列产品毛利率大幅下滑⟦5.47pp⟧", kind: schema.KindPercentagePoint, value: 5.47, unit: "pp"},                                          // brokers' shorthand
	{in: "联合厂房2A为双层钢结构厂房，建筑面积⟦3.3万平方⟧，主要施工范围包括厂房桩基", kind: schema.KindQuantity, value: 33000, unit: "m2"},                               // 米 unwritten
	{in: "巴斯夫一体化基地实现全面投产，目前投产⟦18套⟧装置、32条生产线", kind: schema.KindCount, value: 18, unit: "套"},                                             // not 套装
	{in: "芝加哥期权交易所波动率指数（VIX）涨至⟦22.38⟧，本周飙升约49%", kind: schema.KindQuantity, value: 22.38, unit: "point"},                                // an index's reading
	{in: "禁止向未满⟦12周岁⟧的未成年人提供互联网租赁自行车服务", kind: schema.KindDuration, value: 12, unit: "year", qual: schema.QualUpperBound, high: f(12)},  // 未满: under
	{in: "贷款额度在⟦3000到30万元⟧不等", kind: schema.KindMoney, value: 3000, unit: "CNY", qual: schema.QualRange, low: f(3000), high: f(300000)}, // the first end whole, as written
	{in: "价格在⟦800-1.2万元⟧之间", kind: schema.KindMoney, value: 800, unit: "CNY", qual: schema.QualRange, low: f(800), high: f(12000)},
	{in: "2017年至2019年收益分别为5633.2万、7244万、⟦7637.4万新元⟧", kind: schema.KindMoney, value: 76374000, unit: "SGD"},                                      // Singapore dollars
	{in: "2019历史市盈率⟦33.76 - 40.52倍⟧", kind: schema.KindMultiple, value: 33.76, unit: "x", qual: schema.QualRange, low: f(33.76), high: f(40.52)}, // a spaced dash
	{in: "中印两国有过⟦两千年⟧的和平交往", kind: schema.KindDuration, value: 2000, unit: "year"},                                                               // no year is written with 千
	{in: "截至29日收盘，日元汇率为1美元兑⟦159.28日元⟧", kind: schema.KindMoney, value: 159.28, unit: "JPY/USD"},                                                  // a rate quoted against one dollar
	{in: "覆盖⟦5大洲⟧、41个国家和地区", kind: schema.KindCount, value: 5, unit: "大洲"},                                                                       // continents
	{in: "姜鹏提出需要安装强度为⟦500兆帕⟧、弯曲次数为200万的钢索", kind: schema.KindQuantity, value: 5e8, unit: "Pa"},                                                   // pressure
	{in: "每年提供法律咨询、法律援助、调解等各类服务⟦1800多万件次⟧", kind: schema.KindCount, value: 1.8e7, unit: "件次", qual: schema.QualLowerBound, low: f(1.8e7)},
	{in: "以军还袭击加沙地带多地，造成⟦一人⟧死亡", kind: schema.KindCount, value: 1, unit: "人"},                                                        // a toll of one
	{in: "猪饲料量增速降至⟦个位数⟧，禽料销量也是下滑30%", kind: schema.KindPercent, value: 1, unit: "%", qual: schema.QualRange, low: f(1), high: f(10)}, // a rate under ten percent
	{in: "位列中国影史元旦档首日票房第二，总人次1115.3万，总场次⟦46.84万⟧", kind: schema.KindCount, value: 468400, unit: "场次"},
	{in: "美国纽约市发生枪击事件致⟦3⟧死9伤", kind: schema.KindCount, value: 3, unit: "人"}, // a casualty tally
	{in: "美国纽约市发生枪击事件致3死⟦9⟧伤", kind: schema.KindCount, value: 9, unit: "人"},
	{in: "美国一超市遭枪击 ⟦2⟧死多伤；", kind: schema.KindCount, value: 2, unit: "人"},
	{in: "相关侵权人支付⟦100万⟧赔偿金", kind: schema.KindMoney, value: 1e6, unit: "CNY"},                                                                                    // a money noun after an amount
	{in: "此前国庆档，《长津湖》以⟦57.74亿⟧票房创下了纪录", kind: schema.KindMoney, value: 5.774e9, unit: "CNY"},                                                                     // 票房 after an amount: money
	{in: "如今的西宁，每到春夏，⟦百万株⟧丁香竞相绽放", kind: schema.KindCount, value: 1e6, unit: "株"},                                                                                // 百万 before a measure word is no word
	{in: "网商银行的资本充足率为⟦１２﹒１％⟧", kind: schema.KindPercent, value: 12.1, unit: "%"},                                                                                 // ﹒ (U+FE52) as the decimal point: was １％
	{in: "净溢利较去年同期约⟦７１６１﹒１万元人民币⟧", kind: schema.KindMoney, value: 7.1611e7, low: f(7.1611e7), high: f(7.1611e7), unit: "CNY", qual: schema.QualApprox},           // was １万元, 10000
	{in: "三星SDI正试产4080圆柱型电池，直径⟦40mm⟧，高度80mm。", kind: schema.KindQuantity, value: 0.04, low: f(0.04), high: f(0.04), unit: "m", qual: schema.QualExact},           // millimetres in Latin letters
	{in: "上海二手房共计成交20380套，成为年内二手房成交总量⟦第二⟧高的月份。", kind: schema.KindRank, value: 2, unit: "rank"},                                                                  // a rank before a superlative needs no cue
	{in: "沃尔玛连续第十一年成为全球最大公司，亚马逊重回⟦第二⟧，苹果排名第7", kind: schema.KindRank, value: 2, unit: "rank"},                                                                    // 重回 right before it
	{in: "宁德时代首次进入⟦前十⟧，价值增长至去年2.5倍", kind: schema.KindRank, value: 10, high: f(10), unit: "rank", qual: schema.QualUpperBound},                                   // 进入 right before it
	{in: "龙虎榜数据显示，⟦三⟧机构合计净卖出6432万元", kind: schema.KindCount, value: 3, low: f(3), high: f(3), unit: "个", qual: schema.QualExact},                                 // the institutions' seats on the board
	{in: "我国5G基站数达到⟦115.9万⟧，5G网络基本实现全覆盖", kind: schema.KindCount, value: 1159000, low: f(1159000), high: f(1159000), unit: "个", qual: schema.QualExact},          // a count cue
	{in: "7月全球船舶订单量为⟦237万修正总吨⟧（CGT），同比减少46%", kind: schema.KindQuantity, value: 2370000, low: f(2370000), high: f(2370000), unit: "CGT", qual: schema.QualExact}, // a ship's tonnage is no mass
	{in: "中国船东所持有船队规模达⟦2.492亿总吨⟧", kind: schema.KindQuantity, value: 249200000, low: f(249200000), high: f(249200000), unit: "总吨", qual: schema.QualExact},
	{in: "英国正在考虑将自我隔离期从⟦7日⟧缩短至5日", kind: schema.KindDuration, value: 7, low: f(7), high: f(7), unit: "day", qual: schema.QualExact},                          // a span changed, not a date
	{in: "项目规划产能40万吨，分⟦3期⟧建设，2030年前全部建成", kind: schema.KindCount, value: 3, low: f(3), high: f(3), unit: "期", qual: schema.QualExact},                        // phases counted
	{in: "手机在开启预订不到24小时内，预约已超⟦200万⟧。", kind: schema.KindCount, value: 2e6, low: f(2e6), unit: "个", qual: schema.QualLowerBound},                              // an amount ending its phrase: a count of what went unwritten
	{in: "在美团平台获得收入的骑手约⟦745万⟧，获报酬超过800亿。", kind: schema.KindCount, value: 7.45e6, low: f(7.45e6), high: f(7.45e6), unit: "个", qual: schema.QualApprox},       // 收入 before 的 names no money
	{in: "恒大39栋楼突被限期拆除，涉及房产价值约⟦77亿⟧】", kind: schema.KindMoney, value: 7.7e9, low: f(7.7e9), high: f(7.7e9), unit: "CNY", qual: schema.QualApprox},            // its clause names money
	{in: "全省地区生产总值从2012年增加到2021年的⟦8万多亿⟧，居全国前列", kind: schema.KindMoney, value: 8e12, low: f(8e12), unit: "CNY", qual: schema.QualLowerBound},                 // 的 right before it: the whole clause
	{in: "公司签约以新台币⟦9.05亿⟧(约合人民币2.07亿元)的价格出售厂房", kind: schema.KindMoney, value: 9.05e8, low: f(9.05e8), high: f(9.05e8), unit: "TWD", qual: schema.QualExact}, // a currency named before it
	{in: "24小时检测产能在1-2.5万管，提供⟦1年⟧的维保服务。", kind: schema.KindDuration, value: 1, low: f(1), high: f(1), unit: "year", qual: schema.QualExact},                  // a span, named after 的
	{in: "他在⟦33年⟧的基层工作中，始终牢记为民宗旨", kind: schema.KindDuration, value: 33, low: f(33), high: f(33), unit: "year", qual: schema.QualExact},
	{in: "《新青年》雜誌以前每月出版一次，現在改為⟦三個月⟧出版一次。", kind: schema.KindDuration, value: 3, low: f(3), high: f(3), unit: "month", qual: schema.QualExact}, // traditional 個 in a span's unit
	{in: "淘天集团实现线上GMV同比高⟦单位数⟧增长和订单量同比双位数增长", kind: schema.KindPercent, value: 1, low: f(1), high: f(10), unit: "%", qual: schema.QualRange},   // 单位数 after 高, as 个位数
	{in: "即潘苏通两日内质押手上逾⟦半⟧股权。", kind: schema.KindPercent, value: 50, low: f(50), unit: "%", qual: schema.QualLowerBound},                       // 逾半, as 过半
	{in: "推动每个市州至少有⟦一家⟧医院提供心理门诊服务", kind: schema.KindCount, value: 1, low: f(1), unit: "家", qual: schema.QualLowerBound},                      // 一 a count after 至少, not the article
	{in: "目前乌克兰与俄罗斯之间只有⟦一个⟧工作小组在进行接触", kind: schema.KindCount, value: 1, low: f(1), high: f(1), unit: "个", qual: schema.QualExact},
	{in: "11家主要理财公司存续理财规模环比增长约⟦2260亿元⟧至19.61万亿元。", kind: schema.KindMoney, value: 2.26e11, low: f(2.26e11), high: f(2.26e11), unit: "CNY", qual: schema.QualApprox}, // a change past 约, then its level: no range
	{in: "河南禹州发现2例无症状感染者，⟦14日⟧内无外出旅居史", kind: schema.KindDuration, value: 14, high: f(14), unit: "day", qual: schema.QualUpperBound},                                // a window of days before 内
	{in: "东风本田回应“裁员⟦2000人⟧”表示，此次优化是为更好地提升企业运营效率", kind: schema.KindCount, value: 2000, low: f(2000), high: f(2000), unit: "人", qual: schema.QualExact},              // a quoted statement, not a slogan
	{in: "美元指数DXY上破⟦97⟧关口，刷新2020年7月以来新高。", kind: schema.KindQuantity, value: 97, low: f(97), unit: "point", qual: schema.QualLowerBound},                            // an index reading after a level verb
	{in: "美元指数DXY短线下挫10点，报⟦96.25⟧。", kind: schema.KindQuantity, value: 96.25, low: f(96.25), high: f(96.25), unit: "point", qual: schema.QualExact},                 // the index named in the clause before
	{in: "韩国PMI增幅最大，从50.9升至⟦51.9⟧。", kind: schema.KindQuantity, value: 51.9, low: f(51.9), high: f(51.9), unit: "point", qual: schema.QualExact},
	{in: "而铜的现货价格也由年初的⟦32000/吨⟧上升到33000/吨。", kind: schema.KindMoney, value: 32000, low: f(32000), high: f(32000), unit: "CNY/吨", qual: schema.QualExact},  // a price, its currency unwritten
	{in: "上海一知名股评师被判刑，为境外诈骗团伙引流致40余人被骗⟦3000多万⟧。", kind: schema.KindMoney, value: 3e7, low: f(3e7), unit: "CNY", qual: schema.QualLowerBound},              // 被骗 a money cue
	{in: "交易保证金标准为8%，涨跌停板幅度为⟦±7%⟧；", kind: schema.KindPercent, value: 7, low: f(-7), high: f(7), unit: "%", qual: schema.QualRange},                       // either way
	{in: "史玉柱持有的合伙企业⟦6500万⟧股权被冻结", kind: schema.KindMoney, value: 65000000, low: f(65000000), high: f(65000000), unit: "CNY", qual: schema.QualExact},     // equity is money, not 股
	{in: "“专精特新”创新指数达⟦203.98⟧，同比增长40%", kind: schema.KindQuantity, value: 203.98, low: f(203.98), high: f(203.98), unit: "point", qual: schema.QualExact}, // 达 after 指数
	{in: "误差范围为⟦正负4.9个百分点⟧。", kind: schema.KindPercentagePoint, value: 4.9, low: f(-4.9), high: f(4.9), unit: "pp", qual: schema.QualRange},               // 正负 is ±
	{in: "公司与PMI各持有澳大利亚RIM⟦50%⟧股权", kind: schema.KindPercent, value: 50, low: f(50), high: f(50), unit: "%", qual: schema.QualExact},                      // a share of a name in capitals
	{in: "通货膨胀率超过7%、达到⟦4年⟧内最高值时尤为严重", kind: schema.KindDuration, value: 4, low: f(4), high: f(4), unit: "year", qual: schema.QualExact},                   // a record's span, as 4年来
	{in: "确定公司为中标候选人⟦第一⟧名", kind: schema.KindRank, value: 1, unit: "rank"},
	{in: "该机组额定容量125万千瓦，设计运行寿命⟦60年⟧，建设周期56个月", kind: schema.KindDuration, value: 60, low: f(60), high: f(60), unit: "year", qual: schema.QualExact}, // a lifetime is a span
	{in: "控股股东解除质押约⟦1.19亿⟧股份", kind: schema.KindCount, value: 119000000, low: f(119000000), high: f(119000000), unit: "股", qual: schema.QualApprox}, // shares
	{in: "美国汽油零售价格达到每加仑⟦3.42美元⟧", kind: schema.KindMoney, value: 3.42, low: f(3.42), high: f(3.42), unit: "USD/加仑", qual: schema.QualExact},
	{in: "该公司回购140.2万股，每股回购价为⟦0.98-0.99港元⟧。", kind: schema.KindMoney, value: 0.98, low: f(0.98), high: f(0.99), unit: "HKD/股", qual: schema.QualRange}, // the rate before a range's first end
	{in: "火种被引入⟦四盏⟧火种灯", kind: schema.KindCount, value: 4, low: f(4), high: f(4), unit: "盏", qual: schema.QualExact},
	{in: "在整体排名中超过了标致3008和大众途观，上升到⟦第17⟧位", kind: schema.KindRank, value: 17, unit: "rank"},                                                 // a move to a place
	{in: "研发、算法、软件等岗位约占⟦四分之一⟧。", kind: schema.KindPercent, value: 25, low: f(25), high: f(25), unit: "%", qual: schema.QualApprox},         // 约 before 占, with no base between
	{in: "市场经过⟦半年⟧的调整，已进入了相对合理区间", kind: schema.KindDuration, value: 0.5, low: f(0.5), high: f(0.5), unit: "year", qual: schema.QualExact}, // 经过, not 过半年
	{in: "云南玉溪的⟦6万盆⟧年宵花开始大量上市", kind: schema.KindCount, value: 60000, low: f(60000), high: f(60000), unit: "盆", qual: schema.QualExact},
	{in: "多家分公司业绩完成度不及⟦50%⟧", kind: schema.KindPercent, value: 50, high: f(50), unit: "%", qual: schema.QualUpperBound}, // 不及: short of
	{in: "按照拿铁⟦16元/杯⟧的价格计算", kind: schema.KindMoney, value: 16, low: f(16), high: f(16), unit: "CNY/杯", qual: schema.QualExact},
	{in: "每股亏损⟦0.11坡分⟧。", kind: schema.KindMoney, value: 0.0011, low: f(0.0011), high: f(0.0011), unit: "SGD/股", qual: schema.QualExact},              // Singapore cents
	{in: "回购公司股份1776.62万股，约占目前公司总股本⟦2.22%⟧，", kind: schema.KindPercent, value: 2.22, low: f(2.22), high: f(2.22), unit: "%", qual: schema.QualApprox}, // a share of 总股本, 的 left out
	{in: "战投应在10个工作日内将⟦600亿⟧的投资款支付到位", kind: schema.KindMoney, value: 6e10, low: f(6e10), high: f(6e10), unit: "CNY", qual: schema.QualExact},
	{in: "据了解，⟦24人⟧均为轻症患者或者无症状感染者", kind: schema.KindCount, value: 24, low: f(24), high: f(24), unit: "人", qual: schema.QualExact}, // 均为: all, not 人均
	{in: "锂金属电池，容量达⟦107Ah⟧。", kind: schema.KindQuantity, value: 107, low: f(107), high: f(107), unit: "Ah", qual: schema.QualExact},
	{in: "两人都面临被判处⟦20年⟧监禁的可能性", kind: schema.KindDuration, value: 20, low: f(20), high: f(20), unit: "year", qual: schema.QualExact},
	{in: "恒指跌0.29% 商汤科技涨⟦9%⟧内房股爆发", kind: schema.KindPercent, value: 9, low: f(9), high: f(9), unit: "%", qual: schema.QualExact},                                   // 内房股, no "within"
	{in: "盒马设定3年后年GMV⟦1000亿元⟧的目标", kind: schema.KindMoney, value: 1e11, unit: "CNY"},                                                                                // an amount of a name in capitals
	{in: "1月20日，央行下调5年期以上LPR⟦0.05个百分点⟧至4.60%", kind: schema.KindPercentagePoint, value: 0.05, low: f(0.05), high: f(0.05), unit: "pp", qual: schema.QualExact},      // a change of a name in capitals
	{in: "全国酿酒行业规模以上企业酿酒总产量⟦5407万千升⟧，同比增长近4%", kind: schema.KindQuantity, value: 54070000, low: f(54070000), high: f(54070000), unit: "m3", qual: schema.QualExact}, // kilolitres: 千 starts the unit
	{in: "授权费为含税⟦500万元/集⟧，暂定40集", kind: schema.KindMoney, value: 5000000, low: f(5000000), high: f(5000000), unit: "CNY/集", qual: schema.QualExact},
	{in: "净亏损将为约人民币⟦1.20亿元至人民币1.30亿元⟧。", kind: schema.KindMoney, value: 1.2e8, low: f(1.2e8), high: f(1.3e8), unit: "CNY", qual: schema.QualRange}, // the currency named again before the second end
	{in: "各级水利部门科学调度⟦2160座次⟧大中型水库", kind: schema.KindCount, value: 2160, low: f(2160), high: f(2160), unit: "座次", qual: schema.QualExact},
	{in: "最忙的一天接待了⟦11桌⟧客人", kind: schema.KindCount, value: 11, low: f(11), high: f(11), unit: "桌", qual: schema.QualExact},
	{in: "全市经济总量跃上⟦4万亿元⟧新台阶", kind: schema.KindMoney, value: 4e12, low: f(4e12), unit: "CNY", qual: schema.QualLowerBound}, // 跃上 as 迈上
	{in: "按照三代机组单台投资造价⟦1.6万元/KW⟧计算", kind: schema.KindMoney, value: 16000, low: f(16000), high: f(16000), unit: "CNY/KW", qual: schema.QualExact},
	{in: "发行规模为美国银行业发债历史上⟦第三⟧大，最长到期时间为21年", kind: schema.KindRank, value: 3, unit: "rank"}, // 第N大 before punctuation
	{in: "发行规模为美国银行业发债历史上第三大，最长到期时间为⟦21年⟧", kind: schema.KindDuration, value: 21, low: f(21), high: f(21), unit: "year", qual: schema.QualExact},
	{in: "当前全国麦收进度过⟦四成⟧。", kind: schema.KindPercent, value: 40, low: f(40), unit: "%", qual: schema.QualLowerBound},                                                           // 过 alone before a share
	{in: "水深从此前的⟦3.5到3.8米⟧提升到4.5米", kind: schema.KindQuantity, value: 3.5, low: f(3.5), high: f(3.8), unit: "m", qual: schema.QualRange},                                      // a range the change starts from
	{in: "互换规模为20亿元人民币/⟦130亿毛里求斯卢比⟧", kind: schema.KindMoney, value: 1.3e10, low: f(1.3e10), high: f(1.3e10), unit: "MUR", qual: schema.QualExact},                            // the other rupees
	{in: "从业人员每周至少检测⟦2次⟧", kind: schema.KindCount, value: 2, low: f(2), unit: "次", qual: schema.QualLowerBound},                                                               // an adverb of bound before any short verb
	{in: "修复海底光缆最多需要⟦2周⟧时间", kind: schema.KindDuration, value: 14, high: f(14), unit: "day", qual: schema.QualUpperBound},                                                     // 最多 too
	{in: "至少完成⟦四千万亩到五千万亩⟧荒地的勘察", kind: schema.KindQuantity, value: 4e7 * 10000 / 15, low: f(4e7 * 10000 / 15), high: f(5e7 * 10000 / 15), unit: "m2", qual: schema.QualRange}, // but not before a range
	{in: "雅迪集团重庆永川年产⟦百万台⟧电动车生产基地正式投产", kind: schema.KindCount, value: 1e6, unit: "台"},                                                                                         // a lone magnitude after 年产
	{in: "他在福州工作期间兼任了⟦六年⟧的闽江职业大学校长", kind: schema.KindDuration, value: 6, unit: "year"},                                                                                       // a verb's span after 了
	{in: "处级及以上离职人员入股禁止期从⟦3年⟧延长至5年", kind: schema.KindDuration, value: 3, unit: "year"},                                                                                       // the span a change starts from
	{in: "处级及以上离职人员入股禁止期从3年延长至⟦5年⟧", kind: schema.KindDuration, value: 5, unit: "year"},                                                                                       // and the span it ends at
	{in: "供应1亿吨石油的协议，协议期为⟦10年⟧。", kind: schema.KindDuration, value: 10, unit: "year"},                                                                                         // 期为 cues a span
	{in: "学生在中职学校就读⟦3年⟧、本科院校就读4年", kind: schema.KindDuration, value: 3, unit: "year"},                                                                                         // years of study
	{in: "预计2021年归母净利同比增长⟦0% - 20%⟧。", kind: schema.KindPercent, value: 0, low: f(0), high: f(20), unit: "%", qual: schema.QualRange},                                         // a spaced dash
	{in: "伴有血压显著升高（高压高达⟦180mmHg⟧以上）", kind: schema.KindQuantity, value: 180, low: f(180), unit: "mmHg", qual: schema.QualLowerBound},                                          // blood pressure, as written
	{in: "回售部分的本金及利息共计⟦33.15亿⟧全额划付至中证登账户", kind: schema.KindMoney, value: 3.315e9, unit: "CNY"},                                                                               // 本金, 利息 cue money
	{in: "参与冰雪运动的人数已经达到了⟦3.46亿⟧。", kind: schema.KindCount, value: 3.46e8, unit: "人"},                                                                                          // 人数 cues a count past 已经达到了
	{in: "中标额5360.97万美元/年，服务期⟦7年6个月⟧", kind: schema.KindDuration, value: 90, unit: "month"},                                                                                   // a compound span needs no cue
	{in: "当前高风险中小银行数量较峰值已压降近⟦半⟧。", kind: schema.KindPercent, value: 50, low: f(50), high: f(50), unit: "%", qual: schema.QualApprox},                                          // 近半: nearly half
	{in: "美债意外创⟦数十年⟧最差新年开局", kind: schema.KindDuration, value: 10, low: f(10), high: f(100), unit: "year", qual: schema.QualRange},
	{in: "占国际市场份额比2007年提高⟦2个多百分点⟧", kind: schema.KindPercentagePoint, value: 2, low: f(2), unit: "pp", qual: schema.QualLowerBound},
	{in: "锁定年底前应交付的⟦396万套⟧住房", kind: schema.KindCount, value: 3.96e6, unit: "套"},     // 套住 is a verb, 套住房 counts homes
	{in: "金价曾触及1780.32美元的⟦六周⟧低点", kind: schema.KindDuration, value: 42, unit: "day"}, // the span of a record
	{in: "《纲要》共15章、58目、146条，⟦10万字⟧", kind: schema.KindCount, value: 1e5, unit: "字"},
	{in: "高管团队一共开了10万公里，试验车开了差不多⟦300公里⟧", kind: schema.KindQuantity, value: 3e5, low: f(3e5), high: f(3e5), unit: "m", qual: schema.QualApprox},
	{in: "葛兰的管理规模突破⟦千亿⟧，达到1103.39亿元", kind: schema.KindMoney, value: 1e11, low: f(1e11), unit: "CNY", qual: schema.QualLowerBound}, // a lone 千亿 after a threshold verb is money
	{in: "我国风电机组累计出口已过⟦百亿⟧", kind: schema.KindMoney, value: 1e10, low: f(1e10), unit: "CNY", qual: schema.QualLowerBound},
	{in: "发展能力指数和发展趋势指数分别为348.8、⟦399.9⟧、200.5和81.1", kind: schema.KindQuantity, value: 399.9, unit: "point"}, // the list's next reading
	{in: "双方续签了一致行动协议，协议有效期为⟦一年⟧", kind: schema.KindDuration, value: 1, unit: "year"},
	{in: "《条例》共⟦7章⟧58条", kind: schema.KindCount, value: 7, unit: "章"},
	{in: "超过2017年7月（⟦23.17°C⟧），成为最热的7月", kind: schema.KindQuantity, value: 23.17, unit: "degC"},
	{in: "制造业机器人密度达到⟦246台/万人⟧", kind: schema.KindCount, value: 246, unit: "台/万人"}, // a denominator with a magnitude
	{in: "通过⟦3年⟧的研发，有线承载平台产品实现国产化", kind: schema.KindDuration, value: 3, unit: "year"},
	{in: "1月份大宗商品价格指数创⟦3年半⟧新高", kind: schema.KindDuration, value: 3.5, unit: "year"}, // the span of a record, and a half
	{in: "小米汽车表示，8月新增⟦8家⟧门店", kind: schema.KindCount, value: 8, unit: "家"},           // 家门口 is a word, 家门店 is not
	{in: "目前全国⟦36城⟧，111家门店已开业", kind: schema.KindCount, value: 36, unit: "城"},        // 城 after digits
	{in: "电动汽车销量几乎增长了⟦100%⟧", kind: schema.KindPercent, value: 100, low: f(100), high: f(100), unit: "%", qual: schema.QualApprox},
	{in: "仍然雄踞银行理财市场⟦第一⟧名的位置", kind: schema.KindRank, value: 1, unit: "rank"},
	{in: "丽江古城中的木府历经⟦400多年⟧风雨", kind: schema.KindDuration, value: 400, low: f(400), unit: "year", qual: schema.QualLowerBound},         // 历经 cues a span
	{in: "圆满完成裁减军队员额⟦20万⟧的任务", kind: schema.KindCount, value: 2e5, unit: "个"},                                                          // 员额 cues a count
	{in: "起拍总价从⟦3000万元到8000万元⟧不等", kind: schema.KindMoney, value: 3e7, low: f(3e7), high: f(8e7), unit: "CNY", qual: schema.QualRange}, // 不等: a spread, not a change
	{in: "考核标准最高下降约⟦40%⟧", kind: schema.KindPercent, value: 40, high: f(40), unit: "%", qual: schema.QualUpperBound},                   // the bound before the verb wins over 约
	{in: "库存数据将下降到⟦300万吨⟧之下", kind: schema.KindQuantity, value: 3e9, high: f(3e9), unit: "kg", qual: schema.QualUpperBound},
	{in: "7月财新中国综合PMI回落1.6个百分点至⟦51.2⟧，为九个月来最低", kind: schema.KindQuantity, value: 51.2, unit: "point"},                                                       // the reading reached
	{in: "项目总投资约216.14亿元，约占公司2020年度经审计营业收入的⟦1.34%⟧", kind: schema.KindPercent, value: 1.34, low: f(1.34), high: f(1.34), unit: "%", qual: schema.QualApprox}, // 约占 before a long base
	{in: "税收收入同比减少 ⟦10 万亿韩元⟧至 168.6 万亿韩元", kind: schema.KindMoney, value: 1e13, unit: "KRW"},                                                                 // a change and the level reached, every number spaced
	{in: "城乡低保标准提高到不低于740元/月和⟦485元/月⟧", kind: schema.KindMoney, value: 485, low: f(485), unit: "CNY/月", qual: schema.QualLowerBound},                         // the bound before the list's first item
	{in: "下调每股盈利预测约2%及⟦3%⟧", kind: schema.KindPercent, value: 3, low: f(3), high: f(3), unit: "%", qual: schema.QualApprox},
	{in: "预计2021年净利同比增⟦58.24%到 71.40%⟧", kind: schema.KindPercent, value: 58.24, low: f(58.24), high: f(71.4), unit: "%", qual: schema.QualRange}, // a space after 到
	{in: "1月15日北京新增⟦一例⟧本地人员新冠肺炎确诊病例", kind: schema.KindCount, value: 1, unit: "例"},                                                                // not the article
	{in: "按年底存栏数平均每户⟦一头半⟧，按全年饲养量平均每户两头以上", kind: schema.KindCount, value: 1.5, unit: "头"},                                                         // one and a half, not the article
	{in: "现在普通鸡蛋批发价在⟦4.4-4.5元⟧一斤之间", kind: schema.KindMoney, value: 4.4, low: f(4.4), high: f(4.5), unit: "CNY/斤", qual: schema.QualRange},        // the price of one 斤
	{in: "普速列车票价最低⟦两折⟧、动车组票价最低三折", kind: schema.KindPercent, value: 20, unit: "%"},                                                                // a fare at 20% of the full one
	{in: "河南氧化铝价格下跌⟦605元/吨⟧至1,848元/吨", kind: schema.KindMoney, value: 605, unit: "CNY/吨"},                                                         // a fall and the level reached, not a range
	{in: "对每张新手机卡征收⟦2万缅币⟧的商业税", kind: schema.KindMoney, value: 20000, unit: "MMK/张"},                                                              // Myanmar's kyat
	{in: "福州将人才限价商品住房上市交易限制期从10年调整为⟦5年⟧", kind: schema.KindDuration, value: 5, unit: "year"},                                                      // a span changed
	{in: "30%的基金经理从业年限小于⟦3年⟧", kind: schema.KindDuration, value: 3, high: f(3), unit: "year", qual: schema.QualUpperBound},
	{in: "感恩社区⟦6000多⟧居民很多都没有一技之长", kind: schema.KindCount, value: 6000, low: f(6000), unit: "人", qual: schema.QualLowerBound},           // people counted with no measure word
	{in: "上一次苹果占据⟦第一⟧位还要追溯到2020年四季度", kind: schema.KindRank, value: 1, unit: "rank"},                                                    // 占据 a place
	{in: "全国夏粮播种面积⟦26609千公顷⟧，比上年增加78.5千公顷", kind: schema.KindQuantity, value: 2.6609e11, unit: "m2"},                                    // the statistical bureau's thousand hectares
	{in: "22个省市的平均猪粮比价为⟦8.02⟧，环比回落了1%", kind: schema.KindMultiple, value: 8.02, unit: "x"},                                              // a price ratio
	{in: "首位是短视频APP TikTok，⟦第2⟧位是Instagram", kind: schema.KindRank, value: 2, unit: "rank"},                                             // a place and who holds it
	{in: "运城盐湖具有⟦4600多年⟧的开采史", kind: schema.KindDuration, value: 4600, low: f(4600), unit: "year", qual: schema.QualLowerBound},         // the span of a history, not a year
	{in: "总计亩产皮棉六十斤、⟦八十斤⟧或者一百斤以上的，共有二百零四个县", kind: schema.KindQuantity, value: 40, low: f(40), unit: "kg", qual: schema.QualLowerBound}, // 以上 bounds each item, across 或者
	{in: "当局计划要求两间公司保留最少⟦2400亿美元⟧资本", kind: schema.KindMoney, value: 2.4e11, low: f(2.4e11), unit: "USD", qual: schema.QualLowerBound},
	{in: "行业商务活动指数高于⟦60%⟧", kind: schema.KindPercent, value: 60, low: f(60), unit: "%", qual: schema.QualLowerBound}, // 高于 right before the figure bounds it
	{in: "涨幅达3.5%，显著高于前月的⟦2.8%⟧", kind: schema.KindPercent, value: 2.8, low: f(2.8), high: f(2.8), unit: "%"},        // but a base between: the figure compared
	{in: "铁路信号系统的生命周期约为⟦15年⟧", kind: schema.KindDuration, value: 15, low: f(15), high: f(15), unit: "year", qual: schema.QualApprox},
	{in: "美国周六至少新增⟦346869例⟧新冠肺炎确诊病例", kind: schema.KindCount, value: 346869, low: f(346869), unit: "例", qual: schema.QualLowerBound}, // a bound before 新增
	{in: "共计⟦299段⟧论述", kind: schema.KindCount, value: 299, unit: "段"},
	{in: "新工厂将分⟦两阶段⟧建设", kind: schema.KindCount, value: 2, unit: "阶段"},
	{in: "蔚来、理想分列⟦二三位⟧", kind: schema.KindRank, value: 2, low: f(2), high: f(3), unit: "rank", qual: schema.QualRange},   // two places
	{in: "全额连续持有⟦18个月⟧以上", kind: schema.KindDuration, value: 18, low: f(18), unit: "month", qual: schema.QualLowerBound}, // 以上: a bound, not 以来
	{in: "具备⟦4年⟧证券投资管理从业经验", kind: schema.KindDuration, value: 4, unit: "year"},
	{in: "福特股价目前处于⟦20年⟧来的高点左右", kind: schema.KindDuration, value: 20, unit: "year"},                                     // the span of a record
	{in: "力争在⟦两三年⟧内打开新的局面", kind: schema.KindDuration, value: 3, high: f(3), unit: "year", qual: schema.QualUpperBound}, // within a pair: the larger bounds
	{in: "比往年⟦翻了近一番⟧", kind: schema.KindMultiple, value: 2, low: f(2), high: f(2), unit: "x", qual: schema.QualApprox},  // a qualifier inside 翻番
	{in: "几乎⟦翻了一倍⟧", kind: schema.KindMultiple, value: 2, low: f(2), high: f(2), unit: "x", qual: schema.QualApprox},    // CLAIMS.md: approximate
	{in: "赴江苏、安徽等⟦6省⟧（区、市）开展实地检查", kind: schema.KindCount, value: 6, unit: "省"},                                         // 省 after digits
	{in: "双向⟦六车道⟧", kind: schema.KindCount, value: 6, unit: "车道"},
	{in: "比上月下跌⟦6个点⟧", kind: schema.KindQuantity, value: 6, unit: "point"},                                                                             // an index's points
	{in: "尚不满⟦一年⟧", kind: schema.KindDuration, value: 1, high: f(1), unit: "year", qual: schema.QualUpperBound},                                        // 不满 bounds, and cues a span
	{in: "这是时隔⟦三年⟧后，广交会重开", kind: schema.KindDuration, value: 3, unit: "year"},                                                                         // 时隔…后: the span between
	{in: "投资收益影响为⟦-7000万元至-7300万元⟧", kind: schema.KindMoney, value: -7.3e7, low: f(-7.3e7), high: f(-7e7), unit: "CNY", qual: schema.QualRange},        // two losses, the larger second
	{in: "较1月预测上调0.4个百分点，但仍低于2022年的⟦3.1%⟧。", kind: schema.KindPercent, value: 3.1, unit: "%"},                                                          // another year's figure, compared
	{in: "市值1000亿元以上的超过8家，⟦500亿―1000亿元⟧的超过20家", kind: schema.KindMoney, value: 5e10, low: f(5e10), high: f(1e11), unit: "CNY", qual: schema.QualRange}, // ― as a dash
	{in: "电热水器（容量大于等于20升、小于等于⟦150升⟧）", kind: schema.KindQuantity, value: 0.15, high: f(0.15), unit: "m3", qual: schema.QualUpperBound},
	{in: "创业板指领跌，一度失守⟦3100点⟧整数关口", kind: schema.KindQuantity, value: 3100, high: f(3100), unit: "point", qual: schema.QualUpperBound},
	{in: "美元债发行总额只有⟦350亿美元⟧出头，是", kind: schema.KindMoney, value: 3.5e10, low: f(3.5e10), unit: "USD", qual: schema.QualLowerBound},
	{in: "公司上市以来共回购过⟦10次⟧，", kind: schema.KindCount, value: 10, unit: "次"}, // 过: the verb's aspect
	{in: "中标价约为63.07亿元，约占公司2019年营收的⟦27%⟧，", kind: schema.KindPercent, value: 27, low: f(27), high: f(27), unit: "%", qual: schema.QualApprox},
	{in: "CBOT玉米期货跌1.24%，报⟦5.99-1/4美元/蒲式耳⟧。", kind: schema.KindMoney, value: 5.9925, unit: "USD/蒲式耳"}, // in fractions of a cent
	{in: "由华能清能院自主研发的100兆瓦/⟦200兆瓦时⟧独立储能电站", kind: schema.KindQuantity, value: 2e5, unit: "kWh"},       // power/energy, a pair
	{in: "日本涨价13000日元-15000日元（约合人民币⟦642元- 741元⟧）", kind: schema.KindMoney, value: 642, low: f(642), high: f(741), unit: "CNY", qual: schema.QualRange},
	{in: "人民币对美元中间价报6.3674，上调61点；上一交易日中间价⟦6.3735⟧，", kind: schema.KindMoney, value: 6.3735, unit: "CNY/USD"},
	{in: "英国8月CBI零售销售差值⟦-27⟧，预期-10，前值-43", kind: schema.KindQuantity, value: -27, unit: "point"},
	{in: "零售限价下调幅度为45元/吨，小幅低于⟦50元/吨⟧的调价红线", kind: schema.KindMoney, value: 50, unit: "CNY/吨"}, // the red line is the figure compared
	{in: "周五美国3月天然气期货合约一度上涨14%，至⟦4.88美元/百万英热⟧。", kind: schema.KindMoney, value: 4.88, unit: "USD/百万英热"},
	{in: "2019年度计提⟦6.48亿⟧资产减值准备。", kind: schema.KindMoney, value: 6.48e8, unit: "CNY"},
	{in: "现身前十大持有人名单，至今已有⟦两年⟧。", kind: schema.KindDuration, value: 2, unit: "year"},
	{in: "相比老款车型，新车售价至高降低⟦2.3万元⟧。", kind: schema.KindMoney, value: 23000, high: f(23000), unit: "CNY", qual: schema.QualUpperBound},
	{in: "等⟦十馀项⟧国家专利。", kind: schema.KindCount, value: 10, low: f(10), unit: "项", qual: schema.QualLowerBound},          // 馀 is 余
	{in: "也增强了对美联储今年至少加息⟦3次⟧的预期。", kind: schema.KindCount, value: 3, low: f(3), unit: "次", qual: schema.QualLowerBound}, // a bound before 加息
	{in: "纽约原油期货价格收于每桶⟦90美元⟧上方。", kind: schema.KindMoney, value: 90, low: f(90), unit: "USD/桶", qual: schema.QualLowerBound},
	{in: "数据篡改行为，涉及⟦161节⟧车厢。", kind: schema.KindCount, value: 161, unit: "节"},
	{in: "鲜切花日销高峰达⟦150万枝⟧。", kind: schema.KindCount, value: 1.5e6, unit: "枝"},
	{in: "调整后每股收益0.87美元，预期⟦0.85美元⟧；营收136.4亿美元", kind: schema.KindMoney, value: 0.85, unit: "USD/股"},          // the series keeps the denominator
	{in: "8月美国大豆产量预期为⟦45.89亿蒲式耳⟧", kind: schema.KindQuantity, value: 45.89e8 * 0.03523907016688, unit: "m3"}, // US bushels
	{in: "中国建设银行在新西兰发行3年期⟦1.5亿纽元⟧债券", kind: schema.KindMoney, value: 1.5e8, unit: "NZD"},
	{in: "首次使用公积金贷款购买首套房，最高可贷⟦130万元⟧；", kind: schema.KindMoney, value: 1.3e6, high: f(1.3e6), unit: "CNY", qual: schema.QualUpperBound},
	{in: "沪指收盘失守⟦3500点⟧。", kind: schema.KindQuantity, value: 3500, high: f(3500), unit: "point", qual: schema.QualUpperBound},
	{in: "年底账面现金约⟦1600亿⟧（含合联营公司账面现金）", kind: schema.KindMoney, value: 1.6e11, low: f(1.6e11), high: f(1.6e11), unit: "CNY", qual: schema.QualApprox},
	{in: "是一个月前报告的两倍，约为去年同期数据的⟦三倍⟧。", kind: schema.KindMultiple, value: 3, low: f(3), high: f(3), unit: "x", qual: schema.QualApprox},
	{in: "欧元区8月经济景气指数96.6，预期95.8，前值从⟦95.8⟧修正为96", kind: schema.KindQuantity, value: 95.8, unit: "point"}, // 前值从: a series cue
	{in: "新洋丰牵头投资建设不小于年⟦15万吨⟧的磷酸铁材料", kind: schema.KindQuantity, value: 1.5e8, low: f(1.5e8), unit: "kg", qual: schema.QualLowerBound},
	{in: "比特币跌至⟦五个多月⟧以来的最低水平。", kind: schema.KindDuration, value: 5, low: f(5), unit: "month", qual: schema.QualLowerBound},
	{in: "这幅照片上是她工作了⟦30年⟧的地方", kind: schema.KindDuration, value: 30, unit: "year"},
	{in: "中国工程院院士朱有勇有⟦41年⟧的党龄", kind: schema.KindDuration, value: 41, unit: "year"},
	{in: "新增了其他等⟦9部分⟧内容", kind: schema.KindCount, value: 9, unit: "部分"},
	{in: "7月31日0—24时⟦31个⟧省（自治区、直辖市）", kind: schema.KindCount, value: 31, unit: "个"},                                                  // not a clock's minutes
	{in: "以旧换新购置新能源乘用车最高补贴⟦1.6万元⟧、", kind: schema.KindMoney, value: 16000, high: f(16000), unit: "CNY", qual: schema.QualUpperBound}, // a cap before the payment's verb
	{in: "在岸人民币对美元16:30收盘报⟦7.1131⟧，", kind: schema.KindMoney, value: 7.1131, unit: "CNY/USD"},                                        // a clock time opens no clause
	{in: "人民币对美元收盘报7.1131，较上一交易日上涨104个基点，夜盘收报⟦7.1192⟧。", kind: schema.KindMoney, value: 7.1192, unit: "CNY/USD"},                     // the sentence's pair
	{in: "成本在大规模生产时可能不会超过⟦1万美元⟧。", kind: schema.KindMoney, value: 1e4, high: f(1e4), unit: "USD", qual: schema.QualUpperBound},
	{in: "并设置⟦两年⟧过渡期。", kind: schema.KindDuration, value: 2, unit: "year"},
	{in: "力争今年农村贫困人口再减少⟦1000万⟧以上", kind: schema.KindCount, value: 1e7, low: f(1e7), unit: "人", qual: schema.QualLowerBound},     // the cue's noun across 再
	{in: "持仓量之和，分别不得超过⟦20000手⟧。", kind: schema.KindCount, value: 20000, high: f(20000), unit: "手", qual: schema.QualUpperBound}, // lots of futures
	{in: "他提出⟦4点⟧建议", kind: schema.KindCount, value: 4, unit: "点"},                                                              // not index points
	{in: "习近平就中欧关系发展提出⟦四点⟧看法：", kind: schema.KindCount, value: 4, unit: "点"},                                                    // 点 before 看法 counts views
	{in: "交易手续费调整为成交金额的⟦万分之零点五⟧；", kind: schema.KindPercent, value: 0.005, unit: "%"},
	{in: "碳酸锂价格创逾3年新低，连跌⟦2日⟧，", kind: schema.KindDuration, value: 2, unit: "day"},
	{in: "继续实行农民合理负担定项限额，一定⟦三年⟧不变。", kind: schema.KindDuration, value: 3, unit: "year"},
	{in: "中央前年提出，用⟦三年⟧左右的时间，通过改革", kind: schema.KindDuration, value: 3, low: f(3), high: f(3), unit: "year", qual: schema.QualApprox},
	{in: "⟦4地⟧入选中央财政支持普惠金融发展示范区", kind: schema.KindCount, value: 4, unit: "地"},                                                         // 地 counts after digits only
	{in: "长三角地区煤炭消费量分别下降⟦10%⟧、5%左右", kind: schema.KindPercent, value: 10, low: f(10), high: f(10), unit: "%", qual: schema.QualApprox}, // 左右 after a list: every item
	{in: "美国钢铁跌17.5%，创⟦七年⟧来最大单日跌幅。", kind: schema.KindDuration, value: 7, unit: "year"},                                                // the span of a record
	{in: "日本新车销量减少3% 创⟦十年⟧新低", kind: schema.KindDuration, value: 10, unit: "year"},
	{in: "希望通过出售京东股票筹集至多⟦37.4亿美元⟧。", kind: schema.KindMoney, value: 37.4e8, high: f(37.4e8), unit: "USD", qual: schema.QualUpperBound},
	{in: "全球年开采量将保持在⟦1.1亿至1.2亿克拉⟧左右", kind: schema.KindQuantity, value: 22000, low: f(22000), high: f(24000), unit: "kg", qual: schema.QualRange},
	{in: "累计控制近⟦百个⟧股票账户", kind: schema.KindCount, value: 100, low: f(100), high: f(100), unit: "个", qual: schema.QualApprox}, // 股票, not 个股
	{in: "【⟦18万亿⟧变成8万亿 券商资管轻装上阵", kind: schema.KindMoney, value: 18e12, unit: "CNY"},                                         // no count reaches 万亿
	{in: "维生素B5产品价格一路下滑，持续⟦一年半⟧之久", kind: schema.KindDuration, value: 1.5, unit: "year"},
	{in: "京东集团将投入⟦一百亿⟧，支持京东超市", kind: schema.KindMoney, value: 1e10, unit: "CNY"}, // 投入 cues money
	{in: "新建⟦8个⟧体育公园", kind: schema.KindCount, value: 8, unit: "个"},
	{in: "利润率具有⟦3-5pct⟧的修复潜力", kind: schema.KindPercentagePoint, value: 3, low: f(3), high: f(5), unit: "pp", qual: schema.QualRange},
	{in: "吉中关系已经走过⟦45年⟧", kind: schema.KindDuration, value: 45, unit: "year"},
	{in: "掌上好办综合指数西北⟦第一⟧，", kind: schema.KindRank, value: 1, unit: "rank"},
	{in: "2021年生猪生产提前⟦半年⟧完成", kind: schema.KindDuration, value: 0.5, unit: "year"},
	{in: "城镇登记失业⟦半年⟧以上人员", kind: schema.KindDuration, value: 0.5, low: f(0.5), unit: "year", qual: schema.QualLowerBound},
	{in: "中国选手朱雪莹以⟦56.720分⟧的总成绩摘得金牌", kind: schema.KindQuantity, value: 56.72, unit: "point"}, // a score has decimals
	{in: "期间亏损8891万元；每股亏损⟦4.5分⟧。", kind: schema.KindMoney, value: 0.045, unit: "CNY/股"},       // cents a share
	{in: "万种图书给予购书者⟦七五折⟧优惠", kind: schema.KindPercent, value: 75, unit: "%"},
	{in: "暑期以来，日均进馆人数破⟦万⟧。", kind: schema.KindCount, value: 1e4, low: f(1e4), unit: "人", qual: schema.QualLowerBound},
	{in: "【智联招聘：38城平均招聘月薪首次破⟦万⟧】", kind: schema.KindMoney, value: 1e4, low: f(1e4), unit: "CNY", qual: schema.QualLowerBound},
	{in: "就需要几十年的努力，要有⟦四、五十年⟧的时间", kind: schema.KindDuration, value: 40, low: f(40), high: f(50), unit: "year", qual: schema.QualRange}, // forty or fifty
	{in: "人工智能将推动⟦1亿美元⟧或以上的交易", kind: schema.KindMoney, value: 1e8, low: f(1e8), unit: "USD", qual: schema.QualLowerBound},
	{in: "仅需要⟦半个月到一个月⟧就能完成放款", kind: schema.KindDuration, value: 0.5, low: f(0.5), high: f(1), unit: "month", qual: schema.QualRange}, // a range from the half
	{in: "为中美航线上的⟦15000TEU⟧双燃料船舶提供加注服务", kind: schema.KindQuantity, value: 15000, unit: "TEU"},
	{in: "揭开了沉睡⟦700多年⟧的时尚密码", kind: schema.KindDuration, value: 700, low: f(700), unit: "year", qual: schema.QualLowerBound},
	{in: "将达到每桶90美元，6月和9月底前达到⟦95美元⟧，年底前到100美元", kind: schema.KindMoney, value: 95, unit: "USD/桶"},                                                          // the same price at a later time
	{in: "机构每个托位政府每年补贴3600元，每个孩子个人月均托费约为⟦3000元⟧。", kind: schema.KindMoney, value: 3000, low: f(3000), high: f(3000), unit: "CNY", qual: schema.QualApprox}, // no price of the 托位 before
	{in: "2020年上半年亏损⟦1.85亿⟧ 项目开展缓慢", kind: schema.KindMoney, value: 1.85e8, unit: "CNY"},                                                                   // 项目 is a word: the loss, in yuan
	{in: "中标⟦两项⟧目合计金额超10亿元", kind: schema.KindCount, value: 2, unit: "项"},                                                                                  // projects counted
	{in: "搜狗输入法日活跃用户数(DAU)为⟦4.84亿⟧，同比增长6%", kind: schema.KindCount, value: 4.84e8, unit: "个"},
	{in: "经营性现金流由⟦8906.2万⟧下降至-3075万", kind: schema.KindMoney, value: 8.9062e7, unit: "CNY"},
	{in: "甚至是量子化学等⟦十多类⟧跨学科知识", kind: schema.KindCount, value: 10, low: f(10), unit: "类", qual: schema.QualLowerBound}, // 多 makes it a count
	{in: "新材料从发现到应用，周期动辄⟦十年⟧起步", kind: schema.KindDuration, value: 10, unit: "year"},
	{in: "缅甸在28日遭遇强震后共发生了⟦36次⟧余震", kind: schema.KindCount, value: 36, unit: "次"}, // 余 of 余震, no bound
	{in: "产能上升至日均⟦4000万单⟧量，市场份额明显提升", kind: schema.KindCount, value: 4e7, unit: "单"},
	{in: "截至目前，深圳聚集⟦2600多家⟧人工智能企业", kind: schema.KindCount, value: 2600, low: f(2600), unit: "家", qual: schema.QualLowerBound},   // not 家人
	{in: "长城建造存续时间超过⟦两千年⟧", kind: schema.KindDuration, value: 2000, low: f(2000), unit: "year", qual: schema.QualLowerBound},     // no year is written 两千年
	{in: "本月完成备案的私募证券基金数量仅91只，不足⟦百只⟧", kind: schema.KindCount, value: 100, high: f(100), unit: "只", qual: schema.QualUpperBound}, // 不足 before a lone magnitude
	{in: "且占案发法人机构净资产⟦百分之十⟧（含）以上的", kind: schema.KindPercent, value: 10, low: f(10), unit: "%", qual: schema.QualLowerBound},
	{in: "这个省原定去冬今春兴修⟦八亿土方⟧的农田水利工程", kind: schema.KindQuantity, value: 8e8, unit: "m3"},              // earthwork in cubic metres
	{in: "沿海轮驳船货物周转量将达到⟦五十七亿五千万吨海里⟧", kind: schema.KindQuantity, value: 5.75e9 * 1.852, unit: "tkm"}, // tonne-nautical miles, in tonne-kilometres
	{in: "香港特区第八届立法会任期将于2026年1月1日开始，任期⟦4年⟧。", kind: schema.KindDuration, value: 4, unit: "year"},     // 任期 cues a span
	{in: "在使用上，⟦二斤半⟧薯类可以顶一斤粮食", kind: schema.KindQuantity, value: 1.25, unit: "kg"},                  // and a half of the unit
	{in: "涪陵页岩气田是我国首个达到⟦百亿立方米⟧产能的页岩气田", kind: schema.KindQuantity, value: 1e10, unit: "m3"},          // a lone magnitude reached
	{in: "两国贸易额从3亿美元增加到⟦千亿美元⟧", kind: schema.KindMoney, value: 1e11, unit: "USD"},
	{in: "美国近⟦半⟧求职者需要一年多的时间", kind: schema.KindPercent, value: 50, low: f(50), high: f(50), unit: "%", qual: schema.QualApprox},   // half of whom follows
	{in: "以⟦2小时40分42秒⟧的成绩夺冠", kind: schema.KindDuration, value: 2 + 40.0/60 + 42.0/3600, unit: "hour"},                            // the seconds too
	{in: "超过了当初⟦6到10周⟧的交付承诺", kind: schema.KindDuration, value: 42, low: f(42), high: f(70), unit: "day", qual: schema.QualRange}, // no date is a range of weeks
	{in: "差不多在⟦两周到三周⟧之间就能放款", kind: schema.KindDuration, value: 14, low: f(14), high: f(21), unit: "day", qual: schema.QualRange},
	{in: "发电量达到⟦４４５５亿千瓦小时⟧", kind: schema.KindQuantity, value: 4.455e11, unit: "kWh"},
	{in: "佳木斯的气温已经零下⟦20度⟧", kind: schema.KindQuantity, value: -20, unit: "degC"}, // 度 after 零下 is no kWh
	{in: "气温已经降到了零下⟦十几度⟧", kind: schema.KindQuantity, value: -10, low: f(-20), high: f(-10), unit: "degC", qual: schema.QualRange},
	{in: "功率为⟦7,000瓩⟧的重水型原子反应堆", kind: schema.KindQuantity, value: 7e6, unit: "W"},
	{in: "束流能量达到⟦60亿电子伏特⟧", kind: schema.KindQuantity, value: 6e9, unit: "eV"},
	{in: "其中，近⟦六成⟧为协会强制注销", kind: schema.KindPercent, value: 60, low: f(60), high: f(60), unit: "%", qual: schema.QualApprox}, // 成为 after a Chinese numeral: a share
	{in: "我国与东盟一致同意今后⟦１０年⟧内逐步建立自由贸易区", kind: schema.KindDuration, value: 10, low: nil, high: f(10), unit: "year", qual: schema.QualUpperBound},
	{in: "碳酸锂价格持平，近⟦5日⟧累计跌3340元", kind: schema.KindDuration, value: 5, unit: "day"}, // the last five days, exact
	{in: "审批时限不超过⟦120个工作日⟧", kind: schema.KindDuration, value: 120, low: nil, high: f(120), unit: "day", qual: schema.QualUpperBound},
	{in: "基于1995、2016和2023年⟦3期次⟧、50多万条监测数据", kind: schema.KindCount, value: 3, unit: "期次"},
	{in: "骑手约745万，获报酬超过⟦800亿⟧。", kind: schema.KindMoney, value: 8e10, low: f(8e10), high: nil, unit: "CNY", qual: schema.QualLowerBound}, // 报酬: pay, 元 unwritten
	{in: "持续推进大众创业万众创新，连续举办⟦8届⟧全国双创活动周", kind: schema.KindCount, value: 8, unit: "届"},                                                    // editions held
	{in: "全球货物贸易景气指数从去年12月发布的⟦102.7⟧微升至102.8", kind: schema.KindQuantity, value: 102.7, unit: "point"},                                   // the index's reading before, more words before its 的
	{in: "卡塔尔、约旦、沙特、埃及和阿联酋⟦5国⟧外长在多哈举行会议", kind: schema.KindCount, value: 5, unit: "国"},                                                   // not 国外
	{in: "重药控股子公司拟发不超⟦20亿⟧永续债", kind: schema.KindMoney, value: 2e9, low: nil, high: f(2e9), unit: "CNY", qual: schema.QualUpperBound},    // a bond's amount is money
	{in: "长江、黄河等⟦七大⟧流域", kind: schema.KindCount, value: 7, unit: "大"},                                                                    // the list's total
	{in: "江苏、安徽、河南等⟦五省⟧启动预案", kind: schema.KindCount, value: 5, unit: "省"},                                                               // 省 after a Chinese numeral, after 等
	{in: "我国人均只有⟦一亩半⟧耕地", kind: schema.KindQuantity, value: 1000, unit: "m2"},
	{in: "运来⟦3吨⟧半导体材料", kind: schema.KindQuantity, value: 3000, unit: "kg"},                                                         // 半导体 is no half
	{in: "正值大检修，平时⟦5个⟧人的一班岗", kind: schema.KindCount, value: 5, unit: "个"},                                                          // a number before 个人 counts people
	{in: "约⟦两个小时⟧后，船箭组合体转运至发射区", kind: schema.KindDuration, value: 2, low: f(2), high: f(2), unit: "hour", qual: schema.QualApprox}, // the span before 后
	{in: "柯军从事昆曲演艺⟦40多年⟧，就保护传承", kind: schema.KindDuration, value: 40, low: f(40), unit: "year", qual: schema.QualLowerBound},       // no date takes 多
	{in: "以1.28亿欧元的现金（约合⟦210亿冰岛克朗⟧）", kind: schema.KindMoney, value: 2.1e10, low: f(2.1e10), high: f(2.1e10), unit: "ISK", qual: schema.QualApprox},
	{in: "争取今年再有⟦1000万⟧以上贫困人口解决温饱问题", kind: schema.KindCount, value: 1e7, low: f(1e7), unit: "人", qual: schema.QualLowerBound}, // the bound before the noun
	{in: "全球难民数达到⟦3530万⟧。", kind: schema.KindCount, value: 3.53e7, unit: "人"},
	{in: "提前实现了“带动⟦3亿人⟧参与冰雪运动”的目标", kind: schema.KindCount, value: 3e8, unit: "人"}, // a target quoted is no slogan
	// text as it comes
	{in: "限上零售增长\n\n⟦25.2%⟧,社会消费品零售总额保持前列", kind: schema.KindPercent, value: 25.2, unit: "%"},
}

func TestClaims(t *testing.T) {
	e := testExtractor(t, Options{})
	for _, c := range claimCases {
		text, start, end := marked(c.in)
		var got *schema.Claim
		claims := e.Extract(text)
		for i := range claims {
			if int(claims[i].Start) == start && int(claims[i].End) == end {
				got = &claims[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no claim at [%d,%d); got %v", c.in, start, end, spans(claims))
			continue
		}
		qual := c.qual
		if qual == "" {
			qual = schema.QualExact
		}
		low, high := c.low, c.high
		if qual == schema.QualExact {
			low, high = f(c.value), f(c.value)
		}
		if got.Kind != c.kind || !near(got.Value, c.value) || got.Unit != c.unit || got.Qualifier != qual ||
			!sameBound(got.Low, low) || !sameBound(got.High, high) {
			t.Errorf("%q: got %s %v [%s,%s] %s %s; want %s %v [%s,%s] %s %s", c.in,
				got.Kind, got.Value, nullable(got.Low), nullable(got.High), got.Unit, got.Qualifier,
				c.kind, c.value, nullable(low), nullable(high), c.unit, qual)
		}
	}
}

func sameBound(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return near(*a, *b)
}

func spans(cs []schema.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Surface)
	}
	return out
}

// notClaims holds texts whose numbers are names, labels, dates, ordinals,
// list markers or markup: none of them is a claim.
var notClaims = []string{
	"大型电视专题片《领航》今晚播出第十一、十二集。",         // the second of a list of ordinals, its number in Chinese
	"推动构建二元标准体系，加快建设以政府颁布为基础的标准体系。",   // 二元: dual, no money
	"科学技术的发展主要是抓好两头。",                 // both ends
	"修订巡视工作条例，制定中央巡视工作五年规划。",          // a plan's name, not a span
	"团队根本找不到一家愿意投资他们的机构。",             // 不到 in 找不到 is no lead of a count
	"我代表国务院向大会报告过去五年的工作，对今年的工作提出建议。",  // a period before 的, not a span
	"全国平均起来，每个农民一年的农业生产净收入有所提高。",      // a rate's period
	"美为维持霸权四处挑衅欺凌他国",                  // everywhere
	"条街上的风电配套企业还是个位数",                 // a count, not a rate
	"就业摆在了“四稳”的第一位", "她是美国第一位女性众议院议长", // a priority, the first of a kind
	"随着75193次班列驶出",            // a train's number
	"SK海力士宣布，已于12月30日圆满完成了收购", // a date, then 圆满 (not 30日圆, yen)
	"9点02分起，部分地区用户调用出现异常",     // a clock time, not index points
	"再过一阵，新一天的航班又将开始起降",       // the next day, no span
	"一个人说了算", "建设一个数据中心",      // the article, not a count
	"15.10天后北京见",      // an item's number before 10天后
	"这是继2020年后，示范区推出", // a year, then 后
	"九死一生",
	"已对谷歌的PaLM2人工智能模型进行测试",                               // a model's name in capitals and a digit
	"各级革委会要在党的一元化领导下",                                    // 一元化 is no yuan
	"将宵禁令延长到20日", "主题公园将由6日起关闭", "推出百万家电专项补贴活动", "这十分重要", // dates, 家电, 十分
	"多数晶圆厂主要聚焦12英寸产能扩充", "iPhone 16起售价", // a wafer class, a model
	"二十二万伏的高压变压器", "附件2 名词解释", "在5日举行", "过半年", "上半年的增长", "半年报显示", "过去半年来", "中国经济运行半年成绩单", "土地二轮延包", "公司将大力拓展三元电池及材料厂商", "举重比赛最后一个项目是女子81公斤以上级的比赛", "台南市安定区安科段8地号", "老罗一家终于搬出四处漏风的茅草屋", "可从事第1、4及9类受规管活动", "据了解，三人均在浦发银行任职多年", "司长袁达18日在新闻发布会上表示", "2011年8月一个星期六的清晨", "他视中国为第二故乡", "6年内最高将", "一期项目已投产", "部分2期产品", "从7日起实施新规", "美国波音公司大规模罢工进入第五周", "毕业后进入山东省地矿局第六地质大队", "该股20cm涨停", "今明两天，华北有降雨", "过去一天，美军空袭", "家是最小国，国是千万家。", "培育一批经济总量千亿县", "1月1日22时35分38秒，我国", "美国国债期货触及127 1/4，", "另据投中网报道，5 亿并购百科名医网", "3x3篮球", "AMD发布ZEN 3+核心架构", "正式迈入“10+”时代", "产品色度保持在1+以下", "最高的时候是一天172", "之前最多的一天是去年8月20日", "冰雪大世界开园半个月以来", "每一年都在增长", "网络点击量过亿", "两人于2015年注册结婚。", "罗夫和崔善姬向普京介绍了两人当天的会谈成果。", "神舟二十载人乘组", "千载难逢的机遇", "这一代CPU采用Zen 3+架构", "大约在8点左右到达", "黑龙江七台河：民生工程添暖意", "落实“32条”措施", "恒驰5首车已于昨日提前下线", "在学校思聪楼二层科学教室", "人民大会堂二层宴会厅气氛隆重热烈", "这句话有两层意思", "在四川三台县，当地通过按需增加施肥量", "已经一天一天遭到了失败", "直-8L、直-2", "收入一年比一年多", "2020年多个城市", "三管齐下", "北京怀柔二台子村河段修复工程", "我国1∶5万比例尺的矿产地质调查", "周四美元持续反弹", "香港将从周五起收紧社交距离措施", "自公布之日起至2024年12月31日有效", "电气系统维修和四轮定位业务", "空军歼-20列阵长空，运油-20大鹏展翅", "刘宇坤在男子步枪50米三姿决赛中夺冠", "应当在次一交易日发布公告", "敌人在一天天烂下去", "生猪（外三元）", "华鑫证券乐享周周购三个月滚动持有债券", "构成CPI八大类商品和服务价格", "二套住房商业性个人住房贷款", "推出256GB版本", "分获男、女20公里竞走冠军", "7人制橄榄球今天开始", "女排成年组、三人篮球等预赛继续进行", "今晚将进行八分之一决赛的争夺", "②“24晋能装备MTN004”、“24万盛经城MTN001”取消发行", "今天是具有重要历史意义的一天。", "首11个月两类单位都累计升", "哈啰放弃两轮电动车售卖业务", "从2024-25年到2029-30年，将每年为关键矿产拨款", "《长安三万里》《满江红》等作品", "中消协发布《2021年100个城市消费者满意度测评报告》", "钱塘江大潮迎来了一年之中的最佳观赏期", "防洪标准从5年一遇提升", "诠释了几十年如一日的坚守", "到了2025年产值", "在经历了十年内乱之后", "三门核电有限公司召开干部大会", "累计观看人次突破百亿", "国家统计局70城房价数据出炉", "截至二零二一年十二月三十一日止十二个月", "债券简称19国贸01", "将启动3.0阶段建设", "过了一段时间", "5年以来", "三年以后", "大年初一两天为高峰时段", "违规电动三四轮车实现动态清零", "“十四五”时期新建十四五个", "东北三省", "2省级部门", "今晚8点整开始", "贵州六枝至安龙高速", "第3节课", "24节气", "已完成4680圆柱形汽车锂离子电池量产准备", "市交通运输部门决定从今天9时40起恢复", "推出中国生产的七座版Model Y", "二手房成交", "坚持两手抓", "发布5手机型", "按照省委十四届六次、七次、八次全会要求", "十二届市委五次、六次全会部署", "提出一点建议", "浙闽两地多措深化与RCEP成员国合作", "该片全面反映十年来新时代文艺工作者", "为 5 月 20 日以来首次。", "违反了《股票上市规则》第 1.4 条、第 2.3 条", "实现碳汇交易“第一单”", "决定暂停24日发生政变的国家", // a voltage class, a part of the document, a date, half a year
	"7.2022年我国经济增长",               // an item number, then a year
	"一方面要稳增长，另一方面要防风险",            // 一方面 is a conjunction
	"7天shibor和3个月Libor齐涨",         // tenors in rates' names
	"对违反生态保护红线的行为实行一票否决。", "一票难求", // 票 counts after digits only
	"重申以色列应遵守第1701号决议", // an identifier, not 第170
	"高镍三元材料销量同比增长",     // ternary, not 3 yuan
	"执行两条腿走路的方针",       // an idiom
	"小米集团在上半年平均一天净赚不少", // 平均一天: a rate's period
	"<video src=\"https://a.b/c.mp4\" style=\"-webkit-tap-highlight-color: rgba(0, 0, 0, 0); box-sizing: border-box; display: inline-block; width: 640px; height: 360px; max-width: 100%;\"></video>", // a long tag
	"坚持和平共处五项原则",                // a name
	"发布会时间：北京时间9月10日凌晨1点",       // o'clock
	"足够三口之家用上一阵",                // a household of three
	"包下台积电4纳米制程产能",              // a process node
	"八局过后战成6:6平",                // a drawn score
	"战争总有一天要打起来",                // someday
	"必须坚持四项基本原则",                // a name
	"他是首位登上月球的人",                // the first to, not first place
	"成渝中线、成达万高铁等重大项目",           // a lone 万 in a name
	"其中蔚来EC运动版2020款起智能驾驶",       // a model year
	"九州通医药",                     // 州 counts after digits only
	"按照省委十二届五次、六次全会精神",          // a plenum's number
	"吉木乃口岸成为西北五省区首个公路口岸",        // a region's name
	"当时使15万度假者滞留海外",             // 度假, not kWh
	"部分银行已二次调整存款利率",             // a second time
	"在刚刚结束的2022女足亚洲杯1/4决赛上",     // a quarter-final
	"违反《刑事罪行条例》第9及10条串谋",        // a list of ordinals
	"通过12306大数据动态研判",            // 大数据
	"我们将1Q22全国外三元生猪均价下调",        // a breed of pig
	"**2025国庆档电影片单发布**",         // 国庆
	"全市首个1类创新药获批上市",             // a drug class
	"七国集团峰会",                    // a name
	"建国南苑小区8幢为封控区",              // a building's number
	"1-8月",                      // months, not a span
	"波罗的海干散货运价指数周五连跌第六日",        // Friday
	"25-59岁就业主体人群的失业率较低",        // an age group names people
	"赵乐际主持召开十四届全国人大常委会第五次委员长会议", // a session named
	"教育部举办2026届毕业生首场招聘会",        // a class
	"12月一至四周的总体零售数据",            // the month's weeks
	"超越Wi-Fi 5成为主流技术",           // became
	"16-24岁劳动力失业率较上月下降",         // the age names the rate's population
	"把党和政府的温暖送到千家万户",            // an idiom
	"近半个世纪以来，过半年后",              // half of a span, no share
	"今年的经济情况是一个季度比一个季度好",        // steadily, not a span
	"女子单人3米板冠军",                 // an event's name
	"CBOT小麦期货报7.70-1/4美分",       // a price in fractions of a cent, not a share
	"确保早一天开工、早一天达产",             // an idiom
	"日期为1/3/2024",               // a date, not a share
	"支持3/4G网络",                  // a name
	"代表团夺得的第二枚金牌",               // an ordinal, not a rank
	"北约24日发表声明说",                // a date: 约 ends 北约
	"一所高中附近16日发生枪击",             // a date: 近 ends 附近
	"今晚8点档在央视综合频道播出",            // a clock time
	"夺得男子100米蝶泳冠军",              // an event's name
	"女子4×200米自由泳接力铜牌",           // likewise
	"统筹国内国际两个大局",                // a formula
	"米兰冬残奥会冬季两项赛场",              // a sport
	"发动机零件的生产效率",                // 零件 is a word
	"不可万一失防",                    // 万一 is a word
	"每10万人发病率较高",                // the denominator of a rate
	"日元兑1美元的汇率",                 // the base of an exchange rate is not a claim; 155日元 is
	"村民心里的一块大石头终于落地",            // the article "a"
	"PM2.5年均浓度持续改善",
	"加快5G基站建设",
	"深入实施“十四五”规划",
	"创建3A级景区",
	"346国道改扩建",
	"学习贯彻党的二十大精神",
	"第八届创新创业大赛",
	"第三轮巡视",
	"哈电储能项目一期竣工",
	"2024年，全区经济持续向好",
	"前三季度经济运行平稳",
	"7月份以来",
	"庆祝建党103周年",
	"贵州茅台(600519.SH)公告",
	"1、加强组织领导",
	"（二）推进改革",
	"详见[查看原文](https://news.cctv.com/2024/01/17/ARTI12345.shtml)",
	"<!--repaste.body.begin-->正文",
	"建设一个数据中心",
	"发生6.8级地震",
	"“136”工作法在全省打响品牌",
	"凯德电控冰箱电风门",
	"一年来，全省上下",
	"在全市率先设立“高效办成一件事”专区",
	"唯一一家",
	"乌克兰方面同一天称",
	"千方百计稳就业",
	"万家灯火",
	"截至1月26日晚10点",
	"成功发射银河航天02批卫星",
	"实现农业、工业、国防、科学技术四个现代化",
	"严格落实中央八项规定精神",
	"自治区党委十二届九次全会暨经济工作会议",
	"南宁至贵港3000吨级航道工程",
	"# 陆家嘴财经早餐",
	"这两笔支出在预算中本来准备解决",
	"钦州港首次满载靠泊30万吨级超大型油轮",
	"债市全天一波三折",
	"河南三门峡天鹅湖",
	"构建“五位一体”的算力体系",
	"紧扣“两中心两地”战略定位",
	"实施“2小时重庆”交通圈",
	"百日千万招聘专项行动",
	"1月8日10时54分，比赛以3分之差结束",
	"马术三项赛的个人金牌",
	"航线停航，今天一天取消航班",
	"发扬“一天也不耽误，一天也不懈怠”的精神",
	"成达万高铁开通",
	"四、五年来的工作",                   // a heading's number, then a span that is a time
	"三类水质达标",                     // 类 after a Chinese numeral names a class
	"在每周三例行的首相质询中",               // Wednesday, and 例行
	"再对主带彗星311P开展科学探测",           // a comet's name: P is petaflops only beside 算
	"画面支持1080P输出",                // a resolution
	"其设计的峰值算力高达3740Petaflops",    // P with letters after: no unit of the table
	"必须发挥“三度一色”自然禀赋",             // a name
	"学会八度音阶",                     // an octave
	"美国国会众议院29日没有通过共和党提出的短期支出法案", // a date before 没有
	"推动二期项目开工建设",                 // phase two
	"两期间的差距在缩小",                  // 期间
}

func TestNotClaims(t *testing.T) {
	e := testExtractor(t, Options{})
	for _, s := range notClaims {
		if cs := e.Extract(s); len(cs) > 0 {
			t.Errorf("%q: want no claim, got %v", s, spans(cs))
		}
	}
	for _, c := range onlyClaim {
		s, start, end := marked(c)
		want := string([]rune(s)[start:end])
		if got := spans(e.Extract(s)); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: want only the claim %q, got %v", s, want, got)
		}
	}
}

// onlyClaim holds texts whose one claim is the marked span: the number
// after it is no claim.
var onlyClaim = []string{
	"速度达到⟦100km⟧/5小时",       // the denominator of a rate
	"本周⟦三个交易日⟧，沪指累涨",        // 周三 is no weekday before 个
	"获得⟦数千万⟧天使轮融资",          // 天使 is no 天
	"仅28日和29日⟦两天⟧就取消了航班",    // a list of dates
	"发现⟦1管⟧初筛阳性样本（1:1单管采样）", // a tube counted; the sampling ratio is no claim
}

// contextCase checks the context of the claim at the marked span.
type contextCase struct {
	in       string
	metric   string // substring the metric must contain; "=x": the metric must be x
	estimate bool
	time     string
}

var contextCases = []contextCase{
	{in: "【世名科技：股东陈敏拟减持不超⟦2.7%⟧公司股份】", metric: "=股东陈敏", estimate: true}, // 拟 is the hedge
	{in: "民生支出占一般公共预算支出的⟦75%⟧以上", metric: "=民生支出占一般公共预算支出"},
	{in: "公司总股本将较现有股本⟦8.43亿股⟧有所下降。", metric: "股本"},
	{in: "印度2021年12月失业率达7.9%，为2021年8月份的⟦8.3%⟧以来的最高水平。", metric: "=印度失业率"}, // since when, not what
	{in: "自2018年计算机软件版权登记首度突破⟦100万件⟧以来", metric: "=计算机软件版权"},
	{in: "在⟦30分钟⟧的加时赛中，梅西和姆巴佩各入一球。", metric: "=加时赛"},                             // what the span is the length of
	{in: "昨日创历史新低的明源云反弹拉升，公司拟以不超⟦1亿美元⟧回购股份。", metric: "=回购股份", estimate: true},   // what 以 pays for
	{in: "《哪吒之魔童闹海》以⟦159亿元⟧成为全球动画电影票房冠军。", metric: "哪吒"},                         // a record reached with it
	{in: "美国7月PPI同比升2.2%，预期升2.3%，前值自升2.6%修正至升2.7%；环比升⟦0.1%⟧。", metric: "=美国PPI"}, // 自升: a revision's from, glued
	{in: "以色列军方当天称，拦截了⟦两枚⟧从加沙地带发射的火箭弹。", metric: "="},                            // who reports is no metric
	{in: "袭击造成⟦2人⟧受轻伤。", metric: "=受轻伤"},                                         // a verb of one rune names nothing alone
	{in: "江苏昆山：⟦两名⟧无症状感染者曾在昆山就餐。", metric: "=无症状感染者"},
	{in: "二季度交付量⟦5.74万台⟧，同比增长143.9%。", metric: "=交付量"},                    // 交付/v 量/n: one noun
	{in: "深交所就中青宝0元收购保尔利德⟦51%⟧股权相关事项下发关注函。", metric: "保尔利德股权"},            // a stake
	{in: "转让其持有的公司股票1.05亿股，相当于截至公告日期已发行股份的约⟦2.09%⟧。", metric: "已发行股份"},    // 已发行 names the shares
	{in: "加州蒙特雷县的一座发电站起火，约⟦1500人⟧被要求疏散避难。", metric: "=被要求疏散避难"},           // what was done to those counted
	{in: "包括大荣、丁玉梅等在内的⟦7名⟧被告收回股息。", metric: "=被告"},                        // 被告 is a noun
	{in: "江苏银行拟发行⟦100亿元⟧永续资本债。", metric: "=永续资本债", estimate: true},        // 永续 names the bond
	{in: "回购资金总额不低于⟦1亿元⟧且不超过2亿元。", metric: "资金总额"},                        // 且 links the other bound
	{in: "现货钯金站上1900美元/盎司，日内涨⟦2.10%⟧。", metric: "=现货钯金"},                  // 日内: when, not what
	{in: "力争用⟦二十年⟧的时间使工农业总产值翻两番。", metric: "=使工农业总产值翻两番", estimate: true}, // what the span is for
	{in: "案件数量共计⟦17件⟧⑤毕节市安方建设投资集团被纳入失信被执行人名单。", metric: "案件数量"},           // ⑤ opens the next item
	{in: "城乡居民基本医保财政补助标准提高到人均⟦320元⟧。", metric: "=城乡居民基本医保财政补助标准"},         // 人均: per head, no metric
	{in: "经过⟦二十年⟧的农村改革，我国农业发展进入了一个新的阶段。", metric: "=农村改革"},
	{in: "全面完成⟦64个⟧“保交楼”任务，“保交房”交付率96.4%。", metric: "=“保交楼”任务"}, // a quoted name is one noun
	{in: "全面完成64个“保交楼”任务，“保交房”交付率⟦96.4%⟧。", metric: "=“保交房”交付率"},
	{in: "“20世茂G4”跌逾17%，“20世茂G1”跌逾⟦14%⟧。", metric: "=20世茂G1"},
	{in: "习近平指出，中吉建交⟦33年⟧来，两国关系实现跨越式发展。", metric: "=中吉建交"},        // the span since an event
	{in: "“钱凯—上海”海运航线开通一年来累计进出口货值达⟦55.7亿元⟧。", metric: "=累计进出口货值"}, // what follows the span
	{in: "这是中国同中亚国家建交⟦31年⟧来首次以实体形式举办峰会。", metric: "首次以实体形式举办峰会"},  // a record's span keeps the record              // 首度 an adverb (jieba: n) // 有所 is an adverb (jieba's dictionary says n)
	{in: "近期，国际原油价格有所回落，但仍在每桶⟦100美元⟧左右高位徘徊。", metric: "=国际原油价格"},
	{in: "一是发行⟦1000亿元⟧长期国债，重点投向水利", metric: "=长期国债"},
	{in: "美国钢铁跌17.5%，创⟦七年⟧来最大单日跌幅。", metric: "=最大单日跌幅"},
	{in: "2021年车用芯片出货量达524亿颗，年增⟦30%⟧，", metric: "=车用芯片出货量"}, // 年增 is a change verb, as 同比增长
	{in: "鸿海第二季度营收⟦1.55万亿元新台币⟧，同比增长19%", metric: "=鸿海营收"},   // the currency after 元 is no noun after the claim
	{in: "新车最高续航可达到⟦1008km⟧。", metric: "=新车最高续航"},
	{in: "邛海湿地，21个品种⟦48万株⟧郁金香竞相绽放", metric: "=郁金香"},
	{in: "红十字会表示，洪灾可能已在利比亚造成超过⟦5000人⟧死亡"},
	{in: "Mandiant股价大涨18%，令其市值接近⟦43亿美元⟧。", metric: "=市值"},  // 令其: the cause's verb                  // a guess at the past, no forecast
	{in: "加强重大项目建设，争取⟦161.4亿元⟧超长期特别国债资金支持"},                // funds won
	{in: "德国要在1月底之前实现“为⟦80%⟧人口接种新冠疫苗”的目标", estimate: true}, // a target quoted // 竞相, 争相 and 迎春 are no nouns (the user dictionary's tags)
	{in: "在良山村，⟦4万多株⟧樱花迎春盛开", metric: "=樱花"},
	{in: "沪指收涨。\n\n深成指收涨。\n\n创业板指收涨。\n\n北向资金净买入。\n\n珠三角水泥市场价格实现第四次大幅度上调，此次幅度为⟦40-50元/吨⟧\n\n寒锐钴业公告，预计2021年净利润增长。", metric: "=珠三角水泥市场价格"}, // a blank line ends a news item without a full stop
	{in: "全年限上批发增长28%，限上零售增长\n\n⟦25.2%⟧，社会消费品零售总额增长", metric: "=限上零售"},
	{in: "小麦3月合约收于每蒲式耳⟦7.8美元⟧，比前一交易日下跌10.25美分。", metric: "小麦3月合约"},                       // 每蒲式耳 is the denominator
	{in: "小麦3月合约收于每蒲式耳7.8美元，比前一交易日下跌⟦10.25美分⟧。", metric: "小麦3月合约"},                       // 比前一交易日 the base
	{in: "公司拟回购公司股份，回购资金总额不低于⟦0.7亿元⟧（含）。", metric: "资金总额", estimate: true},               // the plan's terms
	{in: "中央财政提前下达耕地地力保护补贴⟦1205亿元⟧。", metric: "补贴", estimate: false},                     // 地力保护 holds 力保, no hedge
	{in: "今年收入增长9.29%，今年支出增长⟦4.76%⟧。", metric: "=支出"},                                    // jieba tags 支出 a verb; alone it names the metric
	{in: "美国上周初请失业金人数为23.2万人，前值自22.7万人修正至⟦22.8万人⟧。", metric: "失业金人数"},                    // not 万人修正: the unit of the claim before
	{in: "全省12条主要流域水质优良比例达⟦97.3%⟧。", metric: "=主要流域水质优良比例"},                              // not 条主要…
	{in: "私营工业所占的比重则由1954年的25%下降为⟦16%⟧。", metric: "=私营工业占比重"},                            // 下降为 is the predicate, no part of the metric
	{in: "现在普通鸡蛋批发价在⟦4.4-4.5元/斤⟧之间。", metric: "=普通鸡蛋批发价"},                                // 之间 after the range is no metric
	{in: "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到⟦百分之八至九⟧。", metric: "速度", estimate: true},    // the figures follow the plan
	{in: "瑞银证券分析师孟磊估算，2022年外资流入A股可达⟦3000亿元⟧。", estimate: true},                           // 估算 opens the sentence as 预计 does
	{in: "初步预测，全国春运客运量较2021年的⟦8.7亿人次⟧将会有大幅度增长。", estimate: false},                        // the past base of a forecast is reported
	{in: "今后五年，计划将普通高等学校招生人数由一九八二年的三十一万五千人，增加到一九八七年的⟦五十五万人⟧。", estimate: true},           // the target after that base still is one
	{in: "韩国央行将今年GDP增长预期由5月的⟦2.5%⟧下调至2.4%。", estimate: true},                             // a base that is an earlier forecast stays one
	{in: "“十四五”期间，西藏规划投资⟦6015亿元⟧，较“十三五”增长58%。", estimate: true},                          // a planned investment
	{in: "中国化学工程集团完成新签合同额、营业收入、利润总额⟦602.3亿元⟧、134.4亿元、5.1亿元。", metric: "=新签合同额"},          // a list of subjects after its verb, one per figure
	{in: "前三季度国内生产总值（GDP）⟦82.31万亿元⟧。", metric: "=国内生产总值（GDP）"},                           // an indicator's abbreviation stays with its name
	{in: "通用汽车（GM）股价上涨⟦6.1%⟧。", metric: "通用汽车"},                                          // a ticker does not
	{in: "2021年“修正营业利润”超过10亿元的A股医药上市公司有⟦68家⟧。", metric: "=修正营业利润"},                       // no quotes around the term
	{in: "截至7月末，5G基站总数达⟦399.6万个⟧。", metric: "=5G基站总数"},                                   // digits glued to Latin letters open the name
	{in: "10年期美债收益率跌1.4个基点报⟦3.874%⟧。", metric: "=10年期美债收益率"},                             // and digits glued to a tenor
	{in: "全国一般公共预算收入⟦173397亿元⟧。", metric: "=一般公共预算收入"},                                   // and stays a verb for the predicate: 预算 is none
	{in: "今年，辽宁力保实现全年粮食播种面积⟦5330万亩⟧。", metric: "粮食播种面积", estimate: true},                 // a target held to
	{in: "印度煤炭公司打算到2024年将产量提升至⟦10亿吨⟧。", metric: "产量", estimate: true},                    // an intention
	{in: "亚太地区经济将继续以温和的速度增长，预计2022年增长4.2%，2023年增长⟦3.8%⟧。", metric: "经济", estimate: true}, // the forecast's next year
	{in: "全國病床數比解放前的最高水平增加了⟦百分之四百十一⟧。", metric: "全國病床數"},                                 // as written: 數 is 数 only in the view
	{in: "美国7月新屋开工年化总数123.8万户，预期133万户。环比降⟦6.8%⟧，预期降0.9%。", metric: "新屋开工"},               // a user-dictionary noun: 开工 is no verb here
	{in: "随着为期⟦三个半月⟧的伏季休渔期结束，日前我国渔船陆续进港。", metric: "=伏季休渔期"},                             // what lasts
	{in: "美联储在为期⟦两天⟧的政策会议发表声明后，美股突然下跌。", metric: "=政策会议"},
	{in: "预计公司小分子业务收入同比增长超过45%，其中四季度同比增长超过⟦65%⟧。", metric: "收入", estimate: true},                                          // a part of a forecast
	{in: "该基金计划筹集2.5亿美元，其中⟦8000万美元⟧已由力拓出资。", estimate: false},                                                             // a part already raised
	{in: "“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七，其中农业总产值平均每年增长⟦百分之四⟧。", metric: "农业总产值", estimate: true},                         // a draft plan's figures are its targets
	{in: "专班已累计转各地群众投诉问题线索13万条，办结率为⟦99%⟧。", metric: "=办结率"},                                                               // jieba: 办结/v 率为/x
	{in: "经治理的项目区土壤侵蚀强度平均下降⟦90%⟧。", metric: "项目区土壤侵蚀强度"},                                                                  // 经 before a verb and 的: no adverbial
	{in: "1—10月，全国实际使用外资金额10898.6亿元人民币，按可比口径同比增长⟦14.4%⟧。", metric: "外资金额"},                                                // how it is reckoned, not what
	{in: "另外，到2025年，武汉市芯片产业产值超过⟦1200亿元⟧，半导体显示产业产值超过1000亿元。", metric: "芯片产业产值", estimate: true},                            // a target for a year
	{in: "到2027年底，全国将建设超⟦10万台⟧充电桩。", metric: "充电"},                                                                        // 将: foretold (annotators split, most not a target)
	{in: "【乐城进口特许药械品种首例突破200例 提前三年实现目标】据海南省新闻发布会消息，到2021年底，乐城进口特许药械品种首例突破⟦200例⟧。", metric: "品种"},                          // reached
	{in: "美国6月成屋签约销售指数环比升 4.8%，前值从降 2.1% 修正为降 ⟦1.9%⟧。", metric: "=美国成屋签约销售指数"},                                            // jieba: 修正/nr 为降/x
	{in: "沪指收涨。\n\n深成指收涨。\n\n创业板指收涨。\n\n北向资金净买入。\n\nPTA加工润从4月初约300元/吨提升至当前约⟦570元/吨⟧\n\n天眼查APP显示，新公司成立。", metric: "PTA加工"}, // 天 after a blank line opens a name, not a unit
	{in: "美国7月ISM制造业PMI录得⟦46.8⟧，", metric: "=美国ISM制造业PMI"},
	{in: "该行料网易末季游戏收入按年升幅加快至⟦29%⟧", metric: "网易末季游戏收入", estimate: true},               // 行料: a bank's forecast
	{in: "按季升9%；料非通用会计准则经营溢利⟦53亿元人民币⟧，按年升45%", metric: "经营溢利", estimate: true},        // 料 opening a clause                            // 录得 is a predicate
	{in: "料非通用会计准则经营溢利53亿元人民币，按年升45%，按季升⟦18%⟧", metric: "经营溢利", estimate: true},       // 按季 is the comparison's period, as 同比 (jieba made 按季升 one word)
	{in: "四季度纯苯均价不超过8000元/吨，均价至少下跌了⟦1200元/吨⟧###原油价格大幅下降导致", metric: "均价"},             // ### runs items together: no noun after it                                                                  // but not before a figure: extraction breaks sentences so
	{in: "全社会研发经费支出与国内生产总值\n\u200b\n之比达到⟦2.08%⟧。", metric: "全社会研发经费支出"},               // nor a page break left as a zero-width line
	{in: "热门中概股涨跌不一，携程集团涨8.57%，**极氪涨⟦4.56%⟧，斗鱼涨3.29%", metric: "=极氪"},                 // a name jieba does not know, moving alone in its clause
	{in: "大全新能源跌⟦4.69%⟧，晶科能源跌3.33%。", metric: "=大全新能源"},                               // and one it cut
	{in: "CBOT小麦期货全年涨⟦20.01%⟧。", metric: "=CBOT小麦期货"},                                 // but not a time
	{in: "该公司于2020年9月17日斥资⟦310.48万港元⟧回购44万股", metric: "=回购斥资"},                        // what a buyback cost
	{in: "该公司于2020年9月17日斥资310.48万港元回购⟦44万股⟧", metric: "=回购股份"},                        // and the shares it bought back
	{in: "众生药业公告，2021年公司预盈⟦3.3亿元至3.9亿元⟧，同比扭亏。", metric: "=盈利", estimate: true},        // the forecast's profit, not its verb
	{in: "章卫国累计质押股数为550万股，占其所持股份比例为⟦17.83%⟧。", metric: "=占其所持股份比例"},                   // the holder's own shares
	{in: "中煤能源发布2021年业绩预告，净利润料介乎⟦118至144亿元人民币⟧", metric: "净利润", estimate: true},       // 料 before a verb hedges
	{in: "化学肥料增长⟦两倍⟧以上", metric: "肥料"},                                                // but not in a material's name
	{in: "境外输入病例24例（广东8例，陕西1例），含⟦3例⟧由无症状感染者转为确诊病例；", metric: "=由无症状感染者转为确诊病例"},        // what the part counts follows it
	{in: "许孔斌先生计划以集中竞价、大宗交易方式减持其持有的公司股份不超过⟦822.87万股⟧。", metric: "股份", estimate: true}, // the 计划 governs the 、 list, and a cap on a held stake is planned
	{in: "业绩预告类型显示，业绩预降、预亏公司分别有⟦18家⟧、10家。", metric: "预降"},                             // kinds of forecast counted, no hedge
	{in: "日本新增新冠肺炎病例数较前一日增加⟦1.2万例⟧。", metric: "=日本新增新冠肺炎病例数"},                         // the comparison's 较 is no part of the name
	{in: "天银机电公告披露，本公司持股⟦5%⟧以上股东部分股权解除质押。", metric: "=持股"},                            // a stake, whoever reports it
	{in: "公司总股本由约4.98亿股变更为约⟦4.80亿股⟧。", metric: "=总股本"},                                // 由约, glued by jieba, opens the change's origin
	{in: "失业金申请人数增13.5万人，前值从增3.23万人修正为增⟦3.62万人⟧。", metric: "=失业金申请人数"},                // and 从增
	{in: "中国电商物流指数连续⟦8个月⟧回升。", metric: "=中国电商物流指数"},                                   // a verb alone after the span names nothing
	{in: "公司股本总数由⟦10.73亿股⟧变更为10.59亿股。", metric: "=股本总数"},                              // the verb after a change's origin is no metric
	{in: "英国 10 年期国债收益率跌 7.4 个基点报 ⟦3.968%⟧，", metric: "=英国国债收益率"},                     // the earlier claim cut in spaced text
	{in: "英国8月失业率持平于⟦4.7%⟧。", metric: "=英国失业率"},                                       // 持平于 is the verb
	{in: "JOLTs职位空缺前值由813万人修正为⟦791万人⟧。", metric: "=JOLTs职位空缺"},                        // the level the change starts from is no metric
	{in: "纳指成交量报41.83亿股（上一交易日为⟦38.956亿股⟧）", metric: "纳指成交量"},                          // the span's unit 交易日 is no metric                 // the modal 可 is no part of the name
	{in: "这一数字可能会升至⟦611架⟧。", metric: "=数字", estimate: true},                           // nor is the hedge
	{in: "假设75%租户获六个月⟦30%⟧的租金减幅。", metric: "=租户", estimate: true},                     // a scenario
	{in: "【新城市：2021年净利润同比预降⟦0%-25%⟧】", estimate: true},                                // 预降 forecasts results
	{in: "业绩预降公司⟦8家⟧、预亏公司有2家。", estimate: false},                                      // but counts the companies that do
	{in: "中概股多数下跌，传奇生物跌10.66%，极氪跌⟦9.78%⟧。", metric: "=极氪"},
	{in: "2021年世界人均GDP是1.21万美元左右，我们是⟦1.25万美元⟧。", metric: "=人均GDP"},    // a pronoun is no name
	{in: "伊朗石油销量同比增长约40%，实际增长⟦60%⟧。", metric: "=伊朗石油销量"},              // nor an adverb of the move
	{in: "本周，道指跌2.93%，标普500指数跌⟦4.25%⟧，纳指跌5.77%。", metric: "=标普500指数"}, // the number in an index's name
	{in: "日经225指数收涨⟦1.2%⟧。", metric: "=日经225指数"},
	{in: "2年期国债收益率一度攀升4.4个基点至⟦0.906％⟧，为2020年3月以来最高。", metric: "国债收益率"},   // the change before, after the verb, is no metric                         // with a stem jieba tags an adverb
	{in: "华泰柏瑞沪深300ETF净流入⟦12亿元⟧。", metric: "=华泰柏瑞沪深300ETF"},              // a name jieba does not know, in a clause built as the one before
	{in: "加拿大GDP环比增长0.1%，预期增长⟦0.2%⟧。", metric: "加拿大GDP", estimate: true}, // but a series word is no name
	{in: "美国8月非农就业人数增加14.2万人，低于预期的⟦16万人⟧。", estimate: true},              // the figure is the expectation
	{in: "铁岭财经拟通过公开征集受让方的方式协议转让其持有的⟦25%⟧股份。", estimate: false},           // a stake held now
	{in: "公司拟以发行股份方式购买其分别持有的天瑞矿业80%股权和⟦20%⟧股权。", estimate: false},        // and the next item of its list
	{in: "公司股东拟合计减持不超⟦2.38%⟧股份", estimate: true},
	{in: "其中铁路预计发送旅客515万人次，公路⟦1900万人次⟧，水路35.5万人次。", estimate: true},         // a clause with no verb of its own goes on with the forecast
	{in: "英伟达每股收益为0.68美元，预期0.64美元，营收⟦300亿美元⟧，预期286.1亿美元。", estimate: false}, // but not after a consensus figure
	{in: "美国ISM制造业PMI为47.2，预期47.5，前值⟦46.8⟧。", estimate: false},
	{in: "国家已经组织了５７户企业集团试点，今年要扩大到⟦１２０户⟧。", estimate: true},             // a clause of the year's tasks
	{in: "水表采购综合服务项目，拟中标金额为⟦3.01亿元⟧。", estimate: false},                // 拟中标 announces a tender's winner
	{in: "松下计划在日本投资约800亿日元（⟦7亿美元⟧）建造电池厂。", estimate: true},             // an amount restated goes with the one before
	{in: "其中出院186例、在院⟦1800例⟧", metric: "=在院"},                          // a user-dictionary word: jieba glued 在 to 院 as an unknown word
	{in: "恒生指数连续四天走高，上涨⟦0.4%⟧，至23,834.47点", metric: "=恒生指数"},           // what lasted (走高) is no subject for the claims after it
	{in: "【北京连续⟦19天⟧无本土新增确诊病例】1月7日0时至24时，北京无新增", metric: "=无本土新增确诊病例"}, // a headline's end ends what lasted
	{in: "继续发行⟦1500亿元⟧长期建设国债，集中用于在建项目", metric: "=长期建设国债"},             // jieba tags 长期 an adverb
	{in: "港股通南向资金中，腾讯控股获净买入⟦7.55亿港元⟧", metric: "=腾讯控股"},                // 获 is the verb's
	{in: "英特尔涨7.9%，安进涨⟦3.9%⟧，领涨道指", metric: "=安进"},                     // a name jieba tags a verb, alone before the move
	{in: "生猪批发均价18.00元/公斤，继续下跌⟦0.7%⟧", metric: "均价"},
	{in: "“西夏陵”列入世界遗产名录，中国世界遗产总数达到⟦60项⟧……植根博大精深的中华文化", metric: "遗产总数"},                    // an ellipsis ends the clause
	{in: "丰田排名第二，中国福田（⟦2.1%⟧）和本田（1.7%）分列其后", metric: "=中国福田"},                             // the name a parenthesis follows
	{in: "小米科技逃税65.3亿卢比（⟦5.5949亿人民币⟧）", metric: "小米科技"},                                   // but not an amount restated (卢比)
	{in: "此次解除质押股份合计⟦2750万股⟧，占其持有公司股份总数的9%", metric: "=股份"},                               // the total, not part of the name
	{in: "中国粮油跌3.6%创⟦三年⟧新低 原标题：遭大摩下调目标价", metric: "=新低"},                                  // a blank ends the record's words
	{in: "去年外资净流入A股市场⟦3846亿元⟧，为过去五年最高水平", metric: "=A股市场"},                                // jieba tags the 股 of A股 a measure word
	{in: "⟦三次⟧提高出口退税率，五次下调金融机构存贷款基准利率", metric: "=提高出口退税率"},                               // what was done so many times
	{in: "并且都位于扩张区间。在⟦13个⟧分项指数中，有11个指数高于上月", metric: "=分项指数"},                             // jieba tags 分项 a numeral
	{in: "在全部⟦59个⟧项目中，共获得了36枚金牌", metric: "=项目"},                                          // a localizer after the noun is where, not what
	{in: "疫情发生以来，⟦7个⟧中风险地区已调整为低风险", metric: "=中风险地区"},                                     // but a noun may start with one
	{in: "英国8月CBI工业订单差值-22，预期-25，前值-32；工业产出预期差值⟦9⟧，前值25；", metric: "差值", estimate: false}, // 预期 names the indicator
	{in: "欧元区8月经济景气指数96.6，预期95.8，前值从95.8修正为⟦96⟧；", metric: "=欧元区经济景气指数"},                  // a revision goes on with the reading
	{in: "国产电池级碳酸锂价格跌100元报7.42万元/吨，创逾3年新低，连跌2日，近5日累计跌⟦460元⟧", metric: "=国产电池碳酸锂价格"},       // the record's 新低 is no topic // the clause names nothing before it: what follows
	{in: "第六个五年计划在这方面安排了⟦三千六百亿元⟧的投资，把这笔资金管好用好", metric: "=投资"},
	{in: "五年间，⟦19条⟧特高压开工建设", metric: "=特高压"},
	{in: "方正电机披露业绩预告，预计2021年度实现归母净利润为⟦1800万元-2700万元⟧", metric: "=归母净利润", estimate: true},              // not 年度…: the year's tail
	{in: "粤电力Ａ公告，公司预计2021年净亏损⟦29亿元～35亿元⟧，同比盈转亏。", metric: "=净亏损", estimate: true},                     // a share names its whole
	{in: "并组织⟦56000余名⟧干部“点对点”驻村帮扶", metric: "=干部"},                                                    // no quote left open
	{in: "沪苏湖高铁正式开通运营。这条全长⟦164公里⟧的高速铁路沿线共设8座车站", metric: "=全长"},                                       // not 这条
	{in: "如今，全国建设口袋公园5.4万多个，绿道超过⟦12.8万公里⟧", metric: "=绿道"},                                            // a noun jieba does not know
	{in: "培育1个400亿级、⟦3个⟧100亿级产业名镇", metric: "=100亿级产业名镇"},                                             // a class in digits before the noun
	{in: "生态环境部等⟦四部门⟧近日联合印发《长江流域水生态》", metric: "=生态环境部"},                                              // 近日 says when
	{in: "央行8月12日以固定利率、数量招标方式开展了⟦745亿元⟧7天期逆回购操作，操作利率为1.70%", metric: "=7天期逆回购操作"},                     // a tenor: what the amount buys follows
	{in: "粮食最低收购价继续提高，小麦每斤提高⟦3分钱⟧，继续实施", metric: "=小麦"},                                               // 每斤 is the unit's
	{in: "首日上市的回盛转债开盘直接涨到被临停，收盘上涨⟦30%⟧。", metric: "回盛转债"},                                             // 收盘 says when
	{in: "贝因美(12.080,0.00,0.00%)实际控股股东提议中期分红⟦2750万元⟧ 拟增持1000万元", metric: "=控股股东提议分红", estimate: true}, // not 际…, cut by the window
	{in: "北向资金净卖出7.73亿元，宁德时代遭净卖出⟦6.18亿元⟧最多", metric: "=宁德时代"},                                         // 净卖出 is the verb, 最多 no metric
	{in: "经财务部门初步测算，预计2021年年度实现归属于母公司所有者的净利润与上年同期相比，将减少⟦2.47亿元⟧", estimate: true},                     // 预计 opens the clause before
	{in: "通胀预期大幅攀升，5年通胀预期达到⟦3.1%⟧", estimate: false},                                                  // an indicator
	{in: "控股股东提议中期分红⟦2750万元⟧", estimate: true},
	{in: "农村社队和农民的收入估计将增加⟦一百三十亿元⟧左右。", estimate: true},
	{in: "北美电影票房2021年总收入估计⟦45亿美元⟧", estimate: true},
	{in: "日本制铁将追加投资总计超过约⟦13亿美元⟧。", metric: "日本制铁"},
	{in: "工商税收为173亿元，占本年收入的33.53%，比1955年决算数增长⟦14.26%⟧。", metric: "=工商税收"},                                   // the tax grew, not the whole it is a share of
	{in: "鉴于公司2018年限制性股票激励计划中⟦4名⟧激励对象因离职的原因", estimate: false},                                              // a scheme's name, no plan's target
	{in: "该激励计划拟授予激励对象的股票期权数量为⟦1.5亿份⟧", estimate: true},                                                     // but 拟 in it hedges
	{in: "欧佩克+去年12月的日产量比其目标低⟦80万桶⟧", estimate: false},                                                       // the gap to a target, measured
	{in: "广东省计划于8月在澳门发行2只离岸人民币地方政府债券，共计⟦25亿元⟧，其中2年期15亿元", estimate: true},                                   // the plan's total
	{in: "受益于新能源汽车行业快速发展，价格有望持续上涨：目前国内EC报价在⟦13000-14000元/吨⟧", estimate: false},                              // what the hope rests on
	{in: "交易员认为美联储在3月货币政策会议上加息的预期概率为⟦86％⟧。", metric: "概率", estimate: false},                                 // a probability priced, not a forecast
	{in: "成都银行公告，预计2021年度实现归母净利与上年同期相比，将增加10.85亿元到15.07亿元，同比增长⟦18%到25%⟧。", metric: "=归母净利", estimate: true}, // the subject after the hedge, the year and 实现
	{in: "【美股开盘：道指跌0.1%，纳指跌0.1%】苹果跌⟦0.1%⟧，印度政府下令展开调查", metric: "=苹果"},                                       // a headline's brackets end a sentence
	{in: "【意大利众议院通过2022年预算法案 总额达320亿欧元】意大利众议院以⟦355票⟧对45票表决通过2022年预算法案。", estimate: false},                   // the headline's 预算 hedges nothing after it
	{in: "中国巨石公告，公司预计2021年度实现归属于上市公司股东的净利润与上年同期相比，将增加⟦33.83亿元-45.91亿元⟧", metric: "中国巨石", estimate: true},    // 预计 after the clause's subject
	{in: "厄瓜多尔预计明年2月份石油产量将恢复到正常水平，此前该国⟦两条⟧主要出口管道已恢复运营", estimate: false},                                    // 此前…已: what happened
	{in: "美国纽约市发生枪击事件致3死⟦9⟧伤", metric: "=受伤"},
	{in: "【港股午评：恒指涨1.15% 世茂集团跌⟦7%⟧ 世茂服务跌超8%】", metric: "=世茂集团"},                       // a space parts a headline's items
	{in: "本周M10单晶硅片（182 mm /165μm）价格区间在⟦6.15-6.3元/片⟧", metric: "单晶硅"},                 // but not a claim's own pair
	{in: "美国8月PPI同比上涨1.7%，前值从2.2%下修至2.1%；环比则上涨⟦0.2%⟧", metric: "PPI"},                 // 下修 is no metric
	{in: "美国财政部表示，美国8月预算赤字为⟦3800亿美元⟧（市场预期为3173亿美元）", metric: "预算赤字", estimate: false}, // a month's outturn
	{in: "今年中央财政预算赤字⟦1.62万亿元⟧", metric: "赤字", estimate: true},                         // a year's budget: the plan       // 总计 is no metric alone
	{in: "为实现全年粮食产量⟦1.4万亿斤⟧左右目标奠定坚实基础。", estimate: true},                              // a plain 目标 after the figure
	{in: "因为通胀仍远低于⟦2%⟧的目标。", estimate: true},
	{in: "盒马设定3年后年GMV⟦1000亿元⟧的目标。", estimate: true},                       // and GMV before it names it
	{in: "引进到位资金超5300亿元，提前一年实现三年引资⟦1万亿元⟧目标。", estimate: false},            // a target met
	{in: "2021年实际交付汽车9.8万辆，超出原计划的⟦9万辆⟧目标", estimate: false},               // a target outdone
	{in: "以色列空军还袭击了加沙地带⟦数十个⟧目标。", estimate: false},                        // targets counted
	{in: "俄军开始使用激光武器系统，可打击⟦5公里⟧以内的目标。", estimate: false},                  // a strike's
	{in: "今年重点抓好⟦五件⟧事：一是稳定发展粮食生产", estimate: false},                       // the plan's own parts
	{in: "从今年起用⟦两年⟧时间，全部免除农村义务教育阶段学生的学杂费", metric: "=全部免除农村义务教育阶段学生的学杂费"}, // what the span is for
	{in: "尽管已过去近⟦一周⟧时间，但美国多地电力仍未完全恢复", metric: "="},
	{in: "道指涨0.59%，标普500指数微跌⟦0.22点⟧报5591.96点", metric: "=标普500指数"}, // 微跌 is the verb
	{in: "国务院非常设机构由⟦85个⟧减为26个", metric: "非常设机构"},
	{in: "稳妥推进房地产企业风险化解，保交房交付率⟦94.7%⟧、超额完成国家下达任务", metric: "=保交房交付率"}, // a verb before 率 names a rate
	{in: "截至去年年底，国家综合立体交通网建成率约为⟦79%⟧", metric: "=国家综合立体交通网建成率"},
	{in: "中标设备名称：D-Lam设备\n本次项目中标金额为人民币⟦6,554万元⟧，占公司营业收入的11.09%", metric: "中标金额"},             // not the label line before
	{in: "格隆汇5月6日丨中国水务(00855.HK)公布，2019年7月9日，公司按每股⟦7.15-7.18港元⟧", metric: "=中国水务"},           // nor the agency, nor 公布
	{in: "新建和改造高标准农田70万亩，粮食播种面积稳定在⟦1255万亩⟧以上", metric: "=粮食播种面积"},                            // 稳定在 is the verb
	{in: "【报告：2022年中国互联网婚恋交友市场规模或达⟦80亿⟧】比达咨询今日发布", metric: "=中国互联网婚恋交友市场规模", estimate: true}, // not across 】
	{in: "31个制造业大类行业中有⟦28个⟧实现正增长", metric: "=制造业大类行业"},
	{in: "深圳市劲拓自动化设备股份有限公司\n中标金额：人民币⟦6,554万元⟧\n中标设备名称：D-Lam设备", metric: "=中标金额"}, // labelled lines
	{in: "本次解除质押⟦11,494,000股⟧后，金培荣先生持有", metric: "=解除质押"},                        // 后 says when; the two verbs name the shares
	{in: "央行等⟦八部门⟧印发《关于进一步做好金融服务》", metric: "=印发"},                               // not across 《
	{in: "非美货币涨跌不一，英镑兑美元涨0.29%报⟦1.3322⟧，周涨1.51%", metric: "英镑兑美元"},
	{in: "省级统筹实施⟦1000公里⟧普通国道低等级路段升级改造", metric: "普通国道"}, // what the length is of follows it
	{in: "在五年计划的前三年共增加了⟦一百七十七亿元⟧", estimate: false},     // 五年计划 is a plan's name
	{in: "基本建设投资总额共为四百九十三亿元，超过原定计划⟦四百二十七亿四千万元⟧的百分之十五点三", estimate: false},
	{in: "人均预期寿命达到⟦78.5岁⟧", estimate: false},
	{in: "预计年底前目标价在2600美元/盎司，明年中将达到⟦2700美元/盎司⟧。", estimate: true}, // the forecast's next year
	{in: "业内人士称，2021年12月特斯拉中国销量或超过⟦6万辆⟧。", estimate: true},        // 或 "may"
	{in: "2022年电商标快日均件量或迎来同比⟦40%⟧以上增长", estimate: true},
	{in: "部分公司股息率已达到或超越⟦2%⟧", estimate: false}, // 或 "or"
	{in: "波罗的海干散货运价指数下跌48点或⟦3.5%⟧，至1343点", estimate: false},
	{in: "希望明年与光弘科技完成智能手机⟦4000万台⟧目标", estimate: true},                  // phones, the target
	{in: "以色列空军对加沙地带约⟦100处⟧目标实施空袭", estimate: false},                   // strike targets counted
	{in: "随着“带动⟦三亿人⟧参与冰雪运动”目标的实现，冰雪运动已深深融入百姓生活", estimate: false},      // a target met
	{in: "力争整车产量200万辆、新能源汽车⟦140万辆⟧。", estimate: true},                  // an item with no verb goes on with the target
	{in: "预计增长10%、总产值增长⟦8.9%⟧", estimate: false},                       // one with its own verb does not
	{in: "美团实现营收823亿元，同比增长21%；经调整净利润⟦136亿元⟧", metric: "经调整净利润"},        // 经调整 is no adverbial
	{in: "标普500指数、纳指均连续第四日上涨。**赛富时涨⟦1.54%⟧，3M公司涨1.41%", metric: "赛富时"}, // Markdown emphasis
	{in: "原煤、原油、天然气产量达到6640.8万吨、⟦1253.6万吨⟧、9.1亿立方米", metric: "原油"},     // a list without 分别: one subject each
	{in: "原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米，分别增长9.3%、⟦7.3%⟧、21.2%", metric: "原油"},
	{in: "新一代信息技术、高端装备产业增加值增长⟦13.6%⟧、9.8%", metric: "新一代信息技术"},
	{in: "生产安全事故起数、死亡人数下降17.6%、⟦11.6%⟧", metric: "死亡人数"},
	{in: "抽水蓄能规划建设总规模、风电光伏装机总量居全国⟦第1⟧、第2位", metric: "抽水蓄能规划建设总规模"},
	{in: "共承办人大代表建议7955件、政协提案4525件，分别占建议、提案总数的⟦95.7%⟧、96.5%", metric: "总数"}, // 分别占: no list of subjects
	{in: "省列重大项目年度计划投资完成率⟦114.2%⟧", estimate: false},
	{in: "金价偏离拟合值⟦100美元⟧以上时，通常标志拐点临近", estimate: false}, // a fitted value
	{in: "收缴虚拟货币价值⟦110亿余元⟧", estimate: false},           // 虚拟, no 拟 of intent
	{in: "保险资金长期股票投资试点，规模拟定为⟦1000亿元⟧", estimate: true},
	{in: "尚纬股份拟合资投建的年产⟦20万吨⟧负极材料项目", estimate: true}, // the plan's outturn
	{in: "中国在指数中的总权重料将回升至⟦10%⟧", estimate: true},
	{in: "全年实际GDP增速可能会略超⟦8%⟧", estimate: true},
	{in: "宣布延长关税，计划将起征点提高一倍，从每年2.5吉瓦增加到⟦5吉瓦⟧。", estimate: true}, // the planned change, from and to
	{in: "2022年中国互联网婚恋交友市场规模或达⟦80亿⟧", estimate: true},
	{in: "未来12个月内美国经济衰退的可能性已经上升至⟦38%⟧", estimate: false}, // a probability reported
	{in: "争取“两重”资金⟦51.8亿元⟧、支持项目96个", estimate: false},    // funds won
	{in: "优化结构扩投资。争取各类中央资金⟦1000亿元⟧以上", estimate: false},
	{in: "公司予电动汽车业务今年上半年毛利率指引约为⟦22%⟧", estimate: true}, // guidance
	{in: "主持召开72次重要会议，指引各方面出台⟦3000多项⟧改革方案", estimate: false},
	{in: "上交所：《指引》共8章⟦53条⟧", estimate: false},
	{in: "去年财政赤字控制在预算范围内，广义货币M2增长⟦13.6%⟧", estimate: false},
	{in: "争取政策性资金⟦824亿元⟧，科技创新和制造业发展减负", estimate: false},
	{in: "支持重点产业振兴和技术改造，中央预算投资安排⟦150亿元⟧", estimate: false},                       // where the funds come from
	{in: "去年全国财政比年度预算超收⟦7239亿元⟧", estimate: false},                               // the budget outdone
	{in: "今年发展的主要预期目标是：国内生产总值增长6.5%左右。年应纳税所得额上限由⟦30万元⟧提高到50万元", estimate: false}, // today's level
	{in: "今年发展的主要预期目标是：国内生产总值增长6.5%左右。年应纳税所得额上限由30万元提高到⟦50万元⟧", estimate: true},
	{in: "三、2025年重点工作\n今年发展主要预期目标是：地区生产总值增长5%。\n围绕推动经济社会高质量发展，重点抓好以下⟦十个⟧方面的工作。", estimate: false}, // the plan's own parts
	{in: "今年，要使全国80％以上的人口地区普及九年义务教育，扫除青壮年文盲⟦300万人⟧左右", estimate: true},                            // the year's tasks
	{in: "今年化学需氧量、氨氮排放量要分别下降⟦2%⟧", estimate: true},
	{in: "今年要着重抓好以下⟦三项⟧工作", estimate: false},                                  // the plan's own parts
	{in: "今年主要城市房价上涨⟦5%⟧", estimate: false},                                   // 主要 is no 要 of a task
	{in: "争取增发国债项目资金⟦1221.9亿元⟧、居全国首位", estimate: false},                       // funds won
	{in: "六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长⟦6.9%⟧、8.4%、10.2%", metric: "=六大优势产业"}, // a subject may hold a Chinese numeral
	{in: "三川智慧的董事长是李建林，男，⟦64岁⟧，中国国籍", metric: "=年龄"},
	{in: "我区⟦60岁⟧以上老年人平均每年新增30万", metric: "=年龄"},
	{in: "预计第四财季营收140亿美元，分析师预期⟦141.3亿美元⟧。", metric: "营收", estimate: true}, // the expectation of the same measure, not 分析师
	{in: "高盛第四季度净营收126.4亿美元，市场预估⟦120.1亿美元⟧；", metric: "净营收", estimate: true},
	{in: "全省老年人达到1200万人，16岁到22岁的青年占⟦30%⟧。", metric: "=青年"},           // not 到青年, nor 老年人                     // the group's age, not 我区
	{in: "我区60岁以上老年人达到⟦30万人⟧", metric: "老年人"},                        // the group, past its age
	{in: "8岁及以上的用户达到⟦500万人⟧", metric: "=用户"},                         // not 以上用户
	{in: "预计全省地区生产总值迈上⟦14万亿元⟧新台阶", metric: "地区生产总值", estimate: true}, // 新台阶 is the level, not the measure
	{in: "我国普通高等学校已由⟦五百九十八所⟧增加到七百一十五所", metric: "=普通高等学校"},           // not 增加: the change, not what was counted
	{in: "**美油10月合约涨3.11%，报⟦77.16美元/桶⟧**", metric: "=美油10月合约"},       // the contract month names it
	{in: "欧元兑美元跌0.28%报1.1161，英镑兑美元跌⟦0.23%⟧报1.3196", metric: "=英镑兑美元"},
	{in: "可口可乐涨⟦1.53%⟧，3M公司涨1.52%", metric: "=可口可乐"},
	{in: "大烨智能的主营业务为电力设备，占营收比例为：⟦99.34%⟧。", metric: "占营收比例"},                    // the words before the colon
	{in: "华电能源的主营业务为售电、供热、工程施工，占营收比例分别为：71.18%、⟦22.71%⟧、2.15%。", metric: "=供热"}, // the list's subjects are in the clause before
	{in: "社区养老服务设施覆盖率达88.7%，⟦90%⟧的城乡社区有“儿童之家”。", metric: "城乡社区"},                // what the share is of follows 的
	{in: "WTI 3月原油期货收涨0.21美元，涨幅0.24%，报⟦86.82美元/桶⟧，本周累计上涨1.97%", metric: "原油期货"}, // not 涨幅
	{in: "我国第一个五年计划规定工业总产值增长⟦百分之九十八点三⟧", estimate: true},                        // the plan's target
	{in: "争取新增专项债资金⟦3903亿元⟧；争取超长期特别国债资金383亿元", estimate: false},                 // won, in a review
	{in: "争取到“两重”“两新”国家资金⟦450亿元⟧", estimate: false},                             // won
	{in: "并争取到2030年将所有新增融资的⟦一半⟧投向私营部门", estimate: true},
	{in: "英国10年期国债收益率跌6.3个基点报⟦3.823%⟧，法国10年期国债收益率跌0.4个基点报2.915%", metric: "=英国10年期国债收益率"}, // not 英国国债收益率跌基点
	{in: "**美国三大股指小幅收涨，**道指涨⟦0.61%⟧报40008.39点", metric: "道指"},
	{in: "腾讯控股发布财报，第二季度营收⟦1611.2亿元⟧，同比增长8%", metric: "营收"},
	{in: "莫德纳、应用材料跌超6%，拼多多涨超⟦4%⟧表现突出", metric: "拼多多"},
	{in: "安徽4300多万亩小麦收获接近尾声，对⟦1400多万亩⟧小麦开始化学除草", metric: "小麦"},
	{in: "完成水利投资⟦400亿元⟧", metric: "水利投资"},                                                                   // 投资 ends the noun; 完成 is the verb
	{in: "全力推进⟦1000个⟧亿元以上工业项目建设", metric: "亿元以上工业项目"},                                                       // what is counted follows, threshold and all
	{in: "主要是由于⟦1.91亿元⟧的信用减值损失", metric: "信用"},                                                              // what the amount is of follows 的
	{in: "2021年修正营业利润超过⟦10亿元⟧的公司有68家", metric: "修正营业利润"},                                                    // a bound on the profit, not the companies
	{in: "主要预期目标是：全省地区生产总值增长5.5%左右。规模以上工业增加值增长⟦7.5%⟧以上；固定资产投资增长4%以上。", metric: "规模以上工业增加值", estimate: true}, // a target list
	{in: "全国农业发展纲要要求：亩产达到一百斤。一九五九年，亩产皮棉达到⟦一百斤⟧以上的有四十五个县。", metric: "亩产皮棉"},                                  // what happened
	{in: "前4个月我国与中亚五国进出口⟦1730.5亿元⟧", metric: "中亚五国进出口", time: "前4个月"},                                       // 与 joins two parties
	{in: "营业收入与上年相比增长⟦5%⟧", metric: "营业收入"},                                                                 // 与…相比: a base
	{in: "预计2021年净利润2.89亿元-3.02亿元，比上年同期增长⟦130%-140%⟧。", metric: "净利润", estimate: true},
	{in: "美联储决定将联邦基金利率目标区间下调⟦25个基点⟧", metric: "联邦基金利率"},
	{in: "俄军对乌军指挥所等目标实施了⟦7次⟧集群打击", metric: ""},
	{in: "全国民航今天预计执行航班⟦16199班⟧", estimate: true},
	{in: "城镇新增就业连续4年超过⟦90万人⟧", metric: "=城镇新增就业"},                                    // not what the span before it lasted
	{in: "3月份，中欧班列开行1488列，运送⟦16.2万标箱⟧，同比分别增长15%、52%", metric: "=中欧班列"},               // the shared subject, not the first verb
	{in: "五年内新建和续建装机容量四十万千瓦以上的水电站⟦十五个⟧", metric: "新建续建装机容量以上水电站"},                    // not 内 of 五年内
	{in: "广义货币M2增长11.3%，低于⟦13%⟧左右的预期目标", estimate: true},                             // the figure named the target
	{in: "美国10年期基准国债收益率涨13.90个基点，报1.9338%，美国非农就业报告发布后拉升至⟦1.9440%⟧", metric: "国债收益率"}, // an event times the reading
	{in: "大力发展新能源产业，建成⟦3个⟧千万千瓦级新能源基地", metric: "=千万千瓦级新能源基地"},                        // a class before the noun
	{in: "10大类⟦52项⟧民生实事全部超额完成", metric: "=民生实事"},                                     // not 全部
	{in: "⟦10大类⟧52项民生实事全部超额完成", metric: "=民生实事"},                                     // what the count glued on counts
	{in: "实施两年新增⟦4万亿元⟧的投资计划", metric: "=投资计划"},                                       // a noun after 的
	{in: "长达⟦4000公里⟧的西气东输管道全线贯通", metric: "=西气东输管道"},
	{in: "法国10年期国债收益率涨5.8个基点，报0.426%，美股盘初一度涨至⟦0.442%⟧", metric: "国债收益率", time: "美股盘初"}, // a session is a time, not a metric
	{in: "原煤：全部建成后增加的年产能力将为九千三百一十万吨。\n钢：全部建成后增加的年产能力将为⟦六百一十万吨⟧。", metric: "钢"},         // a list of labelled lines
	{in: "原标题：伊之密大跌超15%\n原标题：亿航智能Q2净亏损⟦1970万元⟧", metric: "=亿航智能Q2净亏损"},                 // a lead-in is no label
	{in: "建龙微纳：2021年净利预增⟦116%-128%⟧", estimate: true},                                  // a results forecast
	{in: "业绩预告类型显示，预增公司⟦135家⟧", estimate: false},                                       // companies that forecast, counted
	{in: "接待境内外游客超10.9亿人次，旅游总收入超1.3万亿元，分别增长⟦15.8%⟧和11.5%", metric: "境内外游客"},            // a 分别 list of the claims before
	{in: "接待境内外游客超10.9亿人次，旅游总收入超1.3万亿元，分别增长15.8%和⟦11.5%⟧", metric: "旅游总收入"},
	{in: "社会消费品零售总额超过40万亿元；固定资产投资规模超过⟦50万亿元⟧，增长4.9%", metric: "=固定资产投资规模"},                                               // 投资 inside the noun
	{in: "粮食总产量1344亿斤，连续8年稳定在⟦1300亿斤⟧以上", metric: "=粮食总产量"},                                                              // not what 8年 lasted
	{in: "海南省省长在作政府工作报告时表示，2022年，海南省经济社会发展的主要预期目标是地区生产总值增长9%左右，地方一般公共预算收入增长⟦10%⟧", metric: "地方一般公共预算收入", estimate: true}, // a target list with no colon
	{in: "一九五四年預計現代工業的總産值將等於一九四九年的⟦四點二倍⟧", estimate: true},                                                               // traditional characters
	{in: "全社会跨区域人员流动量超8.42亿人次，日均⟦2.8亿人次⟧", metric: "人员流动量"},                                                              // not 日均
	{in: "上证指数跌0.4%报⟦2837.43点⟧", metric: "上证指数"},
	{in: "全年规上工业增加值预计增长⟦10%⟧、规上工业总产值增长8.9%", metric: "规上工业增加值", estimate: true, time: "全年"},
	{in: "全年规上工业增加值预计增长10%、规上工业总产值增长⟦8.9%⟧", metric: "规上工业总产值", time: "全年"},
	{in: "原油加工量、天然气产量、发电量分别增长5.9%、⟦9.2%⟧、6.2%。", metric: "天然气产量"},
	{in: "2024年，镇江高新区签约亿元以上产业项目⟦28个⟧。", metric: "产业项目", time: "2024年"},
	{in: "热景生物2021年营业收入比2020年增长⟦9.8倍⟧。", metric: "营业收入", time: "2021年"},
	{in: "今年发展的主要预期目标是：国内生产总值增长5%左右；城镇新增就业⟦1200万人⟧以上。", metric: "城镇新增就业", estimate: true},
	{in: "美国8月密歇根大学一年期通胀率预期终值⟦2.8%⟧。", metric: "通胀率"},
	{in: "前三季度，全国城镇新增就业1045万人，完成全年目标的⟦95.0%⟧。", estimate: false, time: "前三季度"},
	{in: "3个省重大、⟦21个⟧市重点项目投资超序时", metric: "市重点项目"},
	{in: "台达电涨超3%，台积电涨超⟦2%⟧，富途控股涨5.25%", metric: "台积电"},
	{in: "傅宇晨计划减持数量不超过900万股，占公司总股本的比例为⟦3.15%⟧。", estimate: true}, // the share of a planned figure
	{in: "项目投资规模预计50-60亿元，占地约⟦800-1000亩⟧。", estimate: false},     // 占地 is no share
	{in: "“十四五”期间，进出口共计⟦3.79万亿元⟧。", metric: "=进出口"},
	{in: "今年以来，来自大湾区的投资占比⟦九成⟧。", metric: "=大湾区的投资占比"}, // what the figure is, not where it came from              // the total, not part of the name
	{in: "正在设计的27艘船当中，超过⟦一半⟧都是氨燃料船型。", metric: "=船"},
	{in: "中国选手朱雪莹以⟦56.720分⟧的总成绩摘得金牌", metric: "=总成绩"},
	{in: "海尔智家目标价维持⟦35港元⟧。", metric: "=海尔智家目标价", estimate: true}, // the verb after the name
	{in: "恒大物业涨幅收窄至⟦3%⟧。", metric: "=恒大物业涨幅"},
	{in: "预计2021年度实现归属于上市公司股东的净利润⟦1.3亿元⟧。", metric: "=归属于上市公司股东的净利润", estimate: true}, // 的 between two nouns, as written
	{in: "佩希施泰因曾获得5金⟦2银⟧2铜", metric: "=银牌"},                                           // each medal count its medal
	{in: "安永预测企业交易数量将增加21%，随后在2025年将增加⟦18%⟧。", estimate: true},                        // the forecast's next year
	{in: "预计今年增长4.2%，明年增长⟦3.8%⟧。", estimate: true},
	{in: "计划规定，到一九八五年，进出口贸易总额将达到⟦八百五十五亿元⟧。", estimate: true}, // the plan's figure
	{in: "第六个五年计划安排教育、科学、文化、卫生、体育事业的经费占国家财政支出总额的⟦百分之十五点九⟧。", estimate: true},
	{in: "电影故事片的摄制，计划由一九八○年的⟦八十二部⟧增加到一九八五年的一百二十部。", estimate: false},                                             // ○ for 〇: the past base
	{in: "今天，全国民航计划执行航班⟦14230班⟧，发送旅客166万人次。", estimate: true},                                                    // 计划执行 a noun: a plan
	{in: "四维图新公告，预计2021年度实现营业收入29亿元-31亿元，同比增长35.03%-44.34%；归母净利润⟦1.01亿元-1.31亿元⟧，上年同期为亏损3.09亿元。", estimate: true}, // the forecast's next item
	{in: "VISA调整后每股收益1.81美元，市场预估1.70美元；每股收益⟦1.83美元⟧，上年同期1.42美元。", estimate: false},                               // a consensus is no forecast of the next item
	{in: "预计2021年度净利润为1.3亿元到1.6亿元，与上年同期相比将增加⟦7920.95万元到1.09亿元⟧。", estimate: true},                                // the forecast's change
	{in: "宁波中百公告，预计2021年净利润约为3590万元，与上年同期相比增加约⟦1340万元⟧。", estimate: true},
	{in: "ST宜化发布2020年半年度业绩预告：预计亏损2.6亿元–2.8亿元，上年同期盈利⟦5037.89万元⟧。", estimate: false}, // the year before, reported
	{in: "截至1月19日，已经披露2021年业绩预告的煤炭上市公司有⟦8家⟧。", estimate: false},
	{in: "财经委员会对做好2023年计划执行工作提出⟦七条⟧建议", estimate: false},           // how the plan went
	{in: "预计布伦特油价3月底之前将达到每桶90美元，6月和9月底前达到⟦95美元⟧。", estimate: true}, // the forecast's next month
	{in: "德国8月CPI初值同比升1.9%，预期升2.1%，7月终值升⟦2.3%⟧。", estimate: false}, // a month's published reading             // a score's name, after it
	{in: "谷爱凌凭借这个高难度动作拿到⟦94.50分⟧，", metric: "=得分"},
	{in: "民政部数据显示，上半年全国结婚登记⟦343万对⟧，创下近年新低", metric: "=结婚登记"}, // two verbs name what is counted
	{in: "此次解除质押⟦300万股⟧，占其所持股份2.52%。", metric: "=解除质押"},
	{in: "阿里巴巴小幅走低，转跌0.34%，腾讯控股现跌⟦3.3%⟧，哔哩哔哩跌8.3%。", metric: "=腾讯控股"}, // 现跌 one verb, not 控股|现|跌
	{in: "美股下行，纳指跌0.6%，标普500指数转跌⟦0.2%⟧。", metric: "=标普500指数"},
	{in: "张家界入境游客量居中西部地级城市⟦首位⟧。", metric: "=张家界入境游客量"},                           // what is placed, not the field
	{in: "腾讯回购111万股股份，价格区间为442.6港元-457港元，耗资约⟦2.04亿港元⟧。", metric: "=耗资"},          // what was spent, not the clause before's price
	{in: "在中选的8个厂家里，有⟦6家⟧为国内生产企业、2家为国外生产企业。", metric: "=国内生产企业"},                 // the part is what follows 为
	{in: "双乙甲酯价格波动较大，去年受天成关停事件影响，4月由⟦7500元/吨⟧涨至1.1万元/吨。", metric: "=双乙甲酯价格波动较大"}, // 受…影响 is a cause, no subject
	{in: "中信期货月均规模为770.30亿元，位列期货行业⟦首位⟧。", metric: "=中信期货月均规模"},
	// a duration (两年) before a date does not cut the date short at its window
	{in: "援助团的任务期限再延长两年，至2026年11月15日，资金增加⟦20%⟧。", time: "2026年11月"},
}

func TestContext(t *testing.T) {
	e := testExtractor(t, Options{})
	for _, c := range contextCases {
		text, start, end := marked(c.in)
		var got *schema.Claim
		for _, cl := range e.Extract(text) {
			if int(cl.Start) == start && int(cl.End) == end {
				cl := cl
				got = &cl
			}
		}
		if got == nil {
			t.Errorf("%q: no claim at the marked span", c.in)
			continue
		}
		metric, tm := "", ""
		if got.Metric != nil {
			metric = *got.Metric
		}
		if got.Time != nil {
			tm = *got.Time
		}
		if want, exact := strings.CutPrefix(c.metric, "="); exact {
			if metric != want {
				t.Errorf("%q: metric %q, want %q", c.in, metric, want)
			}
		} else if !strings.Contains(metric, c.metric) {
			t.Errorf("%q: metric %q, want one holding %q", c.in, metric, c.metric)
		}
		if got.Estimate != c.estimate {
			t.Errorf("%q: estimate %v, want %v", c.in, got.Estimate, c.estimate)
		}
		if c.time != "" && tm != c.time {
			t.Errorf("%q: time %q, want %q", c.in, tm, c.time)
		}
	}
}

func TestNumbersOption(t *testing.T) {
	e := testExtractor(t, Options{Numbers: true})
	text := "代码共有三十五行，编号1024，另有12.5"
	var got []string
	for _, c := range e.Extract(text) {
		if c.Kind == schema.KindNumber {
			got = append(got, c.Surface)
		}
	}
	want := []string{"三十五", "1024", "12.5"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("--numbers: got %v, want %v", got, want)
	}
	if cs := testExtractor(t, Options{}).Extract(text); len(cs) != 0 {
		t.Errorf("without --numbers: got %v, want none", spans(cs))
	}
}

// TestPatterns checks the pattern table: unique names, and a match timeout
// on every pattern (regexp2 backtracks and never times out by default).
func TestPatterns(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range patterns {
		if p.name == "" || seen[p.name] {
			t.Errorf("pattern %q: empty or duplicate name", p.name)
		}
		seen[p.name] = true
		if p.re.MatchTimeout != matchTimeout {
			t.Errorf("pattern %s: MatchTimeout %v, want %v", p.name, p.re.MatchTimeout, matchTimeout)
		}
	}
	if len(patterns) < 10 {
		t.Errorf("only %d patterns listed: is the table complete?", len(patterns))
	}
}

// TestMatchTimeout: a match that is really slow times out (twice) and
// counts as no match; a quick one is found.
func TestMatchTimeout(t *testing.T) {
	re := regexp2.MustCompile(`^(a+)+$`, regexp2.None)
	re.MatchTimeout = 5 * time.Millisecond
	p := pattern{"slow", re}
	start := time.Now()
	if m := p.match([]rune(strings.Repeat("a", 40) + "b")); m != nil {
		t.Errorf("catastrophic backtracking: got a match %q", m.String())
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("the timeout did not stop the match: %v", d)
	}
	if m := p.match([]rune("aaaa")); m == nil {
		t.Error("aaaa: no match")
	}
}

// TestExtractReusesMemory: an Extractor keeps one document's view memory
// for the next; what it returns must not depend on what came before. The
// documents take each path of newView: runes kept as they are, runes
// changed (full-width digits), runes dropped (a soft line break), invalid
// UTF-8, a long document then a short one, and the empty text.
func TestExtractReusesMemory(t *testing.T) {
	docs := []string{
		"全年地区生产总值增长5.2%，总投资160.4亿元。" + strings.Repeat("规上工业增加值预计增长10%，新增“四上”单位29家。", 40),
		"全年实现营业收入１２３．４亿元，同比增长８％。",
		"限上零售额同比增长\n\n25.2%，比上年提高0.9、1.2、1.2个百分点。",
		"利润\xff总额增长3.5%，达到\xfe12亿元。",
		"",
		"新增就业1200万人。",
	}
	want := make([][]schema.Claim, len(docs))
	for i, d := range docs {
		want[i] = testExtractor(t, Options{}).Extract(d) // a fresh Extractor each
	}
	e := testExtractor(t, Options{})
	for round := range 3 {
		for i, d := range docs {
			if got := e.Extract(d); !equalClaims(got, want[i]) {
				t.Fatalf("round %d, document %d: reused Extractor gives\n%s\nfresh gives\n%s", round, i, claimsText(got), claimsText(want[i]))
			}
		}
	}
	for i, w := range want {
		if i != 4 && len(w) == 0 {
			t.Errorf("document %d: no claims; the test needs some", i)
		}
	}
}

func equalClaims(a, b []schema.Claim) bool { return claimsText(a) == claimsText(b) }

func claimsText(cs []schema.Claim) string {
	var sb strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&sb, "%d [%d,%d) %q %s %v %s %s metric=%s pred=%s time=%s est=%v sent=%q\n", c.ClaimIdx, c.Start, c.End, c.Surface, c.Kind, c.Value,
			c.Unit, c.Qualifier, derefOr(c.Metric), derefOr(c.Predicate), derefOr(c.Time), c.Estimate, c.Sentence)
	}
	return sb.String()
}

func TestTidyMetric(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"上证指数跌", "上证指数"},
		{"中国台湾加权指数收盘涨", "中国台湾加权指数"},
		{"当地死亡人数增至", "当地死亡人数"},
		{"】国联水产", "国联水产"},
		{"截至累计发电装机容量", "累计发电装机容量"},
		{"纽约原油期货价格盘中", "纽约原油期货价格"},
		{"日均", ""},
		{"人民币", ""},
		{"1", ""},
		{"关口", ""},
		{"房价上涨", "房价上涨"}, // 上涨 is a word, its 涨 stays
		{"上证指数累", "上证指数"},
		{"在校生已达", "在校生"},
		{"规上工业增加值", "规上工业增加值"},
	} {
		if got := tidyMetric(c.in); got != c.want {
			t.Errorf("tidyMetric(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSpacedDigitsNeedTheStyle checks that a few spaced digits do not make
// a text one that writes numbers digit by digit: 第1 2 3 名 stays apart.
func TestSpacedDigitsNeedTheStyle(t *testing.T) {
	e := testExtractor(t, Options{})
	for _, c := range []struct {
		in   string
		want float64
	}{
		{"选手编号为1 2 3 号，得分增长4 5 ％。", 5}, // one run: the digits stay apart
		{"1 9 9 3 年3 月、1 9 9 7 年、2 0 0 0 年，得分增长1 5 ％。", 15},
		{"1 9 9 9 年，得分增长1 5 ％。", 15}, // one spaced year shows the style
		{"编号1 2 3 4号，得分增长1 5 ％。", 5}, // four digits, but no year
	} {
		var got []float64
		for _, cl := range e.Extract(c.in) {
			if cl.Kind == schema.KindPercent {
				got = append(got, cl.Value)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: percents %v, want [%v]", c.in, got, c.want)
		}
	}
}

// TestPlanScope checks that the figures of a report's plan are targets
// (CLAIMS.md: targets set by a plan), from the heading that opens it to the
// one that reviews the past, and that a sentence about a plan elsewhere opens
// none.
func TestPlanScope(t *testing.T) {
	e := testExtractor(t, Options{})
	for _, c := range []struct {
		in   string
		want []bool // Estimate of each claim, in order
	}{
		{"一、2024年工作回顾\n全年地区生产总值增长5.2%。\n二、2025年工作安排\n新建5G基站1万个。改造老旧小区300个，已完成前期工作的占80%。\n三、过去一年的经验\n新增就业30万人。",
			[]bool{false, true, true, false, false}}, // 80%: its clause reports work done
		{"实现全年目标，必须重点抓好以下工作：\n建设高标准农田50万亩。", []bool{true}},
		{"预计未来三天，我国大部地区气温将普遍下降4～8℃，局地降温达10℃以上。", []bool{true, true, true}}, // a span in the first clause is the forecast's window
		{"7:爱迪尔公告，股东永盛发展计划于未来6个月内，以集中竞价、大宗交易方式减持不超过454万股公司股份，减持比例不超过公司总股本1%。",
			[]bool{true, true, true}}, // the window of a plan, then what is planned, and its share
		{"公司计划6个月内增持不超过20万股，不低于2万股，增持金额不超过480.00万元，增持价格不超过24.00元/股。", []bool{true, true, true, true, true}}, // the plan's terms
		{"本次拟回购的4.68万股股份予以注销后，公司总股本将较现有股本2.66亿股有所下降。", []bool{true, false}},                                 // the shares that exist
		{"韩国计划将养老金缴费率由9%上调至13%。", []bool{false, true}},                                                      // the level a plan starts from is now's
		{"LPR降息预期落空，债券延续强势，3年期国债下行2bp。", []bool{false}},                                                     // an expectation that failed
		{"省重大项目投资7300亿元、超年度计划目标13.9%。", []bool{false, false}},                                               // the plan outdone, by how much
		{"将奈飞目标价从750美元降至600美元。", []bool{true, true}},                                                        // an earlier forecast
		{"丰田将全球电动车生产计划从150万辆下调至100万辆。", []bool{true, true}},                                                 // an earlier plan
		{"企业拥有的预算外资金由347亿元增加到1670亿元。", []bool{false, false}},                                                // 预算外: outside the budget, no budget
		// a long paragraph of targets that later mentions 实现 still opens the plan
		{"今年发展主要预期目标是：国内生产总值增长6%左右；城镇新增就业1100万人以上。要实现这些目标。\n财政赤字2.76万亿元。", []bool{true, true, true}},
		{"优化营商环境是北京今年的重点工作之一。北京发布了方案，涉及40个行业。", []bool{false}},
		{"**示范区明确今年70余项重点工作**\n示范区发布了70多项重点工作。\n### 天津\n天津安排项目676个。", []bool{false, false, false}},
		// a heading whose subject is a plan opens one; one that reviews a plan does not
		{"一、国家在过渡时期的总任务\n全国已有工厂九千个。\n二、第一个五年计划概要\n五年内修建公路一万公里以上。", []bool{false, true}},
		{"二、第一个五年计划的执行情况\n五年内修建公路一万公里。", []bool{false}},
		// a numbered heading is not joined to the paragraph after it, even across blank lines
		{"（二）一九五七年计划的执行情况\n\n\n　　钢产量达到五百三十五万吨。\n\n\n（三）一九五八年国民经济各部门发展计划的安排\n\n\n　　计划草案对一九五八年国民经济各部门发展的安排，主要如下。\n\n\n\n第一、关于基本建设\n\n\n　　一九五八年共有建设项目一千一百八十五个。",
			[]bool{false, true}},
		// a long heading naming the year of the plan
		{"一、一九五八年的伟大成就\n钢产量达到一千一百万吨。\n二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务\n钢产量为一千八百万吨。",
			[]bool{false, true}},
		// a budget heading opens one too: the budget's figures are its targets
		{"一、１９５５年国家预算的执行情况\n１９５５年国家决算收入２７２亿元。\n二、１９５６年的国家预算\n各项税收中，工商税收为９９.７亿元，比１９５５年决算数增长１４．２６％。",
			[]bool{false, true, true}},
		{"在五年计划的前三年共增加了一百七十七亿元", []bool{false}},              // a sentence, not a heading
		{"据报道，导弹袭击目标是美国领事馆大楼，以及两个情报机构使用的地点。", []bool{false}}, // the target of a strike
	} {
		cs := e.Extract(c.in)
		var got []bool
		for _, cl := range cs {
			got = append(got, cl.Estimate)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: estimates %v, want %v (claims %v)", c.in, got, c.want, spans(cs))
		}
	}
}

// TestTimesRoundsOnce: a value scaled by its unit is the double nearest
// the decimal a reader expects.
func TestTimesRoundsOnce(t *testing.T) {
	for _, c := range []struct{ x, scale, want float64 }{
		{33, 1e-9, 3.3e-08}, {50, 1e-6, 5e-05}, {373.68, 0.001, 0.37368}, {30, 1.0 / 60, 0.5}, {160.4, 1e8, 160.4e8},
		{0.018, 0.001, 1.8e-05}, {35, 0.01, 0.35}, {16.1, 0.1, 1.61},
	} {
		if got := times(c.x, c.scale); got != c.want {
			t.Errorf("times(%v, %v) = %v, want %v", c.x, c.scale, got, c.want)
		}
	}
}

// TestJoinMetricHeadline: a headline's closing bracket starts the noun
// phrase afresh (【九安医疗午后封住跌停】九安医疗…: the noun is not doubled).
func TestJoinMetricHeadline(t *testing.T) {
	toks := []vtok{{text: "头条", pos: "n"}, {text: "】", pos: "x"}, {text: "茅台", pos: "nz"}, {text: "成交", pos: "vn"}}
	if got := joinMetric(toks); got != "茅台成交" {
		t.Errorf("joinMetric = %q, want 茅台成交", got)
	}
}

// TestListMarker: the number that opens a line's item (4、两部门部署…) is
// no item of a list with the count after it.
func TestListMarker(t *testing.T) {
	e := testExtractor(t, Options{})
	for _, in := range []string{"覆盖。\n\n4、两部门部署做好可再生能源", "**4、两位政府消息人士称"} {
		for _, c := range e.Extract(in) {
			if c.Surface == "4" {
				t.Errorf("%q: the item number 4 read as a claim (%s %v %s)", in, c.Kind, c.Value, c.Unit)
			}
		}
	}
}

// TestUnitText: unit_text keeps the magnitude written after the digits
// (亿 of 160.4亿元, 千万 of 3千万元), but the 十, 百 and 千 of a Chinese
// numeral are places of its digits, no part of the unit.
func TestUnitText(t *testing.T) {
	e := testExtractor(t, Options{})
	for _, c := range []struct{ in, want string }{
		{"总投资160.4亿元。", "亿元"},
		{"投资3千万元。", "千万元"},
		{"投资三千万元。", "万元"},
		{"新增耕地一千亩。", "亩"},
		{"他二十余次提及这个词。", "次"},
		{"拥有五千多年历史。", "年"},
		{"种植四十多万株。", "万株"},
	} {
		cs := e.Extract(c.in)
		if len(cs) != 1 {
			t.Errorf("%q: %d claims %v, want 1", c.in, len(cs), spans(cs))
			continue
		}
		if cs[0].UnitText != c.want {
			t.Errorf("%q: unit_text %q, want %q", c.in, cs[0].UnitText, c.want)
		}
	}
}

// TestAveragePredicate: the span an average runs over stays in its
// predicate (两年平均增长), which tells it from the year-on-year figure
// beside it.
func TestAveragePredicate(t *testing.T) {
	e := testExtractor(t, Options{})
	cs := e.Extract("营业总收入755543.6亿元，同比增长18.5%，两年平均增长9.9%。")
	var preds []string
	for _, c := range cs {
		p := ""
		if c.Predicate != nil {
			p = *c.Predicate
		}
		preds = append(preds, p)
	}
	if want := []string{"", "同比增长", "两年平均增长"}; !slices.Equal(preds, want) {
		t.Errorf("predicates %q, want %q (claims %v)", preds, want, spans(cs))
	}
}
