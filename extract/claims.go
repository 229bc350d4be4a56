package extract

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"numclaims/schema"
)

// magOf is the value of trailing magnitude words (亿, 万, 万亿), 1 for none.
func magOf(s string) float64 {
	if s == "" {
		return 1
	}
	v, ok := ParseNumber("1" + s)
	if !ok {
		return 1
	}
	return v
}

// opt is a bound of a hit, present or not; assemble turns it into the
// claim's nullable Low or High.
type opt struct {
	v  float64
	ok bool
}

func some(f float64) opt { return opt{f, true} }

// qualOf classifies a qualifier word; any other word (and none) is exact.
func qualOf(w string) string {
	if q, ok := qualByWord[w]; ok {
		return q
	}
	return schema.QualExact
}

// qualByWord maps the qualifier words of tables.go to their qualifier, the
// first list that holds a word deciding it; 来 (十来个) is an
// approximation, 起 (20.69万元起) and + (1300+座) a lower bound.
var qualByWord = func() map[string]string {
	m := map[string]string{}
	for _, list := range []struct {
		q     string
		words []string
	}{
		{schema.QualLowerBound, preLower}, {schema.QualLowerBound, postLower},
		{schema.QualUpperBound, preUpper}, {schema.QualUpperBound, postUpper},
		{schema.QualApprox, preApprox}, {schema.QualApprox, postAprx},
		{schema.QualApprox, []string{"来"}}, {schema.QualLowerBound, []string{"起", "+"}},
	} {
		for _, w := range list.words {
			if _, ok := m[w]; !ok {
				m[w] = list.q
			}
		}
	}
	return m
}()

// combine stacks two qualifiers: a bound wins over an approximation
// (超过约13亿美元 is a lower bound).
func combine(a, b string) string {
	switch {
	case a == schema.QualExact || a == "":
		return b
	case b == schema.QualExact || b == "":
		return a
	case a == schema.QualApprox:
		return b
	}
	return a
}

// bounds sets low and high from value and qualifier.
func (h *hit) bounds() {
	switch h.qual {
	case schema.QualLowerBound:
		h.low, h.high = some(h.value), opt{}
	case schema.QualUpperBound:
		h.low, h.high = opt{}, some(h.value)
	case schema.QualRange:
		// set by the caller
	default:
		h.low, h.high = some(h.value), some(h.value)
	}
}

// moreThan is qualifier q with 多 or 余 after the number (3700多万, 8万多):
// a lower bound, which an approximation before it becomes too.
func moreThan(q string) string {
	if q = combine(q, schema.QualLowerBound); q == schema.QualApprox {
		return schema.QualLowerBound
	}
	return q
}

// preQualifier finds a bound or approximation word just before view offset
// a; it returns the qualifier and where its word starts.
func preQualifier(r []rune, a int) (string, int) {
	k := a
	if k > 0 && r[k-1] == ' ' {
		k--
	}
	w := qualWords.suffix(before(r, k, winBefore))
	if w == "贴近" && hasSuffix(r[:k], "补贴近") {
		w = "近" // 申领补贴近1亿元: the subsidy, then nearly
	}
	if w == "" && k > 0 && (r[k-1] == '~' || r[k-1] == '～') && (k < 2 || !isDigit(r[k-2]) && r[k-2] != '%' && r[k-2] != '\\') {
		return schema.QualApprox, k - 1 // 环比下滑~6%: a tilde before a figure, not between two
	}
	if w == "" && k > 0 && strings.ContainsRune("了达为是到有在年占", r[k-1]) { // 至少有15只, 大约在7%, 不小于年15万吨, 约占四分之一
		k--
		w = qualWords.suffix(before(r, k, winBefore))
		if w == "突破" && r[k] == '到' {
			w = "" // 从7000多亿元突破到1.15万亿元: the level a change reached
		}
	}
	if w == "" {
		for _, adv := range doneAdverbs {
			if hasSuffix(r[:k], adv) {
				j := k - len([]rune(adv))
				if pw := qualWords.suffix(before(r, j, winBefore)); len([]rune(pw)) >= 2 && !slices.Contains(notQual, pw) {
					w, k = pw, j // 至少已被60家公司解约: the bound before the adverb
				}
				break
			}
		}
	}
	if w == "" && hasSuffix(r[:k], "人民币") {
		k -= 3 // 不超过人民币9.31元/股
		w = qualWords.suffix(before(r, k, winBefore))
	}
	if w == "" {
		// 超每千人6.5批次: a bound before the denominator written with 每
		for j := k - 1; j >= 0 && k-j <= 6 && (isHan(r[j]) || isDigit(r[j])); j-- {
			if r[j] != '每' {
				continue
			}
			if pw := qualWords.suffix(before(r, j, winBefore)); pw != "" && !slices.Contains(notQual, pw) {
				w, k = pw, j
				break
			}
		}
	}
	if base := hasAnySuffix(r[:k], shareBases); w == "" && (base || k > 0 && r[k-1] == '的' && shareAt(r, a)) {
		// 不超过公司总股本的5.16%, 约占公司目前总股本的3.57%, 不低于当地最低
		// 生活保障标准的1.6倍: the bound stands before the base the share is
		// of, which stays the claim's metric (占公司总股本). Before a base
		// of any other noun, only a bound of two runes or more, or one
		// before 占, is the share's (not 近年来全省生产总值的60%).
		for j := k - 1; j > 0 && k-j <= 20 && !isClauseSep(r[j]) && (!isDigit(r[j]) || yearDigit(r, j)) && !isCn(r[j]) && r[j] != '是'; j-- {
			w := qualWords.suffix(before(r, j, winBefore))
			if w == "" || slices.Contains(notQual, w) {
				continue
			}
			if base || r[j] == '占' {
				return qualOf(w), a
			}
			if q := qualOf(w); len([]rune(w)) < 2 || strings.HasPrefix(w, "最") || // but 约为去年同期的三倍: approximate
				q == schema.QualApprox && w != "约为" && w != "大约" && w != "几乎" ||
				slices.Contains(comparisons, w) && (strings.HasSuffix(w, "于") || hasAnySuffix(r[:k-1], comparedBases) || namesCompared(r, a)) {
				break // 降水最多地区的降雨量, 这一比例低于半年前的16%, 显著高于前月的2.8%, 低于央行设定的2%的目标: a superlative, a figure compared
			}
			return qualOf(w), a
		}
	}
	if w == "最高" && !hasAnySuffix(r[:k-2], capVerbs) {
		w = "" // 增至最高10.3万人次: the peak reached, not a cap (给予最高200万元)
	}
	if w == "" || slices.Contains(notQual, w) {
		// 最高补贴1.6万元: a cap before the verb of a payment caps it
		for _, v := range capVerbs {
			if hasSuffix(r[:k], v) && hasSuffix(r[:k-len([]rune(v))], "最高") {
				return schema.QualUpperBound, a
			}
		}
		// 至少涨0.6%: a bound before the change verb bounds the change (and 约 approximates it, but not 签约)
		if v := boundVerbWords.suffix(before(r, k, winBefore)); v != "" {
			if w := boundWords.suffix(before(r, k-len([]rune(v)), winBefore)); w != "" && !slices.Contains(notQual, qualWords.suffix(before(r, k-len([]rune(v)), winBefore))) {
				return qualOf(w), a
			}
		}
		// 麦收进度过四成: 过 alone before a share passes it (not 不过三成, 通过100%绿电消纳)
		if k > 1 && r[k-1] == '过' && (!strings.ContainsRune("不通经度错难太", r[k-2]) || hasSuffix(r[:k], "进度过")) && a < len(r) {
			if e := scanNumber(r, a).end; e < len(r) && (r[e] == '成' || r[e] == '%' || r[e] == '％') {
				return schema.QualLowerBound, k - 1
			}
		}
		// 至少检测2次: an adverb of bound before a verb of one or two runes
		// (but not before a range: 至少完成四千万亩到五千万亩)
		for n := 1; n <= 2 && k-n >= 2; n++ {
			c := r[k-n]
			if !isHan(c) || isCn(c) || slices.Contains(notVerbRunes, c) {
				break
			}
			if w := adverbBoundWords.suffix(before(r, k-n, winBefore)); w != "" && !rangeAhead(r, a) {
				return qualOf(w), a
			}
		}
		return schema.QualExact, a
	}
	q, at := qualOf(w), k-len([]rune(w))
	if q == schema.QualApprox {
		// 超过约13亿美元: a bound before the approximation wins
		if q2, at2 := preQualifier(r, at); q2 == schema.QualLowerBound || q2 == schema.QualUpperBound {
			return q2, at2
		}
		// 最高下降约40%: and so does one before the change verb
		if v := boundVerbWords.suffix(before(r, at, winBefore)); v != "" {
			if b := boundWords.suffix(before(r, at-len([]rune(v)), winBefore)); b != "" {
				return qualOf(b), a
			}
		}
	}
	return q, at
}

// rangeAhead reports whether the number at view offset a, with a unit of up
// to four runes, is followed by a range separator and a second number.
func rangeAhead(r []rune, a int) bool {
	if a >= len(r) {
		return false
	}
	j := scanNumber(r, a).end
	for n := 0; n < 4 && j < len(r) && isHan(r[j]) && r[j] != '到' && r[j] != '至'; n++ {
		j++
	}
	return j+1 < len(r) && isRangeSep(r[j]) && (isDigit(r[j+1]) || isCn(r[j+1]))
}

// sharedPoints reports whether a number whose unit 个 ends at k is followed
// by 和 or 、 and a number in 个百分点 (2.2个和3.7个百分点).
func sharedPoints(r []rune, k int) bool {
	if k+1 >= len(r) || r[k] != '和' && r[k] != '、' || !isDigit(r[k+1]) {
		return false
	}
	next := scanNumber(r, k+1)
	return hasPrefix(r[next.end:], "个百分点")
}

// sharedSpan reads, after the 个 of a number ending at view offset k, a
// list of numbers each with 个 that ends in a span unit starting with 个
// (9个、9个、8个交易日, 3个和5个月): that unit, or "" for none.
func sharedSpan(r []rune, k int) string {
	for k+1 < len(r) && (r[k] == '和' || r[k] == '、') && (isDigit(r[k+1]) || isCnDigit(r[k+1])) {
		next := scanNumber(r, k+1)
		if next.end >= len(r) || r[next.end] != '个' {
			return ""
		}
		if u := unitAt(r, next.end); u != "个" {
			if d, ok := unitByText[u]; ok && d.kind == schema.KindDuration {
				return u
			}
			return ""
		}
		k = next.end + 1
	}
	return ""
}

// comparedTarget reports whether a comparison word at view offset ctx
// (低于, 高于, 超过) compares the figure of the clause before with the claim
// ending at after, a target or a level named after it (增长7.8%，略低于8%的
// 预定目标).
func comparedTarget(r []rune, ctx, after int) bool {
	if !hasAnyPrefix(r[ctx:], comparisons) || after >= len(r) || r[after] != '的' || !hasAnyPrefix(r[after+1:], comparedNouns) {
		return false
	}
	if hasAnyPrefix(r[after+1:], expectationNouns) {
		return true // 经济增长料将低于2.7%的普遍预期: the figure is the expectation
	}
	// the figure compared ends the clause before: 增长7.8%，虽然略低于8%的预定目标
	// (but 力争超过8万家的目标 is the target's own bound)
	k := ctx
	for _, w := range comparisonLeads {
		if hasSuffix(r[:k], w) {
			k -= len([]rune(w))
		}
	}
	return k >= 2 && r[k-1] == '，' && (isDigit(r[k-2]) || r[k-2] == '%' || r[k-2] == '％')
}

