package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"numclaims/schema"
)

// This file attaches context to each hit: the sentence, the clause's
// metric and predicate (from the segmented clause), the governing time
// expression and the hedge that makes a claim an estimate.

// isClauseSep ends a clause: the scope of a hedge, a metric, a predicate.
func isClauseSep(c rune) bool {
	switch c {
	case '，', ',', '、', '；', ';', '。', '！', '？', '!', '?', '：', ':', '\n', '（', '(', '）', ')', '…', '#', '【', '】': // 总数达到60项……植根: an ellipsis; 1200元/吨###原油价格; 【…纳指跌0.1%】苹果跌0.1%: a headline's brackets
		return true
	}
	return false
}

// isSentenceSep ends a sentence.
func isSentenceSep(c rune) bool {
	switch c {
	case '。', '！', '？', '!', '?', '\n', '#', '【', '】': // 均价至少下跌了1200元/吨###原油价格…: items run together; 【headline】text
		return true
	}
	return false
}

// maxSentence bounds, in runes on each side of a claim, how far a sentence
// reaches: text without full stops (tables, lists flattened by extraction)
// must not make every claim read the whole document.
const maxSentence = 300

// sentenceAround returns the view span of the sentence holding [s, e).
func sentenceAround(r []rune, s, e int) (int, int) {
	a, lim := s, s-maxSentence
	for a > 0 && a > lim && !isSentenceSep(r[a-1]) {
		a--
	}
	if a == lim && a > 0 && !isSentenceSep(r[a-1]) {
		// cut at a clause boundary instead
		for a < s && !isClauseSep(r[a]) {
			a++
		}
		if a < s {
			a++
		}
	}
	b, lim := e, e+maxSentence
	for b < len(r) && b < lim && !isSentenceSep(r[b]) {
		b++
	}
	if b == lim && b < len(r) && !isSentenceSep(r[b]) {
		for b > e && !isClauseSep(r[b-1]) {
			b--
		}
	} else if b < len(r) && r[b] != '\n' {
		b++ // keep the full stop
	}
	for a < b && isBlank(r[a]) {
		a++
	}
	return a, b
}

// sameParagraph reports whether no hard line break lies between view
// offsets a and b (a <= b).
func sameParagraph(r []rune, a, b int) bool {
	for _, c := range r[a:b] {
		if c == '\n' {
			return false
		}
	}
	return true
}

// clauseStart is the view offset where the clause ending at a begins. A
// parenthesis (a stock code, an abbreviation) does not end a clause.
func clauseStart(r []rune, a int) int {
	for a > 0 {
		if c := r[a-1]; c == '）' || c == ')' {
			if k := matchOpen(r, a-1); k >= 0 {
				a = k
				continue
			}
		}
		if clauseBreak(r, a-1) {
			break
		}
		a--
	}
	return a
}

// matchOpen finds the （ or ( that r[k] closes, within one short line.
func matchOpen(r []rune, k int) int {
	for j := k - 1; j >= 0 && k-j < 40; j-- {
		switch r[j] {
		case '（', '(':
			return j
		case '\n', '。', '）', ')':
			return -1
		}
	}
	return -1
}

// clauseEnd is the view offset of the separator ending the clause at a.
func clauseEnd(r []rune, a int) int {
	for a < len(r) && !clauseBreak(r, a) {
		a++
	}
	return a
}

// clauseBreak reports whether r[k] separates clauses: punctuation, or a
// space between Han characters (headlines: 网民规模超11亿人 互联网普及率达78.6%).
func clauseBreak(r []rune, k int) bool {
	if isClauseSep(r[k]) {
		return true
	}
	return r[k] == ' ' && k > 0 && k+1 < len(r) && isHan(r[k-1]) && isHan(r[k+1])
}

// vtok is a token of a segmented clause, with view offsets.
type vtok struct {
	text, pos  string
	start, end int // view runes
}

// ctxState carries what consecutive claims of one document share: the
// segmented clause and the time expressions of the sentence, so each is
// computed once however many claims it holds.
type ctxState struct {
	e            *Extractor
	r            []rune
	tokA, tokB   int // clause span of toks
	toks         []vtok
	timeA        int // sentence start of times
	times        []timeSpan
	lastTime     map[[2]int]string // per sentence span before a claim, its last time expression
	sentA, sentB int               // span of sent
	sent         string            // original text of the last sentence
	pre          []vtok            // tokens of the prefetched windows, in order
	merged       [][2]int          // the prefetched windows
	scanned      int               // runes scanned by colonBefore
	colon        int               // the last colon of the paragraph at scanned, -1 for none
}

// maxLeft and maxRight bound, in runes, the part of a clause segmented
// around a claim.
const (
	maxLeft  = 30
	maxRight = 10
)

// sentence returns the original text of the sentence [ss, se), made once
// for all the claims it holds.
func (st *ctxState) sentence(v *view, ss, se int) string {
	if ss != st.sentA || se != st.sentB {
		st.sentA, st.sentB = ss, se
		st.sent = strings.TrimSpace(v.origText(ss, se))
	}
	return st.sent
}

// tokens segments r[a:b]; the tokens of the last span are reused when they
// cover [a, b) from the same clause start.
func (st *ctxState) tokens(a, b int) []vtok {
	// the prefetched window holding [a, b): the last one starting at or before a
	if k := sort.Search(len(st.merged), func(k int) bool { return st.merged[k][0] > a }) - 1; k >= 0 && b <= st.merged[k][1] {
		i := sort.Search(len(st.pre), func(i int) bool { return st.pre[i].start >= a })
		j := sort.Search(len(st.pre), func(j int) bool { return st.pre[j].end > b })
		if i <= j {
			return st.pre[i:j]
		}
	}
	if st.toks != nil && a >= st.tokA && b <= st.tokB && (a == st.tokA || clauseStart(st.r, a) <= st.tokA) {
		out := st.toks
		for len(out) > 0 && out[0].start < a {
			out = out[1:]
		}
		return out
	}
	st.tokA, st.tokB = a, b
	st.toks = st.e.tag(st.r, a, b)
	return st.toks
}

// prefetch segments the windows of all claims of a document in one call.
// Overlapping windows are merged first, so no text is segmented twice:
// jieba is the dearest step of extraction.
func (st *ctxState) prefetch(wins [][2]int) {
	if len(wins) == 0 {
		return
	}
	sort.Slice(wins, func(i, j int) bool { return wins[i][0] < wins[j][0] })
	merged := wins[:1]
	for _, w := range wins[1:] {
		last := &merged[len(merged)-1]
		if w[0] <= last[1] {
			if w[1] > last[1] {
				last[1] = w[1]
			}
			continue
		}
		merged = append(merged, w)
	}
	var b strings.Builder
	for _, w := range merged {
		for _, c := range st.r[w[0]:w[1]] {
			b.WriteRune(c)
		}
		b.WriteByte('\n') // a separator jieba never joins to a word
	}
	st.pre = st.e.seg.viewTokens(st.e.seg.cut(b.String()), merged)
	st.merged = merged
}

// tag segments the view span r[a:b] and returns tokens with view offsets.
func (e *Extractor) tag(r []rune, a, b int) []vtok {
	if a >= b {
		return []vtok{}
	}
	return e.seg.viewTokens(e.seg.cut(string(r[a:b])), [][2]int{{a, b}})
}

