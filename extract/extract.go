// Package extract finds numeric claims in Chinese text.
//
// It scans a document for candidate numbers, matches the extraction
// patterns on a small window around each, normalizes the number and its
// unit, and attaches context (metric, predicate, time, sentence) from the
// segmented clause. It holds no global state: an Extractor is a Segmenter
// plus Options, safe for concurrent use.
package extract

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"numclaims/schema"
)

// Options controls what Extract emits.
type Options struct {
	// Numbers also emits every cardinal number that has no recognized unit,
	// as kind "number" with an empty unit.
	Numbers bool
}

// Extractor finds claims. It is safe for concurrent use.
type Extractor struct {
	seg  *Segmenter
	opts Options
	bufs sync.Pool // *buffers, the memory of past documents' views
}

// New returns an Extractor that segments with seg. seg must stay open for
// the Extractor's lifetime.
func New(seg *Segmenter, opts Options) *Extractor {
	return &Extractor{seg: seg, opts: opts}
}

// hit is a claim found in the view, before context and offsets are added.
type hit struct {
	start, end int    // span in view runes, end exclusive
	ctx        int    // view offset where the claim's words start (a qualifier before the number), for context
	after      int    // view offset after the claim's trailing words (qualifier after the unit)
	kind, unit string // schema kind and normalized unit code
	unitText   string // unit as written, magnitude included
	value      float64
	low, high  opt
	qual       string
	scale      float64 // multiplier from the number as parsed to value (magnitude after it × unit factor)
	numMag     string  // the number's own trailing magnitude (亿 of 160.4亿)
	pair       string  // an exchange rate's currency pair as written (欧元兑美元), its metric
}

// window lengths, in runes, for the patterns matched after and before a number.
const (
	winAfter  = 16
	winBefore = 12
)

// Extract returns the claims of one document's text, sorted by start, with
// ClaimIdx set. DocID and Source are left for the caller to fill.
func (e *Extractor) Extract(text string) []schema.Claim {
	buf, _ := e.bufs.Get().(*buffers)
	if buf == nil {
		buf = &buffers{}
	}
	v := newView(text, buf)
	var claims []schema.Claim
	hits := e.scan(v, buf.hits[:0])
	if len(hits) > 0 {
		claims = e.assemble(v, hits, buf) // holds no part of v's or buf's memory
	}
	clear(hits) // nor does buf hold the strings of this document's hits
	if len(text) <= maxKept {
		v.keep(buf)
		buf.hits = hits[:0]
	} else {
		buf.places = nil
	}
	e.bufs.Put(buf)
	return claims
}

// maxKept is the largest document (in bytes) whose view memory an
// Extractor keeps for the next: one huge document should not pin its
// runes for the rest of the run.
const maxKept = 4 << 20

