package schema

import (
	"fmt"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// Table names, as used in Column.Table and in the file names
// claims.parquet and documents.parquet.
const (
	TableClaims    = "claims"
	TableDocuments = "documents"
)

// meanings holds the one-sentence meaning of every column, with its unit,
// keyed by column name. A name shared by both tables (doc_id, source) means
// the same thing in both. Columns fails a test when a column is missing here.
var meanings = map[string]string{
	// claims.parquet
	"doc_id":    "document id: the input file's base name without extension, or the id of a JSONL line",
	"claim_idx": "0-based index of the claim within its document, in order of start",
	"start":     "offset of the span's first code point in the original document text (code points, 0-based, inclusive)",
	"end":       "offset just past the span's last code point in the original document text (code points, exclusive)",
	"surface":   "the span's text, exactly runes[start:end] of the document, e.g. 160.4亿元",
	"kind":      "kind of claim: percent, percentage_point, money, count, quantity, multiple, duration, rank or number",
	"value":     "normalized value, in unit; for a range or a one-sided bound, the stated bound",
	"low":       "lowest value the claim allows, in unit; null when unbounded below",
	"high":      "highest value the claim allows, in unit; null when unbounded above",
	"unit":      "normalized unit code: % (percent points), pp, an ISO 4217 currency (whole units, e.g. CNY, USD/桶), a measure word (个, 家, 股), m, m2, m3, kg, W, kWh, TEU, dwt (deadweight tonnes), tkm/pkm (tonne-/passenger-kilometres), km/h, x, year/month/day/hour (minutes and seconds in hours), point, degC or rank; empty for kind number",
	"unit_text": "the unit as written, magnitude included, e.g. 亿元, 万平方米, 个百分点",
	"qualifier": "how the stated number bounds the true value: exact, approx, lower_bound, upper_bound or range",
	"estimate":  "true when hedged as a forecast or set as a target (预计, 预期, 有望, 目标, 力争…)",
	"metric":    "what is measured, as written nearby, e.g. 规上工业增加值; null when unknown",
	"predicate": "verb or relation, e.g. 增长, 下降, 达到, 占比; null when none",
	"time":      "time reference governing the claim, e.g. 2024年, 全年, 前三季度; null when none",
	"sentence":  "the sentence holding the claim, line breaks inside it kept",
	"source":    "input path; path#N for line N (1-based) of a JSONL file",

	// documents.parquet
	"bytes":  "size of the document text as read, before decoding, in bytes",
	"chars":  "length of the decoded document text, in code points",
	"claims": "number of claims extracted from the document (rows in claims.parquet)",
	"status": "ok, or error when the document could not be read or processed",
	"error":  "what went wrong and what to try; null when status is ok",
	"sha256": "hex SHA-256 of the document bytes as read (64 lower-case hex digits)",
}

// Columns lists every column of claims.parquet, then every column of
// documents.parquet, in file order. Names and types come from the Parquet
// schema of Claim and Document, so they cannot drift from what is written.
func Columns() []Column {
	var cols []Column
	for _, t := range []struct {
		table string
		row   any
	}{
		{TableClaims, Claim{}},
		{TableDocuments, Document{}},
	} {
		for _, f := range parquet.SchemaOf(t.row).Fields() {
			cols = append(cols, Column{
				Table:   t.table,
				Name:    f.Name(),
				Type:    readerType(f),
				Meaning: meanings[f.Name()],
			})
		}
	}
	return cols
}

// readerType names a leaf column's type as a reader (pyarrow, DuckDB,
// pandas) sees it: string, int32, int64, double or boolean, followed by
// " (nullable)" for an optional column. An unexpected type is returned as
// "unknown <physical type>" so that the tests catch it.
func readerType(f parquet.Field) string {
	if !f.Leaf() || f.Repeated() {
		return "unknown " + f.String()
	}
	typ := f.Type()
	var lt format.LogicalTypeValue
	if l := typ.LogicalType(); l != nil {
		lt = l.Value
	}
	signed := func() bool { // plain INT32/INT64, or INT(n,true)
		it, ok := lt.(*format.IntType)
		return lt == nil || (ok && it.IsSigned)
	}
	var name string
	switch typ.Kind() {
	case parquet.ByteArray:
		if _, ok := lt.(*format.StringType); ok {
			name = "string"
		}
	case parquet.Int32:
		if signed() {
			name = "int32"
		}
	case parquet.Int64:
		if signed() {
			name = "int64"
		}
	case parquet.Double:
		name = "double"
	case parquet.Boolean:
		name = "boolean"
	}
	if name == "" {
		name = fmt.Sprintf("unknown %s", typ)
	}
	if f.Optional() {
		name += " (nullable)"
	}
	return name
}
