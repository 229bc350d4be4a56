package extract

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Offsets live in three systems: the original document's code points (what
// claims report, CLAIMS.md), the view's runes (what the scanner and regexp2
// patterns see), and the byte offsets gojieba returns for a clause. This file
// is the one place that converts between them.

// view is the text the extractor matches on: the original document with
// full-width digits and signs folded to ASCII (rune for rune), markup such
// as URLs and HTML tags blanked, and hard line breaks inside a sentence
// (PDF or HTML extraction leftovers) removed. toOrig maps every view rune
// back to its original code point; it is nil when no rune was removed
// (most documents), and r is orig itself when none was changed either.
type view struct {
	orig   []rune  // the document as given
	r      []rune  // the view
	toOrig []int32 // r[i] came from orig[toOrig[i]]; toOrig[len(r)] == len(orig); nil: the identity

	// text is the document as given, when it is valid UTF-8 (else ""):
	// origText then slices it rather than encoding runes again. marks[j]
	// is the byte offset of code point markEvery·j; at is the byte offset
	// of code point pos, a cursor that claims move forwards.
	text    string
	marks   []int32
	pos, at int

	trad bool // the text is in traditional characters: it folds a traditional numeral (數, 萬…) and has none of foldedNumerals
}

// origSpan converts a view span [s, e) to a code-point span of the original.
func (v *view) origSpan(s, e int) (int, int) {
	if v.toOrig == nil {
		return s, e
	}
	if e <= s {
		o := int(v.toOrig[s])
		return o, o
	}
	return int(v.toOrig[s]), int(v.toOrig[e-1]) + 1
}

// origText returns the original text behind view span [s, e), with any
// line breaks the view dropped.
func (v *view) origText(s, e int) string {
	a, b := v.origSpan(s, e)
	return v.origRunes(a, b)
}

// origRunes returns the original text of code points [a, b).
func (v *view) origRunes(a, b int) string {
	if v.text == "" {
		return string(v.orig[a:b])
	}
	i := v.byteAt(a)
	return v.text[i:v.byteAt(b)]
}

// byteAt returns the byte offset in text of code point k: from the cursor
// when k is just ahead of it, else from the mark before k.
func (v *view) byteAt(k int) int {
	if k < v.pos || k-v.pos > markEvery {
		j := min(k/markEvery, len(v.marks)-1)
		v.pos, v.at = j*markEvery, int(v.marks[j])
	}
	for v.pos < k {
		v.at += int(seqLen[v.text[v.at]>>4])
		v.pos++
	}
	return v.at
}

// markEvery is the spacing, in code points, of a view's byte marks: byteAt
// walks at most this far, for a fourth of a byte of marks per code point.
const markEvery = 16

// seqLen is the length of a UTF-8 sequence by the top four bits of its
// first byte.
var seqLen = [16]uint8{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4}

// viewTokens tags the words jieba made of the view spans wins, joined by
// "\n" (one span, or prefetch's batch), and converts them to view offsets.
// The words concatenate to the string jieba was given, so each word's runes
// advance the view offset, and a "\n" word moves to the next span.
func (s *Segmenter) viewTokens(words []string, wins [][2]int) []vtok {
	out := make([]vtok, 0, len(words))
	wi, at := 0, wins[0][0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w == "“" {
			if k, n := quotedName(words[i+1:]); k > 0 && !quotedTime(words[i+1:i+k+1]) {
				// “保交楼”任务: a short quoted name is one noun, whatever
				// jieba makes of its words (保/v 交/v 楼/n)
				var sb strings.Builder
				for _, q := range words[i : i+k+2] {
					sb.WriteString(q)
				}
				out = append(out, vtok{text: sb.String(), pos: "nz", start: at, end: at + n + 2})
				at += n + 2
				i += k + 1
				continue
			}
		}
		if w == "\n" {
			if wi++; wi < len(wins) {
				at = wins[wi][0]
			}
			continue
		}
		if gluedRate[w] {
			// jieba's 率为 of 办结率为99%: the rate's 率, then the verb
			out = append(out, vtok{text: "率", pos: s.tagOf("率"), start: at, end: at + 1})
			w, at = w[len("率"):], at+1
		}
		n := utf8.RuneCountInString(w)
		out = append(out, vtok{text: w, pos: s.tagOf(w), start: at, end: at + n})
		at += n
	}
	return out
}

