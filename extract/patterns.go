package extract

import (
	"sort"
	"strings"
	"time"

	"github.com/dlclark/regexp2"

	"numclaims/schema"
)

// matchTimeout bounds every regexp2 match: regexp2 backtracks, and without
// a timeout a pathological window could stall a worker.
const matchTimeout = 100 * time.Millisecond

func mustCompile(expr string) *regexp2.Regexp {
	re := regexp2.MustCompile(expr, regexp2.None)
	re.MatchTimeout = matchTimeout
	return re
}

// mustCompileBack compiles a pattern matched at the end of the window
// before a number ("…$"): right to left, so it starts at the end instead
// of trying every start position.
func mustCompileBack(expr string) *regexp2.Regexp {
	re := regexp2.MustCompile(expr, regexp2.RightToLeft)
	re.MatchTimeout = matchTimeout
	return re
}

// pattern is one named extraction pattern. Patterns are matched on short
// windows of the view (never the whole document): regexp2 copies its input.
type pattern struct {
	name string
	re   *regexp2.Regexp
}

// The patterns. "^" anchors at the start of the window after a number (or
// at a trigger rune); "$" at the end of the window before a number.
var (
	// shape: what may stand between a number and its unit: 多/余 inside the
	// number (20余家), a magnitude after it (20余万人). The unit itself is
	// looked up in the unit tables (see suffixAt).
	patShape = pattern{"shape", mustCompile(`^\s?(?<more>多|余|来|\+(?=\p{Han}))?(?<mag>万亿|亿万|亿|万|千|百)?\s?`)}
	// tail: what may follow a unit: a per-unit denominator (75.6美元/桶) and
	// a bound or approximation word (以上, 左右).
	// 内 is "within" unless a word goes on (8方面内容, 3个内地城市); （含）
	// before 以上 or 以下 says the bound is inclusive (800公里（含）以下), （不含）
	// exclusive (90平方米（不含）以下: the qualifier cannot say which).
	patTail = pattern{"tail", mustCompile(`^(?:(?:/|\\/|每)(?<per>(?:` + alt(perUnits) + `)(?:·(?:人次|人|次))?))?(?:[（(]不?含[）)](?=以|及))?(?:(?<post>(?:` + alt(concat(postLower, postUpper, postAprx)) + `)(?<!内(?=[` + notWithinAfter + `]))(?<!强(?=[\p{L}]))(?<!余(?=[震额量粮热温波]))(?<!\+(?=[\d/\-])))| (?<post>` + alt(spacedPosts) + `))?`)} // 1bp 左右: a space typed before a word of two; 36次余震: 余 of a word, no bound
	// perPrefix: 每吨300元 — a denominator written before the number.
	patPerPrefix = pattern{"per_prefix", mustCompileBack(`每(?<n>\d{1,4})?(?<per>` + alt(perUnits) + `|(?:` + alt(perBeforeOnly) + `)(?=每|\d|$))[^，,。；;、\n]{0,8}?$`)} // 平均每人的纯收入达到二百七十元; 每50公斤提高5到7元; 每生每年6000元 (not 每生产1吨)
	// fan: 翻番, 翻两番, 翻了一番, 翻了一倍, 翻了近一番.
	patFan = pattern{"fan", mustCompile(`^翻(?:了)?(?<q>将近|接近|近|超过|逾|约)?(?<n>一|两|二|三|四|五|六|七|八|九|十)?(?<u>番|倍)`)}
	// percentWords: 百分之五, 千分之三, 万分之一, 三分之二 (the numbers checked by ParseNumber).
	patPercentWords = pattern{"percent_words", mustCompile(`^(?<d>[零〇一二两三四五六七八九十百千万0-9.]+?)分之(?<n>[零〇一二两三四五六七八九十百千点0-9.]+)`)}
	// digitless: 亿元以上 — a threshold with a magnitude and no digits.
	patDigitless = pattern{"digitless", mustCompile(`^(?<mag>万亿|亿|千万|百万|万)(?<unit>` + alt(currencyTexts()) + `)(?:及|或)?(?<post>以上|以下)`)}
	// places: 两位数增长 — a vague percent.
	patPlaces = pattern{"places", mustCompile(`^(?<n>两|二|双|三|四)位数`)}
	// countless: 数以万计.
	patCountless = pattern{"countless", mustCompile(`^数以(?<mag>百万|千万|十万|亿|万|千|百|十)计`)}
	// rank: 第一, 第一方阵, 第一大; with rankCue before it when bare.
	patRank    = pattern{"rank", mustCompile(`^(?<first>第|前)(?<n>[一二两三四五六七八九十百0-9]{1,4})(?![0-9零〇一二三四五六七八九十百千万])(?<tail>方阵|梯队|阵营|中标候选人|大(?=[\p{Han}，,。；;]|$)|[高多低少快好](?=的|纪录|记录|水平|月份|楼|水位|[，。；,;])|位|名|强)?(?!届|批|轮|期|次|章|条|款|项|部分|季|个|天|周|年|月|日|号|%|‰|‱|阶段|代|产业|步|层|场|代|类|种|课|稿|版|节|回|排|级|枚|讲|台|家|针|剂|站|颗|艘|部|座|线|国|方|财经|时间|书记|舰队|单(?![日月周]))`)}
	patRankCue = pattern{"rank_cue", mustCompileBack(`(?:居|雄踞|占据|保持|位列|名列|排名|排|考评|考核|榜|全国|全省|全市|全球|世界|全区|全县|全州|全国同类|跃升至?|跃居|稳居|位居|升至|跌至|降至|退居|滑落至|下滑至|回落至|列|跻身|候选人|稳坐|仍是|蝉联|夺得|获得|荣获|均居|位于)[^，,。；;、\n]{0,10}$|(?:西北|西南|东北|华东|华北|华南|华中|中西部|中部|西部|东部|亚洲)(?:地区)?$|(?:进入|重回|回到|重返|上升到|上升至|升到|下降到|下降至|降到|跌到)$`)} // a region or a move into a place only right before the rank (西北第一, 首次进入前十, 重回第二; not 中部战区陆军第82集团军, 进入山东省地矿局第六地质大队)
	// days: 百日, 千日 — a span of days written as one magnitude.
	patDays = pattern{"days", mustCompile(`^(?<n>百|千)(?:日|天)(?!元|记|攻坚|行动|会战|冲刺|千万|维新|咳|草)`)}
	// indexCue: an index reading without 点: PMI为49.6, 指数报101.61.
	patIndexCue = pattern{"index_cue", mustCompileBack(`(?:指数|指标|PMI|PPI|CPI|综指|成指|指|差值|DXY|美指)(?:[^，,。；;\n]{0,8}(?:为|报|收于|收报|报收|升至|降至|涨至|跌至|攀升至|回落至|下滑至|回升至|上升至|下降至|滑落至|录得|达到|达|终值|初值|前值|预期|今值|由|从|上破|站上|跌破|失守|升穿|收复|触及|逼近|重返|站稳|上|高点|低点)|[）)]?(?:从|由)[^，,。；;\n]{1,10}的)?\s?$`)} // and 采购经理人指数（PMI）从10月份的48.7
	// seriesCue: a later reading of the same index or ratio in its sentence:
	// 预期45.5, 前值45.3, 7月终值66.4, 缩小0.05, 较上月回升0.02.
	patSeriesCue = pattern{"series_cue", mustCompileBack(`(?:预期|前值|初值|终值|今值|前次为|预估|修正值|缩小|扩大|降至|升至|回落至|下降到|降到|降低到|提高到|上升到|增长到|增长至|为|回升|回落|上升|下降)[^，,。；;\n]{0,8}?\s?$`)}
	// ratioCue: 收入比值2.62, 缩小0.05 — a ratio stated without a unit.
	patRatioCue = pattern{"ratio_cue", mustCompileBack(`(?:比值|之比|比为|收入比|比价|倍差|投标倍数|认购倍数)[^，,。；;\n]{0,10}(?:为|是|缩小|扩大|降至|升至|缩小到|缩小至)?\s?$`)}
	// moneyCue: 实现收入15.02亿, 票房（含预售）已突破30亿 — an amount whose
	// currency is left unwritten, after a word that names money.
	patMoneyCue = pattern{"money_cue", mustCompileBack(`(?:` + alt(moneyCues) + `)(?:（[^（）\n]{1,10}）|\([^()\n]{1,10}\))?(?:` + alt(concat(moneyLinks, changeVerbs)) + `){0,2}\s?$`)}
	// countCue: 累计观看人次2亿, 总点赞数3.6亿 — a count whose measure word
	// the word before implies.
	patCountCue = pattern{"count_cue", mustCompileBack(`(?<w>` + alt(countCueTexts()) + `)(?:（[^（）\n]{1,10}）|\([^()\n]{1,10}\))?(?:` + alt(countCueAdverbs) + `){0,3}(?:` + alt(concat(moneyLinks, changeVerbs)) + `){0,2}\s?$`)} // 贫困人口再减少1000万, 出生人数也可能首次跌破70万, 日活跃用户数(DAU)为4.84亿
	// date: the dated time expressions a claim's time is taken from
	// (2024年, 2024年前三季度, 1-8月, 9月份); the undated ones (全年, 当年)
	// are the timeWords table. This is the definition; findDates (dates.go)
	// is it compiled by hand, and FuzzDates holds the two together.
	patDate = pattern{"date", mustCompile(`(?:(?:19|20)[0-9]{2}|[一二三四五六七八九〇零]{4})年(?:[0-9一二三四五六七八九十]{1,2}(?:—|-|至)?[0-9一二三四五六七八九十]{0,2}月份?|(?:上|下)半年|前?[一二三四]季度|第[一二三四]季度|全年|末|底|初|以来)?|[0-9一二三四五六七八九十]{1,2}(?:—|-|至|到)[0-9一二三四五六七八九十]{1,2}月份?|前[0-9一二三四五六七八九十]{1,2}(?:个月|月)|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日|(?<![0-9])[0-9]{1,2}月份?(?![0-9]*日)`)}
)

