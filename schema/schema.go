// Package schema defines the records numclaims writes: one Claim per numeric
// claim and one Document per input document, with their Parquet layout.
//
// The meaning of every field follows ../shared/eval/CLAIMS.md. Struct tags
// fix the Parquet column names, encodings (PLAIN or dictionary for strings,
// never DELTA_LENGTH_BYTE_ARRAY) and nullability (pointer fields are
// optional columns; nil is written as null).
package schema

// Version is the schema version written into every file's footer metadata.
// Bump it when a column is added, removed, renamed or changes meaning.
const Version = "1"

// Kinds of claims (CLAIMS.md, "Kinds and units").
const (
	KindPercent         = "percent"
	KindPercentagePoint = "percentage_point"
	KindMoney           = "money"
	KindCount           = "count"
	KindQuantity        = "quantity"
	KindMultiple        = "multiple"
	KindDuration        = "duration"
	KindRank            = "rank"
	KindNumber          = "number" // only with --numbers: a cardinal with no recognized unit
)

// Qualifiers: how the stated number bounds the true value.
const (
	QualExact      = "exact"
	QualApprox     = "approx"
	QualLowerBound = "lower_bound"
	QualUpperBound = "upper_bound"
	QualRange      = "range"
)

// Document status values.
const (
	StatusOK    = "ok"
	StatusError = "error"
)

// Claim is one numeric claim: one row of claims.parquet.
type Claim struct {
	DocID     string   `parquet:"doc_id,dict" json:"doc_id"`                // document id: file base name without extension, or the JSONL id
	ClaimIdx  int32    `parquet:"claim_idx" json:"claim_idx"`               // 0-based index of the claim within its document, in order of start
	Start     int32    `parquet:"start" json:"start"`                       // code-point offset of the span in the original document text, 0-based, inclusive
	End       int32    `parquet:"end" json:"end"`                           // code-point offset of the span's end, exclusive
	Surface   string   `parquet:"surface,plain" json:"surface"`             // the span's text, exactly runes[start:end] of the document
	Kind      string   `parquet:"kind,dict" json:"kind"`                    // percent, percentage_point, money, count, quantity, multiple, duration, rank or number
	Value     float64  `parquet:"value" json:"value"`                       // normalized value in Unit (for a range or bound: the stated bound)
	Low       *float64 `parquet:"low,optional" json:"low"`                  // lowest value the claim allows, in Unit; null when unbounded below
	High      *float64 `parquet:"high,optional" json:"high"`                // highest value the claim allows, in Unit; null when unbounded above
	Unit      string   `parquet:"unit,dict" json:"unit"`                    // normalized unit code: %, pp, CNY, USD/桶, 个, m2, kg, x, year, rank…
	UnitText  string   `parquet:"unit_text,dict" json:"unit_text"`          // the unit as written, magnitude included: 亿元, 万平方米, 个百分点
	Qualifier string   `parquet:"qualifier,dict" json:"qualifier"`          // exact, approx, lower_bound, upper_bound or range
	Estimate  bool     `parquet:"estimate" json:"estimate"`                 // true when hedged as a forecast or set as a target (预计, 目标, 力争…)
	Metric    *string  `parquet:"metric,optional,plain" json:"metric"`      // what is measured, as written nearby; null when unknown
	Predicate *string  `parquet:"predicate,optional,dict" json:"predicate"` // verb or relation (增长, 下降, 达到, 占比…); null when none
	Time      *string  `parquet:"time,optional,dict" json:"time"`           // time reference governing the claim (2024年, 全年); null when none
	Sentence  string   `parquet:"sentence,plain" json:"sentence"`           // the sentence holding the claim, line breaks inside it kept
	Source    string   `parquet:"source,dict" json:"source"`                // input path; path#N for line N (1-based) of a JSONL file
}

// Document is one input document: one row of documents.parquet. Failed
// documents have a row too, with Status "error" and Error set.
type Document struct {
	DocID  string  `parquet:"doc_id,plain" json:"doc_id"`        // document id, as in claims.parquet
	Source string  `parquet:"source,plain" json:"source"`        // input path; path#N for line N (1-based) of a JSONL file
	Bytes  int64   `parquet:"bytes" json:"bytes"`                // size of the document text as read, in bytes, before decoding
	Chars  int64   `parquet:"chars" json:"chars"`                // length of the decoded text in code points
	Claims int32   `parquet:"claims" json:"claims"`              // number of claims extracted from it
	Status string  `parquet:"status,dict" json:"status"`         // "ok" or "error"
	Error  *string `parquet:"error,optional,plain" json:"error"` // what went wrong and what to try; null when ok
	SHA256 string  `parquet:"sha256,plain" json:"sha256"`        // hex SHA-256 of the document bytes as read
}

// Column describes one column for `numclaims schema`.
type Column struct {
	Table   string // claims or documents
	Name    string // column name
	Type    string // logical type as a reader sees it
	Meaning string // one sentence, with the unit
}