// quotedName reports the words of a short quoted name at the start of
// words, up to the closing ”: how many, and their runes; 0 when there is
// no ” within maxQuotedName runes, or a separator comes first.
func quotedName(words []string) (k, n int) {
	for j, w := range words {
		if w == "”" {
			if j == 0 {
				return 0, 0
			}
			return j, n
		}
		if c := firstRune(w); w == "\n" || w == "“" || isClauseSep(c) || isSentenceSep(c) {
			return 0, 0
		}
		if n += utf8.RuneCountInString(w); n > maxQuotedName {
			return 0, 0
		}
	}
	return 0, 0
}

// quotedTime reports whether a quoted name is a five-year plan (十四五,
// 七五) or a holiday (五一, 十一, 双十一): a time, left to the time words
// (“十四五”期间, 今年“五一”假期), not made a name.
func quotedTime(words []string) bool {
	s := strings.Join(words, "")
	if slices.Contains(quotedHolidays, s) {
		return true
	}
	rs := []rune(s)
	return len(rs) >= 2 && len(rs) <= 3 && rs[len(rs)-1] == '五' && !slices.ContainsFunc(rs, func(c rune) bool { return !strings.ContainsRune("一二三四五六七八九十", c) })
}

var quotedHolidays = []string{"五一", "十一", "双十一", "双11", "双十二", "双12", "618", "国庆", "春节", "元旦", "中秋"}

// maxQuotedName is the longest quoted text viewTokens makes one noun of.
const maxQuotedName = 10

// gluedRate are the words jieba makes of a rate's 率 and the verb after it,
// when it does not know the rate (办结率为 → 办结/率为); viewTokens splits them.
var gluedRate = map[string]bool{"率为": true, "率达": true, "率是": true, "率达到": true}

// viewSpecial holds the runes newView does not keep as they are: line
// breaks, zero-width and wide spaces, '，' (which may group digits) and
// whatever foldRune changes (the full-width digits).
var viewSpecial = func() *runeBits {
	b := &runeBits{}
	for _, c := range "\n\r\u2028\u2029\u200b\u200c\u200d\ufeff\u3000\u00a0，个" {
		b.add(c)
	}
	for c := rune(0); c < 1<<16; c++ {
		if foldRune(c) != c {
			b.add(c)
		}
	}
	return b
}()

// foldRune folds a full-width digit, letter or numeric sign to ASCII, and
// the traditional forms of numeral words to the simplified (一百四十四億餘元,
// 四點二倍: the 1954 report). Other full-width punctuation (，、：；（）) is
// Chinese punctuation and stays.
func foldRune(r rune) rune {
	if s, ok := traditionalNumeral[r]; ok {
		return s
	}
	switch {
	case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
	case r == '％', r == '．', r == '－', r == '～', r == '＋', r == '／', r == '＜', r == '＞':
	case r == '−', r == '–':
		return '-'
	case r == '﹒':
		return '.' // ７１６１﹒１万元: a small full stop as the decimal point (the 1954 report's 19·5％ is handled in scanNumber)
	default:
		return r
	}
	f := []rune(width.Fold.String(string(r)))
	if len(f) == 1 {
		return f[0]
	}
	return r
}

func isFullDigit(r rune) bool { return r >= '０' && r <= '９' }

// traditionalNumeral maps the traditional forms of numeral runes to the
// simplified ones the patterns and tables are written in. Measure words
// are not folded: their unit stays as written (個).
var traditionalNumeral = map[rune]rune{'萬': '万', '億': '亿', '餘': '余', '馀': '余', '點': '点', '兩': '两', '幾': '几', '數': '数'}