// patterns lists every pattern by name, for tests and documentation.
var patterns = []pattern{patShape, patTail, patPerPrefix, patFan, patPercentWords, patDigitless,
	patPlaces, patCountless, patRank, patRankCue, patDays, patIndexCue, patSeriesCue, patRatioCue, patMoneyCue, patCountCue, patDate}

// durationCueWords finds the cues that make 5年 a span (连续5年).
var durationCueWords, yearSpanCueWords = newWordSet(durationCues), newWordSet(yearSpanCues)

// changeVerbWords finds a change verb ending before a number (changeBy).
var changeVerbWords = newWordSet(changeVerbs)

// countedAfterWords finds a noun right after an amount that shows it
// counts people or things (82.3万美国人), not money.
var countedAfterWords = newWordSet(countedAfter)

// countedAt is the noun of countedAfter at r[k] that shows what the amount
// before it counts, or "" (1200亿台阶: notCountedAfter).
func countedAt(r []rune, k int) string {
	if hasAnyPrefix(r[k:], notCountedAfter) {
		return ""
	}
	return countedAfterWords.prefix(r[k:])
}

// timeWordTrie finds the undated time words (全年, 前三季度).
var timeWordTrie = newWordSet(timeWords)

// unitWords finds the longest unit at a position; unitGuards holds, per
// unit, the words that must not follow it (成 in 一成不变).
var (
	unitWords  = newWordSet(unitTexts())
	unitGuards = func() map[string][]string {
		m := map[string][]string{}
		for t, u := range buildUnits() {
			m[t] = splitAlt(u.guard)
		}
		return m
	}()
	shapeFirst = map[rune]bool{' ': true, '+': true, '多': true, '余': true, '来': true, '万': true, '亿': true, '千': true, '百': true}
	tailFirst  = func() map[rune]bool {
		m := map[rune]bool{'/': true, '\\': true, '每': true, '（': true, '(': true, ' ': true} // \/: a slash escaped in the source
		for _, w := range concat(postLower, postUpper, postAprx) {
			m[[]rune(w)[0]] = true
		}
		return m
	}()
)

