package output_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"numclaims/output"
	"numclaims/schema"
)

func TestJSONLRoundTrip(t *testing.T) {
	dir := t.TempDir()
	w, err := output.CreateJSONL(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs, claims := sampleDocs()
	for i := range docs {
		if err := w.Write(docs[i], claims[i]); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"claims.jsonl", "documents.jsonl"} {
		if _, err := os.Stat(filepath.Join(dir, name)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s exists before Close (%v)", name, err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := readJSONL[schema.Claim](t, filepath.Join(dir, "claims.jsonl")), slices.Concat(claims...); !reflect.DeepEqual(got, want) {
		t.Errorf("claims read back:\n got %+v\nwant %+v", got, want)
	}
	if got := readJSONL[schema.Document](t, filepath.Join(dir, "documents.jsonl")); !reflect.DeepEqual(got, docs) {
		t.Errorf("documents read back:\n got %+v\nwant %+v", got, docs)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("dir holds %d entries, want 2", len(entries))
	}
}

// TestJSONLText checks the text itself: one object a line, floats as plain
// numbers, nulls as null, HTML characters and Chinese left as written.
func TestJSONLText(t *testing.T) {
	var buf bytes.Buffer
	w := output.NewJSONL(&buf)
	docs, claims := sampleDocs()
	for i := range docs {
		if err := w.Write(docs[i], claims[i]); err != nil {
			t.Fatal(err)
		}
	}
	if buf.Len() != 0 {
		t.Errorf("%d bytes written before Close, want output buffered", buf.Len())
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3 (claims only):\n%s", len(lines), buf.String())
	}
	for _, want := range []string{
		`"value":16040000000,`, `"low":16040000000,`, `"surface":"160.4亿元"`, `"estimate":false`, `"time":"2024年"`,
	} {
		if !strings.Contains(lines[0], want) {
			t.Errorf("line 1 lacks %s:\n%s", want, lines[0])
		}
	}
	for _, want := range []string{`"high":null`, `"metric":null`, `"sentence":"预计增长超过10%\n以上 <b>&</b>"`, `"estimate":true`} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("line 2 lacks %s:\n%s", want, lines[1])
		}
	}
	if !strings.Contains(lines[2], `"value":0.25,`) {
		t.Errorf("line 3 lacks \"value\":0.25:\n%s", lines[2])
	}
	if !strings.HasPrefix(lines[0], `{"doc_id":"zhenjiang-2024","claim_idx":0,"start":10,"end":17,`) {
		t.Errorf("line 1 does not follow column order:\n%s", lines[0])
	}
	if err := w.Write(docs[0], claims[0]); !errors.Is(err, output.ErrClosed) {
		t.Errorf("Write after Close: %v, want ErrClosed", err)
	}
}

func TestJSONLAbort(t *testing.T) {
	dir := t.TempDir()
	w, err := output.CreateJSONL(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs, claims := sampleDocs()
	if err := w.Write(docs[0], claims[0]); err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("after Abort: dir holds %v, want nothing", entries)
	}
}

// TestJSONLNaN checks that a value JSON cannot hold fails the write, names
// the document, and leaves no file behind.
func TestJSONLNaN(t *testing.T) {
	dir := t.TempDir()
	w, err := output.CreateJSONL(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := manyClaims("nan", 1)
	c[0].Value = math.NaN()
	if err := w.Write(schema.Document{DocID: "nan"}, c); err == nil || !strings.Contains(err.Error(), "nan") {
		t.Errorf("Write NaN: %v, want an error naming the document", err)
	}
	if err := w.Close(); err == nil {
		t.Error("Close after a failed Write: no error")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("after failed Close: dir holds %v, want nothing", entries)
	}
}

func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
