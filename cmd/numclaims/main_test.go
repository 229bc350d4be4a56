package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parquet-go/parquet-go"
	"golang.org/x/text/encoding/simplifiedchinese"

	"numclaims/schema"
)

// sample is a short document with claims in every common kind.
const sample = "2024年，全区实现地区生产总值160.4亿元，同比增长5.2%，高于全市1.3个百分点。\n新增高新技术企业35家，预计全年研发投入超过10亿元。\n"

// seedsDir is the repository's sample documents.
const seedsDir = "../../seeds"

// numclaims runs the command line in dir (the test's cwd when empty) and
// returns its exit code, stdout and stderr.
func numclaims(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// writeFiles creates files under dir, with their directories.
func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readParquet decodes the rows of out/claims.parquet and out/documents.parquet.
func readParquet(t *testing.T, out string) ([]schema.Claim, []schema.Document) {
	t.Helper()
	claims, err := parquet.ReadFile[schema.Claim](filepath.Join(out, "claims.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := parquet.ReadFile[schema.Document](filepath.Join(out, "documents.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	return claims, docs
}

func gbk(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// wantDoc is what a test checks of one documents row.
type wantDoc struct {
	id, source string
	status     string
	err        string // substring of the error; "" when ok
	chars      int    // -1: not checked
}

// TestBadInput checks that every bad input becomes its own error row, with
// a message naming the place and what to try, while the rest are written.
func TestBadInput(t *testing.T) {
	gbkText := "镇江高新区2024年地区生产总值增长5.2%。"
	gbkBytes := gbk(t, gbkText)
	firstNonASCII := bytes.IndexFunc(gbkBytes, func(r rune) bool { return r >= utf8.RuneSelf })
	noRead := os.Geteuid() == 0 // root reads files whatever their mode

	tests := []struct {
		name      string
		files     map[string][]byte
		args      []string // flags, then inputs (relative to the temp dir)
		setup     func(t *testing.T, dir string)
		skip      bool
		code      int
		docs      []wantDoc
		stderr    string // substring of stderr
		claimless bool   // no claims may be written
	}{{
		name:   "invalid UTF-8 with --encoding utf-8",
		files:  map[string][]byte{"x.txt": gbkBytes},
		args:   []string{"--encoding", "utf-8", "x.txt"},
		code:   exitFailed,
		docs:   []wantDoc{{"x", "x.txt", "error", fmt.Sprintf("byte %d: invalid UTF-8 (GBK file? try --encoding gbk)", firstNonASCII), -1}},
		stderr: fmt.Sprintf("numclaims: x.txt: byte %d: invalid UTF-8 (GBK file? try --encoding gbk)\n", firstNonASCII),
	}, {
		name:  "GBK detected with --encoding auto",
		files: map[string][]byte{"x.txt": gbkBytes},
		args:  []string{"x.txt"},
		code:  exitOK,
		docs:  []wantDoc{{"x", "x.txt", "ok", "", utf8.RuneCountInString(gbkText)}},
	}, {
		name:  "GBK forced",
		files: map[string][]byte{"x.txt": gbkBytes},
		args:  []string{"--encoding", "gbk", "x.txt"},
		code:  exitOK,
		docs:  []wantDoc{{"x", "x.txt", "ok", "", utf8.RuneCountInString(gbkText)}},
	}, {
		name:  "GB18030 forced",
		files: map[string][]byte{"x.txt": gbkBytes},
		args:  []string{"--encoding", "gb18030", "x.txt"},
		code:  exitOK,
		docs:  []wantDoc{{"x", "x.txt", "ok", "", utf8.RuneCountInString(gbkText)}},
	}, {
		name:  "invalid GBK forced",
		files: map[string][]byte{"x.txt": append([]byte("ab"), 0x81, 0x20, 'c')},
		args:  []string{"--encoding", "gbk", "x.txt"},
		code:  exitFailed,
		docs:  []wantDoc{{"x", "x.txt", "error", "byte 2: invalid GBK", -1}},
	}, {
		name:  "not UTF-8 and not Chinese",
		files: map[string][]byte{"latin1.txt": []byte("caf\xe9 cr\xe8me")},
		args:  []string{"latin1.txt"},
		code:  exitFailed,
		docs:  []wantDoc{{"latin1", "latin1.txt", "error", "byte 3: invalid UTF-8", -1}},
	}, {
		name:      "NUL bytes",
		files:     map[string][]byte{"bin.txt": []byte("增长5%\x00\x01\x02")},
		args:      []string{"bin.txt"},
		code:      exitFailed,
		docs:      []wantDoc{{"bin", "bin.txt", "error", "byte 8: NUL byte: binary file", -1}},
		claimless: true,
	}, {
		name:  "empty file",
		files: map[string][]byte{"empty.txt": nil},
		args:  []string{"empty.txt"},
		code:  exitOK,
		docs:  []wantDoc{{"empty", "empty.txt", "ok", "", 0}},
	}, {
		name:  "BOM and CRLF",
		files: map[string][]byte{"bom.md": []byte("\xef\xbb\xbf增长5%\r\n下降3%\r\n")},
		args:  []string{"bom.md"},
		code:  exitOK,
		docs:  []wantDoc{{"bom", "bom.md", "ok", "", 12}},
	}, {
		name:  "missing path",
		files: map[string][]byte{"a.txt": []byte(sample), "c.txt": []byte(sample)},
		args:  []string{"a.txt", "nope.txt", "c.txt"},
		code:  exitFailed,
		docs: []wantDoc{
			{"a", "a.txt", "ok", "", -1},
			{"nope", "nope.txt", "error", "no such file or directory", -1},
			{"c", "c.txt", "ok", "", -1},
		},
		stderr: "numclaims: nope.txt: no such file or directory\n",
	}, {
		name:  "glob with no match",
		files: map[string][]byte{"a.txt": []byte(sample)},
		args:  []string{"none/*.txt", "a.txt"},
		code:  exitFailed,
		docs: []wantDoc{
			{"*", "none/*.txt", "error", "no files match", -1},
			{"a", "a.txt", "ok", "", -1},
		},
	}, {
		name:  "unreadable file",
		files: map[string][]byte{"a.txt": []byte(sample), "secret.txt": []byte(sample)},
		setup: func(t *testing.T, dir string) { os.Chmod(filepath.Join(dir, "secret.txt"), 0) },
		skip:  noRead,
		args:  []string{"secret.txt", "a.txt"},
		code:  exitFailed,
		docs: []wantDoc{
			{"secret", "secret.txt", "error", "permission denied", -1},
			{"a", "a.txt", "ok", "", -1},
		},
	}, {
		name:  "unreadable directory",
		files: map[string][]byte{"d/a.txt": []byte(sample), "d/locked/b.txt": []byte(sample)},
		setup: func(t *testing.T, dir string) {
			p := filepath.Join(dir, "d", "locked")
			os.Chmod(p, 0)
			t.Cleanup(func() { os.Chmod(p, 0o755) })
		},
		skip: noRead,
		args: []string{"d"},
		code: exitFailed,
		docs: []wantDoc{
			{"a", "d/a.txt", "ok", "", -1},
			{"locked", "d/locked", "error", "permission denied", -1},
		},
	}, {
		name: "bad JSONL lines",
		files: map[string][]byte{"docs.jsonl": []byte(strings.Join([]string{
			`{"id": "a", "text": "增长5%"}`,
			`{"id": "b", "text": "增长5%"`,
			``,
			`{"id": "c", "body": "增长5%"}`,
			`[1, 2]`,
			`{"id": {}, "text": "增长5%"}`,
			`{"id": "f", "text": 5}`,
			"{\"id\": 12345678901234567890, \"text\": \"下降3%\"}\r",
			`{"text": "无编号"}`,
		}, "\n"))},
		args: []string{"docs.jsonl"},
		code: exitFailed,
		docs: []wantDoc{
			{"a", "docs.jsonl#1", "ok", "", 4},
			{"docs#2", "docs.jsonl#2", "error", "invalid JSON", -1},
			{"c", "docs.jsonl#4", "error", `no "text" field (choose the text field with --text-field)`, -1},
			{"docs#5", "docs.jsonl#5", "error", "not a JSON object", -1},
			{"docs#6", "docs.jsonl#6", "error", `field "id" is an object, want a string or a number`, -1},
			{"f", "docs.jsonl#7", "error", `field "text" is a number, want a string`, -1},
			{"12345678901234567890", "docs.jsonl#8", "ok", "", 4},
			{"docs#9", "docs.jsonl#9", "ok", "", 3},
		},
		stderr: "numclaims: docs.jsonl#2: byte ",
	}, {
		name:  "JSONL field flags",
		files: map[string][]byte{"d.jsonl": []byte(`{"key": 7, "body": "增长5%"}` + "\n")},
		args:  []string{"--id-field", "key", "--text-field", "body", "d.jsonl"},
		code:  exitOK,
		docs:  []wantDoc{{"7", "d.jsonl#1", "ok", "", 4}},
	}, {
		name:  "GBK JSONL line",
		files: map[string][]byte{"g.jsonl": append(append([]byte(`{"id": "g", "text": "`), gbkBytes...), `"}`...)},
		args:  []string{"g.jsonl"},
		code:  exitOK,
		docs:  []wantDoc{{"g", "g.jsonl#1", "ok", "", utf8.RuneCountInString(gbkText)}},
	}, {
		name:  "long JSONL line",
		files: map[string][]byte{"long.jsonl": []byte(`{"id": "L", "text": "` + strings.Repeat("高新区发展。", 300_000) + `"}`)},
		args:  []string{"long.jsonl"},
		code:  exitOK,
		docs:  []wantDoc{{"L", "long.jsonl#1", "ok", "", 6 * 300_000}},
	}, {
		name: "directory walk",
		files: map[string][]byte{
			"d/b.txt": []byte(sample), "d/a/z.md": []byte(sample), "d/c.csv": []byte(sample),
			"d/.hidden.txt": []byte(sample), "d/.git/x.txt": []byte(sample), "d/e.JSONL": []byte(`{"id":"e","text":"x"}`),
		},
		args: []string{"d"},
		code: exitOK,
		docs: []wantDoc{
			{"z", "d/a/z.md", "ok", "", -1},
			{"b", "d/b.txt", "ok", "", -1},
			{"e", "d/e.JSONL#1", "ok", "", 1},
		},
	}, {
		name:  "glob",
		files: map[string][]byte{"g/2.txt": []byte(sample), "g/1.txt": []byte(sample), "g/3.md": []byte(sample)},
		args:  []string{"g/*.txt"},
		code:  exitOK,
		docs:  []wantDoc{{"1", "g/1.txt", "ok", "", -1}, {"2", "g/2.txt", "ok", "", -1}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip {
				t.Skip("running as root: file modes do not stop reading")
			}
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			t.Chdir(dir)
			args := append([]string{"extract", "-o", "out", "--workers", "3"}, tt.args...)
			code, _, stderr := numclaims(t, "", args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tt.stderr, stderr)
			}
			claims, docs := readParquet(t, "out")
			if len(docs) != len(tt.docs) {
				t.Fatalf("%d documents rows, want %d: %+v", len(docs), len(tt.docs), docs)
			}
			nclaims := map[string]int32{}
			for _, c := range claims {
				nclaims[c.Source]++
			}
			for i, w := range tt.docs {
				d := docs[i]
				if d.DocID != w.id || d.Source != w.source || d.Status != w.status {
					t.Errorf("row %d: doc_id %q, source %q, status %q; want %q, %q, %q", i, d.DocID, d.Source, d.Status, w.id, w.source, w.status)
				}
				switch {
				case w.err == "" && d.Error != nil:
					t.Errorf("row %d: error %q, want none", i, *d.Error)
				case w.err != "" && (d.Error == nil || !strings.Contains(*d.Error, w.err)):
					t.Errorf("row %d: error %v, want it to contain %q", i, ptr(d.Error), w.err)
				}
				if w.err != "" && !strings.Contains(stderr, "numclaims: "+d.Source+": ") {
					t.Errorf("row %d: no line for %s on stderr:\n%s", i, d.Source, stderr)
				}
				if w.chars >= 0 && d.Chars != int64(w.chars) {
					t.Errorf("row %d: chars %d, want %d", i, d.Chars, w.chars)
				}
				if d.Claims != nclaims[d.Source] {
					t.Errorf("row %d: claims %d, but %d claims rows", i, d.Claims, nclaims[d.Source])
				}
				if d.Status == schema.StatusOK && len(d.SHA256) != 64 {
					t.Errorf("row %d: sha256 %q", i, d.SHA256)
				}
			}
			if tt.claimless && len(claims) > 0 {
				t.Errorf("%d claims from a failed document", len(claims))
			}
			if !summaryRE.MatchString(stderr) {
				t.Errorf("no summary line on stderr:\n%s", stderr)
			}
		})
	}
}

func ptr(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

var summaryRE = regexp.MustCompile(`(?m)^numclaims: \d+ documents \(\d+ ok, \d+ failed\), \d+ claims, \d+\.\d\d MB in \d+\.\d\ds \(\d+\.\d\d MB/s, \d+ docs/s, \d+ claims/s, peak RSS \d+ MB\)\n\z`)

// TestEmptyFileRow checks the exact row of an empty document.
func TestEmptyFileRow(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"empty.txt": nil})
	out := filepath.Join(dir, "out")
	code, _, stderr := numclaims(t, "", "extract", "-o", out, filepath.Join(dir, "empty.txt"))
	if code != exitOK {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	_, docs := readParquet(t, out)
	want := schema.Document{DocID: "empty", Source: filepath.Join(dir, "empty.txt"), Status: "ok",
		SHA256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}
	if len(docs) != 1 || docs[0] != want {
		t.Errorf("rows %+v, want %+v", docs, want)
	}
	if !strings.HasPrefix(stderr, "numclaims: 1 documents (1 ok, 0 failed), 0 claims, 0.00 MB in ") {
		t.Errorf("summary %q", stderr)
	}
}

// TestPanicIsErrorRow checks that a panic inside the extractor becomes an
// error row instead of ending the run.
func TestPanicIsErrorRow(t *testing.T) {
	r := process(panicky{}, job{seq: 3, source: "p.txt", id: "p", raw: []byte("增长5%")}, options{encoding: encAuto})
	if r.seq != 3 || r.doc.Status != schema.StatusError || r.doc.Error == nil || !strings.Contains(*r.doc.Error, "extractor panicked: boom") {
		t.Errorf("got %+v, error %v", r.doc, ptr(r.doc.Error))
	}
	if r.claims != nil || r.doc.Claims != 0 || r.doc.SHA256 == "" {
		t.Errorf("got %+v with %d claims", r.doc, len(r.claims))
	}
}

type panicky struct{}

func (panicky) Extract(string) []schema.Claim { panic("boom") }

// TestDeterministic checks that every worker count writes the same bytes,
// in input order: seeds/, then a JSON Lines file of the seeds' paragraphs.
func TestDeterministic(t *testing.T) {
	dir := t.TempDir()
	var jl bytes.Buffer
	seeds, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	n := 0
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for para := range strings.SplitSeq(string(b), "\n\n") {
			if strings.TrimSpace(para) == "" {
				continue
			}
			n++
			rec, _ := json.Marshal(map[string]any{"id": n, "text": para})
			jl.Write(rec)
			jl.WriteByte('\n')
		}
	}
	writeFiles(t, dir, map[string][]byte{"paras.jsonl": jl.Bytes()})

	outputs := map[int]map[string][]byte{}
	for _, workers := range []int{1, 4, 16} {
		out := filepath.Join(dir, fmt.Sprint("out", workers))
		code, _, stderr := numclaims(t, "", "extract", "--format", "jsonl", "--workers", fmt.Sprint(workers),
			"-o", out, seedsDir, filepath.Join(dir, "paras.jsonl"))
		if code != exitOK {
			t.Fatalf("--workers %d: exit code %d; stderr:\n%s", workers, code, stderr)
		}
		files := map[string][]byte{}
		ents, err := os.ReadDir(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			b, err := os.ReadFile(filepath.Join(out, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			files[e.Name()] = b
		}
		outputs[workers] = files
	}
	for name, want := range outputs[1] {
		for _, w := range []int{4, 16} {
			if !bytes.Equal(outputs[w][name], want) {
				t.Errorf("%s differs between --workers 1 and --workers %d", name, w)
			}
		}
	}
	docs, claims := 0, 0
	for name, b := range outputs[1] {
		lines := bytes.Count(b, []byte("\n"))
		switch {
		case strings.HasPrefix(name, "documents"):
			docs += lines
		case strings.HasPrefix(name, "claims"):
			claims += lines
		}
	}
	if want := len(seeds) + n; docs != want {
		t.Errorf("%d documents rows, want %d", docs, want)
	}
	// Meaningful once the extractor finds claims in the seeds.
	if claims == 0 {
		t.Errorf("no claims from %d documents: the determinism check compared empty outputs", docs)
	}
}

// TestUsage checks that a bad command line exits 2 and says why.
func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"extract"},
		{"extract", "--bogus", "x.txt"},
		{"extract", "--workers", "0", "x.txt"},
		{"extract", "--workers", "many", "x.txt"},
		{"extract", "--encoding", "latin1", "x.txt"},
		{"extract", "--format", "csv", "x.txt"},
		{"extract", "--compression", "lzo", "x.txt"},
		{"extract", "--format", "parquet", "-o", "-", "x.txt"},
		{"extract", "--stdin-format", "xml", "-"},
		{"schema", "extra"},
	} {
		code, stdout, stderr := numclaims(t, "", args...)
		if code != exitUsage || stdout != "" || stderr == "" {
			t.Errorf("%q: exit code %d, stdout %q, stderr %q; want 2, usage on stderr", args, code, stdout, stderr)
		}
	}
}

// TestStdout checks -o -: claims as JSON Lines on stdout, nothing written
// to disk, and standard input as a document.
func TestStdout(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, tt := range []struct {
		name, stdin string
		args        []string
		source, id  string
	}{
		{"text file", "", []string{"doc.txt"}, "doc.txt", "doc"},
		{"stdin text", sample, []string{"-"}, "-", "stdin"},
		{"stdin jsonl", `{"id": "j", "text": ` + jsonString(sample) + "}\n", []string{"-"}, "-#1", "j"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			writeFiles(t, ".", map[string][]byte{"doc.txt": []byte(sample)})
			code, stdout, stderr := numclaims(t, tt.stdin, append([]string{"extract", "-o", "-"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
			}
			if !strings.HasPrefix(stderr, "numclaims: 1 documents (1 ok, 0 failed), ") {
				t.Errorf("stderr %q", stderr)
			}
			ents, _ := os.ReadDir(".")
			if len(ents) != 1 {
				t.Errorf("files written to the working directory: %v", ents)
			}
			dec := json.NewDecoder(strings.NewReader(stdout))
			dec.DisallowUnknownFields()
			n := 0
			for dec.More() {
				var c schema.Claim
				if err := dec.Decode(&c); err != nil {
					t.Fatalf("claim %d: %v\n%s", n, err, stdout)
				}
				if c.DocID != tt.id || c.Source != tt.source || c.ClaimIdx != int32(n) {
					t.Errorf("claim %d: doc_id %q, source %q, claim_idx %d", n, c.DocID, c.Source, c.ClaimIdx)
				}
				if r := []rune(sample); c.End > c.Start && int(c.End) <= len(r) && string(r[c.Start:c.End]) != c.Surface {
					t.Errorf("claim %d: surface %q is not runes[%d:%d]", n, c.Surface, c.Start, c.End)
				}
				n++
			}
			if n == 0 {
				t.Errorf("no claims on stdout from %q", sample)
			}
		})
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestSchema checks that every column is printed with a type and a meaning.
func TestSchema(t *testing.T) {
	code, stdout, _ := numclaims(t, "", "schema")
	if code != exitOK {
		t.Fatalf("exit code %d", code)
	}
	for _, c := range schema.Columns() {
		if !regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(c.Name) + ` +` + regexp.QuoteMeta(c.Type) + ` +` + regexp.QuoteMeta(c.Meaning) + `$`).MatchString(stdout) {
			t.Errorf("column %s.%s missing:\n%s", c.Table, c.Name, stdout)
		}
	}
}

// TestInterrupted checks that a run cancelled before the end leaves no
// output files behind.
func TestInterrupted(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"a.txt": []byte(sample)})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	o := options{out: filepath.Join(dir, "out"), format: formatParquet, workers: 2, encoding: encAuto, idField: "id", textField: "text", stdinFormat: stdinAuto}
	var stderr bytes.Buffer
	if code := extractAll(ctx, o, []string{filepath.Join(dir, "a.txt")}, nil, io.Discard, &stderr); code != exitInterrupted {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitInterrupted, stderr.String())
	}
	ents, _ := os.ReadDir(o.out)
	if len(ents) != 0 {
		t.Errorf("files left behind: %v", ents)
	}
}