// assemble turns hits into claims: context, then original offsets.
// buf lends the memory of its places.
func (e *Extractor) assemble(v *view, hits []hit, buf *buffers) []schema.Claim {
	r := v.r
	// Where each claim stands, once: overlapping hits dropped, and whether
	// a claim takes its context from the claim before — a clause holding
	// nothing but earlier list items and 、 (0.9、1.2、1.2个百分点; 68.9%、72%).
	places := buf.places[:0]
	defer func() {
		clear(places)
		buf.places = places[:0]
	}()
	end := -1
	for _, h := range hits {
		if h.start < end {
			continue // overlaps a claim already taken
		}
		end = h.end
		p := place{h: h, cs: clauseStart(r, h.ctx)}
		p.ss, p.se = sentenceAround(r, h.start, h.end)
		if n := len(places); n > 0 {
			// but not a claim right after a span of another kind: 连续4年超过90万人
			q := places[n-1].h
			p.inherits = onlyListGap(r, q.after, h.ctx) && (q.after < h.ctx || q.kind == h.kind)
		}
		places = append(places, p)
	}
	// Segment, in one call, the clause windows (before and after the
	// number) of the claims that do not inherit their context.
	st := &ctxState{e: e, r: r, tokA: -1, timeA: -1, sentA: -1, colon: -1}
	planStart, planEnd := planFrom(r) // the part of a report that sets out its plan
	wins := make([][2]int, 0, len(places))
	for _, p := range places {
		if p.inherits {
			continue
		}
		h := p.h
		_, ta, tb, _ := clauseWindow(r, p.ss, p.cs, h)
		wins = append(wins, [2]int{ta, h.ctx})
		if tb > h.after && (h.kind == schema.KindCount || h.kind == schema.KindMoney || h.kind == schema.KindQuantity) {
			// the words after the number: what is counted or priced
			// (other kinds segment them only when they lack a metric)
			wins = append(wins, [2]int{h.after, tb})
		}
	}
	st.prefetch(wins)

	out := make([]schema.Claim, 0, len(places))
	// The claims' nullable values point into two arrays made once per
	// document, not one allocation per value (they were a fifth of all).
	nums := make([]float64, 0, 2*len(places))
	strs := make([]string, 0, 3*len(places))
	num := func(o opt) *float64 {
		if !o.ok {
			return nil
		}
		nums = append(nums, o.v)
		return &nums[len(nums)-1]
	}
	str := func(s string) *string {
		if s == "" {
			return nil
		}
		if v.trad && strings.ContainsAny(s, foldedNumerals) {
			s = unfoldNumerals.Replace(s) // the words come from the view, where 數 is 数: give them back as written (全國病床數)
		}
		strs = append(strs, s)
		return &strs[len(strs)-1]
	}
	var prev *schema.Claim
	var subject *schema.Claim // the last claim that is no share of a whole (占本年收入的33.53%)
	subjectSent, prevShare := -1, false
	var bases []int // claims that are a comparison's past base (pastBase)
	prevHit := hit{}
	prevSent := -1
	var items []string           // subjects of a 分别 list, mapped to its claims in order
	firstSent, firstHit := -1, 0 // the sentence and its first claim that is not a span
	listIdx := 0
	for pi, p := range places {
		h, ss, se, cs := p.h, p.ss, p.se, p.cs
		c := schema.Claim{
			ClaimIdx: int32(len(out)),
			Kind:     h.kind, Value: h.value, Low: num(h.low), High: num(h.high),
			Unit: h.unit, UnitText: h.unitText, Qualifier: h.qual,
			Sentence: st.sentence(v, ss, se),
		}
		a, b := v.origSpan(h.start, h.end)
		c.Start, c.End = int32(a), int32(b)
		c.Surface = v.origRunes(a, b)

		if p.inherits {
			// the context of the claim before, and in a 分别 list the next subject
			c.Metric, c.Predicate, c.Time, c.Estimate = prev.Metric, prev.Predicate, prev.Time, prev.Estimate
			listIdx++
			if listIdx < len(items) {
				c.Metric = str(items[listIdx])
			}
			if h.pair != "" && h.pair != prevHit.pair {
				c.Metric = str(h.pair) // 澳元兑美元、纽元兑美元…分别报0.7168和0.6751: the quote's own pair
			}
		} else {
			listIdx, items = 0, nil
			if ss != firstSent {
				firstSent, firstHit = ss, len(r)
			}
			if h.kind != schema.KindDuration && h.start < firstHit {
				firstHit = h.start // a span is the plan's window, no claim of its own (计划于未来6个月内，以…方式减持不超过454万股)
			}
			// a hedge in the claim's own clause marks it (目标价从1800美元下调至
			// 1450美元: both are forecasts); a target list or a plan section
			// does not mark the level a change starts from
			ls := listStart(r, ss, cs) // 计划以集中竞价、大宗交易方式减持: the 计划 governs the list
			c.Estimate = cs < h.ctx && (hasHedge(r[cs:h.start]) || ls < cs && hasHedge(r[ls:cs]) && !containsAny(r[ls:cs], resultsForecastSet)) ||
				(hedged(r, ss, cs, h.ctx, firstHit, st.colonBefore(h.ctx)) ||
					h.start >= planStart && h.start < planEnd && !containsAny(r[cs:clauseEnd(r, h.end)], reachedWordSet)) && !planParts(r, h) && !changeOrigin(r, h) ||
				namesTarget(r, cs, h) || // 低于13%左右的预期目标: the figure is the target
				hasSuffix(r[:h.start], "预期的") && !hasSuffix(r[:h.start], "通胀预期的") // 低于预期的16万人: the figure is the expectation
			if c.Qualifier == schema.QualExact && aroundParen(r, h) {
				c.Qualifier = schema.QualApprox // 从5.85%（LPR+120BP）左右降至…: 左右 after the parenthesis covers the figure and what it restates
			}
			if c.Qualifier == schema.QualExact && hasAnyPrefix(r[h.after:], orMore) {
				c.Qualifier, c.High = schema.QualLowerBound, nil // 涨至6000元/瓶，甚至更高: at least the figure
			}
			if prev != nil && prevSent == ss && restates(r, prevHit, h) {
				// 约800亿日元（7亿美元）: the amount restated in another currency
				// is as estimated and as approximate as the one before it
				c.Estimate = c.Estimate || prev.Estimate
				if prev.Qualifier == schema.QualApprox && c.Qualifier == schema.QualExact {
					c.Qualifier = schema.QualApprox
				}
				if (prev.Qualifier == schema.QualLowerBound || prev.Qualifier == schema.QualUpperBound) && c.Qualifier == schema.QualExact {
					// 不超过5亿元（7000万美元）: and as bounded (but 逾23亿英镑（约32亿美元）:
					// its own 约, as annotators split on it)
					c.Qualifier = prev.Qualifier
					if c.Qualifier == schema.QualLowerBound {
						c.High = nil
					} else {
						c.Low = nil
					}
				}
			}
			if c.Estimate && (heldStake(r, max(cs, h.start-8), h.start) && h.qual != schema.QualUpperBound || prev != nil && !prev.Estimate && prevHit.ctx >= cs && heldStake(r, max(cs, prevHit.start-8), prevHit.start) && listJoin(r[prevHit.end:h.start])) {
				c.Estimate = false // 拟转让其持有的25%股份: the stake is held now, whatever is planned for it (but 计划减持其持有的公司股份不超过822.87万股: a cap on the plan)
			}
			if c.Estimate && changeOrigin(r, h) && !containsAny(r[ss:h.start], forecastNounSet) && !containsAny(r[h.after:clauseEnd(r, h.after)], forecastNounSet) &&
				!containsWord(r[max(ss, h.start-4):h.start], "计划从") && !containsWord(r[max(ss, h.start-4):h.start], "计划由") {
				// 计划将养老金缴费率由9%上调至13%: the level a plan starts from is
				// now's (but 目标价从1800美元下调至1450美元, 生产计划从150万辆下调:
				// an earlier forecast or plan)
				c.Estimate = false
			}
			if c.Estimate && fundsWonAt(r, cs, h) && (h.start < planStart || h.start >= planEnd) {
				c.Estimate = false // 争取161.4亿元超长期特别国债资金支持: funds won (but a plan's 争取 is its target)
			}
			if c.Estimate && pastBase(r, cs, h.ctx) {
				// 初步预测，客运量较2021年的8.7亿人次将会有大幅度增长: the base a
				// forecast is measured from is the past's figure; but the claims
				// after it go on with the forecast (由一九八二年的三十一万五千人，
				// 增加到一九八七年的五十五万人), so it is cleared at the end
				bases = append(bases, len(out))
			}
			if !c.Estimate && prev != nil && prevSent == ss && prev.Estimate && changeClause(r, cs, h.ctx) &&
				!containsWord(r[ss:se], "前值") && !containsWord(r[ss:se], "初值") && !containsWord(r[ss:se], "终值") {
				c.Estimate = true // 预计净利润为2.89亿元，比上年同期增长130%
			}
			if !c.Estimate && prev != nil && prevSent == ss && prev.Estimate && prevHit.after <= cs && hasPrefix(r[skipBlanks(r, cs):], "其中") && !containsWord(r[cs:clauseEnd(r, h.after)], "已") {
				c.Estimate = true // 预计…收入同比增长超过45%，其中四季度同比增长超过65%: a part of a forecast (47 annotations of 54)
			}
			if !c.Estimate && prev != nil && prevSent == ss && prev.Estimate && prevHit.after <= cs && cs > 0 && prevHit.start >= clauseStart(r, cs-1) &&
				(hasPrefix(r[skipBlanks(r, cs):], "占") && !hasPrefix(r[skipBlanks(r, cs):], "占地") || h.kind == schema.KindPercent && containsWord(r[cs:h.ctx], "总股本")) {
				c.Estimate = true // 计划减持不超过900万股，占公司总股本的比例为3.15%, 减持比例不超过公司总股本1%: the share of a planned figure (20 annotations of 23)
			}
			if !c.Estimate && prev != nil && prevSent == ss && prev.Estimate && prevHit.after <= cs && prevHit.start >= clauseStart(r, max(cs-1, 0)) && planTerm(r[skipBlanks(r, cs):h.ctx], r[h.ctx:h.start]) && !containsWord(r[cs:clauseEnd(r, h.after)], "已") {
				c.Estimate = true // 计划6个月内增持不超过20万股，不低于2万股，增持金额不超过480万元: the plan's other terms
			}
			prevStart, prevSpan := len(r), [2]int{len(r), len(r)} // where the words of the claim before start, and its span, when it is in this clause
			if prev != nil && prevHit.ctx >= cs {
				prevStart, prevSpan = prevHit.ctx, [2]int{prevHit.start, prevHit.end}
			}
			metric, pred, subjects, verbName := e.metricAndPredicate(st, ss, cs, h, prevStart, prevSpan)
			if !c.Estimate && pred == "" && prev != nil && prevSent == ss && prev.Estimate && prevHit.after <= cs && h.ctx-cs <= 6 && cs > 0 && (r[cs-1] == '，' || r[cs-1] == '、' || r[cs-1] == '；' && containsAny(r[ss:prevHit.start], itemHedgeSet)) &&
				(h.after >= len(r) || strings.ContainsRune("，。；", r[h.after])) &&
				!hasAnyPrefix(r[skipBlanks(r, cs):], seriesWords) && !hasAnyPrefix(r[clauseStart(r, prevHit.start):], seriesWords) && !containsWord(r[cs:h.ctx], "已") &&
				!slices.ContainsFunc(st.tokens(cs, h.ctx), func(t vtok) bool { return (t.pos == "v" || t.pos == "vd" || t.pos == "p") && !totalWords[t.text] }) {
				c.Estimate = true // 铁路预计发送旅客515万人次，公路1900万人次; 预计营业收入29亿元-31亿元，…；归母净利润1.01亿元-1.31亿元: a clause with no verb of its own goes on with the forecast
			}
			if yc := afterThen(r, cs); !c.Estimate && pred != "" && prev != nil && prevSent == ss && prev.Estimate && prevHit.after <= cs &&
				(derefOr(prev.Predicate) == pred || hasAnyPrefix(r[yc:], nextYears) && containsWord(r[yc:h.ctx], "将")) && // 预计年底前目标价在2600美元/盎司，明年中将达到2700美元/盎司
				(opensWithYear(r, yc) || opensWithMonth(r, yc) && !containsAny(r[cs:h.ctx], releasedSet) || hasAnyPrefix(r[yc:], nextYears)) && !hasAnyPrefix(r[yc:], pastYears) && !containsWord(r[cs:clauseEnd(r, h.after)], "已") {
				c.Estimate = true // 预计2022年增长4.2%，2023年增长3.8%: the next year of the forecast
			}
			if c.Estimate && hasAnyPrefix(r[skipBlanks(r, cs):h.ctx], pastPeriods) && !hasHedge(r[cs:h.ctx]) {
				c.Estimate = false // 预计亏损2.6亿元–2.8亿元，上年同期盈利5037.89万元: the year before, reported (77 annotations of 77)
			}
			metric = tidyMetric(metric)
			if len(subjects) < 2 && metric == "" && containsWord(r[cs:h.ctx], "分别") {
				// 开行8641列、运送货物93.6万标箱，同比分别增长16%、30%: the list's
				// subjects are the claims before it, in order
				subjects = metricsBefore(out, places, ss, listLen(places[pi:]))
			}
			if len(subjects) < 2 && metric != "" {
				// 原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米,
				// 集团完成新签合同额、营业收入、利润总额602.3亿元、134.4亿元、5.1亿元:
				// as many subjects as claims in the list, one each, in order
				subjects = listedSubjects(r, ss, cs, h, metric, pred != "", listLen(places[pi:]))
			}
			if h.kind == schema.KindDuration && strings.HasSuffix(h.unitText, "岁") && metric == "" {
				metric = "年龄" // 李建林，男，64岁: what an age measures (男 is no metric)
			}
			if groupAge(r, h) {
				metric = "年龄" // 为65岁以上老年人提供, 5至11岁的儿童: the age of a group, not its context's subject
			}
			if h.kind == schema.KindQuantity && h.unitText == "分" {
				// 以56.720分的总成绩, 拿到88.50分: the score, not the athlete's words
				// (but 满意度综合得分为80.59分 names its own)
				if w := scoreName(r, h.after); w != "" || !strings.Contains(metric, "分") && !strings.Contains(metric, "成绩") && !strings.Contains(metric, "满意度") {
					metric = cmp.Or(w, "得分")
				}
			}
			if h.pair != "" {
				metric = h.pair // 欧元兑美元涨0.02%报1.1163: the rate of the pair
			} else if h.kind == schema.KindPercent || h.kind == schema.KindPercentagePoint {
				if _, pair := fxQuote(r, h.ctx); pair != "" {
					metric = pair // 英镑兑美元跌0.23%: the move of the pair
				}
			}
			if metric == "" && h.kind != schema.KindPercent && h.kind != schema.KindPercentagePoint && (h.kind != schema.KindDuration || spanOf(r, h)) {
				// 发行1000亿元长期国债, 安排了三千六百亿元的投资: what the amount is
				// (a noun here, though 投资 alone is a verb to tidyMetric)
				if m := e.nounAfter(r, h); !slices.Contains(notMetrics, m) {
					metric = m
				}
			}
			if metric == "" && prev != nil && prevSent == ss && prevHit.after < cs {
				// 农民人均纯收入，1982年为270元；城镇居民人均生活费收入，1982年为494.5元:
				// a clause between the claim before and this one names a new subject
				metric = tidyMetric(e.bareSubject(st, prevHit.after, cs))
			}
			if metric == "" && prev != nil && prevSent == ss && pred != "" && derefOr(prev.Predicate) == pred && prev.Metric != nil {
				// 传奇生物跌10.66%，极氪跌9.78%: a name jieba does not know,
				// in a clause built as the one before
				metric = parallelName(r[cs:h.ctx], pred)
			}
			if metric == "" && prev != nil && prevSent == ss && !adverbialClause(r, prevHit) && !strings.Contains(derefOr(prev.Metric), c.Surface) && !lasted(prev) && !sinceSpan(r, prevHit) {
				// 中欧班列货运52.4万标箱、增长21.9%; but not 连续8年's 稳定在1300亿斤以上,
				// what lasted, for the 1300亿斤 in it
				metric = derefOr(prev.Metric)
				if prevShare && subject != nil && subjectSent == ss {
					metric = derefOr(subject.Metric) // 工商税收为173亿元，占本年收入的33.53%，比1955年增长14.26%: the tax grew, not the whole it is a share of
				}
			}
			if metric == "" {
				metric = tidyMetric(e.earlierSubject(st, ss, cs))
			}
			if metric == "" && prev != nil && sameParagraph(r, prevHit.start, h.start) && !sinceSpan(r, prevHit) {
				metric = derefOr(prev.Metric) // 三季度同比增长4.9%: the topic of the paragraph goes on
			}
			if metric == "" {
				metric = verbName
			}
			if prev != nil && prevSent == ss && prev.Metric != nil && consensusClause(r[skipBlanks(r, cs):h.ctx]) {
				metric = *prev.Metric // 预计第四财季营收140亿美元，分析师预期141.3亿美元; PMI终值45.8，预期45.6，前值45.8: the same measure, expected or before
			}
			if len(subjects) > 1 {
				items, metric = subjects, subjects[0]
			}
			if lab := e.lineLabel(r, h.start); lab != "" && !strings.Contains(metric, lab) {
				metric = lab + metric // 原煤：全部建成后增加的年产能力将为九千三百一十万吨
			}
			if pred == "近" {
				pred = "" // 近5日累计跌3340元: "the last", kept in the claim's words, no verb
			}
			c.Metric, c.Predicate = str(metric), str(pred)
			c.Time = str(st.timeOf(ss, se, h.start))
		}
		if m, ok := medalNames[h.unit]; ok && h.kind == schema.KindCount {
			c.Metric = str(m) // 获得5金4银6铜: gold medals, then silver, then bronze
		} else if p.inherits && prev != nil && medalNames[prev.Unit] != "" {
			c.Metric = str(e.nounAfter(r, h)) // 5金2银2铜9枚冬奥会奖牌: the medals, not the bronze ones
		}
		out = append(out, c)
		if next := pi + 1; (h.kind == schema.KindDuration && recordAfter(r, h.after) > 0 || groupAge(r, h)) &&
			(next == len(places) || !places[next].inherits) {
			// 创逾3年新低，连跌2日: the record's span is an aside; 60岁以上老年人平均每年新增30万:
			// so is the age of the group; the claims after them go on with the one before
			continue
		}
		prev, prevHit, prevSent = &out[len(out)-1], h, ss
		if prevShare = hasAnyPrefix(r[skipBlanks(r, clauseStart(r, h.ctx)):h.ctx], shareLeads); !prevShare {
			subject, subjectSent = prev, ss
		}
	}
	for _, i := range bases {
		out[i].Estimate = false
	}
	return out
}

// listedSubjects returns the subjects of a list of n claims written
// without 分别 (新一代信息技术、高端装备产业增加值增长13.6%、9.8%): the
// 、-joined words before the clause at cs, then metric, the clause's own;
// nil unless there are exactly n of them, each of two to twelve runes and
// none with a digit (一、二、三产增加值 is one subject). A clause with 分别
// has its own reading of its subjects, and one where the list is the
// claim's first number or follows 等 names examples, not subjects
// (失能照护、康复护理等7大类158项). The list needs a verb: after it (hasPred:
// …产量达到), or before its first item (集团完成新签合同额、营业收入、利润总额
// 602.3亿元、134.4亿元、5.1亿元), where the item starts after it.
func listedSubjects(r []rune, ss, cs int, h hit, metric string, hasPred bool, n int) []string {
	if n < 2 || h.ctx < cs || containsWord(r[cs:h.ctx], "分别") || containsWord(r[cs:h.start], "等") || slices.ContainsFunc(r[cs:h.ctx], isDigit) {
		return nil
	}
	subjects := []string{metric}
	opened := false // by a verb before the list's first item
	for k := cs; k > ss && r[k-1] == '、' && len(subjects) < n; {
		pcs := clauseStart(r, k-1)
		item := r[pcs : k-1]
		if pcs <= ss || r[pcs-1] != '、' {
			rest := afterListVerb(item) // 集团完成新签合同额: the list opens after its verb
			opened, item = len(rest) < len(item), rest
		}
		if len(item) < 2 || len(item) > 12 || slices.ContainsFunc(item, isDigit) || containsAny(item, notListItemSet) ||
			strings.ContainsRune(notListItemFirst, item[0]) {
			return nil // 分别占建议、提案总数的, 增速分别比同期工业、高技术制造业高: no list of subjects
		}
		subjects = append([]string{strings.TrimPrefix(string(item), "其中")}, subjects...)
		k = pcs
	}
	if len(subjects) != n || len(subjects) > 1 && cs-1 >= 0 && r[cs-1] != '、' || !hasPred && !opened {
		return nil // and a list with no verb after it needs one before it
	}
	return subjects
}

// afterListVerb is item, the first of a list of subjects, from after the
// verb that opens the list (中国化学工程集团完成新签合同额 → 新签合同额), or
// all of it when no listVerbs word stands in it.
func afterListVerb(item []rune) []rune {
	for k := len(item) - 2; k >= 1; k-- {
		if w := listVerbSet.prefix(item[k:]); w != "" && k+utf8.RuneCountInString(w) < len(item) {
			return item[k+utf8.RuneCountInString(w):]
		}
	}
	return item
}

var listVerbSet = newWordSet(listVerbs)

// yearTaskWordSet finds yearTaskWords.
var yearTaskWordSet = newWordSet(yearTaskWords)

// notListItemSet finds notListItemWords.
var notListItemSet = newWordSet(notListItemWords)

// yearTask reports whether s, a sentence up to a claim, sets the year's
// tasks: it opens with 今年 and says what is to be done (yearTaskWords).
func yearTask(s []rune) bool {
	for len(s) > 0 && isBlank(s[0]) {
		s = s[1:]
	}
	return hasPrefix(s, "今年") && containsAny(s, yearTaskWordSet)
}

// byYear reports whether s, a sentence up to a claim, sets a target for a
// year: a clause of it opens with 到 and a year (到2025年，…; 到2027年底，…)
// and nothing says the figure is reached (已, 累计, 以来…) or merely
// foretold (将: "will", which annotators split on, most not a target).
func byYear(s []rune) bool {
	for k := 0; k+6 <= len(s); k++ {
		if s[k] == '到' && (k == 0 || isClauseSep(s[k-1])) && isDigit(s[k+1]) && isDigit(s[k+2]) && isDigit(s[k+3]) && isDigit(s[k+4]) && s[k+5] == '年' {
			return !containsAny(s, reachedOrForetoldSet)
		}
	}
	return false
}

// planParts reports whether h counts the parts of the plan itself (重点做好
// 十个方面的工作): how the plan is laid out, no target of it.
func planParts(r []rune, h hit) bool {
	return h.kind == schema.KindCount && hasAnyPrefix(r[h.after:], planPartNouns)
}

// changeOrigin reports whether h is the level a change starts from (上限由
// 30万元提高到50万元): in a plan or a list of targets it is today's level,
// not a target.
func changeOrigin(r []rune, h hit) bool {
	return changeFrom(r, h.start) && changeVerbWords.prefix(r[h.after:]) != ""
}

// listLen is the number of claims in the 分别 list that places opens: its
// first and those that inherit from it.
func listLen(places []place) int {
	n := 1
	for n < len(places) && places[n].inherits {
		n++
	}
	return n
}

// metricsBefore returns the metrics of the n claims of out right before a
// 分别 list, when they stand in its sentence (ss) and each has a metric of
// its own; nil otherwise. places[k] is where out[k] stands.
func metricsBefore(out []schema.Claim, places []place, ss, n int) []string {
	if n < 2 || len(out) < n {
		return nil
	}
	ms := make([]string, 0, n)
	for k := len(out) - n; k < len(out); k++ {
		m := derefOr(out[k].Metric)
		if places[k].ss != ss || m == "" || slices.Contains(ms, m) {
			return nil
		}
		ms = append(ms, m)
	}
	return ms
}