// withUnit builds the claim for tok followed by the suffix sf.
func (e *Extractor) withUnit(v *view, tok numTok, sf suffix) (hit, bool) {
	r := v.r
	unitText := sf.unit
	def, ok := unitByText[unitText]
	if !ok {
		return hit{}, false
	}
	if unitText == "度" && hasSuffix(before(r, tok.start, 2), "零下") {
		def = belowZeroDegree // 零下20多度: a temperature (negated below, as 零下18摄氏度)
	}
	if u := sf.unitEnd; unitText == "度" && !tok.arabic && tok.magSuffix == "" && sf.mag == "" && tok.value < 100 && u < len(r) && isHan(r[u]) && !strings.ContainsRune(degreeNotTimes, r[u]) {
		def = timesDegree // 两度会晤, 三度回购: how many times
	}
	if def.text == "届" && (!hasAnySuffix(before(r, tok.start, 4), heldEditions) || tok.arabic && len(tok.rs) == 4) {
		return hit{}, false // 十四届全国人大, 举办2026届毕业生招聘会: a name or a class's year, not editions held
	}
	more, mag, per, post := sf.more, sf.mag, sf.per, sf.post
	if def.arabic && !tok.arabic && more == "" && !listTotal(r, tok) || def.needMag && mag == "" && tok.magSuffix == "" { // but 十多类, 二十多国: 多 makes it a count
		return hit{}, false
	}
	if def.text == "人" && !tok.arabic && len(tok.rs) == 1 && strings.ContainsRune("两二三俩", tok.rs[0]) && hasAnyPrefix(r[sf.unitEnd:], pronounAfter) &&
		!hasAnySuffix(before(r, tok.start, 3), countBefore) {
		return hit{}, false // 两人于2015年注册结婚, 介绍了两人当天的会谈成果: the pair named before, not a count
	}
	if def.text == "x" && (sf.unitEnd < len(r) && (isASCIILetter(r[sf.unitEnd]) || isDigit(r[sf.unitEnd])) || tok.start > 0 && (isASCIILetter(r[tok.start-1]) || r[tok.start-1] == '×')) {
		return hit{}, false // 3x3篮球, 0x1F, A3x: a size or a name, not a multiple
	}
	if def.text == "项" && hasPrefix(r[sf.unitEnd:], "目") && (mag != "" || tok.magSuffix != "") {
		return hit{}, false // 亏损1.85亿 项目开展缓慢, 两个1000亿项目清单: the money of projects (but 两项目, 6项目: projects counted)
	}
	if def.code == "TEU" && strings.HasSuffix(def.text, "标准箱") && containsWord(r[clauseStart(r, tok.start):tok.start], "玻璃") {
		def = glassCase // 平板玻璃3500万标准箱: flat glass's weight case, not containers
	}
	if def.code == "P" && (!containsWord(r[clauseStart(r, tok.start):tok.start], "算") || sf.unitEnd < len(r) && isASCIILetter(r[sf.unitEnd])) {
		return hit{}, false // 彗星311P, 1080P: a name or a resolution (算力规模达到5万P: petaflops)
	}
	if def.text == "层" && hasAnySuffix(before(r, tok.start, 4), floorPlaces) {
		return hit{}, false // 思聪楼二层科学教室, 佳业广场12层: a floor where something is, not a count
	}
	if u := sf.unitEnd; u < len(r) && r[u] == '级' && per == "" {
		return hit{}, false // 3000吨级航道, 30万吨级油轮: a class, not a tonnage
	}
	if unitText == "个" {
		if u := sharedSpan(r, sf.unitEnd); u != "" {
			unitText, def = u, unitByText[u] // 连续9个、9个、8个交易日: the list's span unit is each item's
		}
	}
	if unitText == "个" && sharedPoints(r, sf.unitEnd) {
		// 2.2个和3.7个百分点: the 个 is the first half of the second's unit
		return hit{start: tok.start, end: tok.end, ctx: tok.start, after: sf.unitEnd, kind: schema.KindPercentagePoint,
			unit: "pp", value: tok.value, low: some(tok.value), high: some(tok.value), qual: schema.QualExact, scale: 1}, true
	}
	if inShortQuote(r, tok.start, sf.unitEnd) && !quotedMove(r, tok.start) {
		return hit{}, false // “两中心两地”, “2小时重庆”: a slogan's words
	}
	end := sf.unitEnd
	if per != "" {
		end -= 1 + len([]rune(per))
		if r[end-1] == '\\' {
			end-- // 7.210元\/股: a slash escaped in the source
		}
	}
	interval := tok.start > 0 && r[tok.start-1] == '每' && def.kind == schema.KindDuration && !tok.one()
	if tok.start > 0 && r[tok.start-1] == '每' && !interval {
		return hit{}, false // 每10万人发病率, 每50公斤: the denominator of a rate (but 每两年举行一次: an interval, a span)
	}
	if wordNotNumber(tok) {
		return hit{}, false
	}
	switch def.kind {
	case schema.KindCount:
		// 一个, 一家: the article "a", not a count.
		if len(tok.rs) == 1 && (tok.rs[0] == '一' && !(def.text == "例" && hasAnySuffix(r[:tok.start], caseVerbs)) && !(def.text == "人" && hasAnySuffix(r[:tok.start], casualtyLeads)) && !endsHalf(r, end) && !hasAnySuffix(r[:tok.start], oneCountLeads) || tok.rs[0] == '两' && def.text == "口") {
			return hit{}, false // but 北京新增一例: one case; 造成一人死亡: one dead; 平均每户一头半: one and a half; 至少有一家医院: at least one
		}
		// 城乡两头, 两头都要抓: both ends, not two head of cattle
		if string(tok.rs) == "两" && def.text == "头" && (end >= len(r) || isClauseSep(r[end]) || strings.ContainsRune("都各跑兼", r[end])) {
			return hit{}, false
		}
		// 3.0阶段建设: a version, not three stages
		if tok.magSuffix == "" && mag == "" && len(tok.rs) > 2 && tok.rs[len(tok.rs)-2] == '.' && tok.rs[len(tok.rs)-1] == '0' {
			return hit{}, false
		}
		// 十二届五次、六次全会: a plenum's number, not five times; 二次调整, 二轮延包: a second time
		if (def.text == "次" || def.text == "轮") && (plenumNumber(r, tok.start) || len(tok.rs) == 1 && tok.rs[0] == '二') {
			return hit{}, false
		}
		// 《刑事罪行条例》第9及10条: the second of a list of ordinals (but
		// 分列第33和36位 are places: rankPlace)
		if ordinalListItem(r, tok.start) && def.text != "位" && def.text != "名" {
			return hit{}, false
		}
		// 这两笔支出: a reference back, not a new count; but 上述2项草案
		// restates one (two annotators, CLAIMS.md is silent), and so do
		// digits after 这 (这10家券商分别为, 解除此450万股股份的质押: 8 of 20
		// annotated so, the rest optional)
		if !tok.arabic && tok.start > 0 && strings.ContainsRune("这那此该", r[tok.start-1]) {
			return hit{}, false
		}
		// 四个现代化, 八项规定: a slogan or a policy's name
		if !tok.arabic && len(tok.rs) == 1 && strings.Contains("个项条大", def.text) && (hasAnyPrefix(r[end:], labelHeads) || def.text == "项" && hasPrefix(r[end:], "原则")) {
			return hit{}, false // and 和平共处五项原则; but 把握三条原则 counts
		}
		// 少赚56个亿, 1个亿的资金: colloquial 亿, not a count; but 1000个亿元以上项目, 10个亿吨级油田
		if def.text == "个" && end < len(r) && r[end] == '亿' && (end+1 >= len(r) || !isHan(r[end+1]) || strings.ContainsRune("的后多左余", r[end+1])) {
			return hit{}, false
		}
		// 8金9银6铜: medals come in tens, not 2020金麒麟奖 or 五金产品
		if (def.text == "金" || def.text == "银" || def.text == "铜") && (tok.value > 200 || tok.value != float64(int(tok.value)) ||
			!tok.arabic && len(tok.rs) == 1 && tok.rs[0] == '五' && def.text == "金") {
			return hit{}, false
		}
		// 蔚来EC运动版2020款: a model year, not 2020 models
		if def.text == "款" && tok.arabic && len(tok.rs) == 4 && tok.value >= 1950 && tok.value <= 2100 && r[tok.end] == '款' {
			return hit{}, false
		}
		// 10大重点农业产业链: a handful of major ones, not 12306大…
		if def.text == "大" && tok.value > 100 {
			return hit{}, false
		}
		// 冬季两项, 铁人三项: a sport's name
		if def.text == "项" && hasAnySuffix(before(r, tok.start, 2), eventHeads) {
			return hit{}, false
		}
	case schema.KindDuration:
		if !durationOK(r, tok, def, end) {
			return hit{}, false
		}
	case schema.KindQuantity:
		if def.text == "分" && (!slices.Contains(tok.rs, '.') || mag != "" || tok.magSuffix != "") {
			return hit{}, false // a score has decimals: 10时54分, 3分之差 are no scores
		}
		if def.text == "分" && containsWord(before(r, tok.start, winBefore), "每股") {
			def = unitDef{text: def.text, kind: schema.KindMoney, code: "CNY", factor: 0.01} // 每股亏损4.5分: cents a share
		}
		// 男子100米蝶泳, 10米气步枪: the name of an event, not a length
		if def.code == "m" && (hasAnySuffix(before(r, tok.start, 3), eventSexes) || hasAnyPrefix(r[end:], eventNames)) {
			return hit{}, false
		}
		// 晚10点, 上午9点, 北京时间9月10日凌晨1点, 8点左右, 9点02分: a clock
		// time, not index points (but 2500点左右)
		clock := tok.value == float64(int(tok.value)) && tok.value <= 24
		if def.code == "point" && (clock && (tok.start > 0 && strings.ContainsRune("晚早午凌日天时至到今", r[tok.start-1]) || def.text == "点" && (hasPrefix(r[end:], "左右") || minutesAt(r, end))) ||
			hasAnySuffix(before(r, tok.start, 4), clockWords)) {
			return hit{}, false
		}
		if def.text == "平" && tok.start > 0 && strings.ContainsRune(":：比", r[tok.start-1]) {
			return hit{}, false // 战成6:6平: a drawn score, not square metres
		}
	case schema.KindPercent:
		if (def.text == "成" || def.text == "折") && (tok.value > 10 || tok.value <= 0 || tok.vague) {
			return hit{}, false
		}
		// 打八折, 享七五折, 最低两折; but 一波三折 is an idiom
		if def.text == "折" && !tok.arabic && (tok.start == 0 || !strings.ContainsRune("打按享价为至的低仅", r[tok.start-1])) && !hasPrefix(r[end:], "优惠") {
			return hit{}, false
		}
	}
	scale := magOf(mag) * def.factor
	if mag != "" && !tok.vague {
		// 五亿二千多万件 is 5.2亿 and more: the 万 after 多 scales 二千, not 五亿
		if whole, ok := ParseNumber(string(tok.rs) + mag); ok && tok.value != 0 {
			scale = whole / tok.value * def.factor
		}
	}
	h := hit{
		start: tok.start, end: end, kind: def.kind, unit: def.code,
		unitText: tok.unitMag() + mag + unitText,
		value:    times(tok.value, scale),
		scale:    scale, numMag: tok.magSuffix,
	}
	if (def.text == "位" || def.text == "名") && rankPlace(r, tok.start) {
		h.kind, h.unit = schema.KindRank, "rank" // 全国排名53位: a place, not 53 people
	}
	if per != "" && h.kind == schema.KindDuration {
		per = "" // 连续4年每年跨过…: 每年 starts the next phrase; a span has no denominator
	}
	if per != "" {
		h.end = sf.unitEnd
		if h.kind != schema.KindQuantity && h.kind != schema.KindCount || !slices.Contains(timePers, per) {
			h.unit += "/" + perCode(h.kind, per)
		}
		h.unitText += string(r[end:h.end])
	}
	if h.kind == schema.KindMoney && per == "" {
		if base := rateBase(r, tok.start); base != "" {
			h.unit += "/" + base // 1美元兑159.28日元: JPY/USD, as an exchange rate's quote
		}
		if b := before(r, tok.start, winBefore); slices.Contains(b, '每') {
			if per := perBefore(b); per != "" {
				h.unit += "/" + per // 每吨300元, 每人每年1500元; but 每年节约2800亿元: a rate over time, in CNY
			}
		}
	}
	named := 0 // the runes of a currency name right before the number
	if h.kind == schema.KindMoney && def.code == "CNY" && per == "" {
		// 5723.5亿元新台币, 约港币6560万元: 元 of another currency named beside it
		for _, c := range yuanOf {
			after, ahead := hasPrefix(r[h.end:], c.text), hasSuffix(before(r, tok.start, 4), c.text)
			if !after && !ahead {
				continue
			}
			h.unit = c.code + strings.TrimPrefix(h.unit, "CNY") // 每股4元新台币: TWD/股
			if after {
				h.end, h.unitText = h.end+len([]rune(c.text)), h.unitText+c.text
			} else {
				named = len([]rune(c.text))
			}
			break
		}
	}
	if h.unit == "CNY" && def.text == "元" && tok.magSuffix == "" && mag == "" && tok.value < 100 && fxLike(&tok) {
		if fx, pair := fxQuote(r, tok.start); strings.HasPrefix(fx, "CNY/") {
			h.unit, h.pair = fx, pair // 离岸人民币兑美元报6.3311元: yuan a dollar
		}
	}
	if def.text == "秒" && per == "" && tok.start > 1 && r[tok.start-1] == '分' && isDigit(r[tok.start-2]) {
		// 以2分54秒90的成绩夺冠: a time in minutes and seconds
		m := tok.start - 1
		for m > 0 && isDigit(r[m-1]) {
			m--
		}
		if m > 0 && (r[m-1] == '时' || r[m-1] == '点' || r[m-1] == ':') {
			return hit{}, false // 1月1日22时35分38秒: a clock time
		}
		if mins, ok := ParseNumber(string(r[m : tok.start-1])); ok && mins < 600 {
			h.start, h.value = m, h.value+mins/60
		}
	}
	if k := h.end; def.text == "秒" && per == "" && k+2 <= len(r) && isDigit(r[k]) && isDigit(r[k+1]) && (k+2 == len(r) || !isDigit(r[k+2])) {
		h.end, h.after = k+2, max(h.after, k+2) // 9秒83: and hundredths
		h.value += (float64(r[k]-'0')/10 + float64(r[k+1]-'0')/100) / 3600
	}
	belowZero := def.code == "degC" && hasSuffix(before(r, tok.start, 2), "零下")
	if belowZero {
		h.value = -h.value // 零下18摄氏度: below zero is a written minus
	}
	if h.kind == schema.KindMoney && tok.value == 1 && tok.start > 0 && r[tok.start-1] == '兑' {
		return hit{}, false // 155日元兑1美元: the base of an exchange rate
	}
	h.after = max(sf.after, h.end) // 2000亿元新台币: the currency is no word after the claim
	if h.kind == schema.KindDuration && per == "" && h.end == end {
		// 1小时33分钟, 一年零三个月: the smaller unit after it is part of the span
		if k, add := durationTail(r, end, def.code); k > end {
			h.value += add
			h.end, h.after = k, max(h.after, k)
			if h.unit == "year" {
				h.value, h.unit = math.Round(h.value*12*1e9)/1e9, "month" // 1年4个月 is 16 months, as every annotator wrote it
			}
		}
	}
	if strings.HasPrefix(def.text, "个半") {
		h.value += 0.5 * def.factor // 两个半小时, 一个半月: and a half of the unit
	}
	if per == "" && h.end == end && end < len(r) && r[end] == '半' && (endsHalf(r, end) || hasAnyPrefix(r[end+1:], spanAfter) ||
		h.kind == schema.KindDuration && (recordAfter(r, end+1) > 0 || def.text == "年" && !hasAnyPrefix(r[end:], halfWords)) ||
		h.kind == schema.KindQuantity && (h.unit == "kg" || def.text == "亩") && !hasAnyPrefix(r[end:], halfWords)) { // 二斤半薯类可以顶一斤粮食, 人均只有一亩半耕地 (but 3吨半导体)
		h.value += 0.5 * def.factor // 十三斤半, 一年半, 一年半之久, 时隔7年半涨价: and a half of the unit
		h.end++
		h.after = max(h.after, h.end)
	}
	if post == "" && h.after < len(r) && r[h.after] == '起' && (h.after+1 >= len(r) || !isHan(r[h.after+1])) {
		post = "起" // 20.69万元起: prices from
		h.after++
	}
	pre, ctx := preQualifier(r, tok.start)
	over := tok.start > 0 && r[tok.start-1] == '过' && (tok.start < 2 || !strings.ContainsRune(notOverBefore, r[tok.start-2])) &&
		def.text != "次" // 上市以来共回购过10次: 过 marks the verb's aspect
	if pre == schema.QualExact && (tok.start > 0 && r[tok.start-1] == '上' && loneMagnitude(tok.rs) || over && (loneMagnitude(tok.rs) || def.kind != schema.KindDuration)) {
		pre, ctx = schema.QualLowerBound, tok.start-1 // 上亿, 上万人, 金额过亿元, 产值过10亿元; but 经过百年奋斗
	}
	if pre == schema.QualExact && named > 0 {
		pre, ctx = preQualifier(r, tok.start-named) // 约港币6560万元
	}
	if pre != schema.QualExact && h.kind == schema.KindDuration && hasAnyPrefix(r[ctx:], levelVerbs) && recordAfter(r, h.end) > 0 {
		pre, ctx = schema.QualExact, tok.start // 瑞信失守两个月高位: the level is crossed, the span is the record's (but 逾三年新高)
	}
	if pre != schema.QualExact && comparedTarget(r, ctx, h.after) {
		pre, ctx = schema.QualExact, tok.start // 略低于8%的预定目标: the bound is the other figure's
	}
	if post == "内" && h.kind == schema.KindDuration && recordAfter(r, h.end) > 0 {
		post = "" // 达到4年内最高值: the record's span, no deadline
	}
	if h.kind == schema.KindDuration && pre == schema.QualApprox && r[ctx] == '近' && (post == "内" || hasPrefix(r[h.after:], "累计")) {
		pre, post = schema.QualExact, "" // 近5日累计跌3340元, 近五年内: the last five days, not nearly five (56 indep annotations of 56)
	}
	h.ctx = ctx
	h.qual = combine(pre, combine(qualOf(more), qualOf(post)))
	if more != "" && h.qual == schema.QualExact {
		h.qual = qualOf(more)
	}
	if h.qual == schema.QualExact && strings.Contains(unitText, "多") {
		h.qual = schema.QualLowerBound // 3个多月
	}
	if tok.vague {
		h.value = times(tok.value, scale)
		h.low, h.high = some(times(tok.value, scale)), some(times(tok.high, scale))
		switch h.qual {
		case schema.QualExact, schema.QualApprox:
			h.qual = schema.QualRange
		case schema.QualUpperBound:
			if tok.pair() {
				h.value = times(tok.high, scale) // 力争在两三年内: within the larger
			}
			h.bounds()
		default:
			h.bounds()
		}
		if belowZero && h.low.ok && h.high.ok {
			h.value, h.low, h.high = -h.value, some(-h.high.v), some(-h.low.v) // 零下十几度: [-20, -10]
		}
		return h, true
	}
	h.bounds()
	return h, true
}

// quotedMove reports whether a quoted figure at view offset a follows a
// bound word or a change verb, as a quoted statement's does (“裁员2000人”,
// “超580万次”, “降息50个基点”), not a slogan's (“2小时重庆”, “32条”).
func quotedMove(r []rune, a int) bool {
	if pre, _ := preQualifier(r, a); pre != schema.QualExact {
		return true
	}
	return hasAnySuffix(r[:a], changeVerbs) || hasAnySuffix(r[:a], quotedMoveVerbs)
}

// inShortQuote reports whether [a, b) lies inside a short quotation (at
// most 12 runes between “ and ”): slogans and names are quoted, claims are
// not.
func inShortQuote(r []rune, a, b int) bool {
	open := -1
	for k := a - 1; k >= 0 && a-k <= 12; k-- {
		if r[k] == '“' || r[k] == '「' {
			open = k
			break
		}
		if r[k] == '”' || r[k] == '」' || isSentenceSep(r[k]) {
			return false
		}
	}
	if open < 0 || b < len(r) && (r[b] == '”' || r[b] == '」') && (r[b-1] == '%' || r[b-1] == '％') &&
		!slices.ContainsFunc(r[open+1:b], func(c rune) bool { return !isDigit(c) && !strings.ContainsRune(".-~%％", c) }) {
		return false // 将预期从“40%”调整为“30-40%”: a percentage quoted whole is no slogan (but “32条”措施 is a name)
	}
	for k := b; k < len(r) && k-open <= 13; k++ {
		if r[k] == '”' || r[k] == '」' {
			return !hasPrefix(r[k+1:], "的目标") && !hasPrefix(r[k+1:], "目标") // but 实现了“带动3亿人参与冰雪运动”的目标: a target quoted
		}
		if r[k] == '“' || isSentenceSep(r[k]) {
			return false
		}
	}
	return false
}

// sinceEvent reports whether an event (sinceEvents) ends right before the
// span at r[start:], past a 近: 建交33年来, 政策实施近两年来.
func sinceEvent(r []rune, start int) bool {
	b := before(r, start, 5)
	if len(b) > 0 && b[len(b)-1] == '近' {
		b = b[:len(b)-1]
	}
	return hasAnySuffix(b, sinceEvents)
}