// In a document written in traditional characters (view.trad), the words a claim's context takes from the
// view go back to the traditional forms by unfoldNumerals.
const foldedNumerals = "万亿余点两几数"

var unfoldNumerals = strings.NewReplacer("万", "萬", "亿", "億", "余", "餘", "点", "點", "两", "兩", "几", "幾", "数", "數")

// terminal ends a sentence: a hard line break after one of these is a
// paragraph break, not an extraction leftover.
func isTerminal(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '：', ':', '…', '”', '"', '」', '』', '）', ')', '】', '》', '*', '|':
		return true
	}
	return false
}

func isBlank(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\u200b', '\u200c', '\u200d', '\ufeff', '\u2028', '\u2029':
		return true
	}
	return false
}

// buffers is the memory of one view, kept by an Extractor for the next
// document: a document's runes are four bytes a character, and allocating
// (and zeroing) them afresh cost a twentieth of extraction.
type buffers struct {
	orig, r   []rune
	to, marks []int32
	hits      []hit   // scan's, likewise (a hit is 176 bytes)
	places    []place // assemble's
}

// newView prepares text for matching, in buf's memory when it is big
// enough (buf may be nil). The view holds buf's slices until it is dropped.
func newView(text string, buf *buffers) *view {
	if buf == nil {
		buf = &buffers{}
	}
	orig, marks, valid := decodeRunes(text, buf.orig, buf.marks)
	var mask []bool
	if strings.Contains(text, "http") || strings.Contains(text, "www.") || strings.IndexByte(text, '<') >= 0 {
		mask = markupMask(orig) // most documents have no markup: the checks above are faster
	}
	spaced := spacedDigits(text)
	items := strings.Contains(text, "\n\n") && blankLinesEndItems(orig)
	vb := viewBuilder{orig: orig, shared: true, ident: true, spareR: buf.r, spareTo: buf.to}
	para := 0     // view runes since the last hard break
	trad := false // a traditional numeral folded
	for i := 0; i < len(orig); i++ {
		// most runes are kept as they are: a run of them at once
		j := i
		for j < len(orig) && !viewSpecial.has(orig[j]) && (mask == nil || !mask[j]) && (orig[j] != ' ' || !spaced && !spaceInRange(orig, j)) {
			j++
		}
		if j > i {
			vb.addRun(i, j)
			para += j - i
			if i = j; i == len(orig) {
				break
			}
		}
		r := orig[i]
		if mask != nil && mask[i] {
			vb.add(' ', i)
			para++
			continue
		}
		switch r {
		case '\u200b', '\u200c', '\u200d', '\ufeff':
			continue // dropped
		case '\n', '\r', '\u2028', '\u2029':
			j := i
			for j < len(orig) && isBlank(orig[j]) {
				j++
			}
			if !(items && blankLine(orig[i:j]) && !continuesLine(vb.runes(), orig[j:])) && softBreak(vb.runes(), para, orig[j:]) {
				i = j - 1 // dropped: the sentence goes on
				continue
			}
			// a paragraph break: line breaks stay line breaks, the rest
			// of the run (indents, zero-width spaces) spaces
			for k := i; k < j; k++ {
				switch orig[k] {
				case '\n', '\r', '\u2028', '\u2029':
					vb.add('\n', k)
				default:
					vb.add(' ', k)
				}
			}
			para = 0
			i = j - 1
			continue
		case ' ':
			if spaced && spaceInNumber(orig, i) || spaceInRange(orig, i) {
				continue // 7 4 7 7 2 亿元, 124 亿-125 亿美元, 10% 至 12%: dropped
			}
		case '个':
			if magnitudeAfterMeasure(orig, i) {
				continue // 56个亿, 几个亿: dropped, the number reads 56亿
			}
		case '\u3000', '\u00a0':
			r = ' '
		case '，':
			// 6，256万平方米, ２７，２０３: a full-width comma grouping digits
			if i > 0 && (isDigit(orig[i-1]) && groupOf3(orig, i+1, isDigit) ||
				isFullDigit(orig[i-1]) && groupOf3(orig, i+1, isFullDigit)) {
				r = ','
			}
		default:
			if _, ok := traditionalNumeral[r]; ok {
				trad = true
			}
			r = foldRune(r)
		}
		vb.add(r, i)
		para++
	}
	v := vb.view()
	v.marks = marks // kept for the next document even when text is not valid
	if valid {
		v.text = text
	}
	v.trad = trad && !strings.ContainsAny(v.text, foldedNumerals)
	return v
}

