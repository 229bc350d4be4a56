package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// This file reads one number written in any of the ways Chinese prose
// writes them: Arabic digits (27,203,319,000; ３．６８), Chinese numerals
// (一百二十三, 壹佰贰拾叁, 廿), digit strings (一九五六), and mixtures
// (1.2万, 3万4000, 200亿零四千230). The runes it knows are one table,
// numeralRunes; everything else is grammar.

// NumeralClass lists, for a regexp character class, the runes a number is
// made of besides its decimal point and thousands separators: Arabic digits
// of both widths, Chinese digits (with 〇 零 两 兩 and the 大写 forms), 廿 卅 卌,
// and the magnitude words 十 百 千 万 亿 with their 大写 and traditional forms.
// Use it as "[" + NumeralClass + "]"; it holds no character that needs
// escaping there. A test keeps it equal to numeralRunes.
const NumeralClass = "0-9０-９" +
	"零〇一二两兩三四五六七八九" +
	"壹贰貳弍叁參叄肆伍陆陸柒捌玖" +
	"廿卅卌" +
	"十拾百佰千仟万萬亿億"

// PointClass lists, for a regexp character class, the decimal points a
// number may contain: . and ． between Arabic digits, 点 and 點 in a Chinese
// numeral. 点 is also "o'clock" and "point" in prose; see ParseNumber.
const PointClass = ".．点點"

// SeparatorClass lists, for a regexp character class, the thousands
// separators an Arabic number may contain: , and ，. ， is also the Chinese
// comma, so a pattern should only take it between groups of three digits.
const SeparatorClass = ",，"

// numeralKind says what a numeral rune adds to a number.
type numeralKind uint8

const (
	numDigit numeralKind = iota + 1 // a digit, 0 to 9
	numTens                         // a digit and 十 in one rune: 廿 20, 卅 30, 卌 40
	numSmall                        // 十 百 千: scales the digit before it, inside a 万 group
	numBig                          // 万 亿: scales the whole group before it
	numPoint                        // 点: the decimal point of a Chinese numeral
)

// numeralRune is what one rune of a Chinese numeral means.
type numeralRune struct {
	kind  numeralKind
	digit int64 // the digit, for numDigit; the tens digit, for numTens
	exp   int   // the power of ten, for numSmall and numBig
	// liang marks 两: a digit only as the only rune of a number or before
	// 百 千 万 亿 (两万); 一斤二两 and 十两 are weights, 两十 is not Chinese.
	liang bool
}

// numeralRunes is the one table of Chinese numeral runes: digits, their
// 大写 (financial) and traditional forms, and the magnitude words 十 10,
// 百 100, 千 1e3, 万 1e4, 亿 1e8 (万亿 1e12 is 万 then 亿). Arabic digits,
// separators and signs are not here: full-width forms fold to ASCII first,
// and ASCII is tested directly.
var numeralRunes = map[rune]numeralRune{
	'零': {kind: numDigit, digit: 0}, '〇': {kind: numDigit, digit: 0},
	'一': {kind: numDigit, digit: 1}, '壹': {kind: numDigit, digit: 1},
	'二': {kind: numDigit, digit: 2}, '贰': {kind: numDigit, digit: 2}, '貳': {kind: numDigit, digit: 2}, '弍': {kind: numDigit, digit: 2},
	'两': {kind: numDigit, digit: 2, liang: true}, '兩': {kind: numDigit, digit: 2, liang: true},
	'三': {kind: numDigit, digit: 3}, '叁': {kind: numDigit, digit: 3}, '參': {kind: numDigit, digit: 3}, '叄': {kind: numDigit, digit: 3},
	'四': {kind: numDigit, digit: 4}, '肆': {kind: numDigit, digit: 4},
	'五': {kind: numDigit, digit: 5}, '伍': {kind: numDigit, digit: 5},
	'六': {kind: numDigit, digit: 6}, '陆': {kind: numDigit, digit: 6}, '陸': {kind: numDigit, digit: 6},
	'七': {kind: numDigit, digit: 7}, '柒': {kind: numDigit, digit: 7},
	'八': {kind: numDigit, digit: 8}, '捌': {kind: numDigit, digit: 8},
	'九': {kind: numDigit, digit: 9}, '玖': {kind: numDigit, digit: 9},
	'廿': {kind: numTens, digit: 2}, '卅': {kind: numTens, digit: 3}, '卌': {kind: numTens, digit: 4},
	'十': {kind: numSmall, exp: 1}, '拾': {kind: numSmall, exp: 1},
	'百': {kind: numSmall, exp: 2}, '佰': {kind: numSmall, exp: 2},
	'千': {kind: numSmall, exp: 3}, '仟': {kind: numSmall, exp: 3},
	'万': {kind: numBig, exp: 4}, '萬': {kind: numBig, exp: 4},
	'亿': {kind: numBig, exp: 8}, '億': {kind: numBig, exp: 8},
	'点': {kind: numPoint}, '點': {kind: numPoint},
}