// TestTrimpathBinary builds the command with -trimpath and runs the copy
// from a directory far from the source tree and the module cache: the
// dictionaries it needs must be inside the binary.
func TestTrimpathBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "numclaims")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-trimpath", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	work := filepath.Join(tmp, "work")
	writeFiles(t, work, map[string][]byte{"doc.txt": []byte(sample)})
	cmd := exec.Command(bin, "extract", "-o", "out", "doc.txt")
	cmd.Dir = work
	cmd.Env = []string{"HOME=" + work, "TMPDIR=" + tmp, "GOPATH=" + filepath.Join(tmp, "nogopath"), "GOMODCACHE=" + filepath.Join(tmp, "nomodcache")}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !summaryRE.Match(out) {
		t.Errorf("no summary line:\n%s", out)
	}
	_, docs := readParquet(t, filepath.Join(work, "out"))
	if len(docs) != 1 || docs[0].Status != schema.StatusOK {
		t.Errorf("documents %+v", docs)
	}
}

// TestNumbers checks that --numbers reaches the extractor: a bare number
// becomes a claim of kind "number" only with the flag.
func TestNumbers(t *testing.T) {
	const text = "项目编号1234。"
	for _, tt := range []struct {
		args []string
		want bool
	}{{nil, false}, {[]string{"--numbers"}, true}} {
		code, stdout, stderr := numclaims(t, text, append(append([]string{"extract", "-o", "-"}, tt.args...), "-")...)
		if code != exitOK {
			t.Fatalf("%q: exit code %d; stderr:\n%s", tt.args, code, stderr)
		}
		if got := strings.Contains(stdout, `"kind":"number"`); got != tt.want {
			t.Errorf("%q: number claim %v, want %v:\n%s", tt.args, got, tt.want, stdout)
		}
	}
}
