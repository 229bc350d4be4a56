package extract

import (
	"os"
	"sync/atomic"
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
		e.scan(newView(text, nil), nil)
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

// BenchmarkExtractParallel is extraction alone, no reading or writing, over
// the real excerpts in testdata (about 600 KB, news, reports and market
// briefs), from as many goroutines as -cpu gives. `-cpu 1,2` shows how far
// the extraction itself scales from one core to two: the ceiling for
// numclaims --workers 2 over --workers 1.
func BenchmarkExtractParallel(b *testing.B) {
	e := testExtractor(b, Options{})
	var texts []string
	size := 0
	for _, dir := range []string{"testdata/indep/docs", "testdata/docs"} {
		files, err := os.ReadDir(dir)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			d, err := os.ReadFile(dir + "/" + f.Name())
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(d))
			size += len(d)
		}
	}
	// One op is the whole set, so SetBytes gives the MB/s of the set.
	b.SetBytes(int64(size))
	var next atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			// each op extracts one document's share of the set: the
			// documents taken in turn, so goroutines do not share one
			for range len(texts) {
				e.Extract(texts[int(next.Add(1))%len(texts)])
			}
		}
	})
}
