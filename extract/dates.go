package extract

// patDate is the definition of the dated time expressions; findDates is the
// same pattern compiled by hand. timesIn runs it around every 年 and 月 of
// the sentences that hold claims, where regexp2 spent 2 µs a window, a
// twentieth of all CPU. FuzzDates holds the two to the same matches.

// dateSpan is a match [start, end) in a window.
type dateSpan struct{ start, end int }

// findDates returns the matches of patDate in w, leftmost first, each
// search resuming after the previous match, as regexp2's FindNextMatch.
func findDates(w []rune) []dateSpan {
	var out []dateSpan
	for i := 0; i < len(w); {
		if e := dateAt(w, i); e > i {
			out = append(out, dateSpan{i, e})
			i = e
			continue
		}
		i++
	}
	return out
}

// dateAt returns the end of the patDate match starting at w[i], or -1:
// its alternatives in order, each with regexp2's backtracking order
// (greedy counts tried longest first, optional parts tried present first).
func dateAt(w []rune, i int) int {
	for _, alt := range dateAlts {
		if e := alt(w, i); e >= 0 {
			return e
		}
	}
	return -1
}

// dateAlts are patDate's alternatives, in its order.
var dateAlts = [...]func([]rune, int) int{dateYear, dateMonthRange, dateFirstMonths, dateDay, dateMonth}

// runeAt is w[i], or 0 past the end.
func runeAt(w []rune, i int) rune {
	if i < len(w) {
		return w[i]
	}
	return 0
}

// isDateNum is [0-9一二三四五六七八九十].
func isDateNum(c rune) bool { return c >= '0' && c <= '9' || isDateCn(c) }

