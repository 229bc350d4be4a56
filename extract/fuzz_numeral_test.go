package extract

import (
	"math"
	"strconv"
	"testing"
)

// FuzzParseNumber checks that ParseNumber, ParseFraction and
// ParsePercentWords never panic and return finite values, and that a string
// of ASCII digits reads as strconv.ParseFloat reads it.
func FuzzParseNumber(f *testing.F) {
	for _, c := range numberCases {
		f.Add(c.in)
	}
	for _, s := range numberRejects {
		f.Add(s)
	}
	for _, s := range []string{"三分之二", "百分之一点五七", "千分之三", "一又二分之一"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if ok && (math.IsInf(v, 0) || math.IsNaN(v)) {
			t.Fatalf("ParseNumber(%q) = %v, true; want a finite value", s, v)
		}
		if allASCIIDigits(s) {
			want, err := strconv.ParseFloat(s, 64)
			if ok != (err == nil) || ok && v != want {
				t.Fatalf("ParseNumber(%q) = %v, %v; strconv.ParseFloat gives %v, %v", s, v, ok, want, err)
			}
		}
		if v, ok := ParseFraction(s); ok && (math.IsInf(v, 0) || math.IsNaN(v)) {
			t.Fatalf("ParseFraction(%q) = %v, true; want a finite value", s, v)
		}
		if v, ok := ParsePercentWords(s); ok && (math.IsInf(v, 0) || math.IsNaN(v)) {
			t.Fatalf("ParsePercentWords(%q) = %v, true; want a finite value", s, v)
		}
	})
}