// scan walks the view once, left to right, and returns the hits in order,
// appended to hits.
func (e *Extractor) scan(v *view, hits []hit) []hit {
	r := v.r
	var chain []numTok // bare numbers joined by 、 waiting for a unit (0.9、1.2、1.2个百分点)
	for i := 0; i < len(r); {
		if c := r[i]; c < 0x10000 && runeClass[c]&(clsCn|clsStart) == 0 {
			i++ // most runes: nothing starts here
			continue
		}
		if !startsCandidate(r, i) || r[i] == '-' && len(hits) > 0 && hits[len(hits)-1].end == i {
			i++ // a dash right after a claim (5200元-5800元/瓶) joins a range, it is no minus
			continue
		}
		if h, ok := e.special(v, i); ok {
			hits = append(hits, h)
			chain = chain[:0]
			i = h.end
			continue
		}
		tok := scanNumber(r, i)
		if tok.end <= i {
			i++
			continue
		}
		h, ok := e.claimAt(v, &tok)
		if !ok {
			var last, quote *hit // the claim before, and the last exchange-rate quote
			if n := len(hits); n > 0 {
				last = &hits[n-1]
				for k := n - 2; k >= 0 && k >= n-3 && last.kind == schema.KindDuration; k-- {
					if hits[k].unit == "point" {
						last = &hits[k] // 下滑至50.5，为7个月来低位，预期为52.1: spans between readings
					}
				}
			}
			for k := len(hits) - 1; k >= 0 && k >= len(hits)-3; k-- {
				if hits[k].pair != "" {
					quote = &hits[k]
					break
				}
			}
			if bare, ok := e.bareNumber(v, &tok, last, quote); ok {
				if len(chain) > 0 && !joinedByList(r, chain[len(chain)-1].end, tok.start) {
					chain = chain[:0]
				}
				chain = append(chain, tok)
				i = tok.end
				if bare.kind != "" {
					hits = append(hits, bare)
					i = max(i, bare.end) // 1100.0万至1500.0万: a range of bare amounts
				}
				continue
			}
			chain = chain[:0]
			i = tok.end
			continue
		}
		if len(chain) == 1 && approxPair(r, &chain[0], tok) {
			// 增加两、三倍, 两、三年: one or the next, a range
			c := chain[0]
			hits = dropNumbers(hits, chain)
			h = h.ranged(h.end, h.after, times(c.value, h.scale), h.value)
			h.start, h.ctx = c.start, min(h.ctx, c.start)
			chain = chain[:0]
		}
		// A unit after a list of bare numbers applies to each of them; but
		// 4、两部门部署… opens an item with its number, and Arabic digits
		// never list with Chinese numerals.
		if len(chain) == 1 && (chain[0].arabic != tok.arabic || lineStart(r, chain[0].start)) {
			chain = chain[:0]
		}
		if len(chain) > 0 && joinedByList(r, chain[len(chain)-1].end, tok.start) && h.qual != schema.QualRange {
			hits = dropNumbers(hits, chain)
			for _, c := range chain {
				hits = append(hits, listItem(c, h))
			}
		}
		chain = chain[:0]
		for k, next := len(hits)-1, h; k >= 0 && listBound(r, &hits[k], next, h); k-- {
			next = hits[k] // 800亿斤、60亿斤、160亿斤以上: back along the list
		}
		if n := len(hits); n > 0 && h.kind == schema.KindMoney && hits[n-1].kind == schema.KindMoney &&
			strings.HasPrefix(hits[n-1].unit, h.unit+"/") && joinedByList(r, hits[n-1].after, h.start) {
			h.unit = hits[n-1].unit // 每50公斤分别提高5到7元和9到23元: the list shares its denominator
		}
		if n := len(hits); n > 0 && h.kind == schema.KindMoney && hits[n-1].kind == schema.KindMoney &&
			strings.HasPrefix(hits[n-1].unit, h.unit+"/") && seriesNext(r, hits[n-1].after, h.start) {
			h.unit = hits[n-1].unit // 每股收益0.34美元，预估0.16美元: the forecast of the same per-share figure
		}
		if n := len(hits); n > 0 && h.kind == schema.KindMoney && hits[n-1].kind == schema.KindMoney &&
			strings.HasPrefix(hits[n-1].unit, h.unit+"/") && timeSeriesNext(r, hits[n-1].after, h.start) {
			h.unit = hits[n-1].unit // 3月底之前将达到每桶90美元，6月和9月底前达到95美元: the same price at a later time
		}
		if n := len(hits); n > 0 && h.kind == schema.KindMoney && hits[n-1].kind == schema.KindMoney &&
			strings.HasPrefix(hits[n-1].unit, h.unit+"/") && changeTo(r, hits[n-1], h.start) {
			h.unit = hits[n-1].unit // 从每生每年6000元提高至7000元: the level reached has the same denominator
		}
		if q := listLead(r, hits, h); q != "" {
			h.qual = q // 不低于740元/月和485元/月, 约2%及3%: the word before the list's first item
			h.bounds()
		}
		i = h.end
		if u := spokenPer(r, h); u != "" {
			h.unit += "/" + u // 4.4-4.5元一斤: the price of one 斤, which is no claim of its own
			i += 1 + utf8.RuneCountInString(u)
			h.after = max(h.after, i)
		}
		hits = append(hits, h)
	}
	sortHits(hits)
	return hits
}

// listLead is the qualifier whose word stands before the first item of the
// list h ends (不低于740元/月和485元/月, 约2%及3%): it bounds every item.
// It is "" when h has its own, or the list has none.
func listLead(r []rune, hits []hit, h hit) string {
	if h.qual != schema.QualExact || h.ctx != h.start {
		return ""
	}
	next := h
	for k := len(hits) - 1; k >= 0; k-- {
		p := hits[k]
		if p.kind != h.kind || p.unit != h.unit || p.after != p.end || !joinedByList(r, p.end, next.start) {
			return ""
		}
		if p.ctx < p.start {
			w := qualWords.prefix(r[p.ctx:p.start])
			if q := qualOf(w); w != "" && !slices.Contains(notQual, w) && q != schema.QualRange {
				return q
			}
			return ""
		}
		next = p
	}
	return ""
}

// seriesNext reports whether the text between two amounts, r[a:b], only
// names the next reading of the same series (，预估 of 每股收益0.34美元，预估
// 0.16美元).
func seriesNext(r []rune, a, b int) bool {
	if b-a > 6 || a >= b || r[a] != '，' && r[a] != ',' {
		return false
	}
	return hasAnyPrefix(r[a+1:b], seriesWords) && !slices.ContainsFunc(r[a+1:b], isClauseSep)
}

// timeSeriesNext reports whether the clause between two amounts, r[a:b],
// only names a later or earlier time and the level verb (，6月和9月底前达到
// of 每桶90美元，6月和9月底前达到95美元; ，去年同期为).
func timeSeriesNext(r []rune, a, b int) bool {
	if b-a > 14 || a >= b || r[a] != '，' && r[a] != ',' || slices.ContainsFunc(r[a+1:b], isClauseSep) {
		return false
	}
	between := r[a+1 : b]
	return hasAnySuffix(between, levelTos) && containsAny(between, seriesTimeSet) && !slices.Contains(between, '每') // but 每个孩子月均托费约为: a denominator of its own
}

// lineStart reports whether view offset a opens a line, after blanks or
// Markdown marks (\n  4、…, **4、…).
func lineStart(r []rune, a int) bool {
	for a > 0 && (r[a-1] == ' ' || r[a-1] == '　' || r[a-1] == '*' || r[a-1] == '#') {
		a--
	}
	return a == 0 || r[a-1] == '\n'
}