// minusSigns are the written minus signs a number may start with, after
// full-width folding (－ folds to -).
var minusSigns = map[rune]bool{'-': true, '−': true, '负': true, '負': true}

// pow10 holds the powers of ten a Chinese numeral can reach exactly in an
// int64.
var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// IsNumeralRune reports whether r can be part of a number ParseNumber
// reads: a digit of either width, a Chinese digit or magnitude word (the
// runes of NumeralClass), a decimal point (PointClass) or a thousands
// separator (SeparatorClass). Signs are not included: 负 and - mean a
// number only at its start.
func IsNumeralRune(r rune) bool {
	r = foldNumeralRune(r)
	if r >= '0' && r <= '9' || r == ',' || r == '.' {
		return true
	}
	_, ok := numeralRunes[r]
	return ok
}

// foldNumeralRune folds a full-width rune to its narrow form (０ → 0,
// ， → ,, － → -, the ideographic space to a space), rune for rune.
func foldNumeralRune(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	p := width.LookupRune(r)
	if p.Kind() == width.EastAsianFullwidth {
		if n := p.Narrow(); n != 0 {
			return n
		}
	}
	return r
}

// ParseNumber parses s, the whole of which must be one number, and returns
// its value. It reads:
//   - Arabic numbers of either width, with , or ， between groups of three
//     digits and a . or ． decimal point: 27,203,319,000; ３．６８; .77;
//   - Chinese numerals, in plain, 大写 and traditional forms: 一百二十三,
//     壹佰贰拾叁, 两千, 一萬零卌 (廿 20, 卅 30, 卌 40); 零 fills a gap
//     (一万零五 → 10005, 一千零一十 → 1010);
//   - the colloquial short forms, where a last digit counts in the place
//     below the word before it: 一百二 → 120, 三万五 → 35000, 千一 → 1100,
//     萬九 → 19000, 百二萬 → 1200000;
//   - digit strings, read place by place: 一九五六 → 1956, 二〇〇二 → 2002;
//   - decimals with 点: 三点五, 一七二零点一, 零點77, 一百点123;
//   - Arabic and Chinese mixed: 1.2万, 16.4亿, 4.78万亿, 3千万, 1,100.9亿,
//     3万4000, 1万600, 1百01, 200亿零四千230;
//   - a leading minus: 负, 負, -, －, −, optionally followed by spaces.
//
// It rejects (ok false) anything else rather than guess: empty strings,
// leading or trailing space, misplaced separators (1,2345), stacked
// magnitude words (万万, 十十, 亿万), digits after a decimal's magnitude
// (10.1万零100), the approximate pairs 三四 and 七八 ("three or four"),
// Arabic digits beside 十 (4十6), and clock times: a bare Arabic number
// before 点 (5点) and 点 then 十 (三点三十). It never panics, and a value it
// returns is finite.
//
// Magnitude words multiply the number before them: 十 10, 百 100, 千 1e3,
// 万 1e4, 亿 1e8, 万亿 1e12. Every result is the float64 nearest to the
// exact decimal value: 16.4亿 is 1640000000, not 16.4*1e8.
func ParseNumber(s string) (v float64, ok bool) {
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		rs = append(rs, foldNumeralRune(r))
	}
	return parseRunes(rs)
}