// place is where a claim stands: its sentence [ss, se), the start of its
// clause, and whether it takes its context from the claim before.
type place struct {
	h        hit
	ss, se   int
	cs       int
	inherits bool
}

// adverbialClause reports whether the claim h stands in a clause that
// opens with a preposition (据十二个省的统计, 按全国人口平均): its metric
// is not the sentence's topic.
func adverbialClause(r []rune, h hit) bool {
	cs := clauseStart(r, h.ctx)
	return cs < len(r) && strings.ContainsRune("据按从经截比与对较", r[cs])
}

// lasted reports whether c is a span whose metric is what lasted (连续四天走高
// → 走高), which names no subject for the claims after it.
func lasted(c *schema.Claim) bool {
	p := derefOr(c.Predicate)
	return c.Kind == schema.KindDuration && (p == "连续" || p == "持续" || strings.HasSuffix(p, "连续"))
}

// spanOf reports whether the duration h is followed by 的 or by a noun it
// is the length of: 在约50分钟的授课中, 进行100小时验证飞行.
func spanOf(r []rune, h hit) bool {
	return h.after < len(r) && (r[h.after] == '的' || isHan(r[h.after]) && !strings.ContainsRune(spanTimeAfter, r[h.after]))
}

// paidWith reports whether the amount whose words start at ctx is what 以
// pays with: 以 right before it, past a bound (拟以不超1亿美元, 以约3亿元).
func paidWith(r []rune, ctx int) bool {
	b := before(r, ctx, 5)
	for _, w := range paidBounds {
		if hasSuffix(b, w) {
			b = b[:len(b)-utf8.RuneCountInString(w)]
			break
		}
	}
	return len(b) > 0 && b[len(b)-1] == '以'
}

// sinceSpan reports whether h is the span since an event (建交33年来): it
// frames what follows, whose metric it does not give.
func sinceSpan(r []rune, h hit) bool {
	return h.kind == schema.KindDuration && hasPrefix(r[h.after:], "来") && sinceEvent(r, h.start)
}