// durationOK decides whether 5年, 三天, 百日 is a span of time: 年/日/周
// need a cue before (连续5年) because they are otherwise dates; none of
// them is a span when followed by 来/以来/前/后 (a time reference).
func durationOK(r []rune, tok numTok, def unitDef, end int) bool {
	if end < len(r) && r[end] == '半' && recordAfter(r, end+1) > 0 {
		end++ // 创3年半新高
	}
	if tok.value < 1000 && recordAfter(r, end) > 0 && !strings.ContainsRune(strings.TrimRight(string(before(r, tok.start, 2)), " "), '月') {
		return true // 创七年来最大单日跌幅, 创十年新低, 3年多来新低: the span of the record (not 8月5日以来: a date)
	}
	if def.text == "年" && strings.ContainsAny(tok.magSuffix, "万亿") {
		return true // 形成于41.6亿年前, 生活了100万年: no calendar year takes a magnitude
	}
	if end < len(r) {
		if r[end] == '后' && (hasAnySuffix(before(r, tok.start, 4), gapWords) || tok.start > 0 && r[tok.start-1] == '起' || containsWord(before(r, tok.start, 5), "连续")) {
			return true // 时隔三年后: the span between, not a time after; 自公告之日起15个交易日后: the span from a date; 连续下降41个月后首次上涨: the run
		}
		if tok.value < 100 && (hasPrefix(r[end:], "之内") || r[end] == '内' && (end+1 == len(r) || !isHan(r[end+1]) || r[end+1] == '的')) &&
			tok.start > 0 && (r[tok.start-1] == '在' || r[tok.start-1] == '于') {
			return true // 注册时间在1年之内, 成立于5年内: a threshold on a span
		}
		if def.text == "日" && r[end] == '内' && tok.value <= 366 && (tok.arabic || tok.value >= 2) && !hasAnySuffix(r[:tok.start], indexStems) {
			return true // 14日内无外出旅居史, 30日内均可办理退票: a window of days (no date is followed by 内; but 日经225日内涨幅: an index, then intraday)
		}
		if r[end] == '以' && !hasAnyPrefix(r[end:], spanBounds) {
			return false // 5年以来, 三年以后: a time
		}
		if r[end] == '后' && def.text == "天" && slices.Contains(tok.rs, '.') {
			return false // 15.10天后北京见: an item's number, then 10天后
		}
		if r[end] == '来' && def.text == "年" && sinceEvent(r, tok.start) {
			return true // 建交33年来, 政策实施近两年来: the span since the event
		}
		switch r[end] {
		case '来', '前', '间', '中', '里', '度', '底', '末', '初', '级', '期', '代', '制':
			return false
		case '起':
			if !hasPrefix(r[end:], "起步") {
				return false // 由6日起: a date (but 周期动辄十年起步: a span at least)
			}
		}
		if def.text == "日" && hasAnyPrefix(r[end:], dayDateNext) {
			return false // 司长袁达18日在新闻发布会上表示: the day of the month
		}
		if isASCIILetter(r[end]) && !hasSuffix(r[:tok.start], "连续") {
			return false // 7天shibor, 3个月Libor: a rate's tenor, its name; but 连续两个季度GDP增速为负
		}
	}
	if tok.value >= 1000 && def.text == "年" && (tok.end >= len(r) || r[tok.end] != '多' && r[tok.end] != '余') && !hasSuffix(r[:tok.start], "长达") && !strings.ContainsAny(tok.magSuffix, "万亿") &&
		(tok.arabic || tok.magSuffix == "") { // but 超过两千年: a Chinese year is written digit by digit (二〇〇〇年)
		return false // a year; but 延续2600多年, 长达2600年, 28.23亿年: no year takes 多, 长达 or a magnitude
	}
	if def.text == "年" && tok.end < end && (r[tok.end] == '多' || r[tok.end] == '余') {
		return true // 从事昆曲演艺40多年, 相伴十多年了: no date takes 多 or 余 (the time after one, 40多年来, is out above)
	}
	if def.text == "年" && !tok.arabic && slices.ContainsFunc(tok.rs, isMag) && (tok.value >= 1000 || tok.value >= 100 && tok.end < len(r) && (r[tok.end] == '多' || r[tok.end] == '余')) {
		return true // 中印两国有过两千年的和平交往, 一百多年: a year in Chinese numerals is written digit by digit (二〇〇〇年), never with 百 or 千 (but 建军一百年奋斗目标: a goal's name)
	}
	if def.text == "年" && tok.value < 100 && end < len(r) && r[end] == '多' && (tok.start == 0 || r[tok.start-1] != '比') &&
		(end+1 == len(r) || strings.ContainsRune("的，。、；", r[end+1]) || hasAnyPrefix(r[end+1:], spanAfter)) {
		return true // 两年多的摸索, 还有两年多时间: no date takes 多 after 年 (but 2020年多个城市, 一年比一年多)
	}
	if k, _ := durationTail(r, end, def.code); k > end && def.text == "年" {
		return true // 服务期7年6个月: a span with its months
	}
	if tok.start > 0 && r[tok.start-1] == '每' {
		return true // 每104个日历日下跌5%, 每两年举行一次: the interval (withUnit keeps out 每一年)
	}
	within := tok.start > 0 && r[tok.start-1] == '后' && hasPrefix(r[end:], "内") // 确认书后10个工作天内: a deadline
	if tok.start > 0 && !hasSuffix(r[:tok.start], "提前") && !within {            // 提前两年: ahead by a span, not 前两年
		switch r[tok.start-1] {
		case '同', '当', '这', '那', '每', '前', '首', '后', '上', '下', '头', '哪', '某', '半', '比', '早', '晚', '均', '止':
			return false // 同一天, 每一年: a time reference, not a span; 一个季度比一个季度好; 平均一天: a rate's period; 截至…止十二个月: a reporting period; 首11个月 as 前11个月
		}
	}
	if tok.start > 0 && r[tok.start-1] == '新' && tok.one() && !hasAnySuffix(r[:tok.start], renewVerbs) {
		return false // 新一天的航班, 新一年: the next one, not a span
	}
	if tok.start > 0 && r[tok.start-1] == '次' && tok.one() {
		return false // 在次一交易日发布公告: the next day (but 此次五天罢工, 每次四小时)
	}
	if hasAnyPrefix(r[end:], fundTerms) {
		return false // 三个月滚动持有债券: a fund's name
	}
	if w := spanAfterWords.prefix(r[end:]); w != "" && !(def.text == "日" && tok.value <= 31 && strings.ContainsAny(w, "没未")) {
		return true // 其56年历史, 还需要几十年时间, 长达三年之久, 结束7日连涨 (but 众议院29日没有通过: a date)
	}
	for k := end; k < len(r) && k < end+8 && isHan(r[k]) && !hasSuffix(r[:tok.start], "过去"); k++ {
		if hasPrefix(r[k:], "经验") { // but 过去一年的经验: a time
			return true // 8年证券从业经验: years of experience
		}
	}
	if tok.one() && (end > 0 && end < len(r) && r[end] == r[end-1] ||
		hasPrefix(r[end:], "一"+def.text) || hasSuffix(r[:tok.start], "一"+def.text)) {
		return false // 一天天消亡下去, 一年年, 一天一天遭到了失败: day by day
	}
	if tok.start > 0 && r[tok.start-1] == '的' && tok.one() && (end == len(r) || isClauseSep(r[end])) {
		return false // 今天是具有重要历史意义的一天: the article
	}
	if tok.one() && (def.text == "天" || def.text == "日") &&
		(end < len(r) && isDigit(r[end]) || tok.start >= 3 && r[tok.start-1] == '的' && r[tok.start-3] == '最') {
		return false // 最高的时候是一天172例: per day; 最多的一天是8月20日: the day of the record
	}
	if hasSuffix(r[:tok.start], "今明") || hasSuffix(r[:tok.start], "过去") && tok.one() && (def.text == "天" || def.text == "日") {
		return false // 今明两天, 过去一天: when, not how long
	}
	if tok.one() && (hasAnySuffix(r[:tok.start], namedDays) || end < len(r) && (r[end] == '也' || r[end] == '都')) {
		return false // 今天一天取消航班1000多架次: today alone; 一天也不耽误: not a single day, no span
	}
	if hasSuffix(r[:tok.start], "总有") {
		return false // 战争总有一天要打起来: someday
	}
	if hasPrefix(r[end:], "比一") {
		return false // 一个季度比一个季度好: steadily, not a span
	}
	if def.code == "year" && strings.HasSuffix(def.text, "岁") {
		// 60岁以上老年人, 5至11岁的儿童, 一名14岁少年: an age, a bound or a
		// bracket is a claim; but 16-24岁劳动力失业率: it names the
		// population of a rate, which is the claim
		return !agesRateGroup(r[end:])
	}
	switch def.text {
	case "年", "日", "周":
		if dot := slices.Index(tok.rs, '.'); dot >= 0 && len(tok.rs)-dot <= 3 {
			return true // 受教育年限提高到11.3年: no date has a decimal point (but 7.2022年: an item, then a year)
		}
		k := tok.start
		if k > 0 && r[k-1] == ' ' {
			k--
		}
		if k > 1 && isRangeSep(r[k-1]) {
			// 约2–3年, 从两年至七年不等: the second end of a range, whose
			// cue stands before the first
			j := k - 1 // the separator
			if n := len([]rune(def.text)); j > n && hasSuffix(r[:j], def.text) {
				j -= n // the first end carries the unit too
			}
			if j > 0 && (isDigit(r[j-1]) || isCn(r[j-1])) {
				sep := j
				for k = j; k > 0 && (isDigit(r[k-1]) || isCn(r[k-1]) || r[k-1] == '.'); k-- {
				}
				if sep-k >= 4 && isDigit(r[k]) {
					return false // 从2024-25年到2029-30年: a fiscal year
				}
				if def.text == "周" && k < sep && k > 0 && r[k-1] != '月' && r[k-1] != '第' {
					return true // 超过了当初6到10周的交付承诺: no date is a range of weeks (but 12月一至四周, the month's weeks)
				}
			}
		}
		if def.text == "周" && weeksRangeNext(r, end) && k > 0 && r[k-1] != '月' && r[k-1] != '第' {
			return true // 两周到三周: the first end of a range of weeks
		}
		b := before(r, k, winBefore)
		if hasAnyPrefix(r[end:], spanBounds) && !tok.vague {
			return true // 持有18个月以上, 工作5年以上: a bound on a span
		}
		if hasPrefix(r[end:], "内") && hasAnySuffix(b, deadlineLeads) {
			return true // 力争在两年内: a deadline
		}
		if def.text == "年" && hasAnyPrefix(r[end:], spanNotNext) {
			return false
		}
		if def.text == "日" && (end+1 < len(r) && strings.ContainsRune("和、及至", r[end]) && isDigit(r[end+1]) ||
			tok.start > 2 && strings.ContainsRune("和、及至", r[tok.start-1]) && r[tok.start-2] == '日' && isDigit(r[tok.start-3])) {
			return false // 仅28日和29日两天, 仅14日至15日: a list of dates
		}
		if def.text == "年" && spanListItem(r, k, def.text) { // (not 仅28日和29日两天: dates)
			return true // 此前四个1000家新增分别用时10年、10年、6年和4年: the cue before the first item
		}
		if cue := yearSpanCueWords.suffix(b); def.text == "年" && cue != "" && (cue != "从" || end < len(r) && strings.ContainsRune(fromSpanNext, r[end]) || hasPrefix(r[end:], "不等")) {
			return true // 从3年延长至5年, 协议期为10年
		}
		if def.text == "日" && hasSuffix(b, "从") && hasAnyPrefix(r[end:], spanChangeVerbs) {
			return true // 将自我隔离期从7日缩短至5日: a span changed, not 从7日起, a date
		}
		if def.text == "年" && tok.value < 100 && k > 1 && r[k-1] == '了' && isHan(r[k-2]) && !strings.ContainsRune("到为除", r[k-2]) {
			return true // 兼任了六年的校长, 推迟了两年: a verb's span (not 到了2025年, a date)
		}
		if def.text == "年" && tok.value > 0 && tok.value < 1000 && !(tok.one() && !tok.arabic) && end+1 < len(r) && r[end] == '的' && isHan(r[end+1]) && (k == 0 || !isDigit(r[k-1]) && r[k-1] != '-') && !hasAnySuffix(r[:k], periodLeads) {
			return true // 提供1年的维保服务, 在33年的基层工作中: a span, named after 的 (no date in three digits; not 过去五年的工作, a period, nor 每个农民一年的收入, a rate's)
		}
		return durationCueWords.suffix(b) != "" && notQualWords.suffix(b) == "" // 北约24日: a date
	}
	return true
}

// spanListItem reports whether the number at view offset a is a later
// item of a 、 or 和 list of spans in unit whose first item follows a
// duration cue (用时10年、10年、6年和4年).
func spanListItem(r []rune, a int, unit string) bool {
	k, items := a, 0
	for k > 0 && strings.ContainsRune("、和及与", r[k-1]) {
		j := k - 1
		if !hasSuffix(r[:j], unit) {
			return false
		}
		j -= utf8.RuneCountInString(unit)
		i := j
		for i > 0 && (isDigit(r[i-1]) || isCn(r[i-1]) || r[i-1] == '.') {
			i--
		}
		if i == j {
			return false
		}
		k, items = i, items+1
	}
	return items > 0 && durationCueWords.suffix(before(r, k, winBefore)) != ""
}

// durationTail reads, at r[k], the smaller part of a compound span after a
// unit of code (the 33分钟 of 1小时33分钟, the 零三个月 of 一年零三个月): where
// it ends, and its value in code. It returns k when there is none.
func durationTail(r []rune, k int, code string) (int, float64) {
	j := k
	if j < len(r) && r[j] == '零' {
		j++
	}
	if j >= len(r) || !isDigit(r[j]) && !isCnDigit(r[j]) {
		return k, 0
	}
	tok := scanNumber(r, j)
	if tok.end <= j || tok.vague || !tok.parse() || tok.magSuffix != "" {
		return k, 0
	}
	for _, p := range durationParts[code] {
		if hasPrefix(r[tok.end:], p.text) {
			end, v := tok.end+len([]rune(p.text)), tok.value/p.per
			if k2, add := durationTail(r, end, p.next); k2 > end {
				end, v = k2, v+add/p.per // 2小时40分42秒
			}
			return end, v
		}
	}
	return k, 0
}

// rangeEnd reads the second end of a range whose separator is at view
// offset k (the 30亿元 of 10亿-30亿元, the 15% of 10%至15%): the number
// and its unit. from is where the first end starts.
func (e *Extractor) rangeEnd(v *view, from, k int) (numTok, hit, bool) {
	r := v.r
	if k+1 < len(r) && r[k] == '\\' && r[k+1] == '~' {
		k++ // 6\~8℃: a tilde escaped by the markdown the text came from
	}
	if k >= len(r) || !isRangeSep(r[k]) {
		return numTok{}, hit{}, false
	}
	change := (r[k] == '至' || r[k] == '到') && changeFrom(r, from)
	if k++; k+1 < len(r) && r[k] == ' ' && isDigit(r[k+1]) && (r[k-1] == '-' || from == 0 || r[from-1] != ' ') {
		k++ // 642元- 741元, 58.24%到 71.40%: a space after the separator (but 减少 10 万亿韩元至 168.6 万亿韩元 spaces every number)
	}
	if hasPrefix(r[k:], "人民币") && k+3 < len(r) && isDigit(r[k+3]) {
		k += 3 // 约人民币1.20亿元至人民币1.30亿元: the currency named again before the second end
	}
	if k >= len(r) || !startsCandidate(r, k) {
		return numTok{}, hit{}, false
	}
	b, hb, ok := e.unitNumberAt(v, k)
	if change && !hasPrefix(r[hb.after:], "不等") && !changeAfter(r, hb.after) {
		return numTok{}, hit{}, false // 从5%提高到8%: a change; but 起拍总价从3000万元到8000万元不等 varies over a range, and 从3.5到3.8米提升到4.5米 starts from one
	}
	return b, hb, ok
}

// changeAfter reports whether a change verb and 到 or 至 follow view offset
// k: the change then ends there, not at the 到 before k.
func changeAfter(r []rune, k int) bool {
	v := changeVerbWords.prefix(r[k:])
	if v == "" {
		return false
	}
	k += len([]rune(v))
	return k < len(r) && (r[k] == '到' || r[k] == '至')
}

// unitNumberAt reads the number at view offset k and the unit after it.
func (e *Extractor) unitNumberAt(v *view, k int) (numTok, hit, bool) {
	r := v.r
	if k >= len(r) {
		return numTok{}, hit{}, false // 从0提高到: the text ends before the second number
	}
	b := scanNumber(r, k)
	if b.end <= k || b.vague || !b.parse() {
		return numTok{}, hit{}, false
	}
	sf, ok := suffixAt(r, b.end)
	if !ok {
		return numTok{}, hit{}, false
	}
	hb, ok := e.withUnit(v, b, sf)
	return b, hb, ok
}