func unitTexts() []string {
	var out []string
	for t := range buildUnits() {
		out = append(out, t)
	}
	return out
}

// powerCase writes a power or energy unit of up to three runes typed in
// another case as the tables do: K as k, w as W, and H after W as h. It
// writes into buf, not a new slice: unitAt runs for most numbers.
func powerCase(w []rune, buf *[3]rune) []rune {
	out := buf[:copy(buf[:], w)]
	for i, c := range out {
		switch {
		case c == 'K':
			out[i] = 'k'
		case c == 'w':
			out[i] = 'W'
		case c == 'H' && i > 0 && out[i-1] == 'W':
			out[i] = 'h'
		}
	}
	return out
}

// unitAt is the longest unit at r[k] not followed by its guard, or "".
func unitAt(r []rune, k int) string {
	u := unitWords.prefix(window(r, k, 8))
	if k < len(r) && (r[k] >= 'A' && r[k] <= 'Z' || r[k] == 'k') {
		var buf [3]rune
		if w := unitWords.prefix(powerCase(window(r, k, 3), &buf)); len(w) > len(u) {
			u = w // 130Gwh, 5KW, 50Mw: the table's GWh, kW, MW
		}
	}
	for u != "" {
		rest := r[k+len([]rune(u)):]
		if !hasAnyPrefix(rest, unitGuards[u]) || hasAnyPrefix(rest, guardExceptions[u]) ||
			k > 0 && (isDigit(r[k-1]) || isCn(r[k-1]) && r[k-1] != '一') && hasAnyPrefix(rest, numberedGuardExceptions[u]) ||
			k > 0 && isCn(r[k-1]) && r[k-1] != '一' && hasAnyPrefix(rest, cnNumberedGuardExceptions[u]) {
			return u
		}
		// a guarded unit may hide a shorter one
		shorter := []rune(u)
		u = unitWords.prefix(shorter[:len(shorter)-1])
	}
	return ""
}