// magnitudeAfterMeasure reports whether the 个 at orig[i] stands between a
// number and the 亿 that ends it (烧掉56个亿后, 赚得1个多亿): spoken
// Chinese for 56亿, not a count.
func magnitudeAfterMeasure(orig []rune, i int) bool {
	if i == 0 || !isDigit(orig[i-1]) && !isCn(orig[i-1]) && orig[i-1] != '几' || i+1 >= len(orig) {
		return false
	}
	rest := orig[i+1:]
	if len(rest) > 0 && rest[0] == '多' {
		rest = rest[1:]
	}
	// the amount ends at 亿: not 70个亿元以上项目, 10个亿吨级大油田, 一个亿万富翁
	return len(rest) > 0 && rest[0] == '亿' && (len(rest) == 1 || !isHan(rest[1]) || strings.ContainsRune("的后了左余呢啊吧", rest[1]))
}

// spacedDigits reports whether text writes its numbers digit by digit with
// spaces between (本届政府从1 9 9 3 年3 月就职, 7 4 7 7 2 亿元), as one of
// the Wikisource reports does: three such runs of three digits or more, or
// one year so written (1 9 9 9 年: an excerpt may hold no other).
func spacedDigits(text string) bool {
	n := 0
	for i := 0; ; {
		k := strings.Index(text[i:], " ")
		if k < 0 {
			return false
		}
		i += k + 1
		// text[i-1] is a space: d d d around it
		if i >= 2 && i+2 < len(text) && isDigit(rune(text[i-2])) && isDigit(rune(text[i])) && text[i+1] == ' ' && isDigit(rune(text[i+2])) &&
			(i == 2 || !isDigit(rune(text[i-3]))) {
			if n++; n == 3 {
				return true
			}
			if rest := text[i+3:]; len(rest) > 2 && rest[0] == ' ' && isDigit(rune(rest[1])) && (strings.HasPrefix(rest[2:], "年") || strings.HasPrefix(rest[2:], " 年")) {
				return true
			}
		}
	}
}

// spaceInNumber reports whether the space at orig[i] stands inside a
// number of a spacedDigits text: after a digit or decimal point, before a
// digit, a decimal point, a percent sign or a unit.
func spaceInNumber(orig []rune, i int) bool {
	if i == 0 || i+1 >= len(orig) {
		return false
	}
	p, n := orig[i-1], orig[i+1]
	if !isDigit(p) && !isFullDigit(p) && p != '．' && p != '.' {
		return false
	}
	return isDigit(n) || isFullDigit(n) || n == '．' || n == '.' || n == '％' || n == '%' || isHan(n)
}

// spaceInRange reports whether the space at orig[i] parts a figure from its
// magnitude (124 亿) or the ends of a range from 至 or 到 (10% 至 12%), as
// briefs typed with spaces around numbers write them.
func spaceInRange(orig []rune, i int) bool {
	if i == 0 || i+1 >= len(orig) {
		return false
	}
	p, n := orig[i-1], orig[i+1]
	switch {
	case isDigit(p) && (n == '万' || n == '亿'):
		return true
	case (isDigit(p) || p == '%' || p == '％') && (n == '至' || n == '到'):
		return true
	case (p == '至' || p == '到') && isDigit(n):
		return true
	}
	return false
}