// spokenPer is the unit of "一" and a unit right after the money claim h
// (4.4-4.5元一斤, 8万块钱一吨): the quantity its price is for, as 元/斤
// writes it. It is "" when none follows, or more words run on (5元一斤半,
// 3元一斤的白菜 keep their own readings) other than spokenPerNext (之间).
func spokenPer(r []rune, h hit) string {
	k := h.end
	if h.kind != schema.KindMoney || strings.Contains(h.unit, "/") || k+1 >= len(r) || r[k] != '一' {
		return ""
	}
	for _, u := range spokenPerUnits {
		if hasPrefix(r[k+1:], u) {
			if e := k + 1 + utf8.RuneCountInString(u); e == len(r) || !isHan(r[e]) && !isDigit(r[e]) || hasAnyPrefix(r[e:], spokenPerNext) {
				return u
			}
		}
	}
	return ""
}

// listGap reports whether r[end:start], between two items of a list, only
// joins them: one rune of listJoiners, or a word of listJoinWords (六十斤、
// 八十斤或者一百斤以上).
func listGap(r []rune, end, start int) bool {
	if start == end+1 {
		return strings.ContainsRune(listJoiners, r[end])
	}
	return start > end && start-end <= 2 && slices.Contains(listJoinWords, string(r[end:start]))
}

// approxPair reports whether c、tok is a Chinese digit and the next one
// (两、三, 五、六): "two or three", not a list of two.
func approxPair(r []rune, c *numTok, tok numTok) bool {
	return !c.arabic && !tok.arabic && len(c.rs) == 1 && len(tok.rs) == 1 && c.end+1 == tok.start && r[c.end] == '、' &&
		c.parse() && tok.value == c.value+1 && !slices.Contains(before(r, c.start, 3), '分') // but 分列二、三名: each its own
}

// listBound gives prev, the item of a list right before next, the bound
// that ends the list at last (分别控制在5%和3%以内): a bound word after a
// list applies to every item (CLAIMS.md "qualifier"). It reports whether
// prev is such an item.
func listBound(r []rune, prev *hit, next, last hit) bool {
	if prev.qual != schema.QualExact || last.qual != schema.QualLowerBound && last.qual != schema.QualUpperBound && last.qual != schema.QualApprox ||
		prev.kind != last.kind || prev.unit != last.unit || !listGap(r, prev.end, next.start) ||
		last.after <= last.end || postBoundWords.prefix(r[last.end:last.after]) == "" && !hasAnyPrefix(r[last.end:last.after], postAprx) {
		return false
	}
	prev.qual = last.qual
	prev.bounds()
	return true
}

