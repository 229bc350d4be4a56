package output_test

import (
	"io"
	"testing"

	"numclaims/output"
	"numclaims/schema"
)

// BenchmarkParquetWrite writes documents of 20 claims each to discarding
// sinks; bytes are the claims' text fields (surface, sentence, metric…).
func BenchmarkParquetWrite(b *testing.B) {
	claims := manyClaims("bench-doc", 20)
	var size int64
	for _, c := range claims {
		size += int64(len(c.DocID) + len(c.Surface) + len(c.Kind) + len(c.Unit) + len(c.UnitText) +
			len(c.Qualifier) + len(*c.Metric) + len(c.Sentence) + len(c.Source) + 4*3 + 8*3 + 1)
	}
	doc := schema.Document{DocID: "bench-doc", Source: "bench-doc.txt", Claims: 20, Status: schema.StatusOK}
	w := output.NewParquet(io.Discard, io.Discard, output.Meta{Version: "bench"})
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Write(doc, claims); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N*len(claims))/b.Elapsed().Seconds(), "claims/s")
}