func derefOr(s *string) string {
	if s == nil {
		return ""
	}
	return *s
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

// hedged reports whether a hedge word governs the claim: in its clause
// before it, in the first clause of its sentence (国家预算规定，本年收入…;
// 预计全年…，…), or ahead of a colon that introduces it (主要预期目标是：…).
// colon is the last colon of the paragraph before the claim, -1 for none.
func hedged(r []rune, ss, cs, at, firstHit, colon int) bool {
	if cs < at && hasHedge(r[cs:at]) {
		return true
	}
	if ss < at && yearTask(r[ss:at]) || cs > ss && cs < at && yearTask(r[cs:at]) {
		return true // 今年要再压减钢铁产能5000万吨, 今年，要使全国80%以上…, …，今年要扩大到511户: the year's tasks
	}
	if ss < at && byYear(r[ss:at]) {
		return true // 《规划》提出，到2025年，服务业增加值突破2.5万亿元: a target for a year
	}
	// the first clause governs the sentence only when it holds no claim of
	// its own: in 预计增长10%、总产值增长8.9% the 8.9% is no estimate
	if fe := clauseEnd(r, ss); fe < cs && firstHit >= fe && !containsWord(r[cs:clauseEnd(r, at)], "已") && !hasPrefix(r[skipBlanks(r, cs):], "此前") && hasForecast(r[ss:fe]) {
		return true
	}
	// nor only the first: 经初步测算，预计2021年…净利润与上年同期相比，将减少2.47亿元,
	// when 预计 opens the clause right before, after its subject at most
	// (公司预计2021年…相比，将增加33.83亿元), or a plan's window is set there
	// (爱迪尔公告，股东永盛发展计划于未来6个月内，以…方式减持不超过454万股),
	// and no claim but a span stands before
	if pcs := clauseStart(r, max(cs-1, ss)); firstHit >= cs && cs > ss && pcs > ss && opensWithForecast(r[pcs:cs]) &&
		!containsWord(r[cs:clauseEnd(r, at)], "已") && hasHedge(r[pcs:cs]) {
		return true
	}
	if lcs := listStart(r, ss, cs); firstHit >= lcs && lcs > ss {
		if pcs := clauseStart(r, lcs-1); pcs > ss && containsAny(r[pcs:lcs], planWhenSet) && !containsWord(r[cs:clauseEnd(r, at)], "已") {
			return true
		}
	}
	// a target sentence without a colon: 主要预期目标是地区生产总值增长9%左右，
	// 地方一般公共预算收入增长10%…
	if cs > ss && targetIntro(r[ss:cs]) && !containsWord(r[cs:at], "已") {
		return true
	}
	// a target sentence: 目标是：增长5%左右；…; and a target list, to the
	// end of its paragraph, when the hedge heads the colon: 主要预期目标是：
	// 地区生产总值增长5.5%左右…。规模以上工业增加值增长7.5%以上；…
	switch k := colon; {
	case k < 0:
		return false
	case k >= ss:
		// 来源：…: a headline's byline, whose hedge is the headline's
		return !hasAnySuffix(r[ss:k], []string{"来源", "来源 "}) && hasHedge(r[ss:k]) && !containsAny(r[k:at], reachedWordSet) // but 价格有望持续上涨：目前国内EC报价在13000-14000元/吨: the facts the hope rests on
	default:
		// only a list of targets (目标是：); 纲要要求：… is followed by what
		// happened, and so is a sentence opening with a year
		return containsWord(r[max(0, k-4):k], "目标") && !opensWithYear(r, ss)
	}
}

// comparedWith reports whether r[:k] ends in 比 or 较, perhaps with 其,
// comparing with what starts at k; not the 比 of 同比, 环比, 占比.
func comparedWith(r []rune, k int) bool {
	if k > 0 && r[k-1] == '其' {
		k--
	}
	return k > 0 && (r[k-1] == '比' || r[k-1] == '较') && (k < 2 || !strings.ContainsRune("同环占对", r[k-2]))
}

// opensWithForecast reports whether a clause opens with 预计 or 预测, or
// has one after a subject of at most four runes (公司预计, 中国巨石预计).
func opensWithForecast(clause []rune) bool {
	for k := 0; k <= 4 && k < len(clause); k++ {
		if !isHan(clause[k]) {
			return false
		}
		if hasAnyPrefix(clause[k:], []string{"预计", "预测", "預計"}) {
			return true
		}
	}
	return false
}

// scoreName is the noun after a score that names it (以56.720分的总成绩:
// 总成绩), "" for none.
func scoreName(r []rune, after int) string {
	if after < len(r) && r[after] == '的' {
		for _, w := range scoreNouns {
			if hasPrefix(r[after+1:], w) {
				return w
			}
		}
	}
	return ""
}

// afterThen is where a clause's words start past a word of sequence and a
// 在 (随后在2025年将增加18%: the next year of a forecast).
func afterThen(r []rune, cs int) int {
	cs = skipBlanks(r, cs)
	if w := thenWords.prefix(r[cs:]); w != "" {
		cs += utf8.RuneCountInString(w)
	}
	if cs < len(r) && r[cs] == '在' {
		cs++
	}
	return cs
}

// listStart moves a clause start cs back over the clauses before it that
// a 、 joins to it and that hold no number (计划以集中竞价、大宗交易方式减持:
// the hedge governs the list), but not past the sentence start ss nor
// over an earlier figure (预计增长10%、总产值增长8.9%: each its own).
func listStart(r []rune, ss, cs int) int {
	for cs > ss && r[cs-1] == '、' {
		pcs := clauseStart(r, cs-1)
		if pcs < ss || slices.ContainsFunc(r[pcs:cs-1], isDigit) {
			break
		}
		cs = pcs
	}
	return cs
}

// heldStake reports whether a word of heldStakes stands in r[from:at],
// before a figure at at, with no number between (其分别持有的天瑞矿业80%股权).
func heldStake(r []rune, from, at int) bool {
	for k := at; k > from; k-- {
		if isDigit(r[k-1]) {
			return false
		}
		if hasAnySuffix(r[:k], heldStakes) {
			return true
		}
	}
	return false
}

// parallelName is the name that clause, a clause's words before its claim,
// opens with before pred: two to five runes of Han, none of them a rune
// of time or of a function word (not 同比跌, 全年增长, 其中跌) nor of a
// series (预期增长, 前值): or "".
func parallelName(clause []rune, pred string) string {
	head, ok := strings.CutSuffix(string(clause), pred)
	n := utf8.RuneCountInString(head)
	if !ok || n < 2 || n > 5 || slices.Contains(notNames, head) {
		return ""
	}
	for _, c := range head {
		if !isHan(c) || strings.ContainsRune(notNameRunes, c) {
			return ""
		}
	}
	return head
}

// skipBlanks is the first offset from k on that holds no blank.
func skipBlanks(r []rune, k int) int {
	for k < len(r) && isBlank(r[k]) {
		k++
	}
	return k
}

// aroundParen reports whether 左右 follows the parenthesis right after h
// (5.85%（LPR+120BP）左右) or the one h ends (（LPR+120BP）左右): a short one,
// within a clause.
func aroundParen(r []rune, h hit) bool {
	k := h.after
	if k >= len(r) {
		return false
	}
	if r[k] == '（' || r[k] == '(' {
		for j := k + 1; j < len(r) && j <= k+24 && !isSentenceSep(r[j]) && r[j] != '，'; j++ {
			if r[j] == '）' || r[j] == ')' {
				k = j
				break
			}
		}
	}
	if r[k] != '）' && r[k] != ')' || !hasPrefix(r[k+1:], "左右") {
		return false
	}
	for j := h.start - 1; j >= 0 && j >= h.start-24 && !isSentenceSep(r[j]) && r[j] != '，'; j-- {
		if r[j] == '（' || r[j] == '(' {
			return true // h inside the parenthesis
		}
	}
	return k != h.after // or before it
}

// restates reports whether h is a money amount in parentheses right after
// the money amount prev (800亿日元（7亿美元）), alone in them.
func restates(r []rune, prev, h hit) bool {
	return prev.kind == schema.KindMoney && h.kind == schema.KindMoney && (h.start == prev.after+1 || h.ctx == prev.after+1) && h.after < len(r) &&
		(r[prev.after] == '（' && r[h.after] == '）' || r[prev.after] == '(' && r[h.after] == ')')
}

// listJoin reports whether r, between two figures, only joins them as items
// of one list (股权和, 、): four runes at most, with 和, 及 or 、 and no comma.
func listJoin(r []rune) bool {
	return len(r) <= 4 && !slices.Contains(r, '，') && (slices.Contains(r, '和') || slices.Contains(r, '及') || slices.Contains(r, '、'))
}

// namesTarget reports whether the words after claim h say it is a target:
// 的预期目标, 的调控目标, and a plain (的)目标 (实现全年粮食产量1.4万亿斤左右目标,
// 通胀仍远低于2%的目标) unless its clause from cs says the target was
// reached (提前一年实现三年引资1万亿元目标), h counts targets (数十个目标) or
// they are a strike's.
func namesTarget(r []rune, cs int, h hit) bool {
	k := h.after
	if q := quoteClose(r, k); q > 0 && (hasPrefix(r[q+1:], "目标") || hasPrefix(r[q+1:], "的目标")) {
		k = q + 1 // 实现“为80%人口接种新冠疫苗”的目标: a target quoted
	}
	if k < len(r) && r[k] == '的' && hasAnyPrefix(r[k+1:], targetNouns) {
		return true
	}
	for _, w := range targetTails {
		if hasPrefix(r[k:], w) {
			k += utf8.RuneCountInString(w)
			break
		}
	}
	if k < len(r) && r[k] == '的' {
		k++
	} else if h.kind == schema.KindCount && slices.Contains(targetCounters, h.unit) {
		return false // 三个目标, 两项目标: targets counted (but 完成智能手机4000万台目标: the phones are)
	}
	return hasPrefix(r[k:], "目标") && !hasPrefix(r[k:], "目标的实现") && !containsAny(r[cs:h.start], reachedWordSet) && !containsAny(r[cs:h.start], targetMetWordSet) &&
		!slices.ContainsFunc(strikeWords, func(w string) bool { return containsWord(r[cs:h.start], w) }) // 可打击5公里以内的目标
}

// targetIntro reports whether r introduces a list of targets: 目标是, 目标为,
// but not the target of a strike (导弹袭击目标是…).
func targetIntro(r []rune) bool {
	for k := range r {
		if r[k] == '目' && (hasPrefix(r[k:], "目标是") || hasPrefix(r[k:], "目标为")) && !hasAnySuffix(r[:k], strikeWords) {
			return true
		}
	}
	return false
}

// planFrom returns where the part of the text that sets out a plan starts
// (planOpeners), and where the review after it starts (reviewOpeners, or
// len(r)); both len(r) when there is none.
func planFrom(r []rune) (start, end int) {
	start, end = len(r), len(r)
	for a := 0; a < len(r); {
		b := a
		for b < len(r) && r[b] != '\n' {
			b++
		}
		line := r[a:b]
		for len(line) > 0 && isBlank(line[0]) {
			line = line[1:]
		}
		head := line[:min(len(line), 20)] // an opener heads its line: 2025年工作安排, 主要预期目标是：
		switch {
		case containsAny(head, reviewWords) || len(line) > 0 && (line[0] == '#' || line[0] == '[' || line[0] == '*'):
			// 过去一年，我们主要做了以下工作; and a Markdown heading, link or
			// bold headline is news (新闻联播: **示范区明确今年70余项重点工作**)
			if start < len(r) {
				return start, a
			}
		case start == len(r) && opensPlan(line, head):
			start = a
		}
		a = b + 1
	}
	return start, end
}

var (
	planWords, reviewWords, reachedWordSet = newWordSet(planOpeners), newWordSet(reviewOpeners), newWordSet(reachedWords)
	reachedOrForetoldSet                   = newWordSet(reachedOrForetold)
	targetMetWordSet                       = newWordSet(targetMetWords)
	planWhenSet                            = newWordSet(planWhen)
	datelessPlanWords                      = newWordSet(datelessPlanOpeners)
	planReviewWordSet                      = newWordSet(planReviewWords)
	planHeadWordSet                        = newWordSet(planHeadWords)
)

// opensPlan reports whether a line (head: its first runes) opens a plan:
// a heading (二、2025年主要任务, 2025年工作安排建议) or a line that
// introduces it (今年发展主要预期目标是：…, 必须重点抓好以下工作：), not a
// sentence that mentions one (北京今年的重点工作之一, 主要预期目标全面实现).
func opensPlan(line, head []rune) bool {
	if planHeading(line) {
		return true
	}
	k, w := -1, ""
	for i := range head {
		if planWords.first.has(head[i]) {
			if w = planWords.prefix(line[i:]); w != "" {
				k = i
				break
			}
		}
	}
	if k < 0 || !namesComingYear(line) && !containsAny(head, datelessPlanWords) {
		return false
	}
	heading := len(line) <= 25 && !slices.ContainsFunc(line, func(c rune) bool { return c == '。' || c == '；' || c == '，' })
	rest := line[k+utf8.RuneCountInString(w):]
	introduces := hasAnyPrefix(rest, planIntros)
	// The opener's sentence reports no outturn (主要预期目标全面实现); a long
	// paragraph of targets may go on to mention the past.
	if e := slices.Index(rest, '。'); e >= 0 {
		rest = rest[:e]
	}
	return (heading || introduces) && !containsAny(line[:k], reachedWordSet) && !containsAny(rest, reachedWordSet) && !containsWord(rest, "实现")
}

// planHeading reports whether a line is a heading whose subject is a plan
// (二、第一个五年计划概要, 五、一九五八年国民经济计划): numbered, short,
// unpunctuated, naming a plan (planHeadWords: 计划, 预算), ending with a noun
// of headingEnds, and not a review of the plan (计划的执行情况, 五年计划的伟大
// 成就).
func planHeading(line []rune) bool {
	if len(line) > 40 || slices.ContainsFunc(line, func(c rune) bool { return c == '。' || c == '，' || c == '；' || c == '：' || c == '#' || c == '*' }) {
		return false
	}
	return enumerated(line) && containsAny(line, planHeadWordSet) && !containsAny(line, planReviewWordSet) && hasAnySuffix(line, headingEnds) &&
		(len(line) <= 25 || namesComingYear(line)) // 二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务
}

// enumerated reports whether a line opens with a heading's number: 二、,
// （三）, 4．
func enumerated(line []rune) bool {
	k := 0
	if k < len(line) && (line[k] == '（' || line[k] == '(') {
		k++
	}
	n := k
	for k < len(line) && (isCnDigit(line[k]) || isDigit(line[k]) || line[k] == '十') {
		k++
	}
	return k > n && k < len(line) && strings.ContainsRune("、．.）)", line[k])
}

// containsAny reports whether r holds a word of s.
func containsAny(r []rune, s *wordSet) bool {
	for k := range r {
		if s.first.has(r[k]) && s.prefix(r[k:]) != "" {
			return true
		}
	}
	return false
}

// namesComingYear reports whether a line names the year a plan is for:
// 今年, 明年, or a year (2025年, 一九五八年).
func namesComingYear(line []rune) bool {
	return containsWord(line, "今年") || containsWord(line, "明年") || len(findDates(line)) > 0
}

// lineLabel is the label that opens the paragraph of view offset at and
// names what its figures are of, in a list of such paragraphs (原煤：…
// 发电设备：…): a short noun phrase and a colon. One labelled paragraph
// alone is a lead-in (原标题：, 记者：), not a list; "" when there is none.
func (e *Extractor) lineLabel(r []rune, at int) string {
	p := at
	for p > 0 && r[p-1] != '\n' {
		p--
	}
	c := labelEnd(r, p)
	if c < 0 || c >= at || slices.ContainsFunc(r[c+1:at], func(x rune) bool { return x == '：' || x == ':' || x == '。' || x == '？' || x == '！' }) {
		return "" // none, another key: value before the claim (项目名称：… 中标金额：…), or another sentence
	}
	prev, next := -1, -1
	if q := p - 1; q > 0 { // the paragraph before: back over blank lines
		for q > 0 && (r[q-1] == '\n' || isBlank(r[q-1])) {
			q--
		}
		for q > 0 && r[q-1] != '\n' {
			q--
		}
		prev = labelEnd(r, q)
	}
	if q := at; q < len(r) {
		for q < len(r) && r[q] != '\n' {
			q++
		}
		for q < len(r) && (r[q] == '\n' || isBlank(r[q])) {
			q++
		}
		next = labelEnd(r, q)
	}
	if prev < 0 && next < 0 {
		return ""
	}
	for p < c && isBlank(r[p]) {
		p++
	}
	if slices.Contains(leadIns, string(r[p:c])) {
		return ""
	}
	for _, t := range e.tag(r, p, c) {
		if !(strings.HasPrefix(t.pos, "n") && t.pos != "nr") && t.pos != "vn" && t.text != "和" && t.text != "及" && t.text != "与" {
			return ""
		}
	}
	return string(r[p:c])
}

// labelEnd returns where the colon of a label opening the paragraph at p
// stands (one to eight Han runes, then ：), or -1.
func labelEnd(r []rune, p int) int {
	for p < len(r) && isBlank(r[p]) {
		p++
	}
	for c := p; c < len(r) && c-p <= 8; c++ {
		switch {
		case r[c] == '：' || r[c] == ':':
			if c > p {
				return c
			}
			return -1
		case !isHan(r[c]):
			return -1
		}
	}
	return -1
}

// colonBefore returns the last colon of the paragraph before view offset
// at, -1 for none. Claims come in order: it scans each rune once.
func (st *ctxState) colonBefore(at int) int {
	for ; st.scanned < at; st.scanned++ {
		switch st.r[st.scanned] {
		case '\n':
			st.colon = -1
		case '：', ':':
			st.colon = st.scanned
		}
	}
	if st.colon >= at {
		return -1 // a claim starting before the last one's end: rare, and left out
	}
	return st.colon
}

// opensWithYear reports whether the sentence at ss opens with a year
// (2024年, 一九五九年) or 去年/上年.
func opensWithYear(r []rune, ss int) bool {
	for ss < len(r) && isBlank(r[ss]) {
		ss++
	}
	if hasPrefix(r[ss:], "去年") || hasPrefix(r[ss:], "上年") {
		return true
	}
	k := ss
	for k < len(r) && k-ss < 4 && (isDigit(r[k]) || isCnDigit(r[k])) {
		k++
	}
	return k-ss >= 2 && k < len(r) && r[k] == '年'
}

// opensWithMonth reports whether r opens with a month at k (6月和9月底前达到).
func opensWithMonth(r []rune, k int) bool {
	j := k
	for j < len(r) && j-k < 2 && (isDigit(r[j]) || isCnDigit(r[j])) {
		j++
	}
	return j > k && j < len(r) && r[j] == '月'
}

// changeClause reports whether the clause r[cs:at] before a claim opens
// with a change (比上年同期增长, 同比增长) and reports nothing done (已, 实际).
func changeClause(r []rune, cs, at int) bool {
	for cs < at && isBlank(r[cs]) {
		cs++
	}
	c := r[cs:at]
	if hasPrefix(c, "将") {
		c = c[1:] // 与2020年度相比，将增加12.6亿元: the change to come
	}
	fromTo := hasPrefix(c, "从") && slices.ContainsFunc(r[cs:clauseEnd(r, at)], func(x rune) bool { return x == '到' || x == '至' }) // 计划将起征点提高一倍，从每年2.5吉瓦增加到5吉瓦
	return (hasAnyPrefix(c, changeOpeners) || fromTo) && !containsWord(c, "已") && !containsWord(c, "实际")
}

// hasHedge reports whether r holds a hedge word that is not a reading or
// an outturn: 预期终值 names an indicator, 占预算数的 and 预算执行的结果
// report what happened, 完成全年目标 a target reached.
func hasHedge(r []rune) bool {
	for k := range r {
		if r[k] == '料' && (k == 0 || isClauseSep(r[k-1])) && k+1 < len(r) && isHan(r[k+1]) && !hasPrefix(r[k+1:], "理") {
			return true // ；料非通用会计准则经营溢利53亿元: 料 opening a clause, its subject left out
		}
		if r[k] == '或' && k > 0 && isHan(r[k-1]) && !strings.ContainsRune(orAlternativeAfter, r[k-1]) && hasAnyPrefix(r[k+1:], mayVerbs) {
			return true // 特斯拉中国销量或超过6万辆, 或迎来同比40%以上增长: 或 "may" before a move (but 达到或超越, 持平或下降: alternatives)
		}
		w := hedgeTrie.prefix(window(r, k, 4))
		if w == "" || hasAnyPrefix(r[k:], notHedgeWords) {
			continue
		}
		rest := r[k+len([]rune(w)):]
		verb := (w == "预计" || w == "力争") && (hasPrefix(rest, "完成") || hasPrefix(rest, "执行")) || // 预计执行航班: a plan, not 预算执行
			w == "计划" && (hasPrefix(rest, "完成") || hasPrefix(rest, "执行")) && len(rest) > 2 && isHan(rest[2]) && !strings.ContainsRune("率了的得", rest[2]) &&
				!hasAnyPrefix(rest[2:], planOutturns) // 计划执行航班14230班 (but 回购计划完成 累计耗资, 计划完成率, 计划执行情况)
		if !verb && hasAnyPrefix(rest, hedgeNotAfter) || hasAnySuffix(r[:k], hedgeNotBefore) {
			continue
		}
		if w == "可能" && hasPrefix(rest, "已") {
			continue // 洪灾可能已造成超过5000人死亡: a guess at what happened, no forecast
		}
		if w == "拟" && k > 0 && (r[k-1] == '模' && !hasSuffix(r[:k], "规模") || r[k-1] == '虚') {
			continue // 模拟, 虚拟: no 拟 of intent; but 规模拟定为1000亿元
		}
		if (w == "目标" || w == "预算" || w == "计划" || w == "预期") && comparedWith(r, k) {
			continue // 日产量比其目标低80万桶, 比预算增高百分之六十: the gap to a plan, measured (but 同比预增, 占比预计: no comparison)
		}
		if w == "预算" && (hasSuffix(r[:k], "月") || hasSuffix(r[:k], "月份")) && k > 1 && (isDigit(r[k-2]) || isCn(r[k-2]) || r[k-2] == '月') {
			continue // 美国8月预算赤字为3800亿美元: a month's outturn, not a budget's plan
		}
		if r[k] == '料' && k > 0 && strings.ContainsRune(materialsBeforeLiao, r[k-1]) {
			continue // 油料增长一点二六倍, 化工原料同比涨幅: a material, not 料 "expected"
		}
		if w == "指引" && len(rest) > 0 && !hasAnyPrefix(rest, guidanceLinks) && !isDigit(rest[0]) {
			continue // 指引各方面出台3000多项改革方案: guided, not a company's guidance
		}
		if w == "计划" && hasSuffix(r[:k], "五年") && !hasAnyPrefix(rest, planVerbs) || w == "争取" && hasPrefix(rest, "到") && len(rest) > 1 && !isDigit(rest[1]) && !isCn(rest[1]) ||
			w == "争取" && (hasAnyPrefix(trimPrefixAny(rest, alsoUse), fundsWon) || containsWord(window(rest, 0, 16), "资金")) || w == "计划" && containsWord(window(rest, 0, 5), "完成率") {
			// 在五年计划的前三年: a plan's name, but 五年计划规定…增长, 五年计划安排…: its target;
			// 争取到资金, 争取新增专项债资金3903亿元, 争取并用好新增专项债券5085亿元,
			// 争取161.4亿元超长期特别国债资金支持: won, but 争取到2030年: a target;
			// 年度计划投资完成率114.2%: the plan's outturn
			continue
		}
		return true
	}
	return false
}

var (
	buybackSpendWords  = newWordSet(buybackSpends)
	notMoverSet        = newWordSet(notMoverWords)
	hedgeTrie          = newWordSet(concat(hedges, resultsForecasts))
	baseMarkerWords    = newWordSet(baseMarkers)
	forecastNounSet    = newWordSet(forecastNouns)
	averageSpanWords   = newWordSet(averageSpans)
	resultsForecastSet = newWordSet(resultsForecasts)
	moneyCueSet        = newWordSet(moneyCues)
	indexNameSet       = newWordSet(append([]string{"DXY", "美指"}, indexNames...))
	itemHedgeSet       = newWordSet(itemHedges)
	releasedSet        = newWordSet(releasedReadings)
)

// hasForecast reports whether r, a sentence's first clause, holds a
// forecast or budget word, whose scope is the whole sentence when it opens
// it, or names the plan the sentence's figures follow (按…计划，).
func hasForecast(r []rune) bool {
	if hasAnyPrefix(r, planBases) {
		// 按调整后的“八五”计划，…增长速度由…调高到百分之八至九: the figures follow the plan
		body := r
		for len(body) > 0 && strings.ContainsRune("，,；： ", body[len(body)-1]) {
			body = body[:len(body)-1]
		}
		if hasAnySuffix(body, planBaseEnds) {
			return true
		}
	}
	for _, w := range forecasts {
		if containsWord(r, w) {
			return hasHedge(r)
		}
	}
	return false
}

func hasAnyPrefix(r []rune, words []string) bool {
	for _, w := range words {
		if hasPrefix(r, w) {
			return true
		}
	}
	return false
}

func hasAnySuffix(r []rune, words []string) bool {
	for _, w := range words {
		if hasSuffix(r, w) {
			return true
		}
	}
	return false
}

// timeSpan is one time expression found in a paragraph, in view runes.
type timeSpan struct {
	start, end int
	text       string
}

// timesIn finds every time expression of r[a:b], in order, leaving out
// comparison bases (比上月, 较上年): the words of timeWords, and patDate
// (findDates) run on short windows around each 年 and 月.
func timesIn(r []rune, a, b int) []timeSpan {
	var out []timeSpan
	done := a
	add := func(s, e int, text string) {
		if s >= done && (s == a || (r[s-1] != '比' && r[s-1] != '较' && r[s-1] != '于')) && !hasAnyPrefix(r[e:b], notTimeAfter) {
			out = append(out, timeSpan{s, e, text})
		}
		if e > done {
			done = e
		}
	}
	for k := a; k < b; k++ {
		if c := r[k]; (c == '年' || c == '月') && k > a && (isDigit(r[k-1]) || isCn(r[k-1]) || r[k-1] == '个') {
			ws, we := k-12, k+10
			if ws < done {
				ws = done
			}
			if we > b {
				we = b
			}
			if !mayBeDate(r, ws, k) {
				continue
			}
			for _, m := range findDates(r[ws:we]) {
				if s, e := ws+m.start, ws+m.end; e > k {
					add(s, e, string(r[s:e]))
				}
			}
		}
		if k >= done {
			if w := timeWordTrie.prefix(window(r[:b], k, 6)); w != "" && (k == a || !strings.ContainsRune(notTimeBefore, r[k-1])) {
				add(k, k+len([]rune(w)), w)
			}
		}
	}
	return out
}

// timeOf picks the time expression governing a claim at view offset at:
// the nearest before it in its sentence, else the first after it in the
// sentence, else the nearest in the sentences before it in its paragraph.
func (st *ctxState) timeOf(ss, se, at int) string {
	if st.timeA != ss {
		st.timeA, st.times = ss, timesIn(st.r, ss, se)
	}
	best := ""
	for _, t := range st.times {
		if t.end <= at {
			best = t.text
		}
	}
	if best != "" {
		return best
	}
	for _, t := range st.times {
		if t.start >= at {
			return t.text
		}
	}
	// the nearest before it in the paragraph, within maxSentence runes
	a := ss - maxSentence
	if a < 0 {
		a = 0
	}
	for k := ss - 1; k >= a; k-- {
		if st.r[k] == '\n' {
			a = k + 1
			break
		}
	}
	// Sentence by sentence, backwards: no time expression spans a full
	// stop, so this finds what timesIn(a, ss) would, and each sentence is
	// read once however many claims look back at it.
	for end := ss; end > a; {
		start := end - 1
		for start > a && !isFullStop(st.r[start-1]) {
			start--
		}
		key := [2]int{start, end}
		t, ok := st.lastTime[key]
		if !ok {
			if ts := timesIn(st.r, start, end); len(ts) > 0 {
				t = ts[len(ts)-1].text
			}
			if st.lastTime == nil {
				st.lastTime = map[[2]int]string{}
			}
			st.lastTime[key] = t
		}
		if t != "" {
			return t
		}
		end = start
	}
	return ""
}

// isFullStop reports whether c ends a sentence within a paragraph.
func isFullStop(c rune) bool { return c != '\n' && isSentenceSep(c) }

// metricAndPredicate reads, from the segmented clause of a claim, what is
// measured and the verb relating it to the number. subjects holds the
// items of a 分别 list (A、B分别增长5%、6%), one per claim of the list.
//
// In 规上工业增加值预计增长10% the metric stands before the verb; in
// 签约亿元以上产业项目28个 it stands after it (the thing counted). A claim
// that modifies a following noun (3个省重大项目, 亿元以上产业项目) measures
// that noun. A comparison base (比2019年增长) is never the metric.
func (e *Extractor) metricAndPredicate(st *ctxState, ss, cs int, h hit, prevStart int, prevSpan [2]int) (metric, pred string, subjects []string, verbName string) {
	r := st.r
	if m := parenthesized(st, ss, h); m != "" {
		return m, "", nil, "" // 嘉实基金（197人）、东吴基金（132人）: the name the parenthesis follows
	}
	cs, ta, tb, respectively := clauseWindow(r, ss, cs, h)
	left := skipAdverbial(st.tokens(ta, h.ctx))
	if ta > cs && len(left) > 1 && left[0].end-left[0].start == 1 && !strings.ContainsRune("*#> 　", r[ta-1]) {
		left = left[1:] // the window cut the clause inside a word: 实|际控股股东
	}
	p := lastPredicate(left)
	for p >= 0 && p+1 < len(left) && nounSuffixes[left[p+1].text] && left[p+1].start == left[p].end {
		p = lastPredicate(left[:p]) // 交付量5.74万台: jieba's 交付/v 量/n, one noun
	}
	verbNoun := false // the verb right before the amount names it
	if p >= 0 && p == len(left)-1 && !inPredicates(left[p].text) && h.kind != schema.KindPercent && h.kind != schema.KindPercentagePoint {
		p, verbNoun = -1, true // 每人收入八十五元, 财政支出3000亿元: a verb used as a noun right before the amount
	}
	if p > 0 && left[p].text == "投资" && isNounPOS(left[p-1].pos) && h.kind == schema.KindMoney && allNouns(left[p+1:]) {
		p = lastPredicate(left[:p]) // 完成水利投资400亿元, 总投资3100亿元, 固定资产投资规模超过50万亿元: 投资 is in the noun
	}
	var beforeV, afterV []vtok
	if p >= 0 {
		pred = left[p].text
		beforeV, afterV = left[:p], left[p+1:]
		// 累计达到, 同比增长: join an adverb to its verb; 下降为, 上升到:
		// a change verb to the copula or preposition of the level reached
		predStart := left[p].start
		if p > 0 && (isPredAdverb(left[p-1].text) || levelLinks[pred] && left[p-1].end == left[p].start && slices.Contains(changeVerbs, left[p-1].text)) {
			pred = left[p-1].text + pred
			beforeV = left[:p-1]
			predStart = left[p-1].start
		}
		if span := averageSpanWords.suffix(r[:predStart]); span != "" && strings.HasPrefix(pred, "平均") {
			pred = span + pred // 两年平均增长5.2%: the average is over two years, beside 同比增长9.8%
		}
	} else {
		beforeV = left
	}
	if pred == "" && h.ctx < h.start {
		// 突破5500万千瓦, 接近10万: the bound word is the verb; but 约, 近,
		// 几乎 are adverbs
		if w := strings.TrimSpace(string(r[h.ctx:h.start])); h.qual != schema.QualApprox || w == "接近" || strings.HasSuffix(w, "占") {
			pred = w
		}
	}
	beforeV = cutComparison(beforeV)
	beforeV = afterSpacedClaim(beforeV, r, prevSpan)
	if e := prevSpan[1]; e < len(r) && r[e] == '来' && sinceEvent(r, prevSpan[0]) {
		// 海运航线开通一年来累计进出口货值达55.7亿元: what follows the span since an event
		k := 0
		for k < len(beforeV) && beforeV[k].start <= e {
			k++
		}
		beforeV = beforeV[k:]
	}
	beforeV = beforeEarlierClaim(beforeV, prevStart)
	beforeV = outside(beforeV, prevSpan)
	bm := joinMetric(beforeV)
	// 全国结婚登记343万对, 此次解除质押300万股: no noun but two verbs, which
	// name what is counted when nothing else does (verbName)
	if n := len(beforeV); bm == "" && verbNoun && n > 1 && beforeV[n-1] == left[len(left)-1] && beforeV[n-2].pos == "v" && beforeV[n-2].end == beforeV[n-1].start &&
		(h.kind == schema.KindCount || h.kind == schema.KindMoney || h.kind == schema.KindQuantity) {
		nv := slices.Clone(beforeV)
		nv[n-1].pos = "vn"
		verbName = joinMetric(nv)
	}
	if bm == "" && marketMove[strings.TrimSuffix(strings.TrimSuffix(pred, "超"), "逾")] {
		bm = unknownName(beforeV) // 富途控股涨5.25%: a name jieba does not know
	}
	if bm == "" && allUnknown(left) {
		if name, move := movedName(r[ta:h.ctx]); name != "" {
			bm = name // 台积电涨超2%: jieba cut it 台积/电涨
			if !strings.HasPrefix(pred, move) {
				pred = move + pred
			}
		}
	}
	if pred == "占比" && bm != "" {
		bm += pred // 民生支出占比超过八成: the share is the metric
	}
	if respectively {
		subjects = splitSubjects(bm)
		if len(subjects) < 2 && cs > ss {
			subjects = listBefore(r, ss, cs)
		}
	}
	am := "" // the metric the words after the verb make
	if len(afterV) > 0 && afterV[0].start <= prevStart && h.ctx > 0 && (r[h.ctx-1] == '至' || r[h.ctx-1] == '到') {
		// 攀升4.4个基点至0.906%: the claim before, after the verb, and its unit are no metric
		for k, t := range afterV {
			if t.end > prevStart {
				afterV = afterV[:k]
				break
			}
		}
	}
	if len(afterV) > 0 && (afterV[0].text == "每" || afterV[0].start > 0 && r[afterV[0].start-1] == '每') {
		afterV = nil // 收于每蒲式耳6.1625美元: the denominator, no metric
	}
	if n := len(afterV); n > 0 && n <= 2 && (afterV[n-1].text == "人均" || afterV[n-1].text == "平均") && (n == 1 || afterV[0].text == "到" || afterV[0].text == "至") {
		afterV = nil // 补助标准提高到人均320元: per head, the level reached; what rose is before the verb
	}
	if len(afterV) > 0 && !isComparator(pred) && tidyMetric(joinMetric(afterV)) != "" {
		am = joinMetric(afterV) // but 中标金额为人民币6,554万元: a currency is no metric
	}
	switch {
	case h.kind == schema.KindDuration && (hasPrefix(r[h.after:], "时间") || hasPrefix(r[h.after:], "的时间")) && hasAnySuffix(before(r, h.ctx, 4), spanUses):
		// 用三年时间基本完成各级政府机构改革的任务, 用两年时间，全部免除…学杂费,
		// 用二十年的时间使工农业总产值翻两番: what the span is for
		t := h
		t.after += 2
		if r[h.after] == '的' {
			t.after++
		}
		if t.after < len(r) && (r[t.after] == '，' || r[t.after] == ',') {
			t.after++
		}
		if f := followingText(r, t); f != "" {
			return f, pred, nil, ""
		}
		metric = bm
	case h.kind == schema.KindDuration && h.after < len(r) && r[h.after] == '的' && hasSuffix(r[:h.ctx], "为期"):
		// 为期5天的第二十五届中国国际高新技术成果交易会在深圳开幕: what lasts
		t := h
		t.after++
		if f := cutAtAny(followingText(r, t), spanEventEnds); f != "" {
			return f, pred, nil, ""
		}
		metric = bm
	case sinceSpan(r, h) && recordAfter(r, h.after) == 0 && cs < h.ctx:
		// 中吉建交33年来, “澳车北上”政策实施两年来: the event the span runs from
		if m := cleanMetric(strings.TrimSuffix(string(r[cs:h.ctx]), "近")); m != "" {
			return m, pred, nil, ""
		}
		metric = bm
	case h.kind == schema.KindDuration && recordAfter(r, h.after) > 0:
		// 创七年来最大单日跌幅, 创十年新低: the record is what the span measures
		t := h
		t.after = recordAfter(r, h.after)
		if f := followingText(r, t); f != "" {
			return f, pred, nil, ""
		}
		metric = bm
	case h.kind == schema.KindDuration && (pred == "连续" || pred == "持续" || strings.HasSuffix(pred, "连续")):
		// 连续5年获…评价: what lasted is what follows (but 指数连续8个月回升: a
		// verb alone names nothing, the subject before does)
		if f := followingText(r, h); f != "" && tidyMetric(f) != "" {
			return f, pred, nil, ""
		}
		metric = bm
	case (pred == "占" || pred == "占到" || pred == "约占") && bm != "" && am != "":
		metric = bm + "占" + am // 民生支出占一般公共预算支出的75%: a share names its whole
	case h.kind == schema.KindRank && hasAnySuffix([]rune(pred), placeVerbEnds):
		metric = bm // 对非贸易额居中西部第1位: what is placed, not the field it is placed in (none left: the claims before name it)
	case len(afterV) > 0 && afterV[len(afterV)-1].text == "的" && bm != "":
		metric = bm // 抗旱能力达到纲要规定的三十天: what follows the verb qualifies the number
	case len(afterV) > 0 && !isComparator(pred) && am != "":
		metric = am
	case len(afterV) > 0 && !isComparator(pred) && bm != "" && afterV[0].pos == "v" && !isComplement(afterV[0].text):
		metric = bm + pred + afterV[0].text // 城镇新增就业1200万人
	default:
		metric = bm
	}
	if (metric == "" || h.kind == schema.KindCount || h.kind == schema.KindMoney || h.kind == schema.KindQuantity) && tb > h.after {
		if f := following(r, st.tokens(h.after, tb), h); f != "" && (tidyMetric(f) != "" || predicateSet[f]) { // but 在4.4-4.5元/斤之间: 之间 names nothing; 安排了…的投资 does
			metric = f
		}
	}
	if h.kind == schema.KindPercent {
		if name := moverName(r[cs:h.ctx]); name != "" && name != metric && (metric == "" || subsequence(metric, name)) {
			metric = name // 爱奇艺跌10%，极氪跌5.9%, 大全新能源跌4.69% (not 大能源): a name jieba cut or did not know, moving alone in its clause
		}
		if w := stakeWords.prefix(r[h.after:]); w != "" && !strings.HasSuffix(metric, "股份") && !strings.HasSuffix(metric, "股权") && !strings.HasSuffix(metric, "股本") {
			metric += w // 公司累计回购0.42541%股份, 收购西藏天仁矿业27%股权: a stake, of shares
		}
	}
	if h.kind == schema.KindCount && hasSuffix(r[:h.ctx], "含") {
		if f := followingText(r, h); f != "" {
			metric = f // 陕西1例），含3例由无症状感染者转为确诊病例: what the part counts follows it (192 bench)
		}
	}
	if w := buybackSpendWords.suffix(before(r, h.ctx, 2)); h.kind == schema.KindMoney && w != "" && hasPrefix(r[h.after:], "回购") {
		metric = "回购" + w // 9月17日斥资310.48万港元回购44万股: what the buyback cost (202 bench)
	}
	if w, ok := casualtyNames[runeAt(r, h.after)]; ok && h.kind == schema.KindCount && h.unit == "人" {
		metric = w // 枪击事件致3死9伤: the dead and the injured
	}
	if h.kind == schema.KindCount && h.unit != "次" && h.after+1 < len(r) && r[h.after] == '为' && !isClauseSep(r[h.after+1]) && !hasAnyPrefix(r[h.after:], notPartAfter) {
		// 有6家为国内生产企业, 其中24例为无症状感染病例: the part is what
		// follows 为, not the whole it is counted from (not 两次为老人送餐: for)
		t := h
		t.after++
		if f := followingText(r, t); tidyMetric(f) != "" {
			metric = f
		}
	}
	if w := buybackSpendWords.suffix(before(r, h.ctx, 2)); metric == "" && h.kind == schema.KindMoney && w != "" {
		metric = w // 价格区间为442.6港元-457港元，耗资约2.04亿港元: what was spent, not the clause before's price
	}
	if h.kind == schema.KindCount && h.unit == "股" && hasSuffix(r[:h.ctx], "回购") {
		metric = "回购股份" // 斥资310.48万港元回购44万股: the shares bought back (388 bench), not the company
	}
	if h.kind == schema.KindPercent && hasAnySuffix(r[:h.ctx], holdingWords) {
		// 公司持股5%以上股东, 持有公司47.44%股份: a stake; the words before
		// name who reports it (公司, 接到公司) as often as who holds it
		// (42 of 51 annotated stakes score with 持股, 19 with the words before)
		metric = "持股"
	}
	return metric, pred, subjects, verbName
}

// parenthesized is the name right before a parenthesis the claim fills on
// its own (嘉实基金（197人）, 中国福田（2.1%）), or "".
func parenthesized(st *ctxState, ss int, h hit) string {
	r := st.r
	a := h.start - 1
	if h.ctx != h.start || a <= ss || h.after >= len(r) || (r[a] != '（' || r[h.after] != '）') && (r[a] != '(' || r[h.after] != ')') {
		return ""
	}
	wa := max(ss, a-16)
	toks := st.tokens(wa, a)
	if len(toks) > 0 && wa > ss && isHan(r[wa-1]) {
		toks = toks[1:] // the window may have cut the first word (届中|央委员会)
	}
	k := len(toks)
	for k > 0 && toks[k-1].end > toks[k-1].start && !hasNumeral(toks[k-1].text) && (isNounPOS(toks[k-1].pos) || isASCIILetter(firstRune(toks[k-1].text)) ||
		toks[k-1].pos == "x" && isHan(firstRune(toks[k-1].text)) && utf8.RuneCountInString(toks[k-1].text) >= 2) {
		k--
	}
	if k == len(toks) || toks[len(toks)-1].end != a {
		return ""
	}
	if b := toks[k].start; b > 0 && (isDigit(r[b-1]) || isCn(r[b-1])) {
		return "" // 65.3亿卢比（5.5949亿人民币）, 100英里（160公里）: the amount before, restated
	}
	if m := joinMetric(toks[k:]); utf8.RuneCountInString(m) >= 2 {
		return m
	}
	return "" // 市占率（5900辆）: jieba cut the name to one rune
}

// pastBase reports whether the figure at view offset at, in the clause
// from cs, is the base of a comparison with a past time (较2021年的8.7亿人次,
// 超过2020年的14.8亿人次): baseMarkers, a time naming a year, month or
// quarter, and 的 right before the figure.
func pastBase(r []rune, cs, at int) bool {
	if at < 1 || at <= cs || r[at-1] != '的' {
		return false
	}
	for k := at - 2; k >= cs && k >= at-12; k-- {
		if isClauseSep(r[k]) {
			return false
		}
		if w := baseMarkerWords.suffix(r[max(cs, k-1) : k+1]); w != "" {
			mid := r[k+1 : at-1] // the time between: 2021年, 上一季度, 2月份
			return len(mid) > 0 && !(w == "比" && k > 0 && r[k-1] == '占') &&
				!containsAny(r[cs:k], forecastNounSet) && // GDP增长预期由5月的2.5%下调至2.4%: the base is an earlier forecast
				slices.ContainsFunc(mid, func(c rune) bool { return c == '年' || c == '月' || c == '季' }) &&
				!slices.ContainsFunc(mid, func(c rune) bool { return !isDigit(c) && !isCnDigit(c) && !strings.ContainsRune(baseTimeRunes, c) })
		}
	}
	return false
}

// outside drops from toks the words of an earlier claim's span [a, b): its
// unit is no metric (在24小时内下跌8.81%, 前值自22.7万人修正至22.8万人).
func outside(toks []vtok, span [2]int) []vtok {
	if !slices.ContainsFunc(toks, func(t vtok) bool { return t.start < span[1] && t.end > span[0] }) {
		return toks
	}
	out := make([]vtok, 0, len(toks))
	for _, t := range toks {
		if t.start >= span[1] || t.end <= span[0] {
			out = append(out, t)
		}
	}
	return out
}

// beforeEarlierClaim cuts from toks, the words before a claim's verb, an
// earlier claim of the clause (its words starting at view offset
// prevStart) and the verb right before it: in 收益率跌6.3个基点报3.823%
// the second claim measures 收益率, as the first does.
func beforeEarlierClaim(toks []vtok, prevStart int) []vtok {
	n := 0
	for n < len(toks) && toks[n].end <= prevStart {
		n++
	}
	if n == len(toks) {
		return toks // no earlier claim among them
	}
	for n > 0 && isBlank([]rune(toks[n-1].text)[0]) {
		n-- // 收益率跌 7.4 个基点报 3.968%: the space before the earlier claim
	}
	for k := min(n, len(toks)-1); k >= 0 && k >= n-2; k-- { // toks[n] may hold the claim's first rune (由约 of 由约10.73亿股)
		if changeFromWord(toks[k].text) {
			return toks[:k] // 前值由13.5万人修正为10.23万人, 由约10.73亿股变更为: the level a change starts from, and its unit, are no metric
		}
	}
	k := lastPredicate(toks[:n])
	if j := k + 1; k <= 0 || j < n && !(j == n-1 && toks[j].text == "了") {
		return toks // the verb does not take the earlier claim
	}
	if isPredAdverb(toks[k-1].text) {
		k-- // 同比增长
	}
	return toks[:k]
}

// afterSpacedClaim cuts from toks, the words before a claim's verb, an
// earlier claim of the clause whose span ends at prevSpan[1] and the words
// before it, when a space and a name follow it: in a headline's
// 恒指涨1.15% 世茂集团跌7% the second move is 世茂集团's. After a claim
// and no space (收益率跌6.3个基点报3.823%) toks are left whole.
func afterSpacedClaim(toks []vtok, r []rune, prevSpan [2]int) []vtok {
	if prevSpan[1] >= len(r) || !isBlank(r[prevSpan[1]]) {
		return toks
	}
	for k, t := range toks {
		if t.start < prevSpan[1] || isBlank([]rune(t.text)[0]) {
			continue
		}
		if c := []rune(t.text)[0]; (isHan(c) || isASCIILetter(c)) && slices.ContainsFunc(toks[k:], func(t vtok) bool { return isNounPOS(t.pos) }) &&
			!slices.ContainsFunc(toks[k:], func(t vtok) bool { return hasNumeral(t.text) }) {
			return toks[k:] // but 182 mm /165μm）价格区间: the claim's own pair
		}
		break
	}
	return toks
}

// changeFromWord reports whether a word opens the level a change starts
// from: 由, 从, or either glued by jieba to a qualifier or to the sign of
// a change (由约, 从增).
func changeFromWord(w string) bool {
	rest, ok := strings.CutPrefix(w, "由")
	if !ok {
		rest, ok = strings.CutPrefix(w, "从")
	}
	return ok && (rest == "" || rest == "约" || rest == "近" || rest == "增" || rest == "降" || rest == "减")
}

// listBefore reads the items of a 、 list that ends the clause before cs,
// after its verb (为, 是, 包括) or colon: the subjects of a 分别 clause that
// names none (主营业务为售电、供热、工程施工，占营收比例分别为：71.18%、…).
// It reads runes, not words: jieba glues the verb to an item it does not
// know (为售电).
func listBefore(r []rune, ss, cs int) []string {
	pcs := clauseStart(r, cs-1)
	for pcs > ss && r[pcs-1] == '、' {
		pcs = clauseStart(r, pcs-1) // 、 parts a clause: back over the items
	}
	list := r[pcs : cs-1]
	first := slices.Index(list, '、')
	if pcs < ss || first < 0 || slices.ContainsFunc(list, isDigit) {
		return nil
	}
	a := -1
	for k := first - 1; k >= 0 && a < 0; k-- {
		switch {
		case list[k] == '为' || list[k] == '是' || list[k] == '：' || list[k] == ':':
			a = k + 1
		case k > 0 && (hasPrefix(list[k-1:], "包括") || hasPrefix(list[k-1:], "涉及")):
			a = k + 1
		}
	}
	if a < 0 {
		return nil
	}
	var items []string
	for _, it := range strings.FieldsFunc(string(list[a:]), func(c rune) bool { return c == '、' || c == '和' }) {
		if n := utf8.RuneCountInString(it); n == 0 || n > 12 {
			return nil
		}
		items = append(items, it)
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// clauseWindow is the part of a claim's clause that is segmented: from
// the clause start (moved back over the 、-joined subjects of a 分别 list)
// to its end, but no further from the number than a metric reaches:
// clauses of reports run long, and jieba is the dearest step.
func clauseWindow(r []rune, ss, cs int, h hit) (clause, ta, tb int, respectively bool) {
	respectively = containsWord(r[cs:h.ctx], "分别")
	if cs > ss && (r[cs-1] == '：' || r[cs-1] == ':') && (!respectively || cs == h.ctx) {
		// 占营收比例分别为：71.18%、…; 占营收比例为：99.34%: the words
		// before the colon are the claim's
		pcs := clauseStart(r, cs-1)
		if listed := containsWord(r[pcs:cs-1], "分别"); cs == h.ctx || listed {
			respectively, cs = respectively || listed, pcs
		}
	}
	if respectively {
		for cs > ss && r[cs-1] == '、' {
			pcs := clauseStart(r, cs-1)
			if slices.ContainsFunc(r[pcs:cs-1], isDigit) {
				break
			}
			cs = pcs
		}
	}
	ta, tb = cs, h.after
	if ta < h.ctx-maxLeft && !respectively {
		ta = h.ctx - maxLeft
	}
	for ta < h.ctx && strings.ContainsRune("*#> 　", r[ta]) {
		ta++ // **赛富时涨1.54%: Markdown emphasis opens the clause
	}
	// what is counted or priced may follow: 3个省重大项目, 亿元以上产业项目
	tb = clauseEnd(r, h.after)
	if tb > h.after+maxRight {
		tb = h.after + maxRight
	}
	return cs, ta, tb, respectively
}

// earlierSubject is the subject of the nearest earlier clause of the
// sentence that has one (镇江高新区GDP增速…，前三季度分别高于…); clauses that
// open with a preposition (按可比价格计算) have none.
func (e *Extractor) earlierSubject(st *ctxState, ss, cs int) string {
	r := st.r
	for n := 0; n < 3 && cs > ss; n++ {
		pcs := clauseStart(r, cs-1)
		if pcs < cs-1 && hasAnySuffix(r[pcs:cs-1], reportVerbs) {
			return "" // 以色列军方当天称，拦截了两枚…: who reports, not what is measured
		}
		if pcs < cs-1 {
			toks := e.tag(r, pcs, cs-1)
			opensWithPrep := len(toks) > 0 && strings.HasPrefix(toks[0].pos, "p")
			for len(toks) > 1 && (slices.Contains(metricHedges, toks[0].text) || isYearDigits(toks[0].text) || strings.HasPrefix(toks[0].text, "年") || toks[0].text == "实现") {
				toks = toks[1:] // 预计2021年度实现归母净利与上年同期相比: the hedge, the year and 实现 open no subject
			}
			if len(toks) > 0 && !opensWithPrep {
				k := firstTablePredicate(toks)
				if k < 0 {
					k = len(toks)
				}
				if m := joinMetric(cutComparison(toks[:k])); m != "" {
					return m
				}
			}
		}
		cs = pcs
	}
	return ""
}

// nounAfter is the noun phrase right after a claim whose clause names
// nothing before it (31个省（区、市） → 省; 安排了三千六百亿元的投资 → 投资):
// nouns, and adjectives before a noun, up to a verb or separator; not one
// rune (一米线), nor a level the amount reaches (突破5000亿美元的门槛).
func (e *Extractor) nounAfter(r []rune, h hit) string {
	a := h.after
	b := a
	for b < len(r) && b-a < 12 && !isClauseSep(r[b]) && !isSentenceSep(r[b]) {
		b++
	}
	if b == a {
		return ""
	}
	toks := e.tag(r, a, b) // with the 的, which tags 的投资 a noun
	if len(toks) > 0 && toks[0].text == "的" {
		toks, a = toks[1:], toks[0].end
	}
	k := 0
	for k < len(toks) && (strings.HasPrefix(toks[k].pos, "n") || toks[k].pos == "vn" ||
		(toks[k].pos == "d" || toks[k].pos == "a" || toks[k].pos == "b") && k+1 < len(toks) && strings.HasPrefix(toks[k+1].pos, "n")) {
		k++
	}
	if k == 0 || toks[0].start != a {
		return ""
	}
	var sb strings.Builder
	for _, t := range toks[:k] {
		sb.WriteString(t.text)
	}
	if m := cleanMetric(sb.String()); !slices.Contains(levelNouns, m) && !slices.Contains(roleNouns, m) {
		return m
	}
	return ""
}

// allNouns reports whether every word of toks is a noun.
func allNouns(toks []vtok) bool {
	for _, t := range toks {
		if !isNounPOS(t.pos) {
			return false
		}
	}
	return true
}

// bareSubject is the clause right before cs when it opens a part of the
// sentence after ；, starts at from or after and is a noun phrase alone:
// the topic of the clauses after it (…；城镇居民人均生活费收入，1982年为494.5元);
// "" otherwise.
func (e *Extractor) bareSubject(st *ctxState, from, cs int) string {
	r := st.r
	pcs := clauseStart(r, cs-1)
	if cs <= from || pcs < from || pcs >= cs-1 || r[pcs-1] != '；' && r[pcs-1] != ';' {
		return "" // a topic opens its part of the sentence
	}
	toks := e.tag(r, pcs, cs-1)
	for i, t := range toks {
		last := i == len(toks)-1 && t.pos == "v" && !inPredicates(t.text) // 收入, tagged a verb
		if !isNounPOS(t.pos) && !last || t.pos == "l" || t.pos == "i" {   // 创历史新高
			return ""
		}
	}
	return joinMetric(toks)
}

// gluedCount returns the words after a count glued to a claim (the 52项 of
// 10大类52项民生实事), the noun phrase both count; ok is false when the words
// do not open with a number and a measure word.
func gluedCount(right []vtok) (rest []vtok, ok bool) {
	k := 0
	for k < len(right) && right[k].end-right[0].start <= 6 && (right[k].pos == "m" || right[k].pos == "q" || isDigit([]rune(right[k].text)[0])) {
		k++
	}
	if k == 0 || k+1 >= len(right) {
		return nil, false
	}
	if slices.Contains(measureWords, right[k].text) {
		return right[k+1:], true
	}
	last := []rune(right[k-1].text)
	if right[k-1].pos == "q" || slices.Contains(measureWords, string(last[len(last)-1])) {
		return right[k:], true
	}
	return nil, false
}

// following reads the noun phrase right after a claim used attributively
// (3个省重大项目 → 省重大项目); "" when punctuation or a verb follows.
func following(r []rune, right []vtok, h hit) string {
	if h.after < len(r) && (isDigit(r[h.after]) || isCnDigit(r[h.after])) {
		for len(right) > 0 && right[0].start < h.after {
			right = right[1:]
		}
		tenor := 0 // the runes of a tenor after the amount: 745亿元7天期逆回购, 3000亿元10年期特别国债
		for tenor < 4 && h.after+tenor < len(r) && isDigit(r[h.after+tenor]) {
			tenor++
		}
		if tenor == 0 || !hasAnyPrefix(r[h.after+tenor:], tenorWords) {
			tenor = 0
		}
		class := classAt(r, h.after) // 培育1个400亿级产业名镇: the class of what is counted
		if rest, ok := gluedCount(right); ok && tenor == 0 {
			h.after, right = rest[0].start, rest // 10大类52项民生实事: what both count
		} else if isDigit(r[h.after]) && tenor == 0 && class == 0 {
			return "" // another number
		}
		if tenor > 0 {
			return tenorMetric(r, h)
		}
	}
	class := 0
	if h.after < len(r) && isDigit(r[h.after]) {
		if class = classAt(r, h.after); class == 0 {
			return "" // another number
		}
	}
	if h.after >= len(r) || isClauseSep(r[h.after]) || gap(r, h.after) {
		return "" // punctuation or a gap (a headline, then 来源：…)
	}
	var sb strings.Builder
	if len(right) > 0 && h.kind == schema.KindCount && right[0].pos == "v" && right[0].start == h.after && h.unitText == "次" && !slices.Contains(copulas, right[0].text) {
		return followingText(r, h) // 三次提高出口退税率: what was done so many times
	}
	if len(right) > 0 && h.kind == schema.KindCount && right[0].pos == "v" && right[0].start == h.after && !inPredicates(right[0].text) && !changeFrom(r, h.start) {
		if len(right) > 1 && utf8.RuneCountInString(right[0].text) == 1 {
			return followingText(r, h) // 2人受轻伤, 近千人跨区域增援: a verb of one rune names nothing alone
		}
		return right[0].text // 造成86人死亡: the dead are counted; but 由598所增加到715所, 由10.73亿股变更为
	}
	if len(right) > 0 && right[0].start == h.after && slices.Contains(metricEdgePrefixes, right[0].text) {
		return "" // 六部门近日联合印发: when, not what
	}
	if len(right) > 0 && h.kind == schema.KindMoney && right[0].pos == "v" && right[0].start == h.after && paidWith(r, h.ctx) && !hasAnyPrefix(r[h.after:], rankedWith) {
		return followingText(r, h) // 公司拟以不超1亿美元回购股份, 以12亿元收购某公司股权: what the sum pays for
	}
	if len(right) > 1 && h.kind == schema.KindCount && right[0].text == "被" && right[0].start == h.after {
		return followingText(r, h) // 约2000人被困, 10人被移交至俄罗斯: who is counted is what was done to them (but 7名被告: a noun)
	}
	of := false // 1.91亿元的信用减值损失, 76.1%的财政支出用于民生: what the amount is of follows 的
	// (but 利润超过10亿元的公司: a bound on something else, whose holders follow)
	if len(right) > 0 && right[0].text == "的" && right[0].start == h.after && (h.kind == schema.KindMoney || h.kind == schema.KindCount || h.kind == schema.KindPercent || h.kind == schema.KindQuantity) &&
		(h.qual == schema.QualExact || h.qual == schema.QualApprox) {
		right, of = right[1:], true
	}
	grade := h.after + class // the runes of a class before the noun: 千万千瓦级 of 3个千万千瓦级新能源基地
	for k, t := range right {
		if t.pos != "m" && t.pos != "q" || k > 3 {
			break
		}
		if strings.HasSuffix(t.text, "级") {
			grade = t.end
		}
	}
	for k, t := range right {
		if t.end <= grade {
			sb.WriteString(t.text)
			continue
		}
		// 13个分项指数: jieba tags 分项 a numeral, but it holds none and a noun follows
		numeral := t.pos == "m" && (hasNumeral(t.text) || k+1 >= len(right) || !strings.HasPrefix(right[k+1].pos, "n") || right[k+1].start != t.end)
		threshold := t.pos == "m" && (t.text == "亿元" || t.text == "万元" || t.text == "千万元") // 1000个亿元以上工业项目
		verb := t.pos == "v" || isPredicate(t) && !(of && t.pos == "vn")                   // 4万亿元的投资计划: a noun after 的
		if t.start-h.after > 12 || verb || gap(r, t.start) || strings.HasPrefix(t.pos, "u") || strings.HasPrefix(t.pos, "p") ||
			strings.HasPrefix(t.pos, "c") || numeral && !threshold || t.pos == "d" && !(termWords[t.text] && sb.Len() == 0) || slices.Contains(wholeWords, t.text) ||
			t.pos == "f" && sb.Len() > 0 && t.text != "以上" && t.text != "以下" || // 141个项目中: where the part is (but 7个中风险地区)
			isDigit(r[t.start]) && !(sb.Len() == 0 && t.end < len(r) && isASCIILetter(r[t.end])) || // 中有28个 cut by the window (but 190万座的5G基站)
			strings.ContainsRune(titleMarks, r[t.start]) || // 印发《…》, 80亿】比达咨询
			r[t.start] == '“' && sb.Len() > 0 || // 56000余名干部“点对点”驻村: a quoted name after the noun is how, not what (but 64个“保交楼”任务)
			r[t.start] >= '①' && r[t.start] <= '⑳' || // 案件数量共计17件⑤毕节市…: the next item's number
			utf8.RuneCountInString(t.text) == 2 && strings.HasSuffix(t.text, "为") { // 由85个减为26个: jieba leaves 减为 untagged
			break
		}
		sb.WriteString(t.text)
	}
	m := cleanMetric(sb.String())
	if of && slices.Contains(roleNouns, m) || slices.Contains(levelNouns, m) {
		return "" // 完成100亿元的目标, 迈上14万亿元新台阶: the number's role, not what it measures
	}
	if h.kind == schema.KindQuantity && utf8.RuneCountInString(m) < 2 {
		return "" // 9.7米高, 0℃线: a dimension or a line, not what is measured
	}
	if utf8.RuneCountInString(m) == 1 && strings.Contains(notMetricAfter, m) {
		return "" // 解除质押11,494,000股后: when, not what
	}
	return m
}

// hasNumeral reports whether a word jieba tags as a numeral holds a digit
// or a Chinese numeral: 分项 (in 13个分项指数) is tagged m and holds none.
func hasNumeral(w string) bool {
	return strings.ContainsFunc(w, func(c rune) bool {
		return isDigit(c) || isCn(c) || c > 0xff0f && c < 0xff1a || strings.ContainsRune("半多余几数首", c)
	})
}

// lastRune is the last rune of s, 0 for "".
func lastRune(s string) rune {
	c, _ := utf8.DecodeLastRuneInString(s)
	return c
}

// classAt is the length of a class written in digits at r[a] (400亿级,
// 10万吨级), 0 for none.
func classAt(r []rune, a int) int {
	k := a
	for k < len(r) && k-a < 8 && (isDigit(r[k]) || r[k] == '.' || isMag(r[k])) {
		k++
	}
	for _, u := range []string{"级", "吨级", "千瓦级", "瓦级"} {
		if k > a && hasPrefix(r[k:], u) {
			return k - a + len([]rune(u))
		}
	}
	return 0
}

// tenorMetric is what an amount buys or raises when a tenor follows it
// (745亿元7天期逆回购操作, 3000亿元10年期“24续作特别国债01”): the text
// from the tenor to the end of the clause or of the list item.
func tenorMetric(r []rune, h hit) string {
	b := h.after
	for b < len(r) && b-h.after < 20 && !isClauseSep(r[b]) && r[b] != '和' && !isTerminal(r[b]) && !gap(r, b) {
		b++
	}
	return cleanMetric(string(r[h.after:b]))
}

// gap reports whether two or more blanks start at r[k]: a break between a
// headline and what follows, not the space inside a name (Model X).
func gap(r []rune, k int) bool {
	return k+1 < len(r) && isBlank(r[k]) && isBlank(r[k+1])
}

// marketMove are the verbs of a price move in a market brief (X涨5%).
var marketMove = map[string]bool{"涨": true, "跌": true, "升": true, "降": true, "收涨": true, "收跌": true,
	"大涨": true, "大跌": true, "上涨": true, "下跌": true, "收升": true, "收降": true,
	"涨超": true, "跌超": true, "涨逾": true, "跌逾": true, "微涨": true, "微跌": true, "小涨": true, "小跌": true,
	"现涨": true, "现跌": true, "转涨": true, "转跌": true} // 英伟达(NVDA.O)现跌近5%: now, intraday; 创业板指转涨2%

// movedName reads a market brief's "NAME涨" right before a number: the
// name (2 to 10 Han runes or letters) and the verb, or "" when the text is
// not that.
func movedName(left []rune) (name, move string) {
	n := len(left)
	if n < 3 || !strings.ContainsRune("涨跌升降", left[n-1]) {
		return "", ""
	}
	a := n - 1
	for a > 0 && n-1-a < 10 && (isHan(left[a-1]) || isASCIILetter(left[a-1])) {
		a--
	}
	if n-1-a < 2 || a > 0 && !isClauseSep(left[a-1]) && !isBlank(left[a-1]) {
		return "", ""
	}
	return string(left[a : n-1]), string(left[n-1])
}

// moverName is the name a clause of nothing but a name and a move (极氪涨,
// 大全新能源跌, **尚高涨, 价格上涨) opens with: two to eight runes of Han or
// Latin letters after the clause's start; "" for any other clause.
func moverName(clause []rune) string {
	n := len(clause)
	if n < 3 || !strings.ContainsRune("涨跌", clause[n-1]) {
		return ""
	}
	end := n - 1
	if strings.ContainsRune("上下大收暴飙微回普续齐", clause[end-1]) {
		end-- // 上涨, 收跌: the verb's first rune
	}
	if end > 0 && clause[end-1] == '等' {
		end-- // 国际铜、焦炭等跌超1%: the last of the names
	}
	a := 0
	for a < end && strings.ContainsRune("*# 　", clause[a]) {
		a++ // **极氪涨: markdown emphasis
	}
	if end-a < 2 || end-a > 8 || slices.ContainsFunc(clause[a:end], func(c rune) bool { return !isHan(c) && !isASCIILetter(c) }) ||
		containsAny(clause[a:end], notMoverSet) {
		return "" // 全年涨20.01%, 停牌前涨22.77%, 比特币日内一度跌3.7%: when or how, not who
	}
	return string(clause[a:end])
}

// subsequence reports whether the runes of s appear in t in order.
func subsequence(s, t string) bool {
	for _, c := range s {
		k := strings.IndexRune(t, c)
		if k < 0 {
			return false
		}
		t = t[k+utf8.RuneLen(c):]
	}
	return true
}

// allUnknown reports whether every word of the clause before a number is
// one jieba does not know: then the clause is a name it failed to cut.
func allUnknown(toks []vtok) bool {
	for _, t := range toks {
		if t.pos != "x" && t.pos != "eng" {
			return false
		}
	}
	return len(toks) > 0
}

// unknownName joins the words of toks that jieba does not know (tag x, Han
// or letters): the name of a company or a product.
func unknownName(toks []vtok) string {
	if len(toks) == 1 && (toks[0].pos == "v" || toks[0].pos == "a") && utf8.RuneCountInString(toks[0].text) >= 2 && isHan(firstRune(toks[0].text)) &&
		!inPredicates(toks[0].text) && !slices.Contains(changeVerbs, toks[0].text) && !slices.Contains(moveAdverbs, toks[0].text) {
		return toks[0].text // 安进涨3.9%: a name alone before the move, which jieba tags a verb
	}
	var b strings.Builder
	for _, t := range toks {
		c := firstRune(t.text)
		if (t.pos == "x" || t.pos == "i") && (isHan(c) || isASCIILetter(c)) || t.pos == "eng" {
			b.WriteString(t.text) // 可口可乐涨1.53%: jieba tags the brand an idiom
		}
	}
	if utf8.RuneCountInString(b.String()) < 2 {
		return ""
	}
	return cleanMetric(b.String())
}

// cutComparison drops a comparison base from a subject: 营业收入比2019年
// → 营业收入; 比上年同期 → "".
func cutComparison(toks []vtok) []vtok {
	for k, t := range toks {
		switch t.text {
		case "比", "较", "比上", "比前", "较前", "相比", "同比", "环比", "较上年", "比上年", "比去年": // 比前一交易日上涨5.25美分
			return toks[:k]
		case "按年", "按季", "按月":
			if k+1 < len(toks) && strings.ContainsRune("升降增减涨跌上下", firstRune(toks[k+1].text)) {
				return toks[:k] // 按季升9%: the period of the comparison (not 按月领取)
			}
		case "与", "同":
			// 与上年相比: a base; but 我国与中亚五国进出口 joins two parties
			for _, u := range toks[k+1:] {
				if u.text == "相比" || u.text == "比较" || u.text == "持平" || u.text == "相当" || u.text == "之比" {
					return toks[:k]
				}
			}
		}
	}
	return toks
}

// splitSubjects splits 原油加工量、天然气产量、发电量 into its items; nil
// for a single subject.
func splitSubjects(s string) []string {
	f := strings.FieldsFunc(s, func(c rune) bool { return c == '、' || c == '和' || c == '及' })
	if len(f) < 2 {
		return nil
	}
	return f
}

// skipAdverbial drops the adverbial phrase that opens a claim's clause
// (按可比价格计算平均每年增长11.1%): it is how the figure is reckoned, not
// what it measures, which then comes from an earlier clause.
func skipAdverbial(toks []vtok) []vtok {
	// 美国非农就业报告发布后拉升至1.9440%: an event that times the reading
	for k := 1; k < len(toks) && k < 8; k++ {
		if (strings.HasPrefix(toks[k].text, "后") || toks[k].text == "之后" || toks[k].text == "时") && eventVerbs[toks[k-1].text] { // 后拉: jieba's cut of 后拉升
			return toks[k+1:]
		}
	}
	first := 0
	if len(toks) > 1 && toks[0].pos == "t" {
		first = 1 // 去年受…影响: a time before the adverbial
	}
	if len(toks) > 0 && toks[first].text == "受" {
		if k := causeEnd(toks[first:]); k >= 0 {
			return toks[first+k+1:] // 去年受天成关停事件影响: the cause (not 受污染耕地安全利用率, a noun)
		}
		return toks
	}
	if len(toks) == 0 || !adverbialVerb[toks[first].text] {
		return toks
	}
	for k, t := range toks {
		if adverbialEnd[t.text] {
			for k+1 < len(toks) && (toks[k+1].text == "影响" || toks[k+1].text == "后" || toks[k+1].text == "计算") {
				k++ // 扣除特殊因素影响后, 按可比口径计算
			}
			return toks[k+1:]
		}
	}
	return toks
}

// causeEnd is the index of the 影响 that closes a cause opening toks with
// 受 (受疫情影响), or -1 when toks open no such cause.
func causeEnd(toks []vtok) int {
	if len(toks) == 0 || toks[0].text != "受" {
		return -1
	}
	return slices.IndexFunc(toks, func(t vtok) bool { return t.text == "影响" })
}

func isPredAdverb(w string) bool {
	switch w {
	case "累计", "同比", "环比", "按年", "按季", "按月", "连续", "分别", "共", "均", "年均", "平均":
		return true
	}
	return false
}

// containsWord reports whether the runes r hold the word w.
func containsWord(r []rune, w string) bool {
	return indexWord(r, w) >= 0
}

// indexWord is the offset of the first w in the runes r, or -1.
func indexWord(r []rune, w string) int {
	first, _ := utf8.DecodeRuneInString(w)
	for k, c := range r {
		if c == first && hasPrefix(r[k:], w) {
			return k
		}
	}
	return -1
}

// lastPredicate is the index of the claim's verb among toks: the last word
// of the predicate table, else the last verb; -1 for none.
func lastPredicate(toks []vtok) int {
	rate := func(k int) bool { return k+1 < len(toks) && strings.HasPrefix(toks[k+1].text, "率") } // 交付率, 建成率, 办结/率为: a verb before 率 names a rate
	for k := len(toks) - 1; k >= 0; k-- {
		if inPredicates(toks[k].text) && !rate(k) {
			return k
		}
	}
	for k := len(toks) - 1; k >= 0; k-- {
		if isPredicate(toks[k]) && !rate(k) {
			return k
		}
	}
	return -1
}

// firstTablePredicate is the index of the first predicate-table word, -1
// for none: in a subject, other verbs are part of the noun phrase (良种推广面积).
func firstTablePredicate(toks []vtok) int {
	for k, t := range toks {
		if inPredicates(t.text) {
			return k
		}
	}
	return -1
}

func inPredicates(w string) bool { return predicateSet[w] }

// Sets of the word tables, for lookups per token.
var (
	predicateSet = setOf(predicates)
	timeWordSet  = setOf(timeWords)
	hedgeSet     = setOf(metricHedges)
)

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// followingText is the raw text after a claim up to the end of its clause.
func followingText(r []rune, h hit) string {
	a := h.after
	b := a
	for b < len(r) && b-a < 24 && !isClauseSep(r[b]) && r[b] != '】' && !(b > a && isBlank(r[b])) { // 创三年新低 原标题：…: a blank or a headline's end ends it
		b++
	}
	return cleanMetric(string(r[a:b]))
}

// cutAtAny cuts s before the first of words it holds past its first rune.
func cutAtAny(s string, words []string) string {
	end := len(s)
	for _, w := range words {
		if k := strings.Index(s, w); k > 0 && k < end {
			end = k
		}
	}
	return s[:end]
}

// isPredicate reports whether a token is the claim's verb or relation.
func isPredicate(t vtok) bool {
	return inPredicates(t.text) || t.pos == "v" && t.text != "率" // 交付率94.7%: jieba tags 率 v (率领), here a rate
}

// isComplement reports whether a verb only completes the one before it
// (增加到, 提高至, 达到), so it does not belong in the metric.
func isComplement(w string) bool {
	switch w {
	case "到", "至", "为", "成", "了", "上", "出", "达", "到了":
		return true
	}
	return false
}

func isComparator(p string) bool {
	switch p {
	case "高于", "低于", "快于", "慢于", "超过", "多于", "少于", "超出":
		return true
	}
	return false
}

// joinMetric joins the tokens of a noun phrase, dropping numbers, time
// words, hedges, adverbs and conjunctions; "" when no noun is left.
// shareClass reports whether toks[k] is the 股 of a share class glued to
// its letter (A股, H股), which jieba tags a measure word.
func shareClass(toks []vtok, k int) bool {
	return toks[k].text == "股" && k > 0 && toks[k-1].end == toks[k].start && len(toks[k-1].text) == 1 && isASCIILetter(firstRune(toks[k-1].text))
}

func joinMetric(toks []vtok) string {
	var b strings.Builder
	noun := false
	depth := 0
	for k, t := range toks {
		switch t.text {
		case "（", "(":
			if abbr := abbreviation(toks, k); abbr != "" && b.Len() > 0 {
				b.WriteString("（" + abbr + "）") // 国内生产总值（GDP）: the name and its abbreviation
			}
			depth++
		case "）", ")":
			depth--
			continue
		case "【", "】":
			b.Reset() // 【九安医疗午后封住跌停】九安医疗…: the headline is not the body's noun
			noun = false
			continue
		}
		if t.text == "于" && k > 0 && toks[k-1].text == "归属" && strings.HasSuffix(b.String(), "归属") {
			b.WriteString("于") // 归属于上市公司股东的净利润: the name as written
			continue
		}
		if t.text == "的" && b.Len() > 0 && k > 0 && k+1 < len(toks) && toks[k-1].end == t.start && t.end == toks[k+1].start &&
			isNounPOS(toks[k-1].pos) && isNounPOS(toks[k+1].pos) {
			b.WriteString("的") // 上市公司股东的净利润: as written, between two nouns of the name
			continue
		}
		// 占其所持股份比例: the holder's own shares, as annotators keep it (25 of them)
		held := t.text == "所持" && k+1 < len(toks) && toks[k+1].text == "股份" ||
			t.text == "其" && k+2 < len(toks) && toks[k+1].text == "所持" && toks[k+2].text == "股份"
		if (t.text == "到" || t.text == "至") && k > 0 && k+1 < len(toks) && skipInMetric(toks[k-1]) && skipInMetric(toks[k+1]) {
			continue // 16岁到22岁的青年: a range's separator between figures left out
		}
		if (t.text == "以上" || t.text == "以下") && b.Len() > 0 && boundsFigure(toks, k) {
			continue // 我区60岁以上老年人, 签约亿元以上产业项目: the bound of a figure left out (but 规模以上工业, 地级以上城市, 5年期以上LPR)
		}
		if depth > 0 || skipInMetric(t) && !held && !contractMonth(toks, k) && !shareClass(toks, k) && !indexNumber(toks, k) && !(k+1 < len(toks) && indexNumber(toks, k+1)) &&
			!namePrefixNumber(toks, k) && !(k > 0 && namePrefixNumber(toks, k-1)) {
			continue
		}
		if k > 0 && toks[k-1].end == t.start && isYearDigits(toks[k-1].text) {
			// 2021年净亏损, 2021年度实现归母净利润: jieba glued the year's 年 to the word
			if t.text = strings.TrimPrefix(strings.TrimPrefix(t.text, "年度"), "年"); t.text == "" {
				continue
			}
		}
		if b.Len() == 0 && genericSubject[t.text] && k+1 < len(toks) {
			continue // 公司营业收入: the company is the document's subject, not the metric
		}
		if b.Len() == 0 && t.text == "经" && k+2 < len(toks) && toks[k+2].text == "的" {
			continue // 经治理的项目区土壤侵蚀强度: 经 makes the verb a participle of the noun
		}
		if b.Len() == 0 && causeEnd(toks[k:]) >= 0 {
			return "" // 去年受天成关停事件影响: a cause, not the subject (but 受污染耕地安全利用率)
		}
		if b.Len() == 0 && adverbialVerb[t.text] && k+1 < len(toks) && !(t.text == "经" && adjustedWords[toks[k+1].text]) {
			// 扣除价格因素, 按可比价格: a clause opening with a verb is an
			// adverbial, not the subject
			return ""
		}
		if isNounPOS(t.pos) || isASCIILetter(firstRune(t.text)) || t.text == "率" || verbNouns[t.text] ||
			t.pos == "x" && isHan(firstRune(t.text)) && utf8.RuneCountInString(t.text) >= 2 && !strings.ContainsAny(t.text, gluedFunctionRunes+notNounRunes) {
			noun = true // 保交房交付率: a rate, whatever jieba tags 率; 绿道: a word jieba does not know
		}
		b.WriteString(t.text)
	}
	if !noun {
		return ""
	}
	return cleanMetric(strings.TrimSuffix(b.String(), "的")) // a 的 whose noun was not kept
}

// isYearDigits reports whether s is a year written in four digits (2021).
func isYearDigits(s string) bool {
	return len(s) == 4 && (s[0] == '1' || s[0] == '2') && strings.Trim(s, "0123456789") == ""
}

// indexNumber reports whether toks[k] is the number in an index's name,
// glued to a stem of indexStems before it or a word of indexNameEnds
// after it (标普500指数, 科创50, 沪深300ETF).
func indexNumber(toks []vtok, k int) bool {
	t := toks[k]
	if k == 0 || toks[k-1].end != t.start || !allDigits(t.text) {
		return false
	}
	if slices.Contains(indexStems, toks[k-1].text) {
		return true
	}
	return k+1 < len(toks) && toks[k+1].start == t.end && slices.Contains(indexNameEnds, toks[k+1].text) && isHan(firstRune(toks[k-1].text))
}

// abbreviation is the indicator's abbreviation in the parenthesis opening
// at toks[k] (国内生产总值（GDP）, 消费者物价指数(CPI)), "" for anything else:
// a stock's ticker (通用汽车（GM）) is no part of what is measured.
func abbreviation(toks []vtok, k int) string {
	if k+2 >= len(toks) || toks[k+2].text != "）" && toks[k+2].text != ")" || !indicatorAbbrs[toks[k+1].text] {
		return ""
	}
	return toks[k+1].text
}

// namePrefixNumber reports whether toks[k] is digits that open a name
// with the word glued after them: Latin letters (5G基站, 3M公司, 256GB版本,
// 2s10s曲线) or a tenor (7天期品种, 3个月期国库现金定存): part of the
// metric, not a number to drop from it.
func namePrefixNumber(toks []vtok, k int) bool {
	if k+1 >= len(toks) || toks[k+1].start != toks[k].end || !allDigits(toks[k].text) || len(toks[k].text) > 4 {
		return false
	}
	next := toks[k+1].text
	return isASCIILetter(firstRune(next)) || slices.Contains(tenorWords, next)
}

// contractMonth reports whether toks[k] is part of a futures contract's
// month, which names the contract (美油10月合约): a number or 月 running up
// to 合约.
func contractMonth(toks []vtok, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		switch {
		case toks[j].text == "合约":
			return j > k
		case toks[j].text != "月" && !isDigit(firstRune(toks[j].text)):
			return false
		}
	}
	return false
}

// firstRune is the first rune of s, without converting all of it.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// tidyMetric drops from a metric what is not the measured thing: a
// headline's bracket before it (】国联水产 → 国联水产), time and trading
// session words at its edges (截至累计发电装机容量, 原油期货价格盘中), a move
// verb left at its end (上证指数跌, 死亡人数增至), and words that are never a
// metric alone (日均, 关口, 大关): those leave it empty, for the claim
// before or the sentence's subject to fill.
func tidyMetric(m string) string {
	if m == "" {
		return ""
	}
	m0 := m
	if i := max(strings.LastIndex(m, "【"), strings.LastIndex(m, "】")); i >= 0 {
		m = m[i+len("】"):]
	}
	for trimmed := true; trimmed; {
		trimmed = false
		if c, _ := utf8.DecodeRuneInString(m); metricStarts.first.has(c) {
			for _, w := range metricTrimPrefixes {
				if strings.HasPrefix(m, w) && len(m) > len(w) {
					m, trimmed = m[len(w):], true
				}
			}
		}
		if c, _ := utf8.DecodeLastRuneInString(m); metricEnds.last.has(c) {
			for _, w := range metricEdgeSuffixes {
				if strings.HasSuffix(m, w) && len(m) > len(w) {
					m, trimmed = m[:len(m)-len(w)], true
				}
			}
		}
		if strings.HasSuffix(m, "计划") && utf8.RuneCountInString(m) >= 6 {
			m, trimmed = strings.TrimSuffix(m, "计划"), true // 卫生事业经费计划 (…经费，计划由…); but 投资计划
		}
		if r, n := utf8.DecodeLastRuneInString(m); strings.ContainsRune("涨跌累跳获", r) && utf8.RuneCountInString(m) > 2 { // 腾讯控股获净买入: 获 is the verb's
			if p, _ := utf8.DecodeLastRuneInString(m[:len(m)-n]); !strings.ContainsRune("上下大暴普回续微飙收齐捕斩俘荣截查缴破", p) {
				m, trimmed = m[:len(m)-n], true
			}
		}
	}
	if len(m) != len(m0) {
		m = cleanMetric(m) // metrics come trimmed; what was cut may leave an edge
		if !strings.HasSuffix(m, "目的") {
			m = strings.TrimSuffix(m, "的") // 美国疾控中心的: the 的 of a word cut off
		}
		m = strings.TrimPrefix(m, "的")
	}
	if r, n := utf8.DecodeLastRuneInString(m); r == '可' && len(m) > n {
		if p, _ := utf8.DecodeLastRuneInString(m[:len(m)-n]); !strings.ContainsRune("许认不宁即皆", p) {
			m = m[:len(m)-n] // 新车最高续航可达到1008km: the modal, not the name (but 转让许可)
		}
	}
	if strings.HasSuffix(m, "拟") && !strings.HasSuffix(m, "模拟") && !strings.HasSuffix(m, "虚拟") {
		m = strings.TrimSuffix(m, "拟") // 股东陈敏拟减持不超2.7%: the hedge, not the holder
	}
	if k := strings.LastIndex(m, "每"); k >= 0 && (slices.Contains(perUnits, m[k+len("每"):]) || slices.Contains(perBeforeOnly, m[k+len("每"):])) {
		m = m[:k] // 小麦每斤提高3分钱: the denominator is the unit's
	}
	if f, ok := forecastMetrics[m]; ok {
		return f // 2021年预盈3.3亿元至3.9亿元: the profit forecast, not the verb
	}
	if inner, ok := strings.CutPrefix(m, "“"); ok && strings.HasSuffix(inner, "”") && strings.Count(m, "“") == 1 && strings.Count(m, "”") == 1 {
		m = strings.TrimSuffix(inner, "”") // “修正营业利润”超过10亿元: the term, its quotes the writer's
	}
	if slices.Contains(notMetrics, m) || predicateSet[m] || slices.Contains(changeVerbs, m) || m == "计划" ||
		!strings.ContainsFunc(m, func(c rune) bool { return isHan(c) || c < 0x80 && isASCIILetter(c) }) {
		return "" // a verb alone (回落), a hedge alone (一九八一年计划为…), and digits and signs alone: 】1月7日 gave 1
	}
	return m
}

// metricTrimPrefixes are the words tidyMetric trims from a metric's start;
// metricStarts and metricEnds hold them and metricEdgeSuffixes, for their
// first and last runes: most metrics have neither.
var (
	metricTrimPrefixes       = slices.Concat(metricEdgePrefixes, metricBoundPrefixes)
	metricStarts, metricEnds = newWordSet(metricTrimPrefixes), newWordSet(metricEdgeSuffixes)
)

// cleanMetric trims punctuation and markup from a metric's edges.
func cleanMetric(s string) string {
	s = strings.Trim(s, " 　,，、*#>|-_:：")
	return strings.TrimRight(s, "“《(（") // 组织56000余名干部“点对点”驻村: a quote opened after the noun
}

func isNounPOS(p string) bool {
	return strings.HasPrefix(p, "n") || p == "vn" || p == "an" || p == "eng" || p == "j" || p == "l" || p == "b" || p == "s"
}

func skipInMetric(t vtok) bool {
	if t.text == "以上" || t.text == "以下" {
		return false // 规模以上工业增加值: part of the name
	}
	if t.text == "内" {
		return true // 五年内新建…: the end of a time phrase (内蒙古, 内地 are words of their own)
	}
	switch t.pos {
	case "d", "c", "p", "t", "u", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e", "o", "r", "f", "m", "mq", "q", "zg":
		return true
	case "x":
		// punctuation and symbols; but a word jieba does not know (新冠,
		// 老旧, 季调) is part of the name, unless it glued a function word
		// to a neighbour (占本, 共为, 中所)
		if isHan(firstRune(t.text)) {
			// and 自升, 至降: a revision's from and to glued to its move (前值自升2.6%修正至升2.7%)
			return strings.ContainsAny(t.text, gluedFunctionRunes) || utf8.RuneCountInString(t.text) == 2 && strings.HasPrefix(t.text, "自") && strings.ContainsAny(t.text, moveRunes)
		}
		return !strings.ContainsAny(t.text, "、“”\"《》") && !isASCIILetter(firstRune(t.text))
	}
	if isDigit(firstRune(t.text)) {
		return true
	}
	if timeWordSet[t.text] || hedgeSet[t.text] {
		return true
	}
	switch t.text {
	case "於": // 于 in the 1954 report's traditional characters
		return true
	case "全市", "全省", "全国", "全区", "全县", "全球", "世界", "全州", "全网", "全行业":
		return true // scopes of a comparison or rank, not what is measured
	case "其中", "分别", "均", "都", "共", "约", "近", "超", "逾", "达", "为", "是", "已", "还", "再", "并", "等", "方面",
		"前值", "初值", "终值", "今值", "预期", "预估", "平均", "两年", "年均", "比上", "仍有", "另有", "年", "月", "日",
		"月份", "季度", "实际", "名义", "有", "共有", "达到", "约为":
		return true
	}
	return false
}

// allDigits reports whether s is a run of ASCII digits.
func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// trimPrefixAny is r past the first of words it starts with, r if none.
func trimPrefixAny(r []rune, words []string) []rune {
	for _, w := range words {
		if hasPrefix(r, w) {
			return r[len([]rune(w)):]
		}
	}
	return r
}

// fundsWonAt reports whether the claim is an amount of funds 争取 right
// before it wins (争取161.4亿元超长期特别国债资金支持): a getting, no target;
// hasHedge, which sees the clause only up to the claim, cannot tell.
func fundsWonAt(r []rune, cs int, h hit) bool {
	if !hasSuffix(r[cs:h.ctx], "争取") || hasHedge(r[cs:h.ctx-2]) {
		return false
	}
	after := r[h.after:clauseEnd(r, h.after)]
	return hasAnyPrefix(after, fundsWon) || containsWord(window(after, 0, 12), "资金")
}

// quoteClose is the offset of the ” that closes, within 12 runes, the
// quotation r[k] stands in; -1 if none.
func quoteClose(r []rune, k int) int {
	for j := k; j < len(r) && j < k+12; j++ {
		switch {
		case r[j] == '”':
			return j
		case r[j] == '“' || isSentenceSep(r[j]):
			return -1
		}
	}
	return -1
}

// planTerm reports whether a clause after a planned figure states another
// term of the plan: clause, the words before the claim's bound word, is
// empty and the bound a 不 (不低于2万股), or it names the planned
// action's amount or price (增持金额不超过480万元, 回购价格不超过24元/股).
func planTerm(clause, bound []rune) bool {
	return len(clause) == 0 && len(bound) > 0 && bound[0] == '不' || hasAnyPrefix(clause, planActions) // the claim's own bound opens the clause (不低于, 不超过), or the action's name does
}

// groupAge reports whether h is an age before the noun of the group it
// bounds or names (65岁以上老年人, 5至11岁的儿童, 一名14岁少年), rather than an
// age on its own (李建林，男，64岁).
func groupAge(r []rune, h hit) bool {
	return h.kind == schema.KindDuration && strings.HasSuffix(h.unitText, "岁") &&
		h.after < len(r) && isHan(r[h.after]) && r[h.after] != '了'
}

// boundsFigure reports whether the 以上 or 以下 at toks[k] bounds a figure
// just before it (60岁以上, 亿元以上, 50户以上), not a rank or a tenor that
// is part of a name (地级以上城市, 三级以上航道, 万吨级以上泊位, 5年期以上LPR).
func boundsFigure(toks []vtok, k int) bool {
	if k > 1 && toks[k-1].text == "及" {
		k-- // 三级及以上航道
	}
	if k == 0 || !skipInMetric(toks[k-1]) || strings.HasSuffix(toks[k-1].text, "期") || strings.HasSuffix(toks[k-1].text, "级") {
		return false
	}
	for j := max(0, k-2); j < k; j++ {
		if strings.ContainsFunc(toks[j].text, func(c rune) bool { return isDigit(c) || isCnDigit(c) || c == '万' || c == '亿' }) {
			return true
		}
	}
	return false
}

// consensusClause reports whether the words of a clause before its claim
// only say whose expectation or which earlier reading it is (分析师预期,
// 市场预期, 前值, 预期升): the claim measures what the claim before it does.
func consensusClause(w []rune) bool {
	for len(w) > 0 && strings.ContainsRune(" 　-：:", w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	for _, who := range consensusWho {
		if hasPrefix(w, who) {
			w = w[len([]rune(who)):]
			break
		}
	}
	for _, what := range consensusWhat {
		if hasPrefix(w, what) {
			rest := w[len([]rune(what)):]
			return len(rest) == 0 || len(rest) == 1 && strings.ContainsRune("为增降升跌涨", rest[0])
		}
	}
	return false
}
