package extract

import (
	"os"
	"testing"
)

func seedText(b *testing.B) string {
	d, err := os.ReadFile("../seeds/zhenjiang-hightech-2024.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(d)
}

// BenchmarkExtract is the whole of extraction on the seed document.
func BenchmarkExtract(b *testing.B) {
	e := testExtractor(b, Options{})
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n += len(e.Extract(text))
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "claims/s")
}

// BenchmarkScan is the candidate scan and the patterns, without context.
func BenchmarkScan(b *testing.B) {
	e := testExtractor(b, Options{})
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.scan(newView(text, nil))
	}
}

// BenchmarkSuffix is the unit match after every number of the seed.
func BenchmarkSuffix(b *testing.B) {
	r := newView(seedText(b), nil).r
	var at []int
	for i := 1; i < len(r); i++ {
		if isDigit(r[i-1]) && !isDigit(r[i]) && r[i] != '.' {
			at = append(at, i)
		}
	}
	b.SetBytes(int64(len(at) * 3 * 8)) // the runes looked at, roughly
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, k := range at {
			suffixAt(r, k)
		}
	}
}

// BenchmarkSegmentClause is jieba on one clause, as context needs it.
func BenchmarkSegmentClause(b *testing.B) {
	e := testExtractor(b, Options{})
	clause := "全年规上工业增加值预计增长10%、规上工业总产值增长8.9%"
	b.SetBytes(int64(len(clause)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.seg.Tag(clause)
	}
}
