package extract

import (
	"strings"

	"numclaims/schema"
)

// This file attaches context to each hit: the sentence, the clause's
// metric and predicate (from the segmented clause), the governing time
// expression and the hedge that makes a claim an estimate.

// isClauseSep ends a clause: the scope of a hedge, a metric, a predicate.
func isClauseSep(c rune) bool {
	switch c {
	case '，', ',', '、', '；', ';', '。', '！', '？', '!', '?', '：', ':', '\n', '（', '(', '）', ')':
		return true
	}
	return false
}

// isSentenceSep ends a sentence.
func isSentenceSep(c rune) bool {
	switch c {
	case '。', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

// sentenceAround returns the view span of the sentence holding [s, e).
func sentenceAround(r []rune, s, e int) (int, int) {
	a := s
	for a > 0 && !isSentenceSep(r[a-1]) {
		a--
	}
	b := e
	for b < len(r) && !isSentenceSep(r[b]) {
		b++
	}
	if b < len(r) && r[b] != '\n' {
		b++ // keep the full stop
	}
	for a < b && isBlank(r[a]) {
		a++
	}
	return a, b
}

// clauseStart is the view offset where the clause ending at a begins.
func clauseStart(r []rune, a int) int {
	for a > 0 && !isClauseSep(r[a-1]) {
		a--
	}
	return a
}

// assemble turns hits into claims: context, then original offsets.
func (e *Extractor) assemble(v *view, hits []hit) []schema.Claim {
	r := v.r
	out := make([]schema.Claim, 0, len(hits))
	lastEnd := -1
	var prev *schema.Claim
	prevHit := hit{}
	for _, h := range hits {
		if h.start < lastEnd {
			continue // overlaps a claim already taken
		}
		lastEnd = h.end
		ss, se := sentenceAround(r, h.start, h.end)
		cs := clauseStart(r, h.ctx)
		c := schema.Claim{
			ClaimIdx: int32(len(out)),
			Kind:     h.kind, Value: h.value, Low: h.low, High: h.high,
			Unit: h.unit, UnitText: h.unitText, Qualifier: h.qual,
			Sentence: strings.TrimSpace(v.origText(ss, se)),
		}
		a, b := v.origSpan(h.start, h.end)
		c.Start, c.End = int32(a), int32(b)
		c.Surface = string(v.orig[a:b])

		// A clause that holds nothing but earlier list items and 、 takes
		// its context from the claim before (0.9、1.2、1.2个百分点; 68.9%、72%).
		if prev != nil && prevHit.end <= h.start && onlyListGap(r, prevHit.after, h.ctx) && cs >= prevHit.start {
			c.Metric, c.Predicate, c.Time, c.Estimate = prev.Metric, prev.Predicate, prev.Time, prev.Estimate
		} else {
			c.Estimate = hedged(r, ss, cs, h.ctx)
			metric, pred := e.metricAndPredicate(r, ss, cs, h)
			if h.predicate != "" {
				pred = h.predicate
			}
			c.Metric, c.Predicate = strPtr(metric), strPtr(pred)
			c.Time = strPtr(timeOf(r, ss, se, h.start))
		}
		out = append(out, c)
		prev, prevHit = &out[len(out)-1], h
	}
	return out
}

// onlyListGap reports whether r[a:b] holds only list separators and spaces.
func onlyListGap(r []rune, a, b int) bool {
	if a > b {
		return false
	}
	for _, c := range r[a:b] {
		if c != '、' && c != ' ' && c != '和' && c != '及' && c != '与' {
			return false
		}
	}
	return true
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// hedged reports whether a hedge word governs the claim: in its clause
// before it, or ahead of a colon that introduces it (主要预期目标是：…).
func hedged(r []rune, ss, cs, at int) bool {
	if cs < at && patHedge.match(r[cs:at]) != nil {
		return true
	}
	// a target sentence: 目标是：增长5%左右；…
	for k := at - 1; k >= ss; k-- {
		if r[k] == '：' || r[k] == ':' {
			return patHedge.match(r[ss:k]) != nil
		}
	}
	return false
}

// timeOf finds the time expression governing a claim at view offset at:
// the nearest before it in its sentence, else the first after it in the
// sentence, else the nearest before it in its paragraph.
func timeOf(r []rune, ss, se, at int) string {
	if t := lastTime(r[ss:at]); t != "" {
		return t
	}
	if m := patTime.match(r[at:se]); m != nil {
		return m.String()
	}
	ps := ss
	for ps > 0 && r[ps-1] != '\n' {
		ps--
	}
	if ps < ss {
		return lastTime(r[ps:ss])
	}
	return ""
}

func lastTime(r []rune) string {
	if len(r) == 0 {
		return ""
	}
	m := patTime.match(r)
	last := ""
	for m != nil {
		last = m.String()
		m, _ = patTime.re.FindNextMatch(m)
	}
	return last
}

// metricAndPredicate segments the clause before the claim and reads what is
// measured and the verb relating it to the number.
//
// In 规上工业增加值预计增长10% the metric stands before the verb; in
// 签约亿元以上产业项目28个 it stands after it (the thing counted). A claim
// that modifies a following noun (3个省重大项目, 亿元以上产业项目) measures
// that noun.
func (e *Extractor) metricAndPredicate(r []rune, ss, cs int, h hit) (metric, pred string) {
	left := string(r[cs:h.ctx])
	var toks []Token
	if strings.TrimSpace(left) != "" {
		toks = e.seg.Tag(left)
	}
	// drop qualifier-ish and time tokens at the edges
	p := lastPredicate(toks)
	var beforeV, afterV string
	if p >= 0 {
		pred = toks[p].Text
		// 累计达到, 同比增长: join an adverb-verb pair
		if p > 0 && (toks[p-1].Text == "累计" || toks[p-1].Text == "同比" || toks[p-1].Text == "连续" || toks[p-1].Text == "环比") {
			pred = toks[p-1].Text + pred
			beforeV = joinMetric(toks[:p-1])
		} else {
			beforeV = joinMetric(toks[:p])
		}
		afterV = joinMetric(toks[p+1:])
	} else {
		beforeV = joinMetric(toks)
	}
	if pred == "占比" && beforeV != "" {
		beforeV += pred // 民生支出占比超过八成: the share is the metric
	}
	switch {
	case h.kind == schema.KindDuration && (pred == "连续" || pred == "持续" || strings.HasSuffix(left, "连续") || strings.HasSuffix(left, "持续")):
		// 连续5年获…评价: what lasted is what follows
		if f := followingText(r, h); f != "" {
			return f, pred
		}
		metric = beforeV
	case afterV != "" && !isComparator(pred):
		metric = afterV
	case beforeV != "":
		metric = beforeV
	default:
		metric = afterV
	}
	if metric == "" || h.kind == schema.KindCount || h.kind == schema.KindMoney {
		if f := e.following(r, h); f != "" {
			metric = f
		}
	}
	if metric == "" {
		// the subject of the sentence's previous clause (镇江高新区GDP增速…，前三季度分别高于…)
		if cs > ss {
			pcs := clauseStart(r, cs-1)
			if pcs < cs-1 {
				ptoks := e.seg.Tag(string(r[pcs : cs-1]))
				if k := firstPredicate(ptoks); k >= 0 {
					metric = joinMetric(ptoks[:k])
				}
			}
		}
	}
	return metric, pred
}

// following reads the noun phrase right after a claim used attributively
// (3个省重大项目 → 省重大项目); "" when punctuation or a verb follows.
func (e *Extractor) following(r []rune, h hit) string {
	a := h.after
	if a >= len(r) || isClauseSep(r[a]) || isDigit(r[a]) {
		return ""
	}
	b := a
	for b < len(r) && b-a < 12 && !isClauseSep(r[b]) && !isDigit(r[b]) {
		b++
	}
	toks := e.seg.Tag(string(r[a:b]))
	var sb strings.Builder
	for _, t := range toks {
		if isPredicate(t) || strings.HasPrefix(t.POS, "u") || strings.HasPrefix(t.POS, "p") || strings.HasPrefix(t.POS, "c") {
			break
		}
		sb.WriteString(t.Text)
	}
	return strings.TrimSpace(sb.String())
}

// lastPredicate is the index of the claim's verb among toks: the last word
// of the predicate table, else the last verb; -1 for none.
func lastPredicate(toks []Token) int {
	for k := len(toks) - 1; k >= 0; k-- {
		if inPredicates(toks[k].Text) {
			return k
		}
	}
	for k := len(toks) - 1; k >= 0; k-- {
		if isPredicate(toks[k]) {
			return k
		}
	}
	return -1
}

// firstPredicate is the index of the first predicate-table word, else of
// the first verb; -1 for none.
func firstPredicate(toks []Token) int {
	for k, t := range toks {
		if inPredicates(t.Text) {
			return k
		}
	}
	for k, t := range toks {
		if isPredicate(t) {
			return k
		}
	}
	return -1
}

func inPredicates(w string) bool {
	for _, p := range predicates {
		if w == p {
			return true
		}
	}
	return false
}

// followingText is the raw text after a claim up to the end of its clause.
func followingText(r []rune, h hit) string {
	a := h.after
	b := a
	for b < len(r) && b-a < 24 && !isClauseSep(r[b]) {
		b++
	}
	return strings.TrimSpace(string(r[a:b]))
}

// isPredicate reports whether a token is the claim's verb or relation.
func isPredicate(t Token) bool {
	return inPredicates(t.Text) || t.POS == "v"
}

func isComparator(p string) bool {
	switch p {
	case "高于", "低于", "快于", "慢于", "超过", "多于", "少于", "超出":
		return true
	}
	return false
}

// joinMetric joins the tokens of a noun phrase, dropping time words,
// hedges, adverbs and conjunctions at its edges.
func joinMetric(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		if skipInMetric(t) {
			continue
		}
		b.WriteString(t.Text)
	}
	return strings.Trim(b.String(), " 　,，、")
}

func skipInMetric(t Token) bool {
	switch t.POS {
	case "d", "c", "p", "t", "u", "uj", "ul", "y", "e", "o", "r", "f":
		return true
	case "m", "mq":
		// 全年 is tagged m; a number inside a metric (10亿-30亿元项目) stays
		if !strings.ContainsAny(t.Text, "0123456789") {
			for _, w := range timeWords {
				if w == t.Text {
					return true
				}
			}
		}
	}
	for _, w := range timeWords {
		if w == t.Text {
			return true
		}
	}
	for _, w := range hedges {
		if w == t.Text {
			return true
		}
	}
	if (t.POS == "m" || t.POS == "mq") && isYearish(t.Text) {
		return true // 三年, 前三季度
	}
	switch t.Text {
	case "全市", "全省", "全国", "全区", "全县", "全球", "世界", "全州", "全网", "全行业":
		return true // scopes of a comparison or rank, not what is measured
	case "其中", "分别", "均", "都", "共", "约", "近", "超", "逾", "达", "为", "是", "已", "还", "再", "并", "等", "方面":
		return true
	}
	return patTime.match([]rune(t.Text)) != nil && isYearish(t.Text)
}

func isYearish(s string) bool {
	return strings.HasSuffix(s, "年") || strings.HasSuffix(s, "月") || strings.HasSuffix(s, "季度") || strings.HasSuffix(s, "天")
}