// isDateCn is [一二三四五六七八九十].
func isDateCn(c rune) bool {
	switch c {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

// isQuarter is [一二三四].
func isQuarter(c rune) bool { return c == '一' || c == '二' || c == '三' || c == '四' }

// isYearCn is [一二三四五六七八九〇零].
func isYearCn(c rune) bool { return c != '十' && isDateCn(c) || c == '〇' || c == '零' }

// runOf counts the runes from w[i] on that satisfy class, up to max.
func runOf(w []rune, i, max int, class func(rune) bool) int {
	n := 0
	for n < max && i+n < len(w) && class(w[i+n]) {
		n++
	}
	return n
}

// hasAt reports whether w holds s at i.
func hasAt(w []rune, i int, s string) bool {
	for _, c := range s {
		if runeAt(w, i) != c {
			return false
		}
		i++
	}
	return true
}

// dateYear: (?:(?:19|20)[0-9]{2}|[一二三四五六七八九〇零]{4})年(?:…)? where
// the optional part is, in order, [N]{1,2}(?:—|-|至)?[N]{0,2}月份?,
// (?:上|下)半年, 前?[一二三四]季度, 第[一二三四]季度, 全年, 末, 底, 初, 以来.
func dateYear(w []rune, i int) int {
	if !yearAt(w, i) {
		return -1
	}
	e := i + 4
	if runeAt(w, e) != '年' {
		return -1
	}
	e++
	// [N]{1,2}(?:—|-|至)?[N]{0,2}月份?
	for n1 := runOf(w, e, 2, isDateNum); n1 >= 1; n1-- {
		p := e + n1
		seps := []int{p}
		if c := runeAt(w, p); c == '—' || c == '-' || c == '至' {
			seps = []int{p + 1, p}
		}
		for _, q := range seps {
			for n2 := runOf(w, q, 2, isDateNum); n2 >= 0; n2-- {
				if t := q + n2; runeAt(w, t) == '月' {
					return withFen(w, t+1)
				}
			}
		}
	}
	switch c := runeAt(w, e); {
	case (c == '上' || c == '下') && hasAt(w, e+1, "半年"):
		return e + 3
	case c == '前' && isQuarter(runeAt(w, e+1)) && hasAt(w, e+2, "季度"):
		return e + 4
	case isQuarter(c) && hasAt(w, e+1, "季度"):
		return e + 3
	case c == '第' && isQuarter(runeAt(w, e+1)) && hasAt(w, e+2, "季度"):
		return e + 4
	case hasAt(w, e, "全年"), hasAt(w, e, "以来"):
		return e + 2
	case c == '末' || c == '底' || c == '初':
		return e + 1
	}
	return e
}

// yearAt reports whether the four runes from w[i] are a year as patDate
// writes one: (?:19|20)[0-9]{2} or [一二三四五六七八九〇零]{4}.
func yearAt(w []rune, i int) bool {
	c, d := runeAt(w, i), runeAt(w, i+1)
	return (c == '1' && d == '9' || c == '2' && d == '0') && runOf(w, i+2, 2, isDigit) == 2 || runOf(w, i, 4, isYearCn) == 4
}

// mayBeDate reports whether a patDate match may hold the 年 or 月 at r[k],
// looking no further back than lo: a 年 needs a year before it (2024年,
// 二〇二四年), a 月 after 个 needs 前 (前三个月). It spares patDate the spans
// of 5年, 十年 and 3个月, which are durations, not dates.
func mayBeDate(r []rune, lo, k int) bool {
	switch {
	case r[k] == '年':
		return k-4 >= lo && yearAt(r, k-4)
	case r[k-1] == '个':
		return k-3 >= lo && r[k-3] == '前' || k-4 >= lo && r[k-4] == '前'
	}
	return true
}

// withFen takes the 份 of 月份 at e, if there.
func withFen(w []rune, e int) int {
	if runeAt(w, e) == '份' {
		return e + 1
	}
	return e
}

// dateMonthRange: [N]{1,2}(?:—|-|至|到)[N]{1,2}月份?
func dateMonthRange(w []rune, i int) int {
	for n1 := runOf(w, i, 2, isDateNum); n1 >= 1; n1-- {
		p := i + n1
		if c := runeAt(w, p); c != '—' && c != '-' && c != '至' && c != '到' {
			continue
		}
		for n2 := runOf(w, p+1, 2, isDateNum); n2 >= 1; n2-- {
			if t := p + 1 + n2; runeAt(w, t) == '月' {
				return withFen(w, t+1)
			}
		}
	}
	return -1
}

// dateFirstMonths: 前[N]{1,2}(?:个月|月)
func dateFirstMonths(w []rune, i int) int {
	if runeAt(w, i) != '前' {
		return -1
	}
	for n := runOf(w, i+1, 2, isDateNum); n >= 1; n-- {
		p := i + 1 + n
		if hasAt(w, p, "个月") {
			return p + 2
		}
		if runeAt(w, p) == '月' {
			return p + 1
		}
	}
	return -1
}

// dateDay: (?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日
func dateDay(w []rune, i int) int {
	for _, p := range dayCounts(w, i) {
		if runeAt(w, p) != '月' {
			continue
		}
		for _, q := range dayCounts(w, p+1) {
			if runeAt(w, q) == '日' {
				return q + 1
			}
		}
	}
	return -1
}

// dayCounts returns where (?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) may end
// when it starts at i, in regexp2's order.
func dayCounts(w []rune, i int) []int {
	var ends []int
	for n := runOf(w, i, 2, isDigit); n >= 1; n-- {
		ends = append(ends, i+n)
	}
	for n := runOf(w, i, 3, isDateCn); n >= 1; n-- {
		ends = append(ends, i+n)
	}
	return ends
}

// dateMonth: (?<![0-9])[0-9]{1,2}月份?(?![0-9]*日)
func dateMonth(w []rune, i int) int {
	if i > 0 && isDigit(w[i-1]) {
		return -1
	}
	for n := runOf(w, i, 2, isDigit); n >= 1; n-- {
		p := i + n
		if runeAt(w, p) != '月' {
			continue
		}
		ends := []int{p + 1}
		if runeAt(w, p+1) == '份' {
			ends = []int{p + 2, p + 1}
		}
		for _, e := range ends {
			if runeAt(w, e+runOf(w, e, len(w), isDigit)) != '日' {
				return e
			}
		}
	}
	return -1
}
