package extract

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary text to Extract: it must not panic, every
// span must be the claim's surface in the original text and lie in its
// sentence, every string must be valid UTF-8, and every value must lie
// within its bounds.
func FuzzExtract(f *testing.F) {
	for _, text := range goldenDocs(f) {
		for _, para := range strings.Split(text, "\n") {
			if len(para) > 10 {
				f.Add(para)
			}
		}
	}
	for _, c := range claimCases {
		text, _, _ := marked(c.in)
		f.Add(text)
	}
	e := testExtractor(f, Options{Numbers: true})
	f.Fuzz(func(t *testing.T, text string) {
		runes := []rune(text) // invalid bytes become U+FFFD, as in the claims' strings
		prev := -1
		for i, c := range e.Extract(text) {
			if int(c.ClaimIdx) != i {
				t.Fatalf("claim %d has claim_idx %d", i, c.ClaimIdx)
			}
			if c.Start < 0 || c.End > int32(len(runes)) || c.Start >= c.End {
				t.Fatalf("span [%d,%d) outside text of %d runes", c.Start, c.End, len(runes))
			}
			if int(c.Start) < prev {
				t.Fatalf("claims not sorted by start: %d after %d", c.Start, prev)
			}
			prev = int(c.Start)
			if got := string(runes[c.Start:c.End]); got != c.Surface {
				t.Fatalf("surface %q but text[%d:%d] is %q", c.Surface, c.Start, c.End, got)
			}
			if !utf8.ValidString(c.Sentence) || !strings.Contains(c.Sentence, c.Surface) {
				t.Fatalf("surface %q not in its sentence %q", c.Surface, c.Sentence)
			}
			if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) {
				t.Fatalf("%q: value %v", c.Surface, c.Value)
			}
			if c.Low != nil && *c.Low > c.Value {
				t.Fatalf("%q: low %v > value %v", c.Surface, *c.Low, c.Value)
			}
			if c.High != nil && *c.High < c.Value {
				t.Fatalf("%q: high %v < value %v", c.Surface, *c.High, c.Value)
			}
		}
	})
}

// FuzzDecodeRunes holds decodeRunes to []rune(s), invalid UTF-8 included.
func FuzzDecodeRunes(f *testing.F) {
	f.Add("增长10%，全年")
	f.Add(strings.Repeat("规上工业增加值预计增长10%；２７，２０３𠀀😀ab\n", 9)) // marks and eight-byte counting
	f.Add("a\xe4\xb8")
	f.Add("\xed\xa0\x80\xe0\x80\xaf")
	f.Fuzz(func(t *testing.T, s string) {
		got, marks, valid := decodeRunes(s, nil, nil)
		if want := []rune(s); string(got) != string(want) || len(got) != len(want) {
			t.Fatalf("decodeRunes(%q) = %q, want %q", s, got, want)
		}
		if valid != utf8.ValidString(s) {
			t.Fatalf("decodeRunes(%q): valid = %v, want %v", s, valid, !valid)
		}
		if !valid {
			return
		}
		if n := CountRunes(s); n != len(got) {
			t.Fatalf("CountRunes(%q) = %d, want %d", s, n, len(got))
		}
		if len(marks) != (len(got)+markEvery-1)/markEvery {
			t.Fatalf("decodeRunes(%q): %d marks for %d runes", s, len(marks), len(got))
		}
		v := view{orig: got, text: s, marks: marks}
		for _, k := range []int{len(got), 0, len(got) / 2, len(got) - 1, 65, 64, 17, 16, 15, 1} {
			if k >= 0 && k <= len(got) {
				if b := v.byteAt(k); b != len(string(got[:k])) {
					t.Fatalf("decodeRunes(%q): byteAt(%d) = %d, want %d", s, k, b, len(string(got[:k])))
				}
			}
		}
	})
}