// rangeAt reads 10亿-30亿元, 3-5万元: a number without a unit, a range
// separator, and a second number that has one.
func (e *Extractor) rangeAt(v *view, tok *numTok) (hit, bool) {
	if tok.vague {
		return hit{}, false
	}
	k := tok.end
	if k+2 < len(v.r) && v.r[k] == ' ' && (v.r[k+1] == '-' || v.r[k+1] == '~') && v.r[k+2] == ' ' {
		k++ // 市盈率33.76 - 40.52倍: a spaced dash
	}
	b, hb, ok := e.rangeEnd(v, tok.start, k)
	if !ok || b.arabic != tok.arabic || !tok.parse() || hb.qual != schema.QualExact && hb.qual != schema.QualApprox && hb.after == hb.end || // 1.1亿至1.2亿克拉左右, 1,440-1,450万头之下: still a range
		hb.kind == schema.KindDuration && (hb.unitText == "月" || hb.unitText == "日") { // 1-8月 is a date; 用3-5年时间 a span
		return hit{}, false
	}
	scale := hb.value / b.value
	lo := tok.value * scale
	if m := magOf(b.magSuffix); tok.magSuffix == "" && !(lo*m > 10*hb.value && lo < hb.value) {
		lo *= m // 3-5万元: the magnitude of the second end is shared (but 800-1.2万元, 3000到30万元: the first end is whole, as written)
	}
	if b.value == 0 || changeBy(v.r, tok.start, tok.end, hb.kind, lo, hb.value, false) {
		return hit{}, false
	}
	lo, hi, ok := rangeEnds(v.r[k], lo, hb.value) // 交投于6.3964-6.3784元区间: high to low after a dash
	if !ok {
		return hit{}, false
	}
	_, ctx := preQualifier(v.r, tok.start)
	h := hb
	h.start, h.ctx = tok.start, ctx
	h.value, h.qual = lo, schema.QualRange
	h.low, h.high = some(lo), some(hi)
	if h.kind == schema.KindMoney && !strings.Contains(h.unit, "/") {
		if b := before(v.r, tok.start, winBefore); slices.Contains(b, '每') {
			if per := perBefore(b); per != "" {
				h.unit += "/" + per // 每股回购价为9.11-9.19港元: the rate is before the first end
			}
		}
	}
	return h, true
}

// changeFromBare reads the first value of a change whose unit is written
// only after the second (由4499上调至4599元, 从1.4万增加到2.5万人): a number
// after 由 or 从, a change verb, 至 or 到, and a number with a unit, whose
// unit the first takes.
func (e *Extractor) changeFromBare(v *view, tok numTok) (hit, bool) {
	r := v.r
	if tok.vague || !changeFrom(r, tok.start) {
		return hit{}, false
	}
	k := tok.end + len([]rune(changeVerbWords.prefix(r[tok.end:])))
	if k == tok.end || k >= len(r) || r[k] != '至' && r[k] != '到' {
		return hit{}, false
	}
	b, hb, ok := e.unitNumberAt(v, k+1)
	if !ok || b.arabic != tok.arabic || !tok.parse() || hb.kind == schema.KindDuration || changeAfter(r, hb.after) {
		return hit{}, false
	}
	val := times(tok.value, hb.scale)
	if tok.magSuffix == "" {
		val *= magOf(b.magSuffix)
	}
	pre, ctx := preQualifier(r, tok.start)
	h := hit{start: tok.start, end: tok.end, ctx: ctx, after: tok.end, kind: hb.kind, unit: hb.unit, unitText: hb.unitText, value: val, qual: pre}
	h.bounds()
	return h, true
}

// rangeAfter extends h (10%) to a range when a separator and a second
// number with the same unit follow (10%至15%).
func (e *Extractor) rangeAfter(v *view, tok numTok, h hit) (hit, bool) {
	if h.qual != schema.QualExact && h.qual != schema.QualApprox { // 约9.6亿元-10.2亿元
		return hit{}, false
	}
	k := h.end
	if k+2 < len(v.r) && v.r[k] == ' ' && (v.r[k+1] == '-' || v.r[k+1] == '~') && v.r[k+2] == ' ' {
		k++ // 0% - 20%: a spaced dash
	}
	_, hb, ok := e.rangeEnd(v, tok.start, k)
	// 5200元-5800元/瓶, 每股25.3港元-26.9港元: one end may carry the rate
	sameUnit := hb.unit == h.unit || strings.HasPrefix(hb.unit, h.unit+"/") || strings.HasPrefix(h.unit, hb.unit+"/")
	if !ok || !sameUnit || hb.kind != h.kind || changeBy(v.r, tok.start, h.end, h.kind, h.value, hb.value, hb.unit == h.unit) {
		return hit{}, false
	}
	lo, hi, ok := rangeEnds(v.r[k], h.value, hb.value)
	if !ok && hasAnySuffix(v.r[:tok.start], lossLeads) {
		lo, hi, ok = hb.value, h.value, true // 预计净亏损26.04亿元至17.85亿元: a loss, the larger first
	}
	if !ok {
		return hit{}, false
	}
	out := h
	if len(hb.unit) > len(h.unit) {
		out.unit, out.unitText = hb.unit, hb.unitText
	}
	return out.ranged(hb.end, hb.after, lo, hi), true
}

// ranged is h made a range from lo to hi whose span ends at end.
func (h hit) ranged(end, after int, lo, hi float64) hit {
	h.end, h.after = end, after
	h.value, h.qual = lo, schema.QualRange
	h.low, h.high = some(lo), some(hi)
	return h
}

// rangeEnds orders the ends a and b of a range written with separator
// sep. They may run high to low only after a dash (交投于1.7972%-1.7315%区间)
// or when both are negative; 从10%降至5% is a change, not a range.
func rangeEnds(sep rune, a, b float64) (lo, hi float64, ok bool) {
	if a <= b {
		return a, b, true
	}
	if sep != '-' && sep != '—' && sep != '－' && (a >= 0 || b >= 0) {
		return 0, 0, false // but 影响为-7000万元至-7300万元: two losses, the larger second
	}
	return b, a, true
}

func isRangeSep(c rune) bool {
	switch c {
	case '-', '~', '～', '—', '―', '–', '至', '到', '－': // ― (U+2015): 500亿―1000亿元; – (U+2013): 约2–3年
		return true
	}
	return false
}

// changeFrom reports whether 从/由 opens the clause just before a: 从5%提高到8%
// is a change between two claims, not a range.
func changeFrom(r []rune, a int) bool {
	for _, c := range before(r, a, 4) {
		if c == '从' || c == '由' {
			return true
		}
	}
	return false
}

// yearDigit reports whether the digit at r[j] belongs to a year written
// before 年 (约占公司2019年营收的27%): no figure of the base's own.
func yearDigit(r []rune, j int) bool {
	k := j
	for k < len(r) && isDigit(r[k]) {
		k++
	}
	return k < len(r) && r[k] == '年' && k-j <= 4
}

// shareAt reports whether the number at view offset a is a share of a
// whole: a percentage, a fraction or a multiple (的55%, 的三分之一, 的1.6倍).
func shareAt(r []rune, a int) bool {
	if hasPrefix(r[a:], "百分之") || hasPrefix(r[a:], "千分之") {
		return true
	}
	t := scanNumber(r, a)
	if t.end <= a {
		return false
	}
	if slices.Contains(r[a:t.end], '之') || hasPrefix(r[t.end:], "分之") {
		return true // 三分之一
	}
	e := t.end
	if e < len(r) && r[e] == ' ' {
		e++
	}
	return e < len(r) && strings.ContainsRune("%％倍成", r[e])
}

// recordAfter reports where the record after a span at r[k] starts (the
// 最大单日跌幅 of 七年来最大单日跌幅, the 新低 of 十年新低, past 多, 以, 来),
// or 0 when no record follows (十年来新时代文艺工作者).
func recordAfter(r []rune, k int) int {
	if k < len(r) && r[k] == '多' {
		k++
	}
	words := recordWords
	if hasPrefix(r[k:], "以来") {
		k, words = k+2, recordWordsAfterSince
	} else if hasPrefix(r[k:], "来") {
		k, words = k+1, recordWordsAfterSince
	} else if hasPrefix(r[k:], "内") {
		k, words = k+1, recordWordsWithin // 达到4年内最高值 (but 6年内最高将各投入…: at most)
	}
	if !hasAnyPrefix(r[k:], words) {
		return 0
	}
	if r[k] == '的' {
		k++ // 五个多月以来的最低水平
	}
	return k
}

// halfSpan is the span of half a unit at r[i] (半年, 半个月) when a
// duration cue stands before it or a span word after it (空缺半年之久,
// 提前半年, 满半年, 失业半年以上), or a smaller unit than 半年 and 半天 is
// half (在轨半个月), or "": 上半年 and 半年报 are periods.
func halfSpan(r []rune, i int) string {
	var text string
	for _, t := range halfSpans {
		if hasPrefix(r[i:], t) {
			text = t
		}
	}
	if text == "" || i > 0 && (isCn(r[i-1]) || isDigit(r[i-1]) || strings.ContainsRune("上下前后每多过大个", r[i-1]) && !hasSuffix(r[:i], "提前") && !hasSuffix(r[:i], "经过")) {
		return ""
	}
	end := i + len([]rune(text))
	if end < len(r) && (strings.ContainsRune("报度末初来内中期后前里间成考总", r[end]) || hasAnyPrefix(r[end:], halfTimeAfter)) && !hasAnyPrefix(r[end:], spanAfter) {
		return "" // 半年报, 半年度, 半年来, 半年内, 半个月以来, 半年成绩单: a period or a time
	}
	b := before(r, i, winBefore)
	if durationCueWords.suffix(b) != "" && notQualWords.suffix(b) == "" || hasAnySuffix(b, halfCues) || hasAnyPrefix(r[end:], spanAfter) ||
		text != "半年" && text != "半天" || // 在轨半个月: no period is written so (but 上半年, 等了半天)
		hasAnyPrefix(r[end:], []string{"以上", "多", "之久"}) {
		return text
	}
	return ""
}

// plenumNumber reports whether the 次 number at r[a] numbers a plenum:
// right after 届 (十二届五次全会), or an item of a list that opens so
// (省委十四届六次、七次、八次全会).
func plenumNumber(r []rune, a int) bool {
	for a > 0 {
		if r[a-1] == '届' || a > 3 && r[a-3] == '届' && strings.ContainsRune("委会", r[a-1]) { // 十二届市委五次全会
			return true
		}
		if r[a-1] != '、' || a < 3 || r[a-2] != '次' {
			return false
		}
		a -= 2
		for a > 0 && isCn(r[a-1]) {
			a--
		}
	}
	return false
}

// halfPast reports whether the 半 at r[i] is the half of 过半, 逾半 or 近半
// ending a phrase or before what it is half of (工程进度过半，, 数量已压降近半。,
// 美国近半求职者): more than or nearly half, not 过半年, 近半个月 or 近半小时.
func halfPast(r []rune, i int) bool {
	return i > 0 && (r[i-1] == '过' || r[i-1] == '近' || r[i-1] == '逾') && (i+1 >= len(r) || !isHan(r[i+1]) || !strings.ContainsRune(halfOfTime, r[i+1]))
}

// namesCompared reports whether the figure at view offset a is followed,
// within a few runes, by 的 and a noun of comparedNouns (2%的目标).
func namesCompared(r []rune, a int) bool {
	for j := a + 1; j < len(r) && j < a+10 && !isClauseSep(r[j]); j++ {
		if r[j] == '的' {
			return hasAnyPrefix(r[j+1:], comparedNouns)
		}
	}
	return false
}

// changeTo reports whether the number at view offset a is the level that
// from, the amount before it, changed to: 从每人每月202元、270元提高到209元.
// Between them stands a change verb ending in 到, 至 or 为, and 从 or 由
// opens the phrase of from.
func changeTo(r []rune, from hit, a int) bool {
	gap := r[from.after:a]
	if len(gap) == 0 || len(gap) > 5 || !strings.ContainsRune("到至为", gap[len(gap)-1]) ||
		slices.ContainsFunc(gap, func(c rune) bool { return isClauseSep(c) || isDigit(c) }) {
		return false
	}
	for j := from.start - 1; j >= 0 && from.start-j <= 24 && !strings.ContainsRune("，,。；;：:\n", r[j]); j-- {
		if r[j] == '从' || r[j] == '由' {
			return true
		}
	}
	return false
}

// changeBy reports whether X至Y, the first number starting at view offset
// a and the separator at sep, is a change and the level it reached rather
// than a range (库存减少214.4万桶至4.179亿桶, 指数下跌25点至1988点): a change
// verb just before X, and Y more than five times X (上调100至400韩元 is a
// range). Percentages need ten times: 净利润增长50%至80% is a forecast's
// range, 开工率上升3%至76.4% and 指数下降0.7%至46.5% a change and the
// rate it reached (3 bench claims, none of them a range).
//
// After a fall the level may be nearer: more than twice X will do for an
// amount (氧化铝价格下跌605元/吨至1,848元/吨), where a range of falls
// seldom spans more (下调100元至200元); so too after a rise when both ends
// carry the same unit (unitTwice: 出口增加128.4万桶/日至458.9万桶/日; but
// 上调100至400韩元, 上调80元至220元/吨: ranges of rises).
func changeBy(r []rune, a, sep int, kind string, x, y float64, unitTwice bool) bool {
	if x <= 0 || y <= 2*x || kind == schema.KindPercent && y < 10*x || r[sep] != '至' && r[sep] != '到' {
		return false
	}
	_, a = preQualifier(r, a) // 环比增长约2260亿元至19.61万亿元: the verb before 约
	b := before(r, a, 5)
	if n := len(b); n > 0 && b[n-1] == ' ' {
		b = b[:n-1] // 减少 10 万亿韩元至 168.6 万亿韩元
	}
	if n := len(b); n > 0 && b[n-1] == '了' {
		b = b[:n-1] // 增加了
	}
	v := changeVerbWords.suffix(b)
	return v != "" && (y > 5*x || kind != schema.KindPercent && (fallVerbs[v] || unitTwice))
}