// wanwan returns rs with each 万万 read as 亿, in a copy.
func wanwan(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for k := 0; k < len(rs); k++ {
		if rs[k] == '万' && k+1 < len(rs) && rs[k+1] == '万' {
			out = append(out, '亿')
			k++
			continue
		}
		out = append(out, rs[k])
	}
	return out
}

// parseRunes is ParseNumber on runes already folded to their narrow forms
// (the extractor's view is); it does not modify rs.
func parseRunes(rs []rune) (v float64, ok bool) {
	neg := false
	if len(rs) > 0 && minusSigns[rs[0]] {
		neg = true
		rs = rs[1:]
		for len(rs) > 0 && rs[0] == ' ' {
			rs = rs[1:]
		}
	}
	if i := slices.Index(rs, '万'); i > 0 && i+1 < len(rs) && rs[i+1] == '万' {
		rs = wanwan(rs) // 六万万人口: 万万 is the older 亿
	}
	if arabicOnly(rs) {
		// the common case, one run of Arabic digits (2024, 160.4, 27,203):
		// what parseNumeralTokens does with it, without the tokens
		digits, valid := arabicDigits(string(rs), true)
		if !valid {
			return 0, false
		}
		v, ok = scaledDecimal(digits, 0)
	} else {
		toks, valid := tokenizeNumeral(rs)
		if !valid || len(toks) == 0 {
			return 0, false
		}
		v, ok = parseNumeralTokens(toks)
	}
	if !ok || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

// arabicOnly reports whether rs is one run of Arabic digits, , and . (one
// token for tokenizeNumeral).
func arabicOnly(rs []rune) bool {
	for _, r := range rs {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return len(rs) > 0
}

// numeralToken is one lexical piece of a number: a run of Arabic digits and
// separators, or one Chinese numeral rune.
type numeralToken struct {
	numeralRune
	arabic string // the folded run, for a run of Arabic digits, , and .
	tens   bool   // the token is half of a 廿 卅 卌
}

// tokenizeNumeral splits a folded number into tokens. 廿 卅 卌 become a digit
// and 十, both marked tens.
func tokenizeNumeral(rs []rune) ([]numeralToken, bool) {
	toks := make([]numeralToken, 0, len(rs))
	for i := 0; i < len(rs); {
		r := rs[i]
		if r >= '0' && r <= '9' || r == ',' || r == '.' {
			j := i
			for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == ',' || rs[j] == '.') {
				j++
			}
			toks = append(toks, numeralToken{arabic: string(rs[i:j])})
			i = j
			continue
		}
		n, ok := numeralRunes[r]
		if !ok {
			return nil, false
		}
		if n.kind == numTens {
			toks = append(toks,
				numeralToken{numeralRune: numeralRune{kind: numDigit, digit: n.digit}, tens: true},
				numeralToken{numeralRune: numeralRune{kind: numSmall, exp: 1}, tens: true})
		} else {
			toks = append(toks, numeralToken{numeralRune: n})
		}
		i++
	}
	return toks, true
}

// parseNumeralTokens reads the tokens of an unsigned number.
func parseNumeralTokens(toks []numeralToken) (float64, bool) {
	// An Arabic number, maybe scaled: 3.68, .77, 1.2万, 4.78万亿, 3千万.
	if toks[0].arabic != "" {
		if exp, first, ok := magnitudeRun(toks[1:]); ok {
			digits, ok := arabicDigits(toks[0].arabic, true)
			if !ok {
				return 0, false
			}
			if first > 0 && first < 4 && (exp == first || first == 1) { // 1.5千, 1十万; not 15千, 0十万 (but 246.1百万台, 335百万吨: millions)
				if c, err := strconv.ParseFloat(digits, 64); err != nil || c <= 0 || c >= 10 {
					return 0, false
				}
			}
			return scaledDecimal(digits, exp)
		}
		if strings.Contains(toks[0].arabic, ".") {
			return 0, false // a decimal must end the number, but for its magnitude words
		}
	}
	// A Chinese decimal point: 三点五, 一七二零点一, 零點77, 三点五万.
	for i, t := range toks {
		if t.kind == numPoint {
			return chineseDecimal(toks[:i], toks[i+1:])
		}
	}
	// A digit string: 一九五六, 〇, 两.
	if digits, ok := digitString(toks); ok {
		if len(toks) == 2 && toks[0].digit > 0 && toks[1].digit == toks[0].digit+1 {
			return 0, false // 三四, 七八: "three or four", not 34
		}
		return scaledDecimal(digits, 0)
	}
	n, ok := parseCompound(toks, true)
	return float64(n), ok
}

// chineseDecimal reads a number split at 点: the integer part, then digits,
// then maybe magnitude words (三点五万).
func chineseDecimal(intToks, rest []numeralToken) (float64, bool) {
	if len(intToks) == 0 || len(rest) == 0 {
		return 0, false // 点一, 零点
	}
	if len(intToks) == 1 && intToks[0].arabic != "" {
		return 0, false // 5点 is five o'clock; 5.5 is written with a dot
	}
	var frac string
	if rest[0].liang {
		return 0, false // 三点两
	}
	if rest[0].arabic != "" {
		if !allASCIIDigits(rest[0].arabic) {
			return 0, false
		}
		frac, rest = rest[0].arabic, rest[1:]
	} else {
		n := 0
		for n < len(rest) && rest[n].kind == numDigit {
			n++
		}
		var ok bool
		if frac, ok = digitString(rest[:n]); !ok {
			return 0, false
		}
		rest = rest[n:]
	}
	exp, first, ok := magnitudeRun(rest)
	if !ok || first > 0 && first < 4 && exp == first {
		return 0, false // 三点三十 is half past three; 三点五千万 is a number
	}
	whole, ok := digitString(intToks)
	if !ok {
		n, ok := parseCompound(intToks, false)
		if !ok {
			return 0, false
		}
		whole = strconv.FormatInt(n, 10)
	}
	if first > 0 {
		// The coefficient of 十 百 千 is one digit; of 万 below 1e4; of 亿
		// below 1e8: 十二点五百 and 一万点五万 are not numbers.
		limit := int64(10)
		if first >= 4 {
			limit = pow10[first]
		}
		if n, err := strconv.ParseInt(whole, 10, 64); err != nil || n >= limit {
			return 0, false
		}
	}
	return scaledDecimal(whole+"."+frac, exp)
}

// magnitudeRun reads the magnitude words after a decimal or an Arabic
// number: at most one of 十 百 千, then 万, then 亿, each optional, so 千万
// and 万亿 but not 百千 or 亿万. It returns the total power of ten and the
// power of the first word (0 for an empty run).
func magnitudeRun(toks []numeralToken) (exp, first int, ok bool) {
	last := 0
	for i, t := range toks {
		if t.kind != numSmall && t.kind != numBig || t.tens || t.exp <= last {
			return 0, 0, false
		}
		if t.kind == numSmall && i > 0 {
			return 0, 0, false
		}
		if i == 0 {
			first = t.exp
		}
		exp += t.exp
		last = t.exp
	}
	return exp, first, true
}

// digitString reads tokens that are all Chinese digits as a digit string
// and returns its ASCII digits. 两 counts only alone.
func digitString(toks []numeralToken) (string, bool) {
	if len(toks) == 0 {
		return "", false
	}
	var b strings.Builder
	for _, t := range toks {
		if t.kind != numDigit || t.tens || t.liang && len(toks) > 1 {
			return "", false
		}
		b.WriteByte(byte('0' + t.digit))
	}
	return b.String(), true
}

// scaledDecimal returns the float64 nearest to the decimal digits times
// 10^exp, so 16.4亿 is exactly 1640000000.
func scaledDecimal(digits string, exp int) (float64, bool) {
	if exp != 0 {
		digits += "e" + strconv.Itoa(exp)
	}
	v, err := strconv.ParseFloat(digits, 64)
	return v, err == nil
}

// arabicDigits checks a run of Arabic digits, separators and points and
// returns it without separators. Separators must split the integer part
// into groups of three; a point needs digits after it; with dot false there
// must be no point.
func arabicDigits(s string, dot bool) (string, bool) {
	whole, frac, hasDot := strings.Cut(s, ".")
	if hasDot && (!dot || !allASCIIDigits(frac)) {
		return "", false
	}
	if whole == "" {
		return s, hasDot // .77
	}
	if !strings.Contains(whole, ",") {
		return s, allASCIIDigits(whole)
	}
	groups := strings.Split(whole, ",")
	for i, g := range groups {
		if !allASCIIDigits(g) || len(g) > 3 || i > 0 && len(g) != 3 {
			return "", false
		}
	}
	return strings.ReplaceAll(s, ",", ""), true
}

// allASCIIDigits reports whether s is one or more of 0-9.
func allASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// compound is the state of parseCompound: a number being read left to
// right, in 亿, 万 and unit groups.
type compound struct {
	yi, wan, sec int64 // the 亿 part, the 万 part (both scaled) and the current group below 万
	hasPend      bool  // a digit or Arabic number waits for its magnitude word
	pend         int64
	pendArabic   bool // the pending number is written in Arabic digits
	pendMulti    bool // the pending number is Arabic with two or more digits: a literal, never a short form
	pendLiang    bool // the pending digit is 两
	pendZero     bool // the pending number follows 零
	zero         bool // the last token was 零
	prevKind     numeralKind
	prevExp      int  // the last magnitude word's power; 0 before the first
	prevCoef     bool // the last magnitude word had a written coefficient
	smallLimit   int  // the next 十 百 千 must be below 10^smallLimit
	abbrev       bool // the short forms (一百二 → 120) are allowed
}

// parseCompound reads an integer written with magnitude words: 三万四千五百零七,
// 一百二, 3万4000, 200亿零四千230. With abbrev false the short forms are
// rejected (一百二点五 is not a number).
func parseCompound(toks []numeralToken, abbrev bool) (int64, bool) {
	if digits, ok := digitString(toks); ok {
		if len(digits) > 18 {
			return 0, false
		}
		n, err := strconv.ParseInt(digits, 10, 64)
		return n, err == nil
	}
	c := compound{smallLimit: 4, abbrev: abbrev}
	for i, t := range toks {
		var ok bool
		switch {
		case t.arabic != "":
			ok = c.number(t)
		case t.kind == numDigit && t.digit == 0:
			ok = c.zeroGap(i == len(toks)-1)
		case t.kind == numDigit:
			ok = c.number(t)
		case t.kind == numSmall:
			ok = c.small(t, i == 0)
		case t.kind == numBig:
			ok = c.big(t, i == 0)
		}
		if !ok {
			return 0, false
		}
	}
	tail, ok := c.take(0)
	if !ok || c.zero {
		return 0, false
	}
	return addInt(c.yi, c.wan, c.sec, tail)
}

// number takes a digit or an Arabic number as the pending coefficient.
func (c *compound) number(t numeralToken) bool {
	if c.hasPend {
		return false // 十一一, 1二
	}
	c.hasPend, c.pendZero, c.zero = true, c.zero, false
	c.pendArabic, c.pendMulti, c.pendLiang = t.arabic != "", false, t.liang
	if t.arabic == "" {
		c.pend = t.digit
		return true
	}
	digits, ok := arabicDigits(t.arabic, false)
	if !ok || len(digits) > 18 {
		return false
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	c.pend, c.pendMulti = n, len(digits) > 1
	return err == nil
}

// zeroGap takes 零 between a magnitude word of 百 or more and what follows.
func (c *compound) zeroGap(last bool) bool {
	if last || c.hasPend || c.zero || c.prevExp < 2 {
		return false
	}
	c.zero = true
	return true
}

// take returns the value of the pending number as consumed by a magnitude
// word of power exp, or by the end of the number for exp 0: the written
// coefficient, a literal, or a short form's digit scaled to the place below
// the last magnitude word (三万五: 5 → 5000).
func (c *compound) take(exp int) (int64, bool) {
	if !c.hasPend {
		return 0, true
	}
	c.hasPend = false
	p := c.prevExp
	switch {
	case p == 0 || c.prevKind == numBig && p > exp && exp > 0:
		// First in the number, or a coefficient of 万 after 亿 (一亿五万).
		return c.pend, !c.pendLiang || exp >= 2
	case p == 1 && c.pendArabic:
		return 0, false // 十3, 六十07: units after 十 are Chinese
	case c.pendZero || c.pendMulti:
		// A literal: 一万零五, 1万600, 1百01.
		return c.pend, c.pend < pow10[p] && !c.pendLiang
	case p == 1:
		return c.pend, !c.pendLiang // 二十五, 二十五万
	case c.prevKind == numBig && exp > 0, c.pendLiang, !c.abbrev:
		return 0, false // 一万五亿, 一万两, 一百二点五
	}
	return c.pend * pow10[p-1], true // 一百二, 三万五, 百二萬
}

// small applies 十 百 千 to the pending digit (or to 1 when none is written,
// at the start, after 零, or 十 after a written 百: 十一, 一千零十, 一百十一).
func (c *compound) small(t numeralToken, first bool) bool {
	if t.exp >= c.smallLimit {
		return false // 十十, 一百一百, 十一十二
	}
	coef, written := int64(1), c.hasPend
	switch {
	case written:
		if c.pendMulti || c.pend == 0 || c.pend > 9 || t.exp == 1 && (c.pendLiang || c.pendArabic) {
			return false // 01百, 0十, 12百, 两十, 4十6
		}
		coef, c.hasPend = c.pend, false
	case first, c.zero, t.exp == 1 && c.prevKind == numSmall && c.prevExp == 2 && c.prevCoef:
	default:
		return false // 百十一, 一万十
	}
	c.sec += coef * pow10[t.exp]
	c.zero, c.smallLimit = false, t.exp
	c.prevKind, c.prevExp, c.prevCoef = numSmall, t.exp, written
	return true
}

// big applies 万 or 亿 to the group before it.
func (c *compound) big(t numeralToken, first bool) bool {
	if c.zero {
		return false
	}
	had := c.hasPend
	p, ok := c.take(t.exp)
	if !ok {
		return false
	}
	x, ok := addInt(c.sec, p)
	if !ok {
		return false
	}
	switch t.exp {
	case 4:
		if c.wan != 0 || c.yi != 0 && x >= 1e4 {
			return false // 万万, 一万二千万
		}
		if x == 0 {
			if !first || had {
				return false // 亿万, 0万
			}
			x = 1 // 万, 萬九
		}
		if c.wan, ok = mulInt(x, 1e4); !ok {
			return false
		}
	case 8:
		if c.yi != 0 {
			return false // 亿亿
		}
		if x, ok = addInt(x, c.wan); !ok {
			return false
		}
		if x == 0 {
			if !first || had {
				return false
			}
			x = 1 // 亿
		}
		if c.yi, ok = mulInt(x, 1e8); !ok {
			return false
		}
		c.wan = 0
	}
	c.sec, c.smallLimit = 0, 4
	c.prevKind, c.prevExp, c.prevCoef = numBig, t.exp, true
	return true
}

// addInt adds non-negative int64s, reporting overflow as false.
func addInt(xs ...int64) (int64, bool) {
	var s int64
	for _, x := range xs {
		if s > math.MaxInt64-x {
			return 0, false
		}
		s += x
	}
	return s, true
}

// mulInt multiplies non-negative int64s, reporting overflow as false.
func mulInt(a, b int64) (int64, bool) {
	if a != 0 && b > math.MaxInt64/a {
		return 0, false
	}
	return a * b, true
}

// ParseFraction parses s, the whole of which must be a fraction in words,
// "B分之A" for A over B, and returns its value as a plain number (not in
// percent): 三分之二 → 0.666…, 二分之一 → 0.5, 百分之五 → 0.05, 10分之3 →
// 0.3. A and B are unsigned numbers that ParseNumber reads; B must not be
// 0. A whole part joined by 又 is added, with A below B: 一又二分之一 →
// 1.5. A leading minus (负, -) negates the whole: 负三分之一 → -0.333….
// For a percent claim, ParsePercentWords gives 百分之五 as 5.
func ParseFraction(s string) (v float64, ok bool) {
	neg, s := cutMinus(s)
	whole, frac, mixed := strings.Cut(s, "又")
	if !mixed {
		whole, frac = "", whole
	}
	den, num, ok := strings.Cut(frac, "分之")
	if !ok {
		return 0, false
	}
	d, okD := parseUnsigned(den)
	n, okN := parseUnsigned(num)
	if !okD || !okN || d == 0 {
		return 0, false
	}
	v = n / d
	if mixed {
		w, ok := parseUnsigned(whole)
		if !ok || n >= d {
			return 0, false
		}
		v += w
	}
	if neg {
		v = -v
	}
	return v, !math.IsInf(v, 0) && !math.IsNaN(v)
}

// ParsePercentWords parses s, the whole of which must be a share written as
// 百分之A, 千分之A or 万分之A (萬, 佰, 仟 too), and returns it in percent
// points, the unit of a percent claim: 百分之五 → 5, 百分之一点五七 → 1.57,
// 百分之百 → 100, 千分之三 → 0.3, 万分之五 → 0.05. A is an unsigned number
// that ParseNumber reads; a leading minus negates: 负百分之二 → -2. Other
// fractions (三分之一) are not percents as written; ParseFraction reads them.
func ParsePercentWords(s string) (pct float64, ok bool) {
	neg, s := cutMinus(s)
	r, size := utf8.DecodeRuneInString(s)
	m, isNumeral := numeralRunes[r]
	if !isNumeral || m.kind != numSmall && m.kind != numBig || m.exp < 2 || m.exp > 4 ||
		!strings.HasPrefix(s[size:], "分之") {
		return 0, false
	}
	n, ok := parseUnsigned(s[size+len("分之"):])
	if !ok {
		return 0, false
	}
	pct = n / float64(pow10[m.exp-2])
	if neg {
		pct = -pct
	}
	return pct, true
}

// cutMinus removes a leading minus sign of either width from s.
func cutMinus(s string) (neg bool, rest string) {
	r, size := utf8.DecodeRuneInString(s)
	if minusSigns[foldNumeralRune(r)] {
		return true, s[size:]
	}
	return false, s
}

// parseUnsigned is ParseNumber for a part of a fraction, which has no sign
// of its own.
func parseUnsigned(s string) (float64, bool) {
	if neg, _ := cutMinus(s); neg {
		return 0, false
	}
	return ParseNumber(s)
}
