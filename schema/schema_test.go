package schema_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"numclaims/schema"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current schema")

// TestSchemaGolden pins the Parquet schema of both files: a column added,
// removed, renamed or retyped shows up as a diff of testdata/*.golden, and
// should come with a bump of schema.Version.
func TestSchemaGolden(t *testing.T) {
	for _, tc := range []struct {
		golden string
		row    any
	}{
		{"claims.schema.golden", schema.Claim{}},
		{"documents.schema.golden", schema.Document{}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			got := goldenSchema(tc.row)
			path := filepath.Join("testdata", tc.golden)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./schema -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("Parquet schema changed (bump schema.Version, then go test ./schema -update):\n--- %s\n%s\n+++ got\n%s", path, want, got)
			}
		})
	}
}

// goldenSchema is the Parquet schema string followed by each column's
// declared encoding, which the schema string leaves out but older readers
// care about (no DELTA_* for strings).
func goldenSchema(row any) string {
	s := parquet.SchemaOf(row)
	var b strings.Builder
	b.WriteString(s.String())
	b.WriteString("\n")
	for _, f := range s.Fields() {
		enc := "default"
		if e := f.Encoding(); e != nil {
			enc = e.String()
		}
		fmt.Fprintf(&b, "# %s encoding: %s\n", f.Name(), enc)
	}
	return b.String()
}

func TestColumnsComplete(t *testing.T) {
	cols := schema.Columns()
	count := map[string]int{}
	seen := map[string]bool{}
	for _, c := range cols {
		count[c.Table]++
		key := c.Table + "." + c.Name
		if seen[key] {
			t.Errorf("column %s listed twice", key)
		}
		seen[key] = true
		if strings.TrimSpace(c.Meaning) == "" {
			t.Errorf("column %s has no meaning: add it to the meanings table in schema/columns.go", key)
		}
		if strings.HasPrefix(c.Type, "unknown") {
			t.Errorf("column %s has type %q, which readers may not handle: use string, int32, int64, float64 or bool", key, c.Type)
		}
	}
	if n := len(parquet.SchemaOf(schema.Claim{}).Fields()); count[schema.TableClaims] != n {
		t.Errorf("claims: %d columns listed, schema has %d", count[schema.TableClaims], n)
	}
	if n := len(parquet.SchemaOf(schema.Document{}).Fields()); count[schema.TableDocuments] != n {
		t.Errorf("documents: %d columns listed, schema has %d", count[schema.TableDocuments], n)
	}
}

func TestColumnsTypes(t *testing.T) {
	want := map[string]string{
		"claims.doc_id":    "string",
		"claims.claim_idx": "int32",
		"claims.start":     "int32",
		"claims.end":       "int32",
		"claims.surface":   "string",
		"claims.kind":      "string",
		"claims.value":     "double",
		"claims.low":       "double (nullable)",
		"claims.high":      "double (nullable)",
		"claims.unit":      "string",
		"claims.unit_text": "string",
		"claims.qualifier": "string",
		"claims.estimate":  "boolean",
		"claims.metric":    "string (nullable)",
		"claims.predicate": "string (nullable)",
		"claims.time":      "string (nullable)",
		"claims.sentence":  "string",
		"claims.source":    "string",

		"documents.doc_id": "string",
		"documents.source": "string",
		"documents.bytes":  "int64",
		"documents.chars":  "int64",
		"documents.claims": "int32",
		"documents.status": "string",
		"documents.error":  "string (nullable)",
		"documents.sha256": "string",
	}
	got := map[string]string{}
	for _, c := range schema.Columns() {
		got[c.Table+"."+c.Name] = c.Type
	}
	if len(got) != len(want) {
		t.Errorf("%d columns, want %d: update this test along with the schema", len(got), len(want))
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: type %q, want %q", k, got[k], w)
		}
	}
	if first := schema.Columns()[0]; first.Table != schema.TableClaims || first.Name != "doc_id" {
		t.Errorf("first column is %s.%s, want claims.doc_id (file order)", first.Table, first.Name)
	}
}

// TestMeaningsUsed catches a meaning left behind after its column was
// removed or renamed.
func TestMeaningsUsed(t *testing.T) {
	names := map[string]bool{}
	for _, c := range schema.Columns() {
		names[c.Name] = true
	}
	for _, name := range schema.MeaningNames() {
		if !names[name] {
			t.Errorf("meanings table has %q, which is no column", name)
		}
	}
}