// numTok is one number as written: digits, Chinese numerals, magnitudes.
type numTok struct {
	start, end int     // view runes
	rs         []rune  // as written (folded): a slice of the view, not a copy
	value      float64 // parsed value; for a vague number, its low end
	high       float64 // vague numbers only: exclusive high end
	vague      bool    // 十几万, 几十亿, 数百
	arabic     bool    // has an Arabic digit
	magSuffix  string  // trailing magnitude characters (亿 of 160.4亿), part of unit_text
	parsed, ok bool    // parse has run; it read a number
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// runeClass caches, for every BMP rune, what it is in a Chinese numeral,
// derived from numeralRunes (the one table of numeral runes): the scanner
// tests every rune of every document.
var runeClass = func() (t [0x10000]uint8) {
	for r, nr := range numeralRunes {
		switch nr.kind {
		case numDigit:
			t[r] = clsCn | clsDigit
		case numTens:
			t[r] = clsCn
		case numSmall, numBig:
			t[r] = clsCn | clsMag
		}
	}
	for _, c := range "0123456789翻第前几数负-首榜双个单半" {
		t[c] |= clsStart
	}
	return t
}()

const (
	clsCn    = 1 << iota // a Chinese numeral rune: digit or magnitude
	clsDigit             // a Chinese digit 零..九
	clsMag               // a magnitude 十 百 千 万 亿
	clsStart             // besides numerals, a rune startsCandidate may accept: a digit, 翻 第 前 几 数 负 - 首 榜 双 个 单 半
)

func isCn(r rune) bool      { return r < 0x10000 && runeClass[r]&clsCn != 0 }
func isMag(r rune) bool     { return r < 0x10000 && runeClass[r]&clsMag != 0 }
func isCnDigit(r rune) bool { return r < 0x10000 && runeClass[r]&clsDigit != 0 }

// startsCandidate reports whether a number, or a pattern that needs no
// digit (翻番, 数以万计), may start at r[i].
func startsCandidate(r []rune, i int) bool {
	c := r[i]
	switch {
	case isDigit(c), c == '翻', c == '第':
		return true
	case c == '前':
		return i+1 < len(r) && (isCn(r[i+1]) || isDigit(r[i+1]))
	case c == '几' || c == '数':
		return i+1 < len(r) && (isMag(r[i+1]) || c == '数' && r[i+1] == '以')
	case c == '双':
		return hasPrefix(r[i:], "双位数") // 双位数增长: a vague percent
	case c == '个':
		return hasPrefix(r[i:], "个位数") // 高个位数增长: a rate under ten percent
	case c == '单':
		return hasPrefix(r[i:], "单位数") && i > 0 && strings.ContainsRune("高中低", r[i-1]) // 高单位数增长: the same (not 单位数, a count of units)
	case c == '首' || c == '榜':
		return hasPrefix(r[i:], "首位") || hasPrefix(r[i:], "榜首") // 居全国首位: rank 1
	case c == '半':
		return hasPrefix(r[i:], "半数") && (i == 0 || !isCn(r[i-1]) && !isDigit(r[i-1])) || halfPast(r, i) || halfSpan(r, i) != "" // 超半数: half, a percent; 空缺半年之久: a span
	case c == '负' && i > 0 && strings.ContainsRune(notMinusBefore, r[i-1]):
		return false // 为企业减负1760亿元: the number starts after 负
	case c == '负' || c == '-':
		return i+1 < len(r) && (isDigit(r[i+1]) || c == '负' && isCn(r[i+1])) && (i == 0 || !isDigit(r[i-1]))
	}
	return isCn(c)
}

// scanNumber reads the longest number starting at r[i]: Arabic digits with
// grouping commas and a decimal point, Chinese numerals, magnitudes, a
// spoken decimal point (三点五), and the vague 几/数.
func scanNumber(r []rune, i int) numTok {
	t := numTok{start: i}
	if i >= len(r) {
		t.end = i
		return t // 连续第 at the text's end: no number
	}
	j := i
	if r[j] == '负' || r[j] == '-' {
		j++
	}
	for j < len(r) {
		c := r[j]
		switch {
		case isDigit(c) && j > i && isCnDigit(r[j-1]):
			goto done // 大陆50多个国家: a Chinese digit (陆) and an Arabic one never make one number
		case isDigit(c) && j > i && (r[j-1] == '亿' || r[j-1] == '万') && !magAfterDigits(r, j):
			goto done // 3亿5000万 is one number, but 500亿14天期: 14 starts the next
		case isDigit(c):
			t.arabic = true
		case isCn(c):
		case c == '几':
			t.vague = true
		case c == '数' && j == i && j+1 < len(r) && isMag(r[j+1]):
			t.vague = true
		case c == ',' && j > i && isDigit(r[j-1]) && j+3 < len(r)+1 && groupOf3(r, j+1, isDigit):
		case (c == '.' || c == '·') && j > i && isDigit(r[j-1]) && j+1 < len(r) && isDigit(r[j+1]): // 19·5％: the 1999 report's point
		case c == '点' && j > i && isCn(r[j-1]) && j+1 < len(r) && isCnDigit(r[j+1]): // 十点四倍
		case c == '、' && j == i+1 && i > 0 && r[i-1] != '\n' && j+2 < len(r) && isCnDigit(r[i]) && isMag(r[j+2]) &&
			numeralRunes[r[j+1]].digit == numeralRunes[r[i]].digit+1 && numeralRunes[r[i]].digit > 0 && !numeralRunes[r[j+1]].liang:
			// 四、五十年, 二、三百亿度: forty or fifty, a digitPair written
			// with a mark between (not the heading 四、 of a line)
		default:
			goto done
		}
		j++
	}
done:
	// 5500万千瓦, 3千米, 26609千公顷: a 千 or 百 that starts a unit belongs to the unit.
	if j-1 > i && (r[j-1] == '千' || r[j-1] == '百') && j < len(r) && unitAfterMag(r[j-1], r[j:]) {
		j--
	}
	t.end = j
	t.rs = r[i:j:j]
	k := j
	for k > i && isMag(r[k-1]) {
		k--
	}
	if k > i {
		t.magSuffix = string(r[k:j])
	}
	if !t.arabic && !t.vague && (i == 0 || !strings.ContainsRune(notPairBefore, r[i-1])) {
		_, _, t.vague = digitPair(t.rs) // 两三个月, 五六个工作日: vague like 几
	}
	return t
}

// digitPair reads two neighbouring Chinese digits that say "this or that"
// (两三个月, 五六个工作日, 七八十人, 十七八岁, 三五天): the number with the
// first and with the second, a range like 几's (CLAIMS.md: vague
// magnitudes are ranges). Only the plan name 十四五 is no pair.
func digitPair(rs []rune) (low, high float64, ok bool) {
	if len(rs) > 2 && rs[1] == '、' {
		rs = append([]rune{rs[0]}, rs[2:]...) // 四、五十
	}
	i := 0
	for i < len(rs) && !pairDigit(rs[i]) {
		i++
	}
	if i+1 >= len(rs) || !pairDigit(rs[i+1]) {
		return 0, 0, false
	}
	pre, a, b, suf := string(rs[:i]), rs[i], rs[i+1], rs[i+2:]
	da, db := numeralRunes[a].digit, numeralRunes[b].digit
	if db != da+1 && !(pre == "" && da == 3 && db == 5) || pre != "" && !strings.HasSuffix(pre, "十") || pre == "十" && da == 4 {
		return 0, 0, false
	}
	for _, c := range suf {
		if !isMag(c) {
			return 0, 0, false
		}
	}
	if a == '两' {
		a = '二' // 两三十: 两 only stands alone or before a magnitude
	}
	low, ok1 := ParseNumber(pre + string(a) + string(suf))
	high, ok2 := ParseNumber(pre + string(b) + string(suf))
	return low, high, ok1 && ok2 && low < high
}

// notPairBefore are the runes that make a first digit part of a word
// before it: 大年初一两天, 第一二季度 are no pairs.
const notPairBefore = "初第周期"

// pair reports whether t is a digitPair (两三个), not a 几 or 数.
func (t numTok) pair() bool {
	return t.vague && !slices.Contains(t.rs, '几') && !slices.Contains(t.rs, '数')
}

// unitMag is the part of magSuffix that unit_text shows: all of it after
// Arabic digits (3千万, 160.4亿), only 万 and 亿 after Chinese numerals,
// whose 十, 百 and 千 are the places of digits (七十载, 一千亩, 三千万元 →
// 载, 亩, 万元).
func (t numTok) unitMag() string {
	if t.arabic {
		return t.magSuffix
	}
	return strings.TrimLeft(t.magSuffix, "十百千")
}

// one reports whether t is the numeral 一 alone, often the article "a"
// rather than a count (一天, 每一年).
func (t numTok) one() bool { return len(t.rs) == 1 && t.rs[0] == '一' }

// pairDigit reports whether c may be one of a digitPair's digits: the
// everyday digits, not 零 nor the banker's forms.
func pairDigit(c rune) bool { return strings.ContainsRune("一二两三四五六七八九", c) }

// magAfterDigits reports whether the Arabic digits at r[k], after a
// magnitude, go on with the number: they end in a smaller magnitude
// (3亿5000万) or are the four digits below 万 (2051万2331个).
func magAfterDigits(r []rune, k int) bool {
	j := k
	for j < len(r) && (isDigit(r[j]) || r[j] == '.') {
		j++
	}
	return j < len(r) && isMag(r[j]) || r[k-1] == '万' && j-k == 4 && (j == len(r) || r[j] != '.')
}

// parse computes the token's value, once: most candidates (一 in 统一,
// 万 in 万物) never need it, as no unit follows them.
func (t *numTok) parse() bool {
	if t.parsed {
		return t.ok
	}
	t.parsed = true
	switch {
	case t.vague:
		t.value, t.high, t.ok = parseVague(string(t.rs))
	case !t.arabic && len(t.rs) > 1 && t.magSuffix == "" && cnDigitsOnly(t.rs):
		// 一九五六 is a year, 唯一一家 a word: a run of Chinese digits
		// without a magnitude is not a cardinal
	case loneMagnitude(t.rs):
		t.value = magOf(string(t.rs)) // 近千万, 上亿
		t.ok = t.value > 1
	case t.arabic && slices.Contains(t.rs, '·'):
		rs := slices.Clone(t.rs) // 19·5: the view keeps the middle dot of names (马克·吐温)
		for k, c := range rs {
			if c == '·' {
				rs[k] = '.'
			}
		}
		t.value, t.ok = parseRunes(rs)
	default:
		t.value, t.ok = parseRunes(t.rs)
	}
	return t.ok
}

// cnDigitsOnly reports whether r is Chinese digits only, no magnitude.
func cnDigitsOnly(r []rune) bool {
	for _, c := range r {
		if !isCnDigit(c) {
			return false
		}
	}
	return true
}

// unitAfterMag reports whether mag followed by rest spells a unit (千瓦,
// 千米, 千克, 千升, 千公顷, 百分点) rather than a magnitude.
func unitAfterMag(mag rune, rest []rune) bool {
	switch next := rest[0]; mag {
	case '千':
		return next == '瓦' || next == '米' || next == '克' || next == '焦' || next == '升' || hasPrefix(rest, "公顷")
	case '百':
		return next == '分'
	}
	return false
}

// groupOf3 reports whether exactly three digits (runes that digit
// accepts) start at r[k]: the group after a thousands separator.
func groupOf3(r []rune, k int, digit func(rune) bool) bool {
	if k+3 > len(r) {
		return false
	}
	for n := 0; n < 3; n++ {
		if !digit(r[k+n]) {
			return false
		}
	}
	return k+3 == len(r) || !digit(r[k+3])
}

// parseVague reads 十几万, 几十亿, 数百, 二十几: it returns the low end and
// the exclusive high end of the order of magnitude named.
func parseVague(s string) (low, high float64, ok bool) {
	r := []rune(s)
	k := 0
	for k < len(r) && r[k] != '几' && r[k] != '数' {
		k++
	}
	if k == len(r) {
		return digitPair(r)
	}
	pre, suf := string(r[:k]), string(r[k+1:])
	if k > 0 && k+1 < len(r) && isMag(r[k-1]) && isMag(r[k+1]) && numeralRunes[r[k+1]].exp < numeralRunes[r[k-1]].exp {
		// 一百几十, 一百几十万: 几 is the digit of the smaller place after
		// it (not 十几万, where it is the ones of 万)
		lo, ok1 := ParseNumber(pre + "一" + suf)
		head, ok2 := ParseNumber(pre)
		scale, ok3 := 1.0, true
		if k+2 < len(r) {
			scale, ok3 = ParseNumber("一" + string(r[k+2:]))
		}
		if !ok1 || !ok2 || !ok3 {
			return 0, 0, false
		}
		return lo, (head + float64(pow10[numeralRunes[r[k+1]].exp+1])) * scale, true
	}
	if k > 0 && isMag(r[k-1]) {
		// 十几万, 二十几: 几 fills the place below the magnitude before it
		lo, ok := ParseNumber(pre + suf)
		if !ok {
			return 0, 0, false
		}
		place, _ := ParseNumber("一" + string(r[k-1]))
		scale := 1.0
		if suf != "" {
			if scale, ok = ParseNumber("一" + suf); !ok {
				return 0, 0, false
			}
		}
		return lo, lo + place*scale, true
	}
	if k == 0 && suf != "" && isMag(r[1]) {
		// 几十亿, 数百: 1 to 9 of the magnitude after it
		lo, ok := ParseNumber("一" + suf)
		return lo, lo * 10, ok
	}
	return 0, 0, false
}

// claimAt reads the claim whose number is tok: the unit after it, a range
// to a second number, and the qualifiers around it.
func (e *Extractor) claimAt(v *view, tok *numTok) (hit, bool) {
	r := v.r
	if labelled(r, *tok) {
		return hit{}, false
	}
	if h, ok := e.fractionPrice(v, tok); ok {
		return h, true
	}
	sf, ok := suffixAt(r, tok.end)
	if !ok {
		if h, ok := pointCount(r, tok); ok {
			return h, true
		}
		return e.rangeAt(v, tok)
	}
	if sf.unit == "折" && !tok.arabic && len(tok.rs) == 2 && cnDigitsOnly(tok.rs) && numeralRunes[tok.rs[0]].digit > 0 {
		// 七五折: seven and a half tenths (a run of two digits is otherwise no cardinal)
		tok.value, tok.parsed, tok.ok = float64(numeralRunes[tok.rs[0]].digit)+float64(numeralRunes[tok.rs[1]].digit)/10, true, true
	}
	if !tok.parse() {
		return hit{}, false
	}
	h, ok := e.withUnit(v, *tok, sf)
	if !ok {
		return hit{}, false
	}
	// 10%至15%, 八十斤到九十九斤: a second number with the same unit.
	if h2, ok := e.rangeAfter(v, *tok, h); ok {
		return h2, true
	}
	plusMinus := tok.start > 0 && r[tok.start-1] == '±' && h.value > 0
	if tok.start > 0 && r[tok.start-1] == '正' && len(tok.rs) > 0 && (tok.rs[0] == '负' || tok.rs[0] == '負') && h.value < 0 {
		h.value, plusMinus = -h.value, true // 误差范围为正负4.9个百分点: ±, not minus
	}
	if plusMinus && h.qual == schema.QualExact {
		// 涨跌停板幅度为±7%: either way, a range about zero
		h.start, h.ctx = tok.start-1, min(h.ctx, tok.start-1)
		h.qual, h.low, h.high = schema.QualRange, some(-h.value), some(h.value)
	}
	return h, true
}

// fractionPrice reads a futures price quoted in fractions of its last
// decimal place (CBOT玉米期货报5.99-1/4美元/蒲式耳 is 5.9925): the number,
// -N/D, then a unit.
func (e *Extractor) fractionPrice(v *view, tok *numTok) (hit, bool) {
	r, k := v.r, tok.end
	if !tok.arabic || k+4 >= len(r) || r[k] != '-' || !isDigit(r[k+1]) || r[k+2] != '/' || !isDigit(r[k+3]) || isDigit(r[k+4]) {
		return hit{}, false
	}
	num, den := float64(r[k+1]-'0'), float64(r[k+3]-'0')
	sf, ok := suffixAt(r, k+4)
	if !ok || den == 0 || num >= den || !tok.parse() {
		return hit{}, false
	}
	h, ok := e.withUnit(v, *tok, sf)
	if !ok || h.kind != schema.KindMoney || strings.HasSuffix(h.unitText, "分") {
		return hit{}, false // but 7.70-1/4美分: cents of cents, a garbled quote
	}
	place := 1.0
	if dot := slices.Index(tok.rs, '.'); dot >= 0 {
		place = math.Pow(10, -float64(len(tok.rs)-dot-1))
	}
	h.value = times(math.Round((tok.value+num/den*place)*1e9)/1e9, h.scale) // 5.9925, not 5.992500000000001
	h.bounds()
	return h, true
}

// pointCount reads 四点看法, 5点倡议: a count of 点 before a noun
// of pointNouns (CLAIMS.md: the measure word as written).
func pointCount(r []rune, tok *numTok) (hit, bool) {
	if tok.vague || tok.end+1 >= len(r) || r[tok.end] != '点' || !hasAnyPrefix(r[tok.end+1:], pointNouns) || !tok.parse() ||
		tok.one() { // 一点建议: "a suggestion"
		return hit{}, false
	}
	h := hit{start: tok.start, end: tok.end + 1, after: tok.end + 1, ctx: tok.start, kind: schema.KindCount, unit: "点", unitText: "点", value: tok.value, qual: schema.QualExact, scale: 1}
	h.bounds()
	return h, true
}

// weekdayBefore reports whether r[:k] ends in 周, 星期 or 礼拜 naming a
// day of the week: not after 每 or a number (每周三次, 一周三次).
func weekdayBefore(r []rune, k int) bool {
	for _, w := range []string{"星期", "礼拜", "周"} {
		if hasSuffix(r[:k], w) {
			j := k - utf8.RuneCountInString(w)
			return j == 0 || r[j-1] != '每' && !isDigit(r[j-1]) && !isCn(r[j-1])
		}
	}
	return false
}

// afterASCIIAmount reports whether r[:k] ends in a number and a unit
// written in ASCII letters (100MW; but not 100km/5小时, a rate).
func afterASCIIAmount(r []rune, k int) bool {
	j := k
	for j > 0 && isASCIILetter(r[j-1]) {
		j--
	}
	return j < k && j > 0 && isDigit(r[j-1])
}

// shareOfName reports whether a percent or percentage points follow a name
// in capitals with no space (各持有澳大利亚RIM50%股权, 下调LPR0.05个百分点):
// a share or change of it, not part of a code; or an amount of money with
// its magnitude (年GMV1000亿元的目标).
func shareOfName(r []rune, t numTok) bool {
	if t.end >= len(r) || t.start < 2 || !isASCIIUpper(r[t.start-2]) || !isASCIIUpper(r[t.start-1]) {
		return false
	}
	if r[t.end] != '%' && !hasAnyPrefix(r[t.end:], pointUnits) {
		k := t.end
		for k < len(r) && (r[k] == '万' || r[k] == '亿') {
			k++
		}
		return (k > t.end || r[t.end-1] == '万' || r[t.end-1] == '亿') && currencyAt(r, k) // but PaLM2人工智能: a model's name
	}
	return t.end+1 >= len(r) || !isASCIILetter(r[t.end+1])
}

// rateOver reports whether a currency written at r[k:] is followed by 兑
// and a number: the base of an exchange rate (1美元兑159.28日元).
func rateOver(r []rune, k int) bool {
	for _, c := range currencies {
		if hasPrefix(r[k:], c.text) {
			j := k + utf8.RuneCountInString(c.text)
			return j+1 < len(r) && r[j] == '兑' && isDigit(r[j+1])
		}
	}
	return false
}

// currencyAt reports whether a currency is written at r[k:] (元, 美元).
func currencyAt(r []rune, k int) bool {
	for _, c := range currencies {
		if hasPrefix(r[k:], c.text) {
			return true
		}
	}
	return false
}

func isASCIIUpper(c rune) bool { return c >= 'A' && c <= 'Z' }

// labelled reports whether the number is part of a name or code: letters
// glued to it (PM2.5, 5G, 3A级, 600518.SH), an ordinal 第, a quoted slogan
// (“四个全面”), or a Chinese numeral that is a lone magnitude (万家, 千方百计).
func labelled(r []rune, t numTok) bool {
	if t.start > 0 {
		p := r[t.start-1]
		if isASCIILetter(p) && !hasAnySuffix(r[:t.start], changeAbbrevs) && !(hasAnySuffix(r[:t.start], ratioAbbrevs) && unitAt(r, t.end) != "") && !indexReadingAfter(r, t) && !shareOfName(r, t) || p == '第' || p == '.' || p == '_' || p == '#' || p == '@' {
			return true // P2P, 600518.SH, 第五; but YoY-23.3% is a change
		}
		if (p == '时' || p == ':') && t.arabic && t.start > 1 && isDigit(r[t.start-2]) && (t.end >= len(r) || strings.ContainsRune("起分许前后至到止档", r[t.end])) {
			return true // 从今天9时40起, 22:30档: the minutes of a clock time (not 0—24时31个省)
		}
		if p == ' ' && t.start > 1 && r[t.start-2] == '第' {
			return true // 《股票上市规则》第 1.4 条: an article's number, spaced
		}
		if !t.arabic && len(t.rs) == 1 && strings.ContainsRune("一二三四五六日", t.rs[0]) && weekdayBefore(r, t.start) && !hasPrefix(r[t.end:], "个") {
			return true // 周四美元持续反弹: a weekday (but 每周三次, 一周三次, 本周三个交易日)
		}
		if p == '/' && !listSlash(r, t.start-1) && !(t.arabic && t.start > 1 && (isHan(r[t.start-2]) || afterASCIIAmount(r, t.start-1) && t.end < len(r) && isASCIILetter(r[t.end])) && unitAt(r, t.end) != "") {
			return true // km/5, 6.21-1/4美元; but not 293/350/417亿元 (a list) or 100兆瓦/200兆瓦时, 100MW/200MWh (a pair)
		}
		if !t.arabic && (p == '“' || p == '"' || p == '「' || p == '『' || p == '《') {
			return true
		}
		if ordinalListItem(r, t.start) && (t.end >= len(r) || r[t.end] != '位' && r[t.end] != '名') {
			return true // 可从事第1、4及9类受规管活动: the next ordinals of a list (but 分列第33和36位: places)
		}
		if hasAnySuffix(r[:t.start], partLabels) {
			return true // 附件2 名词解释: a part of the document
		}
		if bondName(r, t) {
			return true // “24万盛经城MTN001”: a bond's short name
		}
	}
	if t.arabic && len(t.rs) > 1 && t.rs[0] == '0' && isDigit(t.rs[1]) {
		return true // 02批, 007: a code, not a quantity
	}
	if inTitle(r, t.start, t.end) {
		return true // 《长安三万里》: part of a title
	}
	if trainNumber(r, t) {
		return true // 随着73003次2万吨重载列车驶出: a train's number
	}
	if len(t.rs) == 1 && t.rs[0] == '1' && rateOver(r, t.end) {
		return true // 1美元兑159.28日元: the unit a rate is quoted against
	}
	if t.end < len(r) {
		n := r[t.end]
		if isASCIILetter(n) && unitAt(r, t.end) == "" {
			return true // 5G, 3A级, 600518.SH; but 55kg, 50MW are amounts
		}
	}
	if len(t.rs) > 1 && t.rs[0] == '-' && hasAnySuffix(r[:t.start], modelPrefixes) {
		return true // 空军歼-20列阵长空: a model
	}
	if len(t.rs) == 1 && (t.rs[0] == '三' || t.rs[0] == '二') && t.end < len(r) && r[t.end] == '元' && t.start > 0 && (r[t.start-1] == '外' || r[t.start-1] == '内') {
		return true // 生猪（外三元）: a breed of pig
	}
	if len(t.rs) == 1 && t.rs[0] == '二' && t.end < len(r) && r[t.end] == '套' {
		return true // 二套房, 二套则从6.05%: the second home (two homes are 两套)
	}
	if len(t.rs) == 1 && strings.ContainsRune("壹贰叁肆伍陆柒捌玖拾佰仟貳參陸", t.rs[0]) {
		return true // 陆家嘴, 伍: a 大写 digit alone is a word, not a number
	}
	if !t.arabic && !t.vague && loneMagnitude(t.rs) {
		// 万家, 千方百计: a word; but 近千万, 上亿, 超万亿元, 突破万列 and
		// 百余部, 千多名 are numbers
		if t.end < len(r) && (r[t.end] == '余' || r[t.end] == '多') {
			return false
		}
		if u := unitAt(r, t.end); u != "" && hasPrefix(r[t.end+len([]rune(u)):], "以上") {
			return false // 单月开行千列以上: a threshold
		}
		if u := unitAt(r, t.end); u != "" && slices.Contains(measureWords, u) && (hasAnySuffix(r[:t.start], loneCountVerbs) || string(t.rs) == "百万") {
			return false // 举办百场艺术精品展演, 推出千条研学线路: a count of what is done; 百万株丁香竞相绽放 (but 千万家, 千亿县 are words)
		}
		if hasSuffix(r[:t.start], "不足") || hasSuffix(r[:t.start], "不到") {
			return false // 不足百只: at most a hundred
		}
		if u := unitAt(r, t.end); u != "" && t.start > 0 && strings.ContainsRune("到至", r[t.start-1]) && !hasAnyPrefix(r[t.end+len([]rune(u)):], classAfterUnit) && !hasPrefix(r[t.start:], "千家万户") {
			return false // 首个达到百亿立方米产能, 从3亿美元增加到千亿美元: a level reached (but 达到万吨级: a class)
		}
		return t.start == 0 || !strings.ContainsRune("近上超逾破过达约", r[t.start-1])
	}
	return false
}

// trainNumber reports whether t, three digits or more before 次, names a
// train: a train word (trainWords) follows in its clause, within ten runes
// (75193次班列, 73003次2万吨重载列车). Trains are counted in 列, not 次.
func trainNumber(r []rune, t numTok) bool {
	if !t.arabic || len(t.rs) < 3 || t.end >= len(r) || r[t.end] != '次' {
		return false
	}
	for k := t.end + 1; k < len(r) && k <= t.end+10 && !isClauseSep(r[k]); k++ {
		if hasAnyPrefix(r[k:], trainWords) {
			return true
		}
	}
	return false
}

// indexReadingAfter reports whether the number is an index's reading
// written against its name (综合PMI53，7月终值52.5), not part of a code.
func indexReadingAfter(r []rune, t numTok) bool {
	return t.arabic && hasAnySuffix(r[:t.start], indexAbbrevs) && (t.end >= len(r) || !isASCIILetter(r[t.end]))
}

// bondName reports whether the number opens a quoted bond short name: two
// digits of the issue year after the quote, and a serial number, with or
// without letters, closing it (“24晋能装备MTN004”, “22万科01”).
func bondName(r []rune, t numTok) bool {
	a := t.start + 2 // after the year
	if t.start == 0 || r[t.start-1] != '“' && r[t.start-1] != '"' || a >= len(r) || !isDigit(r[t.start]) || !isDigit(r[t.start+1]) || isDigit(r[a]) || r[a] == '.' || unitAt(r, a) != "" {
		return false // but “24小时…”: a span
	}
	for k := a; k < len(r) && k < a+16; k++ {
		if r[k] != '”' && r[k] != '"' {
			continue
		}
		j := k
		for j > a && isDigit(r[j-1]) {
			j--
		}
		return k-j >= 2 && j > a && (isHan(r[j-1]) || isASCIILetter(r[j-1]))
	}
	return false
}

// inTitle reports whether r[a:b] stands inside a title's 《》, each within
// 20 runes of it on its line.
func inTitle(r []rune, a, b int) bool {
	open := false
	for k := a - 1; k >= 0 && k >= a-20; k-- {
		if r[k] == '《' {
			open = true
			break
		}
		if r[k] == '》' || r[k] == '\n' {
			return false
		}
	}
	if !open {
		return false
	}
	for k := b; k < len(r) && k < b+20; k++ {
		switch r[k] {
		case '》':
			return true
		case '《', '\n':
			return false
		}
	}
	return false
}

// loneMagnitude reports whether a number is magnitude words only (万, 千万,
// 万亿), not 十.
func loneMagnitude(rs []rune) bool {
	for _, c := range rs {
		if !isMag(c) || c == '十' {
			return false
		}
	}
	return len(rs) > 0
}

// window returns r[a:a+n] clipped to r.
func window(r []rune, a, n int) []rune {
	if a >= len(r) {
		return nil
	}
	b := a + n
	if b > len(r) {
		b = len(r)
	}
	return r[a:b]
}

// before returns the n runes before a, clipped.
func before(r []rune, a, n int) []rune {
	s := a - n
	if s < 0 {
		s = 0
	}
	return r[s:a]
}