// special reads the claims that do not start with an ordinary number:
// 翻番, 第一, 百分之五 / 三分之二, 百日, 两位数, 数以万计, 亿元以上.
func (e *Extractor) special(v *view, i int) (hit, bool) {
	r := v.r
	c := r[i]
	w := window(r, i, winAfter)
	var h hit
	switch {
	case c == '翻':
		m := patFan.match(w)
		if m == nil {
			return hit{}, false
		}
		n := 1.0
		if s := group(m, "n"); s != "" {
			n, _ = ParseNumber(s)
		}
		val := math.Pow(2, n)
		if group(m, "u") == "倍" {
			val = n + 1
		}
		h = hit{start: i, end: i + m.Length, kind: schema.KindMultiple, unit: "x", unitText: group(m, "u"), value: val, qual: qualOf(group(m, "q"))}
		if pre, _ := preQualifier(r, i); pre != schema.QualExact {
			h.qual = combine(pre, h.qual) // 几乎翻了一倍: approximate
		}
		if hasPrefix(r[h.end:], "以上") {
			h.qual, h.after = schema.QualLowerBound, h.end+2 // 翻了七番以上
		}
	case c == '首' || c == '榜':
		// 连续10年位居世界首位, 稳居全国榜首: first place, after a rank cue
		if !rankCued(lastClause(before(r, i, winBefore))) {
			return hit{}, false
		}
		h = hit{start: i, end: i + 2, kind: schema.KindRank, unit: "rank", unitText: string(r[i : i+2]), value: 1, qual: schema.QualExact}
	case c == '第' || c == '前':
		if h, ok := e.nthPeriod(r, i); ok {
			return h, true
		}
		if i+1 >= len(r) || !isDigit(r[i+1]) && !isCn(r[i+1]) {
			return hit{}, false // patRank needs a number next
		}
		m := patRank.match(w)
		if m == nil {
			return hit{}, false
		}
		// 第一方阵, 第二梯队, 第一中标候选人, 第二高的月份 are ranks as they stand (rankTails);
		// 第一 and 前十 only after a cue (居全国第一, 稳居沿海港口前十)
		tail := group(m, "tail")
		if c == '前' && i > 0 && strings.ContainsRune(notRankBefore, r[i-1]) {
			return hit{}, false // 目前三名航天员: 前 ends another word
		}
		if c == '前' && tail != "名" && tail != "位" && tail != "强" || c == '第' && !slices.Contains(rankTails, tail) {
			// 从第9名提升至第2名: a rank moving from one place to another
			from := c == '第' && (tail == "名" || tail == "位") && i > 0 && (r[i-1] == '从' || r[i-1] == '由')
			// 第2位是Instagram，第3位是Facebook: a place and who holds it
			held := c == '第' && (tail == "名" || tail == "位") && i+m.Length < len(r) && (r[i+m.Length] == '是' || r[i+m.Length] == '为')
			// 总票房第二名，…, 为历史单月减少金额第五位。: a place standing alone
			alone := c == '第' && (tail == "名" || tail == "位") && placeAlone(r, i, i+m.Length)
			if !from && !held && !alone && !rankCued(before(r, i, winBefore)) && !rankListItem(r, i) {
				return hit{}, false
			}
		}
		n, ok := ParseNumber(group(m, "n"))
		if !ok || n <= 0 || n > 1000 {
			return hit{}, false
		}
		end := i + 1 + len([]rune(group(m, "n")))
		if tail == "方阵" || tail == "梯队" || tail == "阵营" {
			end += 2
		} else if tail == "强" {
			end++ // 前10强
		}
		h = hit{start: i, end: end, kind: schema.KindRank, unit: "rank", value: n}
		if c == '前' {
			h.qual = schema.QualUpperBound // 稳居全国沿海港口前十: within the first ten
			h.low, h.high = opt{}, some(n) // open below, as every upper bound (most annotators: 20 of 24)
		}
	case c == '半' && halfSpan(r, i) != "":
		// 空缺半年之久, 提前半年完成, 失业半年以上: half a year, a span
		text := halfSpan(r, i)
		def := unitByText[text[len("半"):]]
		end := i + len([]rune(text))
		h = hit{start: i, end: end, after: end, kind: schema.KindDuration, unit: def.code, unitText: text[len("半"):], value: 0.5 * def.factor}
		pre, ctx := preQualifier(r, i)
		post := ""
		for _, w := range concat(postLower, postUpper, postAprx) {
			if hasPrefix(r[end:], w) && (w != "内" || end+1 >= len(r) || !strings.ContainsRune(notWithinAfter, r[end+1])) {
				post, h.after = w, end+len([]rune(w))
				break
			}
		}
		h.ctx, h.qual = ctx, combine(pre, qualOf(post))
		h.bounds()
		if _, hb, ok := e.rangeEnd(v, i, end); ok && post == "" && h.qual == schema.QualExact && hb.kind == h.kind && hb.unit == h.unit && hb.value > h.value {
			h = h.ranged(hb.end, hb.after, h.value, hb.value) // 半个月到一个月: a range from the half
		}
		return h, true
	case c == '一' && i+1 < len(r) && r[i+1] == '半' && (i+2 >= len(r) || r[i+2] != '年' && r[i+2] != '天') && (i == 0 || r[i-1] != '另') ||
		c == '半' && (hasPrefix(r[i:], "半数") || halfPast(r, i)):
		// 一半以上, 超半数, 进度过半: half, as a percent (另一半: the other half, a noun)
		end := i + 2
		if c == '半' && !hasPrefix(r[i:], "半数") {
			end = i + 1
		}
		h = hit{start: i, end: end, kind: schema.KindPercent, unit: "%", unitText: string(r[i:end]), value: 50, qual: schema.QualExact}
		switch {
		case hasPrefix(r[end:], "以上"):
			h.qual, h.after = schema.QualLowerBound, end+2
		case hasPrefix(r[end:], "左右"):
			h.qual, h.after = schema.QualApprox, end+2
		}
		pre, ctx := preQualifier(r, i)
		if pre == schema.QualExact && i > 0 && (r[i-1] == '过' || r[i-1] == '逾') {
			pre, ctx = schema.QualLowerBound, i-1 // 过半数, 逾半
		}
		h.ctx = ctx
		h.qual = combine(pre, h.qual)
		if h.after == 0 {
			h.after = h.end
		}
		h.bounds()
		return h, true
	case c == '数' && i+1 < len(r) && r[i+1] == '以':
		m := patCountless.match(w)
		if m == nil {
			return hit{}, false
		}
		h = hit{start: i, end: i + m.Length, kind: schema.KindCount, unit: "个", value: magOf(group(m, "mag")), qual: schema.QualLowerBound}
	case (c == '两' || c == '二' || c == '双' || c == '三' || c == '四') && i+2 < len(r) && r[i+1] == '位' && r[i+2] == '数':
		m := patPlaces.match(w)
		if m == nil {
			return hit{}, false
		}
		places, _ := ParseNumber(strings.ReplaceAll(group(m, "n"), "双", "两"))
		lo := math.Pow(10, places-1)
		h = hit{start: i, end: i + m.Length, kind: schema.KindPercent, unit: "%", value: lo, qual: schema.QualRange, low: some(lo), high: some(lo * 10)}
		if hasPrefix(r[h.end:], "以上") {
			h.qual, h.high, h.after = schema.QualLowerBound, opt{}, h.end+2 // 两位数以上的增长
		}
	case (c == '个' && hasPrefix(r[i:], "个位数") || c == '单' && hasPrefix(r[i:], "单位数") && i > 0 && strings.ContainsRune("高中低", r[i-1])) && singleDigitRate(r, i):
		// 高个位数增长, 增速降至个位数: a growth rate under ten percent (but
		// 企业还是个位数: a count)
		h = hit{start: i, end: i + 3, kind: schema.KindPercent, unit: "%", value: 1, qual: schema.QualRange, low: some(1), high: some(10)}
	case (c == '百' || c == '千') && i+1 < len(r) && (r[i+1] == '日' || r[i+1] == '天'):
		m := patDays.match(w)
		if m == nil || (i > 0 && (isCn(r[i-1]) || isDigit(r[i-1]))) {
			return hit{}, false
		}
		n, _ := ParseNumber(group(m, "n"))
		h = hit{start: i, end: i + m.Length, kind: schema.KindDuration, unit: "day", value: n}
	case isMag(c) && i+1 < len(r) && !isMag(r[i+1]) && !isDigit(r[i+1]) && (i == 0 || !isCn(r[i-1]) && !isDigit(r[i-1])):
		if !currencyFirst.has(r[i+1]) {
			// not 亿元以上: 百分之五 or a word (百姓, 千方百计)
		} else if m := patDigitless.match(w); m != nil {
			val := magOf(group(m, "mag"))
			cur := group(m, "unit")
			ug := m.GroupByName("unit")
			h = hit{start: i, end: i + ug.Index + ug.Length, kind: schema.KindMoney, unit: unitByText[cur].code,
				unitText: group(m, "mag") + cur, value: val, qual: qualOf(group(m, "post"))}
			h.after = i + m.Length
			h.ctx = i
			h.bounds()
			return h, true
		}
		if c != '百' && c != '千' && !((c == '十' || c == '万') && hasPrefix(r[i+1:], "分之")) {
			return hit{}, false // but 十分之一: a tenth (十分 alone is "very"); 万分之一
		}
		return e.percentWords(r, i)
	case isCn(c) || isDigit(c):
		return e.percentWords(r, i)
	default:
		return hit{}, false
	}
	pre, ctx := preQualifier(r, i)
	h.ctx, h.after = ctx, h.end
	if h.kind == schema.KindRank && h.end < len(r) && (r[h.end] == '位' || r[h.end] == '名') {
		h.after++ // 第2位、第7位: the list goes on after 位
	}
	if h.qual == "" {
		h.qual = pre
	}
	if !h.low.ok && !h.high.ok {
		h.bounds()
	}
	return h, true
}

// nthPeriod reads 连续第四个月, 连续第10年: the Nth period in a row is a span of
// N periods (the span is 第四个月, 连续 the predicate).
func (e *Extractor) nthPeriod(r []rune, i int) (hit, bool) {
	if r[i] != '第' || !hasSuffix(before(r, i, 2), "连续") {
		return hit{}, false
	}
	tok := scanNumber(r, i+1)
	if tok.end <= i+1 || !tok.parse() {
		return hit{}, false
	}
	u := durationWords.prefix(window(r, tok.end, 4))
	if u == "" {
		return hit{}, false
	}
	def := unitByText[u]
	end := tok.end + len([]rune(u))
	h := hit{start: i, end: end, ctx: i - 2, after: end, kind: schema.KindDuration, unit: def.code, unitText: u,
		value: tok.value * def.factor, qual: schema.QualExact}
	h.bounds()
	return h, true
}

// durationWords finds the units of time (年, 个月, 天…).
var durationWords = func() *wordSet {
	var w []string
	for _, u := range durationUnits {
		w = append(w, u.text)
	}
	return newWordSet(w)
}()

// percentWords reads 百分之五, 千分之三 and fractions 三分之二 as percents.
func (e *Extractor) percentWords(r []rune, i int) (hit, bool) {
	if h, ok := slashFraction(r, i); ok {
		return h, true
	}
	// cheap test before the pattern: 分之 within the next few runes
	found := false
	for k := i + 1; k < len(r) && k < i+8; k++ {
		if r[k] == '分' && k+1 < len(r) && r[k+1] == '之' {
			found = true
			break
		}
		if !isCn(r[k]) && !isDigit(r[k]) && r[k] != '.' {
			break
		}
	}
	if !found {
		return hit{}, false
	}
	m := patPercentWords.match(window(r, i, winAfter))
	if m == nil {
		return hit{}, false
	}
	if hasPrefix(r[i+m.Length:], "决赛") {
		return hit{}, false // 八分之一决赛: a round of a tournament
	}
	text := string(r[i : i+m.Length])
	val, ok := ParsePercentWords(text) // 百分之五, 千分之三
	if ok && strings.HasPrefix(text, "百分之") {
		if h, ok := percentWordsRange(r, i, i+m.Length, val); ok {
			return h, true
		}
	}
	if !ok {
		var f float64
		if f, ok = ParseFraction(text); !ok { // 三分之二
			return hit{}, false
		}
		val = f * 100
	}
	return fractionHit(r, i, i+m.Length, text, val)
}

// percentWordsRange reads 百分之八至九 and 百分之八到百分之九, a range whose
// first end, val, ends at end; not 从百分之五提高到百分之八, a change.
func percentWordsRange(r []rune, i, end int, val float64) (hit, bool) {
	if end+1 >= len(r) || !isRangeSep(r[end]) || changeFrom(r, i) {
		return hit{}, false
	}
	j := end + 1
	if hasPrefix(r[j:], "百分之") {
		j += 3
	}
	if j >= len(r) || !isCn(r[j]) && !isDigit(r[j]) {
		return hit{}, false
	}
	t := scanNumber(r, j)
	if t.end <= j || t.vague || !t.parse() || t.value <= val || t.end < len(r) && strings.ContainsRune("年月日号", r[t.end]) {
		return hit{}, false
	}
	h, _ := fractionHit(r, i, t.end, string(r[i:t.end]), val)
	h.qual, h.low, h.high = schema.QualRange, some(val), some(t.value)
	return h, true
}

// slashFraction reads a share written 1/3 (减少1/3以上): one digit over one
// digit or 10, the top smaller, alone between words or before a bound; not
// a date (1/3 as 3 January is not written so in Chinese prose) or a ratio.
func slashFraction(r []rune, i int) (hit, bool) {
	if i+2 >= len(r) || !isDigit(r[i]) || r[i+1] != '/' || !isDigit(r[i+2]) || i > 0 && (isDigit(r[i-1]) || r[i-1] == '/' || r[i-1] == '.' || r[i-1] == '-') ||
		i > 1 && r[i-1] == ' ' && isDigit(r[i-2]) {
		return hit{}, false // and 触及127 1/4: the fraction of a futures price
	}
	end := i + 3
	if end < len(r) && r[end] == '0' && r[i+2] == '1' {
		end++ // 1/10
	}
	if end < len(r) && (isDigit(r[end]) || r[end] == '/' || r[end] == '.' || isASCIILetter(r[end])) {
		return hit{}, false
	}
	a, b := float64(r[i]-'0'), float64(r[i+2]-'0')
	if end == i+4 {
		b = 10
	}
	if a == 0 || a >= b || hasPrefix(r[end:], "决赛") {
		return hit{}, false // 1/4决赛: a quarter-final
	}
	return fractionHit(r, i, end, string(r[i:end]), a/b*100)
}

// fractionHit is the percent claim of a share written at r[i:end], with
// the bound or approximation words around it.
func fractionHit(r []rune, i, end int, text string, val float64) (hit, bool) {
	h := hit{start: i, end: end, kind: schema.KindPercent, unit: "%", unitText: text, value: val}
	h.after = h.end
	p := h.end
	if hasPrefix(r[p:], "（含）") || hasPrefix(r[p:], "(含)") {
		p += 3 // 百分之十（含）以上: inclusive, and a bound
	}
	post := ""
	for _, w := range concat(postLower, postUpper, postAprx) {
		if hasPrefix(r[p:], w) && w != "多" && w != "余" {
			post = w
			h.after = p + len([]rune(w))
			break
		}
	}
	pre, ctx := preQualifier(r, i)
	h.ctx = ctx
	h.qual = combine(pre, qualOf(post))
	h.bounds()
	return h, true
}

// readingChange reports whether gap, the text between an index reading and
// a bare number, is a comma and a move of a few runes (，环比涨, ，较上日跌):
// the number is the reading's change.
func readingChange(gap []rune) bool {
	if len(gap) < 2 || len(gap) > 8 || gap[0] != '，' && gap[0] != ',' || slices.ContainsFunc(gap, isDigit) {
		return false
	}
	return hasAnySuffix(gap, readingMoves)
}

// fxQuote reads the exchange rate quoted at view offset at from the last
// pair A兑B, A对B or A/B of its sentence (names or codes: 欧元/美元,
// GBP/USD, 离岸人民币（CNH）兑美元): the unit, the quote currency per base
// currency (欧元兑美元 → USD/EUR; but 人民币对美元 is quoted in yuan,
// CNY/USD), and the pair as written, the claim's metric. Both are "" when
// the sentence names no pair. After 分别 the quotes take the pairs in
// order (澳元兑美元、纽元兑美元均跌至两周低点，分别报0.7168和0.6751).
func fxQuote(r []rune, at int) (unit, pair string) {
	cs := at
	for cs > 0 && !isSentenceSep(r[cs-1]) {
		cs--
	}
	var units, pairs []string
	last := cs // where the last pair ends
	for k := cs + 1; k < at-1; k++ {
		if r[k] != '兑' && r[k] != '对' && r[k] != '/' {
			continue
		}
		left := r[cs:k]
		if n := len(left); n > 2 && (left[n-1] == '）' || left[n-1] == ')') {
			if o := matchOpen(left, n-1); o >= 0 && n-o <= 6 {
				left = left[:o] // 离岸人民币（CNH）兑美元
			}
		}
		a, na := currencyNamed(left, hasSuffix)
		b, nb := currencyNamed(r[k+1:at], hasPrefix)
		if a == "" || b == "" || a == b {
			continue
		}
		pair = string(r[cs+len(left)-na : k+1+nb])
		if a == "CNY" {
			unit = a + "/" + b
		} else {
			unit = b + "/" + a
		}
		if len(units) == 0 || units[len(units)-1] != unit { // 澳元兑美元AUD/USD: one pair, written twice
			units, pairs = append(units, unit), append(pairs, pair)
		}
		last = k + 1 + nb
	}
	if len(pairs) > 1 {
		if p := indexWord(r[last:at], "分别"); p >= 0 {
			// the quotes before this one since 分别: its place in the list
			n, in := 0, false
			for _, c := range r[last+p : at] {
				d := isDigit(c) || in && c == '.'
				if d && !in {
					n++
				}
				in = d
			}
			if n < len(pairs) {
				return units[n], pairs[n]
			}
		}
	}
	return unit, pair
}

// quoteHit completes h, a bare number quoting the rate fx of the pair: its
// bound word (英镑兑日元在154.00上方企稳), a quote written N:1 or 1:N, or the
// second end of a range of quotes (交投于6.3669-6.3794区间).
func quoteHit(r []rune, tok numTok, h hit, fx, pair string) hit {
	h.kind, h.unit, h.pair = schema.KindMoney, fx, pair
	if _, post, n := tailAt(r, tok.end); post != "" {
		h.qual, h.after = combine(h.qual, qualOf(post)), tok.end+n
	}
	if num, den, end, ok := colonRatio(r, tok); ok && (num == 1 || den == 1) {
		// 欧元对美元跌至1:0.9953 is 0.9953 dollars a euro; 韩元对美元跌破1320:1
		// is 1320 won a dollar, the pair's unit the other way round
		h.end, h.after = end, end
		if h.value = den; den == 1 {
			base, quote, _ := strings.Cut(fx, "/")
			h.value, h.unit = num, quote+"/"+base
		}
		h.bounds()
		return h
	}
	if k := tok.end; k+1 < len(r) && strings.ContainsRune("-–—~至", r[k]) && isDigit(r[k+1]) {
		if b := scanNumber(r, k+1); slices.Contains(b.rs, '.') && b.parse() && unitAt(r, b.end) == "" {
			if lo, hi, ok := rangeEnds(r[k], h.value, b.value); ok {
				return h.ranged(b.end, b.end, lo, hi)
			}
		}
	}
	h.bounds()
	return h
}

// fxLike reports whether tok is written as exchange rates are quoted,
// with three or four decimals (1.1415, 6.3757, 33.681): one after a quote
// in the paragraph before is a level of the same rate (欧元仍存上涨至1.1390的空间).
func fxLike(tok *numTok) bool {
	k := slices.Index(tok.rs, '.')
	return k > 0 && k <= 3 && (len(tok.rs)-k-1 == 3 || len(tok.rs)-k-1 == 4)
}