// keep returns the memory of v to buf for the next document.
func (v *view) keep(buf *buffers) {
	buf.orig, buf.marks = v.orig[:0], v.marks[:0]
	if len(v.r) > 0 && &v.r[0] != &v.orig[0] {
		buf.r = v.r[:0]
	}
	if v.toOrig != nil {
		buf.to = v.toOrig[:0]
	}
}

// decodeRunes is []rune(s), with the three-byte sequences of Chinese
// decoded inline: the runtime's conversion decodes each through a call,
// and every document passes here once. valid reports whether s was valid
// UTF-8 (no byte became U+FFFD); if so, marks[j] is the byte offset of rune
// markEvery·j. out and marks reuse the memory of the slices given, when it is
// big enough.
func decodeRunes(s string, out []rune, marks []int32) ([]rune, []int32, bool) {
	n := len(s)/3 + 1 // the runes of Chinese text; append grows the rest
	out, marks, valid := reuse(out, n), reuse(marks, n/markEvery+1), true
	for i := 0; i < len(s); {
		marks = append(marks, int32(i))
		for k := 0; k < markEvery && i < len(s); k++ {
			c := s[i]
			if c < utf8.RuneSelf {
				out = append(out, rune(c))
				i++
				continue
			}
			if c&0xF0 == 0xE0 && i+2 < len(s) {
				c1, c2 := s[i+1], s[i+2]
				r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
				if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 && r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
					out = append(out, r)
					i += 3
					continue
				}
			}
			r, n := utf8.DecodeRuneInString(s[i:]) // other lengths, and invalid bytes as []rune does
			if r == utf8.RuneError && n == 1 {
				valid = false
			}
			out = append(out, r)
			i += n
		}
	}
	return out, marks, valid
}

// reuse is s emptied, when it can hold n elements, else a new slice that can.
func reuse[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}