// suffix is what follows a number: offsets are view runes.
type suffix struct {
	more, mag, unit, per, post string
	unitEnd                    int // end of the unit (and of the per-unit, if any)
	after                      int // end of the trailing bound word, or unitEnd
}

// suffixAt reads the unit after a number ending at view offset at: patShape,
// the longest unit of the tables not followed by its guard, then patTail.
func suffixAt(r []rune, at int) (suffix, bool) {
	var s suffix
	k := at
	if k < len(r) && shapeFirst[r[k]] {
		if m := patShape.match(window(r, k, 8)); m != nil {
			s.more, s.mag = group(m, "more"), group(m, "mag")
			k += m.Length
		}
	}
	u := unitAt(r, k)
	if u == "" && s.mag != "" {
		// 20多千瓦: the magnitude word starts the unit
		k -= len([]rune(s.mag))
		s.mag = ""
		u = unitAt(r, k)
	}
	if u == "" {
		return s, false
	}
	s.unit = u
	k += len([]rune(u))
	s.unitEnd, s.after = k, k
	if per, post, n := tailAt(r, k); n > 0 {
		s.per, s.post = per, post
		if per != "" {
			s.unitEnd = k + 1 + len([]rune(per))
			if r[k] == '\\' {
				s.unitEnd++
			}
		}
		s.after = k + n
	}
	return s, true
}

// tailAt matches patTail at view offset k, after a unit or a figure: the
// denominator and the bound word there, and the runes they take (n is 0
// for none).
func tailAt(r []rune, k int) (per, post string, n int) {
	if k >= len(r) || !tailFirst[r[k]] {
		return "", "", 0
	}
	m := patTail.match(window(r, k, 8))
	if m == nil {
		return "", "", 0
	}
	return group(m, "per"), group(m, "post"), m.Length
}

// unitByText finds the definition of a unit as matched by patSuffix.
var unitByText = buildUnits()

func buildUnits() map[string]unitDef {
	m := map[string]unitDef{}
	for _, u := range physical {
		m[u.text] = u
	}
	for _, u := range ratios {
		m[u.text] = u
	}
	for _, u := range durationUnits {
		m[u.text] = u
	}
	for _, c := range currencies {
		f := 1.0
		if sub, ok := subunit[c.text]; ok {
			f = sub
		}
		m[c.text] = unitDef{text: c.text, kind: schema.KindMoney, code: c.code, factor: f, guard: currencyGuards[c.text]}
	}
	for _, w := range measureWords {
		if _, ok := m[w]; !ok {
			guard := countGuards[w]
			if simp, ok := traditionalMeasure[w]; ok {
				guard = countGuards[simp]
			}
			code := w
			if c, ok := measureCodes[w]; ok {
				code = c
			}
			m[w] = unitDef{text: w, kind: schema.KindCount, code: code, factor: 1, guard: guard, arabic: arabicMeasures[w], needMag: magMeasures[w]}
		}
	}
	return m
}

func currencyTexts() []string {
	out := make([]string, len(currencies))
	for i, c := range currencies {
		out[i] = c.text
	}
	return out
}

// countCueTexts are the words of countCues; countCueUnit maps each to its
// measure word.
func countCueTexts() []string {
	out := make([]string, len(countCues))
	for i, c := range countCues {
		out[i] = c.text
	}
	return out
}

var countCueUnit = func() map[string]string {
	m := map[string]string{}
	for _, c := range countCues {
		m[c.text] = c.unit
	}
	return m
}()

// alt is a regexp alternation of words, longest first.
func alt(words []string) string {
	w := append([]string(nil), words...)
	sortLongestFirst(w)
	for i := range w {
		w[i] = regexp2.Escape(w[i])
	}
	return strings.Join(w, "|")
}

func sortLongestFirst(w []string) {
	sort.SliceStable(w, func(i, j int) bool {
		if len([]rune(w[i])) != len([]rune(w[j])) {
			return len([]rune(w[i])) > len([]rune(w[j]))
		}
		return w[i] < w[j]
	})
}

func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// match runs p on runes and returns the match or nil. A match that times
// out is run once more: regexp2 reads its deadline off a clock that a
// goroutine advances every 100 ms, and when that goroutine runs late (a
// loaded machine) the clock jumps and a match of microseconds can time out
// (one claim of the indep set lost its /吨 in one run of about twenty).
// The second run starts from the clock as it now stands; only a match that
// is really slow times out twice, and counts as no match.
func (p pattern) match(r []rune) *regexp2.Match {
	m, err := p.re.FindRunesMatch(r)
	if err != nil {
		m, err = p.re.FindRunesMatch(r)
	}
	if err != nil {
		return nil
	}
	return m
}

// group returns the text of the named group, or "".
func group(m *regexp2.Match, name string) string {
	if g := m.GroupByName(name); g != nil && g.Length > 0 {
		return g.String()
	}
	return ""
}