// currencyNamed is the code and length of the currency that at names at
// an edge of r (at is hasPrefix or hasSuffix), by its name or its ISO code
// (fxCodes); "" for none. 元 alone names no currency here.
func currencyNamed(r []rune, at func([]rune, string) bool) (string, int) {
	for _, c := range currencies {
		if c.text != "元" && c.text != "圆" && at(r, c.text) {
			return c.code, utf8.RuneCountInString(c.text)
		}
	}
	for code, c := range fxCodes {
		if at(r, code) {
			return c, 3
		}
	}
	return "", 0
}

// perCode is the denominator per as a unit writes it: a quantity's in its
// code when that is per itself, not a multiple (微克/立方米 → kg/m3, as five
// annotators of six wrote it); a price's as written (元/吨, CLAIMS.md).
func perCode(kind, per string) string {
	if d, ok := unitByText[per]; ok && kind == schema.KindQuantity && d.kind == schema.KindQuantity && d.factor == 1 {
		return d.code
	}
	return per
}

// rateBase is the currency code of the 1 unit an exchange rate is quoted
// against, written right before the amount (1美元兑159.28日元: USD), or "".
func rateBase(r []rune, start int) string {
	if start < 3 || r[start-1] != '兑' {
		return ""
	}
	for _, c := range currencies {
		k := start - 1 - utf8.RuneCountInString(c.text)
		if k >= 1 && hasPrefix(r[k:], c.text) && r[k-1] == '1' && (k < 2 || !isDigit(r[k-2]) && r[k-2] != '.') {
			return c.code
		}
	}
	return ""
}

// perBefore is the denominator written with 每 before an amount, the one
// nearest it that is not a time (每人每年1500元: 人), or "".
func perBefore(b []rune) string {
	for len(b) > 0 {
		pm := patPerPrefix.match(b)
		if pm == nil {
			return ""
		}
		if per := group(pm, "per"); !slices.Contains(timePers, per) {
			return group(pm, "n") + per // 每50公斤: CNY/50公斤, the denominator as written
		}
		b = b[:pm.Index] // 每年: look further back
	}
	return ""
}

// ordinalListItem reports whether the number at a is a later item of a
// list of ordinals (第9及10条, 第三、四章, 第1、4及9类): joiners and numbers
// back to 第 before the first.
func ordinalListItem(r []rune, a int) bool {
	for range 8 {
		if a < 3 || !strings.ContainsRune(listJoiners, r[a-1]) && r[a-1] != '至' {
			return false
		}
		j := a - 1
		for j > 0 && (isDigit(r[j-1]) || isCn(r[j-1])) { // 第十一、十二集: magnitudes too
			j--
		}
		if j == a-1 || j == 0 {
			return false
		}
		if r[j-1] == '第' {
			return true
		}
		a = j
	}
	return false
}

// rankPlace reports whether the number of 位 or 名 at a is a place in a
// ranking: right after a word of rankLeads (全国排名53位), or the next
// item of such a list (排名46位、82位).
func rankPlace(r []rune, a int) bool {
	if hasAnySuffix(before(r, a, 2), rankLeads) || ordinalListItem(r, a) {
		return true
	}
	if a < 3 || r[a-1] != '、' || r[a-2] != '位' && r[a-2] != '名' {
		return false
	}
	k := a - 2
	for k > 0 && (isDigit(r[k-1]) || isCn(r[k-1])) {
		k--
	}
	return k < a-2 && rankPlace(r, k)
}

// lastClause is b after its last ，,。；;、 or line break: where a cue
// that ends right before a claim can be.
func lastClause(b []rune) []rune {
	for k := len(b) - 1; k >= 0; k-- {
		switch b[k] {
		case '，', ',', '。', '；', ';', '、', '\n':
			return b[k+1:]
		}
	}
	return b
}

// rankCued reports whether b, the text before a rank, ends in a rank cue
// (位居, 稳居全国); the rune test spares most texts the pattern.
func rankCued(b []rune) bool {
	return slices.ContainsFunc(b, func(c rune) bool { return rankCueLast[c] }) && patRankCue.match(b) != nil
}

// rankListItem reports whether the 第 at r[i] follows a cued rank and a
// 、: the second item of 分别居全国第2位、第7位.
func rankListItem(r []rune, i int) bool {
	if i < 3 || r[i-1] != '、' {
		return false
	}
	k := i - 2
	if r[k] == '位' || r[k] == '名' {
		k--
	}
	j := k
	for k >= 0 && (isDigit(r[k]) || isCn(r[k])) {
		k--
	}
	return k >= 0 && k < j && r[k] == '第' && rankCued(before(r, k, winBefore))
}

// wordNotNumber reports whether the numeral tok is a word: 零件, 万一.
func wordNotNumber(tok numTok) bool {
	rs := tok.rs // compared rune by rune: string(tok.rs) encodes them at every bare number
	return !tok.arabic && (len(rs) == 1 && rs[0] == '零' || len(rs) == 2 && rs[0] == '万' && rs[1] == '一')
}

// bareNumber handles a number with no unit. It may still be a claim (an
// index reading PMI为49.6, a ratio 收入比值2.62, or any cardinal with
// --numbers); ok reports whether it can be an item of a list whose unit
// comes later. A hit with an empty kind is not emitted.
func (e *Extractor) bareNumber(v *view, tok *numTok, prev, lastQuote *hit) (hit, bool) {
	r := v.r
	if labelled(r, *tok) || wordNotNumber(*tok) {
		return hit{}, false
	}
	if h, ok := e.changeFromBare(v, *tok); ok {
		return h, true
	}
	if h, ok := barePrice(r, *tok, prev); ok {
		return h, true
	}
	var next rune
	if tok.end < len(r) {
		next = r[tok.end]
		if next == '期' && tok.parse() && tok.value >= 2 && !hasAnyPrefix(r[tok.end+1:], phaseNotCounted) &&
			(tok.start > 0 && r[tok.start-1] == '分' && !hasSuffix(r[:tok.start], "部分") && tok.value <= 20 ||
				string(tok.rs) == "两" || hasAnySuffix(before(r, tok.start, 2), phaseVerbs)) {
			// 项目计划分3期建设, 农发行两期金融债, 创新开展6期“厅局长坐诊”: phases or
			// issues counted (not 一期项目, 三期工程: phase one, phase three)
			h := hit{start: tok.start, end: tok.end + 1, ctx: tok.start, after: tok.end + 1, kind: schema.KindCount, unit: "期", unitText: "期", value: tok.value, qual: schema.QualExact}
			h.bounds()
			return h, true
		}
		switch next {
		case '年', '月', '日', '号', '时', '岁', '世', '周', '届', '期', '级', '代', '版', '型', '类':
			return hit{}, false
		}
	}
	if hasAnyPrefix(r[tok.end:], sessionRuns) && tok.parse() && tok.value >= 2 && tok.value <= 60 && (tok.start == 0 || r[tok.start-1] != '周') {
		// 扭转七连跌: a run of trading sessions, a span in days; 月线四连跌:
		// of monthly bars (but 周五连跌 is Friday's)
		unit, factor := "day", 1.0
		for _, l := range barLines {
			if hasSuffix(r[:tok.start], l.text) {
				unit, factor = l.unit, l.factor
			}
		}
		h := hit{start: tok.start, end: tok.end, ctx: tok.start, after: tok.end, kind: schema.KindDuration, unit: unit, value: tok.value * factor, qual: schema.QualExact}
		h.bounds()
		return h, true
	}
	if h, ok := loneAmount(r, *tok, prev); ok {
		return h, true
	}
	if h, ok := loneThreshold(r, *tok); ok {
		return h, true
	}
	// Most bare numbers are neither list items, readings nor implied
	// counts: decide that before parsing them.
	implied := impliedCount(r, *tok)
	more := moreMagnitude(r, *tok) // 贫困人口减少6800多万
	if !e.opts.Numbers && next != '、' && !tok.arabic && implied == "" && (loneMagnitude(tok.rs) || tok.magSuffix == "" && more == "") && !hasAnyPrefix(r[tok.end:], seatWords) {
		return hit{}, false // but 贫困人口从两亿五千多万减少到两千多万 may follow a cue
	}
	if !tok.parse() {
		return hit{}, false
	}
	pre, ctx := preQualifier(r, tok.start)
	if pre == schema.QualExact && tok.start > 0 && r[tok.start-1] == '上' && loneMagnitude(tok.rs) {
		pre, ctx = schema.QualLowerBound, tok.start-1 // 上亿市场主体
	}
	h := hit{start: tok.start, end: tok.end, ctx: ctx, after: tok.end, value: tok.value, qual: pre, unitText: tok.unitMag()}
	b := before(r, ctx, winBefore)
	cue := tok.arabic && mayEndWord(r, ctx, cueLast) &&
		!(tok.end+1 < len(r) && isRangeSep(r[tok.end]) && isDigit(r[tok.end+1])) // but 市场预期的450-600万: a range of an amount
	var fx, pair string
	lead := tok.start // where the words before the number end, past a space (欧元兑美元涨 0.1% 报 1.0826)
	if lead > 1 && r[lead-1] == ' ' && isHan(r[lead-2]) {
		lead--
	}
	decimal := slices.Contains(tok.rs, '.')
	if tok.arabic && lead > 0 && (r[lead-1] == '报' || hasAnySuffix(r[:lead], quoteCues) || decimal && hasAnySuffix(r[:lead], fxLevelCues)) {
		fx, pair = fxQuote(r, lead) // 欧元兑美元涨0.02%报1.1163
		if q := lastQuote; fx == "" && q != nil && (sameSentence(r, q.end, tok.start) || fxLike(tok) && !slices.Contains(r[q.end:tok.start], '\n')) {
			fx, pair = q.unit, q.pair // …收盘报7.1131，较上一交易日上涨104个基点，夜盘收报7.1192: the same pair
		}
	}
	// An amount with a magnitude and no unit (15.02亿), unless a noun after
	// it shows what it counts (82.3万美国人), may take its unit from a cue
	// before it: the measure word a count cue implies (累计观看人次2亿).
	amountEnd := tok.end
	if more != "" {
		amountEnd += 2
	}
	amount := (tok.magSuffix != "" || more != "") && countedAt(r, amountEnd) == ""
	cueUnit := ""
	if amount {
		if m := patCountCue.match(b); m != nil {
			cueUnit = countCueUnit[group(m, "w")]
		}
	}
	if tallyItem(r, *tok) || tok.value >= 2 && tok.value <= 5 && hasAnyPrefix(r[tok.end:], seatWords) {
		// 分项指数5升1平2降: a tally of the indexes that rose, held and fell,
		// each a count (as the annotators of two sets read it); 龙虎榜数据显示，
		// 三机构合计净卖出6432万元: the institutions' seats on the trading board
		h.kind, h.unit = schema.KindCount, "个"
		h.bounds()
		return h, true
	}
	if casualtyItem(r, *tok) {
		// 纽约发生枪击事件致3死9伤, 2死多伤: the dead and the injured, people
		h.kind, h.unit = schema.KindCount, "人"
		h.bounds()
		return h, true
	}
	if plusCount(r, *tok) {
		// 推广1000+行业特色典型场景: at least, of things named by no measure word
		h.kind, h.unit, h.end, h.after = schema.KindCount, "个", tok.end+1, tok.end+1
		h.qual = combine(h.qual, schema.QualLowerBound)
		h.bounds()
		return h, true
	}
	switch {
	case cue && prev != nil && (prev.unit == "point" || prev.unit == "x") && (sameSentence(r, prev.end, tok.start) || subItems(r, prev.end, tok.start)) && patSeriesCue.match(b) != nil:
		// PMI为46.1，预期45.5，前值45.3; 比值2.62，比上年同期缩小0.05
		h.kind, h.unit = prev.kind, prev.unit
	case tok.arabic && prev != nil && prev.unit == "point" && prev.kind == schema.KindQuantity && prev.end+1 == tok.start && strings.ContainsRune("、和及", r[prev.end]):
		h.kind, h.unit = schema.KindQuantity, "point" // 指数分别为348.8、399.9、200.5和81.1: the list's next reading
	case tok.arabic && prev != nil && prev.unit == "point" && prev.kind == schema.KindQuantity && readingChange(r[prev.after:tok.start]):
		h.kind, h.unit = schema.KindQuantity, "point" // 人民币汇率指数报97.96，环比涨0.19: the reading's change, in points
	case tok.arabic && prev != nil && prev.pair != "" && prev.end+1 == tok.start && strings.ContainsRune("、和及", r[prev.end]):
		h.kind, h.unit, h.pair = prev.kind, prev.unit, prev.pair // 支撑位在0.8277-0.8282及0.8218: the list's next level
		if u, p := fxQuote(r, tok.start); u != "" && p != prev.pair && containsWord(before(r, tok.start, 24), "分别") {
			h.unit, h.pair = u, p // 澳元兑美元、纽元兑美元…分别报0.7168和0.6751: the next pair after 分别
		}
	case fx != "":
		return quoteHit(r, *tok, h, fx, pair), true
	case cue && patIndexCue.match(b) != nil || cue && indexClauseBefore(r, ctx):
		h.kind, h.unit = schema.KindQuantity, "point"
	case cue && prev != nil && (prev.after+1 == tok.start && (r[prev.after] == '至' || r[prev.after] == '到') || prev.after+2 == tok.start && hasPrefix(r[prev.after:], "，为")) &&
		(prev.unit == "point" || prev.unit == "pp" || prev.unit == "%") && indexBefore(r, prev.ctx):
		// PMI回落1.6个百分点至51.2, 信心指数下降2.5点至91.2, 生产指数上升5.8%至95.9,
		// 价格指数同比上涨2.5%，为102.50: the reading the index reached (not
		// 中间价调降83点至6.3757: a rate)
		h.kind, h.unit = schema.KindQuantity, "point"
	case tok.arabic && hasAnyPrefix(r[ratioEnd(r, *tok):], ratioNouns):
		// 成交量呈现2:1的比例: a ratio named as one
		num, den, end, _ := colonRatio(r, *tok)
		h.kind, h.unit, h.value, h.end, h.after = schema.KindMultiple, "x", num/den, end, end
	case cue && patRatioCue.match(b) != nil:
		h.kind, h.unit = schema.KindMultiple, "x"
		if num, den, end, ok := colonRatio(r, *tok); ok {
			h.value, h.end, h.after = num/den, end, end // 失败与完成的案例比为13∶33: the ratio's value
		}
	case parallelItem(r, prev, *tok):
		// 春运的机票均价为898元，首日机票均价为811: the same words before it as
		// before the claim of the clause before, so the same unit
		return bareAmount(r, *tok, h, prev.kind, prev.unit), true
	case bareItem(r, prev, *tok):
		// 参保人数分别增加1753万和2028万: the second item of a pair of bare
		// amounts is what the first is
		return bareAmount(r, *tok, h, prev.kind, prev.unit), true
	case amount && (patMoneyCue.match(b) != nil || boundIn(r, b, amountEnd) || moneySeries(r, prev, tok.start, b) && cueUnit == "" || moneyItem(r, prev, *tok) || moneyItemAhead(r, *tok) || hasAnyPrefix(r[amountEnd:], moneyAfter)):
		// 实现收入15.02亿; 成交额5770亿元，环比收窄逾500亿: 元 left unwritten;
		// before an implied count: 斥资近63亿入股 is money
		return bareAmount(r, *tok, h, schema.KindMoney, impliedCurrency(r, prev, tok.start)), true
	case amount && cueUnit == "" && (implied == "" || implied == "个") && tok.value >= 1e12 && unitAt(r, amountEnd) == "":
		// 18万亿变成8万亿: no count of things reaches 万亿; money, 元 unwritten
		return bareAmount(r, *tok, h, schema.KindMoney, impliedCurrency(r, prev, tok.start)), true
	case implied != "" && (cueUnit == "" || implied != "个"):
		h.kind, h.unit = schema.KindCount, implied
		if more != "" {
			// 3700多万学生: a lower bound of 3700万
			h = withMoreMagnitude(h, *tok, more)
		} else if tok.end < len(r) && (r[tok.end] == '多' || r[tok.end] == '余') {
			// 六亿多人民: a lower bound of 6亿
			h.end, h.after = tok.end+1, tok.end+1
			h.qual = moreThan(h.qual)
		}
		for _, w := range []string{"以上", "以下", "左右"} {
			if hasPrefix(r[h.after:], w) {
				h.after += 2 // 1000万以上贫困人口: the bound before the noun
				h.qual = combine(h.qual, qualOf(w))
				break
			}
		}
	case cueUnit != "":
		// 累计观看人次2亿: the measure word is in the word before
		return bareAmount(r, *tok, h, schema.KindCount, cueUnit), true
	case amount && countSeries(r, prev, tok.start, b):
		return bareAmount(r, *tok, h, schema.KindCount, prev.unit), true
	case amount && tok.arabic && endsPhrase(r, amountEnd) && (tok.start == 0 || r[tok.start-1] != '/'): // not 发病率为97.1/10万
		// 预约已超200万, 辞职人数达到创纪录的450万, 涉及房产价值约77亿: an amount
		// that ends its phrase with no unit, noun or cue right before it is
		// still a claim to annotators: money when its clause names money,
		// else a count of what went unwritten (个)
		if code := currencyBefore(b); code != "" {
			return bareAmount(r, *tok, h, schema.KindMoney, code), true // 以新台币9.05亿
		}
		// the clause's words past its last 的 (not 获得收入的骑手约745万), or all
		// of it when 的 ends it (生产总值从4万多亿增加到2021年的8万多亿)
		clause := lastClause(before(r, ctx, 2*winBefore))
		if own := afterLast(clause, '的'); len(own) > 0 {
			clause = own
		}
		if containsAny(clause, moneyCueSet) {
			return bareAmount(r, *tok, h, schema.KindMoney, impliedCurrency(r, prev, tok.start)), true
		}
		return bareAmount(r, *tok, h, schema.KindCount, "个"), true
	case e.opts.Numbers && !tok.vague && (tok.arabic || len(tok.rs) > 1 || !isHanAround(r, *tok)):
		h.kind = schema.KindNumber
	}
	if tok.vague && h.end == tok.end && (h.qual == schema.QualExact || h.qual == schema.QualApprox) {
		// 数万游客: a range over the order of magnitude, as with a unit
		h.qual, h.low, h.high = schema.QualRange, some(tok.value), some(tok.high)
		return h, true
	}
	h.bounds()
	return h, true
}