// CountRunes is utf8.RuneCountInString for valid UTF-8, several times
// faster on Chinese: it counts the bytes that start a sequence (that are
// not 10xxxxxx), eight at a time, without decoding. On invalid UTF-8 it
// may count fewer runes than []rune(s) holds.
func CountRunes(s string) int {
	n, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		n += 8 - bits.OnesCount64(x&^(x<<1)&0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// viewBuilder builds a view, copying the original only once a rune
// changes and recording offsets only once a rune is dropped.
type viewBuilder struct {
	orig   []rune
	r      []rune  // the view, once it differs from orig
	to     []int32 // the offsets, once a rune was dropped
	n      int     // view runes so far
	shared bool    // the view so far is orig[:n]
	ident  bool    // view rune k is orig rune k, so far

	spareR  []rune  // memory for r, if big enough
	spareTo []int32 // memory for to, if big enough
}

// add appends c, which came from orig[i].
func (b *viewBuilder) add(c rune, i int) {
	if b.ident && i != b.n {
		b.ident = false
		b.to = reuse(b.spareTo, len(b.orig)+1)[:b.n]
		for k := range b.to {
			b.to[k] = int32(k)
		}
	}
	if b.shared && (!b.ident || c != b.orig[i]) {
		b.shared = false
		b.r = append(reuse(b.spareR, len(b.orig)), b.orig[:b.n]...)
	}
	if !b.shared {
		b.r = append(b.r, c)
	}
	if !b.ident {
		b.to = append(b.to, int32(i))
	}
	b.n++
}

// addRun appends orig[i:j], kept as they are: what add of each would do.
func (b *viewBuilder) addRun(i, j int) {
	if b.shared && b.ident && i == b.n {
		b.n = j // the view is still orig itself
		return
	}
	b.add(b.orig[i], i) // settles ident and shared as for the rest
	if i++; !b.shared {
		b.r = append(b.r, b.orig[i:j]...)
	}
	if !b.ident {
		for k := i; k < j; k++ {
			b.to = append(b.to, int32(k))
		}
	}
	b.n += j - i
}

// runes is the view so far.
func (b *viewBuilder) runes() []rune {
	if b.shared {
		return b.orig[:b.n]
	}
	return b.r
}

func (b *viewBuilder) view() *view {
	v := &view{orig: b.orig, r: b.runes()}
	if !b.ident {
		v.toOrig = append(b.to, int32(len(b.orig)))
	}
	return v
}

// blankLine reports whether a run of blanks holds two line breaks or more.
// A blank line ends a paragraph whatever its last line ends with (a news
// item without a full stop: 此次幅度为40-50元/吨, then 寒锐钴业公告…), unless
// the text after it can only go on a sentence (continuesLine): extraction
// from PDF leaves blank lines inside sentences (限上零售增长\n\n25.2%).
func blankLine(run []rune) bool {
	n := 0
	for _, c := range run {
		switch c {
		case '\n', '\u2028', '\u2029':
			n++
		case '\u200b', '\ufeff':
			return false // 二千四百万\n\u200b\n\n人: a page break left by extraction, inside a sentence
		}
	}
	return n >= 2
}

// blankLinesEndItems reports whether the blank lines of a document end
// its paragraphs, as in news items (…此次幅度为40-50元/吨, then 寒锐钴业公告…):
// fewer than a quarter of the lines before them lack a full stop. A text
// extracted from PDF breaks its sentences at blank lines far more often
// (高新技术产业产值占\n\n规上工业产值比重), and there they stay soft.
func blankLinesEndItems(orig []rune) bool {
	breaks, open := 0, 0
	for i := 0; i < len(orig); i++ {
		if orig[i] != '\n' {
			continue
		}
		j := i
		for j < len(orig) && isBlank(orig[j]) {
			j++
		}
		if j < len(orig) && blankLine(orig[i:j]) {
			k := i - 1
			for k >= 0 && isBlank(orig[k]) {
				k--
			}
			if k >= 0 {
				breaks++
				if !isTerminal(orig[k]) {
					open++
				}
			}
		}
		i = j
	}
	return breaks > 0 && open*4 < breaks
}

// continuesLine reports whether text after a blank line starts as only
// the rest of a sentence does: a figure, or a particle or punctuation that
// opens no sentence (之比达到2.08%, 三年共增加了十六万吨), or a unit after a
// figure (二千四百万⏎⏎人; but 570元/吨⏎⏎天眼查: 天 opens a name there).
func continuesLine(before, after []rune) bool {
	if len(after) == 0 {
		return false
	}
	c := after[0]
	figure := len(before) > 0 && (isDigit(before[len(before)-1]) || isCn(before[len(before)-1]))
	return isDigit(c) || isFullDigit(c) || isCn(c) || strings.ContainsRune("多余之的地得和及与或了着过，、。；：%％）)", c) || figure && unitAt(after, 0) != ""
}

// softBreak reports whether a run of line breaks, between the view so far
// and the rest of the text, is a break inside a sentence (限上零售增长\n\n25.2%)
// rather than a paragraph or heading break.
func softBreak(before []rune, para int, after []rune) bool {
	if para < 12 || len(after) == 0 {
		return false
	}
	last := before[len(before)-1]
	for k := len(before) - 1; k >= 0 && isBlank(before[k]); k-- {
		last = before[k]
	}
	if isTerminal(last) || last == '\n' {
		return false
	}
	switch after[0] {
	case '#', '*', '-', '>', '|', '（', '(', '【', '<':
		return false // heading, list item, quote, table row
	}
	if len(after) > 1 && after[1] == '、' {
		return false // 1、 一、
	}
	if len(after) > 2 && after[0] >= '0' && after[0] <= '9' && after[1] == '.' && !(after[2] >= '0' && after[2] <= '9') {
		return false // 1. item
	}
	if line := before[len(before)-para:]; enumerated(line) && !slices.ContainsFunc(line, func(c rune) bool { return c == '，' || c == '。' || c == '；' || c == '：' }) {
		return false // （三）一九五八年国民经济各部门发展计划的安排: a numbered heading
	}
	if labelColon(window(after, 0, 12)) > 0 || labelColon(window(before[len(before)-para:], 0, 12)) > 0 {
		return false // …有限公司\n中标金额：人民币6,554万元\n中标设备名称：…\n本次项目…: a labelled line
	}
	return true
}

// labelColon is the offset of the first colon in line, -1 for none or
// for one after other punctuation (a sentence, not a label).
func labelColon(line []rune) int {
	for k, c := range line {
		switch {
		case c == '：' || c == ':':
			return k
		case isClauseSep(c) || isTerminal(c):
			return -1
		}
	}
	return -1
}

// markupMask marks URLs, HTML tags and comments: their digits are never
// claims. It returns nil when the text has none.
func markupMask(r []rune) []bool {
	var mask []bool
	set := func(a, b int) {
		if mask == nil {
			mask = make([]bool, len(r))
		}
		for k := a; k < b; k++ {
			mask[k] = true
		}
	}
	for i := 0; i < len(r); i++ {
		for i < len(r) && r[i] != 'h' && r[i] != 'w' && r[i] != '<' {
			i++ // the runes that can start no markup: most of them
		}
		if i == len(r) {
			break
		}
		switch {
		case r[i] == 'h' && hasPrefix(r[i:], "http"), r[i] == 'w' && hasPrefix(r[i:], "www."):
			j := i
			for j < len(r) && r[j] < 0x80 && r[j] > ' ' && r[j] != ')' && r[j] != ']' && r[j] != '>' && r[j] != '"' {
				j++
			}
			if j-i > 8 {
				set(i, j)
				i = j - 1
			}
		case r[i] == '<':
			// <tag ...>, </tag>, <!-- ... --> within one line (a <video> tag
			// with its source URL and style runs to 400 runes)
			j := i + 1
			for j < len(r) && j-i < 1000 && r[j] != '>' && r[j] != '\n' && r[j] != '<' {
				j++
			}
			if j < len(r) && r[j] == '>' && j > i+1 && (r[i+1] == '/' || r[i+1] == '!' || (r[i+1] < 0x80 && isASCIILetter(r[i+1]))) {
				set(i, j+1)
				i = j
			}
		}
	}
	return mask
}

// hasPrefix reports whether r starts with p. The three-byte runes of Han
// text are decoded inline, as in lastRuneOf: ranging over p decodes each
// through a call, and hasPrefix runs against the word tables at most numbers.
func hasPrefix(r []rune, p string) bool {
	for i := 0; i < len(p); {
		var c rune
		switch b := p[i]; {
		case b < utf8.RuneSelf:
			c, i = rune(b), i+1
		case b&0xF0 == 0xE0 && i+2 < len(p):
			c, i = rune(b&0x0F)<<12|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F), i+3
		default:
			var n int
			c, n = utf8.DecodeRuneInString(p[i:])
			i += n
		}
		if len(r) == 0 || r[0] != c {
			return false
		}
		r = r[1:]
	}
	return true
}

// hasSuffix reports whether r ends with w, comparing rune by rune from the
// end: no string is made of r.
func hasSuffix(r []rune, w string) bool {
	k := len(r)
	for len(w) > 0 {
		c, n := lastRuneOf(w)
		if k == 0 || r[k-1] != c {
			return false
		}
		k, w = k-1, w[:len(w)-n]
	}
	return true
}

// lastRuneOf decodes the last rune of w, valid UTF-8 as every word of the
// tables is, with a fast path for the three-byte runes of Han text:
// utf8.DecodeLastRuneInString takes its slow path on each of them, and
// hasSuffix runs for most numbers of a document.
func lastRuneOf(w string) (rune, int) {
	n := len(w)
	if c := w[n-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	if n >= 3 && w[n-3]&0xF0 == 0xE0 {
		return rune(w[n-3]&0x0F)<<12 | rune(w[n-2]&0x3F)<<6 | rune(w[n-1]&0x3F), 3
	}
	return utf8.DecodeLastRuneInString(w)
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
