package output_test

import (
	"fmt"

	"numclaims/schema"
)

func ptr[T any](v T) *T { return &v }

// sampleDocs is a small run: a document with claims covering every kind of
// null and non-null optional column, a document without claims, and a
// failed document.
func sampleDocs() ([]schema.Document, [][]schema.Claim) {
	docs := []schema.Document{
		{DocID: "zhenjiang-2024", Source: "seeds/zhenjiang-2024.txt", Bytes: 3012, Chars: 1004, Claims: 3, Status: schema.StatusOK, SHA256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
		{DocID: "empty", Source: "in.jsonl#2", Bytes: 12, Chars: 4, Claims: 0, Status: schema.StatusOK, SHA256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{DocID: "bad", Source: "seeds/bad.txt", Bytes: 900, Chars: 0, Claims: 0, Status: schema.StatusError, Error: ptr("seeds/bad.txt: byte 812: invalid UTF-8 (GBK file? try --encoding gbk)"), SHA256: "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"},
	}
	claims := [][]schema.Claim{
		{
			{DocID: "zhenjiang-2024", ClaimIdx: 0, Start: 10, End: 17, Surface: "160.4亿元", Kind: schema.KindMoney, Value: 16040000000, Low: ptr(16040000000.0), High: ptr(16040000000.0), Unit: "CNY", UnitText: "亿元", Qualifier: schema.QualExact, Metric: ptr("地区生产总值"), Predicate: ptr("达到"), Time: ptr("2024年"), Sentence: "2024年地区生产总值达到160.4亿元。", Source: "seeds/zhenjiang-2024.txt"},
			{DocID: "zhenjiang-2024", ClaimIdx: 1, Start: 30, End: 33, Surface: "10%", Kind: schema.KindPercent, Value: 10, Low: ptr(10.0), Unit: "%", UnitText: "%", Qualifier: schema.QualLowerBound, Estimate: true, Sentence: "预计增长超过10%\n以上 <b>&</b>", Source: "seeds/zhenjiang-2024.txt"},
			{DocID: "zhenjiang-2024", ClaimIdx: 2, Start: 40, End: 47, Surface: "1.2个百分点", Kind: schema.KindPercentagePoint, Value: 0.25, High: ptr(0.25), Unit: "pp", UnitText: "个百分点", Qualifier: schema.QualUpperBound, Predicate: ptr("下降"), Sentence: "下降不到1.2个百分点", Source: "seeds/zhenjiang-2024.txt"},
		},
		nil,
		nil,
	}
	return docs, claims
}

// manyClaims returns n claims of one document with cycling values.
func manyClaims(doc string, n int) []schema.Claim {
	out := make([]schema.Claim, n)
	for i := range out {
		out[i] = schema.Claim{
			DocID: doc, ClaimIdx: int32(i), Start: int32(i * 4), End: int32(i*4 + 3),
			Surface: fmt.Sprintf("%d个", i%1000), Kind: schema.KindCount, Value: float64(i % 1000),
			Low: ptr(float64(i % 1000)), High: ptr(float64(i % 1000)),
			Unit: "个", UnitText: "个", Qualifier: schema.QualExact,
			Metric: ptr("企业"), Sentence: fmt.Sprintf("新增企业%d个。", i%1000), Source: doc + ".txt",
		}
	}
	return out
}