// boundIn reports whether an amount ending at amountEnd is a bound on the
// money a cue names, linked by 在 (注册资本在1000万以下, 年收入在50万以上):
// only with a bound word after, since 在 links much else (缓债总额在二十国集团).
func boundIn(r, b []rune, amountEnd int) bool {
	n := len(b)
	return n > 1 && b[n-1] == '在' && patMoneyCue.match(b[:n-1]) != nil && hasAnyPrefix(r[amountEnd:], amountBounds)
}

// ratioEnd is where the ratio a:b at tok ends, or tok.start when there
// is none there.
func ratioEnd(r []rune, tok numTok) int {
	if _, _, end, ok := colonRatio(r, tok); ok {
		return end
	}
	return tok.start
}

// colonRatio reads a ratio written a:b (13∶33, 2:1) at tok: its two
// terms and where it ends.
func colonRatio(r []rune, tok numTok) (a, b float64, end int, ok bool) {
	k := tok.end
	if k+1 >= len(r) || r[k] != ':' && r[k] != '：' && r[k] != '∶' || !isDigit(r[k+1]) || !tok.parse() {
		return 0, 0, 0, false
	}
	second := scanNumber(r, k+1)
	if !second.parse() || second.value == 0 {
		return 0, 0, 0, false
	}
	return tok.value, second.value, second.end, true
}

// loneAmount reads 百亿, 千亿 or 万亿 alone after a threshold verb
// (管理规模突破千亿, 已超百亿, 成交破万亿, 有望达到万亿水平, 亏损上百亿), and
// 亿 alone after 过 and a money cue (收入过亿), as money whose
// currency is left unwritten, as annotators read it; a count cue before
// it keeps it a count (观看人次突破百亿).
func loneAmount(r []rune, tok numTok, prev *hit) (hit, bool) {
	lone := len(tok.rs) == 1 && tok.rs[0] == '亿' // 收入过亿
	if tok.arabic || !lone && (len(tok.rs) != 2 || tok.rs[1] != '亿' || !loneMagnitude(tok.rs)) || unitAt(r, tok.end) != "" || !tok.parse() {
		return hit{}, false // but 超百亿度, 突破千亿方: a unit follows
	}
	lead := loneMoneyLeadWords.suffix(before(r, tok.start, winBefore)) // the longest: 超过, not 过
	if lead == "" || lone && (lead != "过" || patMoneyCue.match(before(r, tok.start-1, winBefore)) == nil) ||
		patCountCue.match(before(r, tok.start-len([]rune(lead)), winBefore)) != nil {
		return hit{}, false
	}
	pre, ctx := preQualifier(r, tok.start)
	if pre == schema.QualExact && (strings.HasSuffix(lead, "过") || lead == "上") {
		pre, ctx = schema.QualLowerBound, tok.start-1 // 已过百亿, 亏损上百亿
	}
	h := hit{start: tok.start, end: tok.end, ctx: ctx, after: tok.end, kind: schema.KindMoney, unit: impliedCurrency(r, prev, tok.start),
		unitText: string(tok.rs), value: tok.value, qual: pre, scale: 1}
	h.bounds()
	return h, true
}

// loneThreshold reads a lone 万 that a level passes at the end of its
// clause (日均进馆人数破万, 加沙地带死亡人数过万, 单月销量破万): at least ten
// thousand of what the clause counts, or of yuan after a money cue
// (平均招聘月薪首次破万).
func loneThreshold(r []rune, tok numTok) (hit, bool) {
	if tok.arabic || len(tok.rs) != 1 || tok.rs[0] != '万' || tok.start == 0 || !strings.ContainsRune("破过", r[tok.start-1]) ||
		tok.end < len(r) && !isClauseSep(r[tok.end]) && !strings.ContainsRune("”】）", r[tok.end]) {
		return hit{}, false
	}
	pre, ctx := preQualifier(r, tok.start)
	if pre == schema.QualExact {
		pre, ctx = schema.QualLowerBound, tok.start-1 // 过万
	}
	h := hit{start: tok.start, end: tok.end, ctx: ctx, after: tok.end, kind: schema.KindCount, unit: "个",
		unitText: "万", value: 1e4, qual: pre, scale: 1}
	if b := lastClause(before(r, ctx, winBefore)); containsAny(b, moneyCueSet) {
		h.kind, h.unit = schema.KindMoney, "CNY"
	} else if containsWord(b, "人数") {
		h.unit = "人" // 日均进馆人数破万: people
	}
	h.bounds()
	return h, true
}

// indexBefore reports whether an index's name (PMI, 指数) ends the words
// of the clause before view offset a, at most 8 runes before it.
func indexBefore(r []rune, a int) bool {
	b := lastClause(before(r, a, winBefore))
	for k := len(b); k >= 0 && len(b)-k <= 8; k-- {
		if hasAnySuffix(b[:k], indexNames) {
			return true
		}
	}
	return false
}

// moneySeries reports whether a bare amount at a continues the money claim
// prev by a change (成交额5770亿元，环比收窄逾500亿): b is the window
// before the amount's words.
func moneySeries(r []rune, prev *hit, a int, b []rune) bool {
	return prev != nil && prev.kind == schema.KindMoney && series(r, prev, a, b)
}

// countSeries is moneySeries for a count whose measure word went unwritten
// (出境旅游人次由8300万增加到1亿3千多万).
func countSeries(r []rune, prev *hit, a int, b []rune) bool {
	return prev != nil && prev.kind == schema.KindCount && prev.unitText != "" && loneMagnitude([]rune(prev.unitText)) && series(r, prev, a, b)
}

// series reports whether the amount at a follows prev by a change verb in
// the same sentence: b is the window before the amount's words.
func series(r []rune, prev *hit, a int, b []rune) bool {
	if n := len(b); n > 0 && (b[n-1] == '至' || b[n-1] == '到' || b[n-1] == '了') {
		b = b[:n-1] // 下跌至7万/吨
	}
	return a-prev.end <= 16 && sameSentence(r, prev.end, a) && changeVerbWords.suffix(b) != ""
}

// moneyItem reports whether tok, a bare amount, is the next item of a list
// after prev, money of the same magnitude in 元, in the same clause
// (6500亿元7天期逆回购和500亿14天期逆回购).
func moneyItem(r []rune, prev *hit, tok numTok) bool {
	if prev == nil || prev.kind != schema.KindMoney || prev.unitText != tok.magSuffix+"元" || tok.start-prev.end > 12 || tok.start <= prev.end ||
		!strings.ContainsRune(listJoiners, r[tok.start-1]) {
		return false
	}
	return !slices.ContainsFunc(r[prev.end:tok.start], isClauseSep)
}

// moneyItemAhead reports whether tok, a bare amount, is the first item of
// a list whose next item is money of the same magnitude in 元, in the same
// clause (周二有2500亿7天期逆回购和200亿元14天逆回购到期).
func moneyItemAhead(r []rune, tok numTok) bool {
	for k := tok.end; k < len(r) && k < tok.end+12 && !isClauseSep(r[k]); k++ {
		if !strings.ContainsRune(listJoiners, r[k]) || k+1 >= len(r) || !isDigit(r[k+1]) {
			continue
		}
		next := scanNumber(r, k+1)
		return next.magSuffix == tok.magSuffix && hasPrefix(r[next.end:], "元")
	}
	return false
}

// bareItem reports whether tok follows prev, a bare amount (a count or
// money whose unit is unwritten, 1753万), as the next item of a list: only
// 和 or 、 between, the same magnitude, and nothing but punctuation or the
// end of the clause after it.
func bareItem(r []rune, prev *hit, tok numTok) bool {
	if prev == nil || prev.kind != schema.KindCount && prev.kind != schema.KindMoney || tok.magSuffix == "" ||
		prev.unitText != tok.magSuffix || prev.end+1 != tok.start || r[prev.end] != '和' && r[prev.end] != '、' {
		return false
	}
	return tok.end >= len(r) || !isHan(r[tok.end]) || isClauseSep(r[tok.end])
}

// parallelItem reports whether tok, a bare number ending its clause,
// follows the same three words as prev, a money claim of the clause before
// (均价为898元，首日机票均价为811).
func parallelItem(r []rune, prev *hit, tok numTok) bool {
	if prev == nil || prev.kind != schema.KindMoney || !tok.arabic || prev.start < 3 || tok.start < 3 ||
		!sameSentence(r, prev.end, tok.start) || tok.end < len(r) && !strings.ContainsRune("，。；;,！？", r[tok.end]) {
		return false
	}
	a, b := r[prev.start-3:prev.start], r[tok.start-3:tok.start]
	return slices.Equal(a, b) && !slices.ContainsFunc(a, func(c rune) bool { return !isHan(c) })
}

// tallyItem reports whether tok is an item of a tally of rises and falls
// (5升1平2降): an Arabic figure right before 升, 平, 降, 涨 or 跌 that is
// followed or preceded by another such item.
func tallyItem(r []rune, tok numTok) bool {
	const moves = "升降平涨跌"
	if !tok.arabic || slices.Contains(tok.rs, '.') || tok.end >= len(r) || !strings.ContainsRune(moves, r[tok.end]) {
		return false
	}
	if k := tok.end + 1; k < len(r) && isDigit(r[k]) {
		n := scanNumber(r, k) // 5升1平: the next item is a figure and a move too (not 标普500跌0.7%)
		if n.end < len(r) && strings.ContainsRune(moves, r[n.end]) && !slices.Contains(n.rs, '.') {
			return true
		}
	}
	return tok.start > 1 && strings.ContainsRune(moves, r[tok.start-1]) && isDigit(r[tok.start-2]) && tallyItem(r, scanBack(r, tok.start-1))
}

// casualtyItem reports whether tok counts the dead or the injured of a
// headline's tally: a whole number before 死 with 伤 after the next figure
// (3死9伤, 1死多伤), or before 伤 after such a 死 (the 9 of 3死9伤).
func casualtyItem(r []rune, tok numTok) bool {
	if !tok.arabic || slices.Contains(tok.rs, '.') || tok.end >= len(r) {
		return false
	}
	switch r[tok.end] {
	case '死':
		k := tok.end + 1
		if k >= len(r) {
			return false
		}
		if r[k] == '多' || r[k] == '数' {
			return k+1 < len(r) && r[k+1] == '伤'
		}
		if !isDigit(r[k]) {
			return false
		}
		n := scanNumber(r, k)
		return n.end < len(r) && r[n.end] == '伤'
	case '伤':
		return tok.start > 1 && r[tok.start-1] == '死' && isDigit(r[tok.start-2])
	}
	return false
}

// singleDigitRate reports whether 个位数 at r[i:] is a rate: growth words
// before it (增速降至, 同增高) or 增长 after it.
func singleDigitRate(r []rune, i int) bool {
	after := r[i+3:]
	if (hasPrefix(after, "增长") || hasPrefix(after, "的增长")) && !hasPrefix(after, "增长到") && !hasPrefix(after, "增长至") {
		return true // but 企业数量从两年前的个位数增长到如今的400家: a count that grew
	}
	b := before(r, i, 6)
	return slices.ContainsFunc(rateWords, func(w string) bool { return containsWord(b, w) })
}

// placeAlone reports whether 第N名 or 第N位 in r[i:end] stands as a place
// in a ranking: its clause ends after it, or the words after it are a
// result or a move (rankPlaceNext: 取得了第一名的好成绩, 从2012年的第三十四位
// 上升到…); but not a priority (把人民利益放在第一位) nor the first of its
// kind (美国第一位女性众议院议长).
func placeAlone(r []rune, i, end int) bool {
	for _, w := range priorityLeads {
		if containsWord(r[clauseStart(r, i):i], w) {
			return false // 就业摆在了“四稳”的第一位
		}
	}
	return end >= len(r) || isClauseSep(r[end]) || isSentenceSep(r[end]) || hasAnyPrefix(r[end:], rankPlaceNext)
}

// scanBack is the number that ends at view offset end.
func scanBack(r []rune, end int) numTok {
	k := end
	for k > 0 && isDigit(r[k-1]) {
		k--
	}
	return scanNumber(r, k)
}

// plusCount reports whether tok, with + after it and no unit, is a count
// of at least that many (推广1000+行业特色典型场景, 超过“2000+”规上企业): not a
// model's name (Zen 3+架构, 2k 120+), a quoted label (迈入“10+”时代) or a
// grade (色度1+以下, 4+最高评级).
func plusCount(r []rune, tok numTok) bool {
	k := tok.end
	if !tok.arabic || k+1 >= len(r) || r[k] != '+' || unitAt(r, k+1) != "" || strings.ContainsRune("以最级的", r[k+1]) {
		return false
	}
	if tok.start > 0 && (isASCIILetter(r[tok.start-1]) || r[tok.start-1] == ' ' && tok.start > 1 && (isASCIILetter(r[tok.start-2]) || isDigit(r[tok.start-2]))) {
		return false
	}
	return isHan(r[k+1]) || r[k+1] == '”' && tok.start > 1 && r[tok.start-1] == '“' && hasAnySuffix(r[:tok.start-1], plusQuoteLeads)
}

// subItems reports whether every line break between view offsets a and b
// opens a sub-item ("\n   - "), the rest of one brief's item:
// ISM制造业PMI录得46.8，⏎   - 萎缩幅度创八个月最大，远不及市场预期的48.8.
func subItems(r []rune, a, b int) bool {
	for k := a; k < b; k++ {
		if !isSentenceSep(r[k]) {
			continue
		}
		if r[k] != '\n' {
			return false
		}
		j := k + 1
		for j < b && r[j] == ' ' {
			j++
		}
		if j >= b || r[j] != '-' && r[j] != '*' {
			return false
		}
	}
	return true
}

// impliedCurrency is the currency of an amount written without one: that
// of the money claim before it in its sentence (…81万亿韩元…多出30万亿),
// else yuan.
func impliedCurrency(r []rune, prev *hit, a int) string {
	if prev != nil && prev.kind == schema.KindMoney && sameSentence(r, prev.end, a) {
		if code, _, _ := strings.Cut(prev.unit, "/"); len(code) == 3 {
			return code
		}
	}
	return "CNY"
}

// bareAmount completes h, a bare amount at tok, as money or a count in
// unit: 多 or 余 after it (8万多: a lower bound), a price's denominator
// (7万/吨), a bound word after it (30亿以上, 减少1000万以上) and a second end
// (亏损1100.0万至1500.0万).
func bareAmount(r []rune, tok numTok, h hit, kind, unit string) hit {
	h.kind, h.unit, h.scale = kind, unit, 1
	if more := moreMagnitude(r, tok); more != "" && h.end == tok.end {
		h = withMoreMagnitude(h, tok, more) // 贫困人口减少6800多万
		h.bounds()
		return h
	}
	k := h.end
	if k < len(r) && (r[k] == '多' || r[k] == '余') {
		h.qual = moreThan(h.qual)
		k++
		h.end, h.after = k, k
	}
	if per, post, n := tailAt(r, k); n > 0 {
		if per != "" && kind == schema.KindMoney {
			h.unit += "/" + per
			h.end = k + 1 + len([]rune(per))
		}
		if post != "" {
			h.qual = combine(h.qual, qualOf(post))
		}
		h.after = k + n
	}
	if hr, ok := bareRange(r, tok, h); ok {
		return hr
	}
	if tok.vague && (h.qual == schema.QualExact || h.qual == schema.QualApprox) {
		h.qual, h.low, h.high = schema.QualRange, some(tok.value), some(tok.high) // 新增病例可能已达到数十万
		return h
	}
	h.bounds()
	return h
}

