package extract

import (
	"slices"
	"strings"
	"testing"
)

// datesByRegexp is patDate run as timesIn ran it before findDates: the
// definition findDates must agree with.
func datesByRegexp(w []rune) []dateSpan {
	var out []dateSpan
	for m := patDate.match(w); m != nil; m, _ = patDate.re.FindNextMatch(m) {
		out = append(out, dateSpan{m.Index, m.Index + m.Length})
	}
	return out
}

func checkDates(t *testing.T, s string) {
	w := []rune(s)
	if got, want := findDates(w), datesByRegexp(w); !slices.Equal(got, want) {
		t.Fatalf("%q: findDates %v, patDate %v", s, got, want)
	}
}

func TestDates(t *testing.T) {
	for _, s := range []string{
		"2024年", "2024年前三季度", "2024年1-8月份", "9月份", "1—11月", "前3个月", "前十个月", "10月2日",
		"二〇二四年上半年", "2021年全年", "2020年末", "2022年以来", "2023年一季度", "2023年第四季度",
		"2024年123月", "3月份5日", "35月", "12月31日", "十二月三十一日", "2026年11月15日", "再延长两年，至2026年11",
		"1至3月", "1到12月份", "年月", "2024", "1-月", "2024年3-月", "前三个月内", "5年来", "3个月", "2019年12月",
	} {
		checkDates(t, s)
	}
	for _, text := range goldenDocs(t) {
		r := []rune(text)
		for k, c := range r {
			if c == '年' || c == '月' {
				checkDates(t, string(r[max(0, k-12):min(len(r), k+10)]))
			}
		}
	}
}

// dateAlphabet is what patDate reads, and a few runes it does not.
var dateAlphabet = []rune("0123456789一二三四五六七八九十〇零两年月份日—-至到前个上下半季度第全末底初以来x，")

// FuzzDates holds findDates to patDate on strings over the runes dates
// are made of.
func FuzzDates(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 20, 5, 33, 8, 21})
	f.Add([]byte("2024年1-8月份"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var s strings.Builder
		for _, x := range b {
			s.WriteRune(dateAlphabet[int(x)%len(dateAlphabet)])
		}
		checkDates(t, s.String())
	})
}
