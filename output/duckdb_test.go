package output_test

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"

	"numclaims/output"
)

// TestDuckDBReadBack opens both files with DuckDB's read_parquet, a reader
// independent of parquet-go, and checks every column's type and some
// values, nulls included.
func TestDuckDBReadBack(t *testing.T) {
	dir := writeSample(t, output.Meta{Version: "v0.0.1"})
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	wantTypes := map[string][]string{
		"claims.parquet": {
			"doc_id VARCHAR", "claim_idx INTEGER", "start INTEGER", "end INTEGER",
			"surface VARCHAR", "kind VARCHAR", "value DOUBLE", "low DOUBLE", "high DOUBLE",
			"unit VARCHAR", "unit_text VARCHAR", "qualifier VARCHAR", "estimate BOOLEAN",
			"metric VARCHAR", "predicate VARCHAR", "time VARCHAR", "sentence VARCHAR", "source VARCHAR",
		},
		"documents.parquet": {
			"doc_id VARCHAR", "source VARCHAR", "bytes BIGINT", "chars BIGINT",
			"claims INTEGER", "status VARCHAR", "error VARCHAR", "sha256 VARCHAR",
		},
	}
	for name, want := range wantTypes {
		rows, err := db.Query("DESCRIBE SELECT * FROM read_parquet(?)", filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var got []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			got = append(got, vals[0].(string)+" "+vals[1].(string)) // column_name, column_type
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		if strings.Join(got, ", ") != strings.Join(want, ", ") {
			t.Errorf("%s: DuckDB sees\n %s\nwant\n %s", name, strings.Join(got, ", "), strings.Join(want, ", "))
		}
	}

	// Values and nulls of the claims.
	claimsPath := filepath.Join(dir, "claims.parquet")
	var (
		n                 int
		surface, unitText string
		value             float64
		low, high         sql.NullFloat64
		metric, predicate sql.NullString
		estimate          bool
		sentence          string
	)
	if err := db.QueryRow(`SELECT count(*) FROM read_parquet(?)`, claimsPath).Scan(&n); err != nil || n != 3 {
		t.Errorf("claims: count %d, %v; want 3", n, err)
	}
	q := `SELECT surface, unit_text, value, low, high, metric, predicate, estimate, sentence
		FROM read_parquet(?) WHERE claim_idx = ?`
	if err := db.QueryRow(q, claimsPath, 0).Scan(&surface, &unitText, &value, &low, &high, &metric, &predicate, &estimate, &sentence); err != nil {
		t.Fatal(err)
	}
	if surface != "160.4亿元" || unitText != "亿元" || value != 16040000000 || !low.Valid || low.Float64 != 16040000000 ||
		!high.Valid || metric.String != "地区生产总值" || predicate.String != "达到" || estimate {
		t.Errorf("claim 0 via DuckDB: %q %q %v %v %v %v %v %v", surface, unitText, value, low, high, metric, predicate, estimate)
	}
	if err := db.QueryRow(q, claimsPath, 1).Scan(&surface, &unitText, &value, &low, &high, &metric, &predicate, &estimate, &sentence); err != nil {
		t.Fatal(err)
	}
	if value != 10 || !low.Valid || high.Valid || metric.Valid || predicate.Valid || !estimate || sentence != "预计增长超过10%\n以上 <b>&</b>" {
		t.Errorf("claim 1 via DuckDB: value %v low %v high %v metric %v predicate %v estimate %v sentence %q",
			value, low, high, metric, predicate, estimate, sentence)
	}
	var nullTimes int
	if err := db.QueryRow(`SELECT count(*) FROM read_parquet(?) WHERE time IS NULL`, claimsPath).Scan(&nullTimes); err != nil || nullTimes != 2 {
		t.Errorf("claims with null time: %d, %v; want 2", nullTimes, err)
	}

	// Documents: an ok row with a null error, a failed row with one.
	docsPath := filepath.Join(dir, "documents.parquet")
	var (
		bytes, chars int64
		claims       int32
		status       string
		errText      sql.NullString
	)
	if err := db.QueryRow(`SELECT bytes, chars, claims, status, error FROM read_parquet(?) WHERE doc_id = 'zhenjiang-2024'`, docsPath).
		Scan(&bytes, &chars, &claims, &status, &errText); err != nil {
		t.Fatal(err)
	}
	if bytes != 3012 || chars != 1004 || claims != 3 || status != "ok" || errText.Valid {
		t.Errorf("document zhenjiang-2024 via DuckDB: %d %d %d %q %v", bytes, chars, claims, status, errText)
	}
	if err := db.QueryRow(`SELECT status, error FROM read_parquet(?) WHERE doc_id = 'bad'`, docsPath).Scan(&status, &errText); err != nil {
		t.Fatal(err)
	}
	if status != "error" || !strings.Contains(errText.String, "invalid UTF-8") {
		t.Errorf("document bad via DuckDB: %q %v", status, errText)
	}

	// Footer metadata as DuckDB sees it.
	var version string
	if err := db.QueryRow(`SELECT decode(value) FROM parquet_kv_metadata(?) WHERE decode(key) = ?`, claimsPath, output.KeyVersion).Scan(&version); err != nil || version != "v0.0.1" {
		t.Errorf("DuckDB footer %s = %q, %v", output.KeyVersion, version, err)
	}
}

// TestDuckDBCodecs reads the claims written with each codec back with
// DuckDB: every codec gives the same rows.
func TestDuckDBCodecs(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	type summary struct {
		rows          int
		value         float64
		sentenceBytes int
	}
	got := map[string]summary{}
	for _, codec := range []string{output.Snappy, output.Zstd, output.None} {
		dir := writeSample(t, output.Meta{Codec: codec})
		var s summary
		err := db.QueryRow("SELECT count(*), sum(value), sum(strlen(sentence)) FROM read_parquet(?)",
			filepath.Join(dir, "claims.parquet")).Scan(&s.rows, &s.value, &s.sentenceBytes)
		if err != nil {
			t.Fatalf("%s: %v", codec, err)
		}
		if s.rows == 0 || s.sentenceBytes == 0 {
			t.Fatalf("%s: %+v: no claims read", codec, s)
		}
		got[codec] = s
	}
	if got[output.Zstd] != got[output.Snappy] || got[output.None] != got[output.Snappy] {
		t.Errorf("codecs read back differently: %+v", got)
	}
}