// moreMagnitude is the magnitude of a number written with 多 or 余 before
// it (3700多万: 万), or "".
func moreMagnitude(r []rune, tok numTok) string {
	if tok.end+1 < len(r) && (r[tok.end] == '多' || r[tok.end] == '余') && (r[tok.end+1] == '万' || r[tok.end+1] == '亿') {
		return string(r[tok.end+1])
	}
	return ""
}

// withMoreMagnitude makes h, the number tok, the lower bound its 多 and
// magnitude mag write: 3700多万 is more than 3700万.
func withMoreMagnitude(h hit, tok numTok, mag string) hit {
	if whole, ok := ParseNumber(string(tok.rs) + mag); ok {
		h.value = whole // 一亿一千多万: 1.1亿, not 一亿一千 × 万
	} else {
		h.value *= magOf(mag)
	}
	h.end, h.after = tok.end+2, tok.end+2
	h.unitText = mag
	h.qual = moreThan(h.qual)
	return h
}

// bareRange extends h, a bare amount, to a range when a separator and
// a second bare amount follow: 亏损1100.0万至1500.0万.
func bareRange(r []rune, tok numTok, h hit) (hit, bool) {
	k := h.end
	if h.qual != schema.QualExact && h.qual != schema.QualApprox || k+1 >= len(r) || !isRangeSep(r[k]) || !startsCandidate(r, k+1) ||
		(r[k] == '至' || r[k] == '到') && changeFrom(r, tok.start) {
		return hit{}, false
	}
	b := scanNumber(r, k+1)
	if b.end <= k+1 || !b.arabic || b.vague || b.magSuffix == "" || !b.parse() || countedAt(r, b.end) != "" {
		return hit{}, false
	}
	if _, ok := suffixAt(r, b.end); ok {
		return hit{}, false
	}
	if changeBy(r, tok.start, k, h.kind, h.value, b.value, false) {
		return hit{}, false
	}
	lo, hi, ok := rangeEnds(r[k], h.value, b.value)
	if !ok {
		return hit{}, false
	}
	return h.ranged(b.end, b.end, lo, hi), true
}

// mayEndWord is a cheap test before a pattern matched at the end of the
// window before a: whether the rune before a (past a space or a linking
// 了/达/为/是/到) can end one of the pattern's words.
func mayEndWord(r []rune, a int, last map[rune]bool) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		c := r[k]
		if last[c] {
			return true
		}
		if c != ' ' && c != '了' && c != '达' && c != '为' && c != '是' && c != '到' {
			return false
		}
	}
	return false
}

// lastRunes is the set of last runes of words.
func lastRunes(words ...[]string) map[rune]bool {
	m := map[rune]bool{}
	for _, ws := range words {
		for _, w := range ws {
			rs := []rune(w)
			m[rs[len(rs)-1]] = true
		}
	}
	return m
}

var (
	// qualWords are the bound and approximation words written before a number.
	qualWords = newWordSet(preLower, preUpper, preApprox, notQual)
	// boundWords finds changeBounds.
	boundWords = newWordSet(changeBounds)
	// boundVerbWords finds the verbs a bound word may stand before.
	boundVerbWords = newWordSet(changeVerbs, boundVerbs)
	// loneMoneyLeadWords finds loneMoneyLeads.
	loneMoneyLeadWords = newWordSet(loneMoneyLeads)
	// adverbBoundWords finds adverbBounds.
	adverbBoundWords = newWordSet(adverbBounds)
	// postBoundWords are the bound words written after a number (以上, 以内).
	postBoundWords = newWordSet(postLower, postUpper)
	// notQualWords are the words that end in a qualifier or a duration cue
	// without being one.
	notQualWords = newWordSet(notQual)
	// rankCueLast ends the words of patRankCue.
	rankCueLast = lastRunes([]string{"居", "据", "持", "评", "核", "榜", "列", "名", "排", "国", "省", "市", "球", "界", "区", "县", "州", "类", "升", "至", "身", "坐", "是", "联", "得", "于", "获", "北", "南", "东", "中", "部", "洲", "区", "入", "回", "到", "返", "人"})
	// cueLast ends the words of patIndexCue, patSeriesCue and patRatioCue.
	cueLast = lastRunes([]string{"指数", "指标", "PMI", "PPI", "CPI", "指", "为", "报", "于", "收", "至", "得", "到", "值", "期", "小", "大", "估", "是", "比", "差", "值从", "期的", "由", "升", "落", "降",
		"上破", "站上", "跌破", "失守", "升穿", "收复", "触及", "逼近", "重返", "站稳", "DXY", "美指", "高点", "低点"}) // 前值从95.8修正为96; 美元指数DXY站上96, 美元指数接近去年高点96.94
)

// currencyFirst holds the first runes of the currencies, a cheap test
// before patDigitless.
var currencyFirst = func() (b runeBits) {
	for _, c := range currencies {
		b.add([]rune(c.text)[0])
	}
	return b
}()

// sameSentence reports whether no sentence ends between view offsets a and b.
func sameSentence(r []rune, a, b int) bool {
	for _, c := range r[a:b] {
		if isSentenceSep(c) {
			return false
		}
	}
	return true
}

// impliedCount gives the unit of a large count written without a measure
// word (一亿二千万农户 → 户, 一亿一千多万青壮年 → 个): a number with 万 or 亿
// right before a noun. "" when it is not one.
func impliedCount(r []rune, t numTok) string {
	end := t.end
	if len(t.rs) == 1 && (t.rs[0] == '万' || t.rs[0] == '亿') && (t.start == 0 || r[t.start-1] != '上') {
		return "" // 成达万高铁: a lone 万 is a syllable of a name; but 上亿市场主体
	}
	if end+1 < len(r) && (r[end] == '多' || r[end] == '余') && (r[end+1] == '万' || r[end+1] == '亿') {
		end += 2 // 3700多万学生
	} else if !slices.ContainsFunc(t.rs, func(c rune) bool { return c == '万' || c == '亿' }) {
		if t.arabic && end+1 < len(r) && (r[end] == '多' || r[end] == '余') && hasAnyPrefix(r[end+1:], residentNouns) && t.parse() && t.value >= 100 {
			return "人" // 感恩社区6000多居民: people, though no magnitude says it is a count
		}
		return ""
	} else if end < len(r) && (r[end] == '多' || r[end] == '余') {
		end++ // 六亿多人民
	}
	bounded := hasAnyPrefix(r[end:], spanBounds) || hasPrefix(r[end:], "左右")
	if bounded {
		end += 2 // 1000万以上贫困人口: people, if a noun says so (the bound is the qualifier)
	}
	if end >= len(r) || !isHan(r[end]) || strings.ContainsRune(notCountNoun, r[end]) && !hasAnyPrefix(r[end:], countNounsAnyway) || unitAt(r, end) != "" {
		return "" // a verb or particle follows, or a unit (30万吨级: a class label)
	}
	if hasPrefix(r[end:], "项目") {
		return "" // 1000亿项目清单: projects of that much money, no count
	}
	if r[end] == '股' && !hasPrefix(r[end:], "股民") && !hasPrefix(r[end:], "股东") {
		return "股" // 解除质押约1.19亿股份: shares
	}
	for k := end; k < len(r) && k < end+5 && isHan(r[k]); k++ {
		if bounded && (r[k] == '的' || r[k] == '户') {
			break // 300万以下城市的落户限制: the noun ends at 的
		}
		switch r[k] {
		case '户':
			return "户"
		case '人', '民', '者', '员', '众': // 6069万农民, 2100万城乡劳动者, 90多万群众
			return "人"
		}
	}
	if bounded {
		return "" // 5000万以上项目: money, perhaps, with its unit unwritten
	}
	return "个"
}

// isHanAround reports whether a one-rune Chinese numeral sits inside Han
// text on both sides (统一部署): usually part of a word.
func isHanAround(r []rune, t numTok) bool {
	return t.start > 0 && isHan(r[t.start-1]) && t.end < len(r) && isHan(r[t.end])
}

func isHan(c rune) bool { return c >= 0x4e00 && c <= 0x9fff }

// joinedByList reports whether two numbers are consecutive items of a list:
// only 、, 和 or 及 between them, or / between digits (分别为293/350/417亿元).
func joinedByList(r []rune, prevEnd, start int) bool {
	if start != prevEnd+1 {
		return false
	}
	switch r[prevEnd] {
	case '、', '和', '及', '或': // 4.2和0.7个百分点, 超过2%或3%
		return true
	case '/':
		return listSlash(r, prevEnd) && isDigit(r[start])
	}
	return false
}

// listSlash reports whether the / at r[k] can join numbers of a list
// (293/350/417亿元, 19%/0.6%/25%): a digit or % before it, and no dash
// before that (6.21-1/4美元 is a price in fractions of a cent).
func listSlash(r []rune, k int) bool {
	return k >= 1 && (isDigit(r[k-1]) || r[k-1] == '%' || isMag(r[k-1]) && k+1 < len(r) && isDigit(r[k+1])) && (k < 2 || r[k-2] != '-')
}

// times multiplies x by a unit's scale. When the product is a short decimal
// off in its last bits, it is that decimal: 33微克 is 3.3e-08 kg, not
// 3.3000000000000004e-08, and 0.018毫米 is 1.8e-05 m; a long one (43万亩,
// 286666666.6666666 m2) keeps every digit.
func times(x, scale float64) float64 {
	v := x * scale
	if scale == 1 || v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	s := strconv.FormatFloat(v, 'g', 15, 64) // 'g' drops trailing zeros
	mant, _, _ := strings.Cut(s, "e")
	digits := 0
	for _, c := range strings.TrimLeft(strings.TrimLeft(mant, "-"), "0.") {
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	if digits > 12 {
		return v
	}
	r, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return v
	}
	return r
}

// listItem is the claim of a bare list item c that takes its unit from the
// last item h.
func listItem(c numTok, h hit) hit {
	it := hit{start: c.start, end: c.end, ctx: c.start, after: c.end, kind: h.kind, unit: h.unit, unitText: h.unitText}
	it.value = times(c.value, h.scale)
	switch {
	case c.magSuffix == "":
		it.value *= magOf(h.numMag) // 3、5万元: the magnitude is shared too
	case h.numMag != c.magSuffix && strings.HasPrefix(h.numMag, c.magSuffix):
		it.value *= magOf(h.numMag[len(c.magSuffix):]) // 100万、110万和130万亿元: 万 of 万亿
	}
	it.qual = schema.QualExact
	if h.qual == schema.QualLowerBound || h.qual == schema.QualUpperBound || h.qual == schema.QualApprox {
		it.qual = h.qual
	}
	it.bounds()
	return it
}

// dropNumbers removes the bare-number hits of the chain: they are list items now.
func dropNumbers(hits []hit, chain []numTok) []hit {
	out := hits[:0]
	for _, h := range hits {
		keep := true
		for _, c := range chain {
			if h.start == c.start {
				keep = false
			}
		}
		if keep {
			out = append(out, h)
		}
	}
	return out
}

func sortHits(h []hit) {
	sort.SliceStable(h, func(i, j int) bool {
		if h[i].start != h[j].start {
			return h[i].start < h[j].start
		}
		return h[i].end > h[j].end
	})
}

// endsHalf reports whether r[end] is a 半 that adds half a unit to the
// number before (十三斤半, 一头半，): the number's last word, before no
// other Han but 的 (3年半导体 is no 3.5年).
func endsHalf(r []rune, end int) bool {
	return end < len(r) && r[end] == '半' && (end+1 >= len(r) || !isHan(r[end+1]) || r[end+1] == '的')
}

// minutesAt reports whether r[k:] is the minutes of a clock time (9点02分,
// 9点50分已恢复): one or two digits and 分, not 分钟 (a span).
func minutesAt(r []rune, k int) bool {
	n := 0
	for k+n < len(r) && isDigit(r[k+n]) && n < 3 {
		n++
	}
	return (n == 1 || n == 2) && k+n < len(r) && r[k+n] == '分' && !hasPrefix(r[k+n:], "分钟")
}

// agesRateGroup reports whether the text after an age names a rate within its
// clause (16-24岁劳动力失业率为17.1%): the age is then part of the rate's name.
func agesRateGroup(after []rune) bool {
	for i, c := range after {
		if i >= rateGroupReach || isClauseSep(c) {
			return false
		}
		if c == '率' {
			return true
		}
	}
	return false
}

// listTotal reports whether tok, a Chinese numeral after 等, counts the
// items of the list before it (长江、黄河等七大流域, 江苏、安徽等五省, 产品、品牌、
// 文化等五大方向): a count even with a measure word that counts only after
// digits.
func listTotal(r []rune, tok numTok) bool {
	return tok.start > 0 && r[tok.start-1] == '等' && tok.parse() && tok.value >= 2 && tok.value <= 100
}

// weeksRangeNext reports whether a range separator and a number of weeks
// follow view offset end (the 到三周 of 两周到三周).
func weeksRangeNext(r []rune, end int) bool {
	if end >= len(r) || !isRangeSep(r[end]) {
		return false
	}
	k := end + 1
	for k < len(r) && k-end <= 4 && (isDigit(r[k]) || isCn(r[k])) {
		k++
	}
	return k > end+1 && hasPrefix(r[k:], "周")
}

// endsPhrase reports whether the phrase of an amount ends at k, past 多 or
// 余 and a bound word: at a clause break, a closing quote, 的 (创纪录的450万的
// 差异) or the 和 of a list of amounts (175万和200万).
func endsPhrase(r []rune, k int) bool {
	if k < len(r) && (r[k] == '多' || r[k] == '余') {
		k++
	}
	for _, w := range amountBounds {
		if hasPrefix(r[k:], w) {
			k += len([]rune(w))
			break
		}
	}
	if k >= len(r) {
		return true
	}
	switch c := r[k]; {
	case isClauseSep(c), c == '”', c == '"', c == '的', c == ' ':
		return true
	case c == '和' || c == '及' || c == '或':
		return k+1 < len(r) && isDigit(r[k+1])
	}
	return false
}

// afterLast returns the runes of b after its last c, or all of b.
func afterLast(b []rune, c rune) []rune {
	for k := len(b) - 1; k >= 0; k-- {
		if b[k] == c {
			return b[k+1:]
		}
	}
	return b
}

// currencyBefore returns the code of the currency whose name ends b
// (以新台币9.05亿, 人民币100亿), or "": not a subunit's (美分, 分钱).
func currencyBefore(b []rune) string {
	for _, c := range currencies {
		if n := len([]rune(c.text)); n > 1 && !strings.ContainsRune("分仙钱", []rune(c.text)[n-1]) && hasSuffix(b, c.text) {
			return c.code
		}
	}
	return ""
}

// indexClauseBefore reports whether the bare number at view offset a ends a
// short clause (现报, 刷新日低至, 从) that goes on from a clause of the same
// sentence naming an index (美元指数DXY日内转涨，现报92.23; 韩国PMI增幅最大，
// 从50.9升至51.9): the index's reading, in points.
func indexClauseBefore(r []rune, a int) bool {
	cs := clauseStart(r, a)
	if a-cs > 6 || cs < 2 || r[cs-1] != '，' && r[cs-1] != ',' {
		return false
	}
	ps := clauseStart(r, cs-1)
	if !sameSentence(r, ps, a) || cs-1-ps > 16 {
		return false
	}
	return containsAny(r[ps:cs-1], indexNameSet) && !slices.ContainsFunc(r[cs:a], isDigit)
}

// barePrice reads a price whose currency went unwritten, an amount right
// before / and a priced unit (铜价由年初的32000/吨上升到33000/吨, 新房不到1万/㎡,
// 最高成交价为9.60/股): money in the currency of the sentence, per the unit.
func barePrice(r []rune, tok numTok, prev *hit) (hit, bool) {
	if !tok.arabic || tok.end >= len(r) || r[tok.end] != '/' || !tok.parse() {
		return hit{}, false
	}
	per, post, n := tailAt(r, tok.end)
	if n == 0 || !slices.Contains(priceDenominators, per) {
		return hit{}, false
	}
	end := tok.end + 1 + utf8.RuneCountInString(per)
	pre, ctx := preQualifier(r, tok.start)
	h := hit{start: tok.start, end: end, ctx: ctx, after: tok.end + n, kind: schema.KindMoney, unit: impliedCurrency(r, prev, tok.start) + "/" + per,
		unitText: tok.unitMag(), value: tok.value, qual: combine(pre, qualOf(post)), scale: 1}
	h.bounds()
	return h, true
}
