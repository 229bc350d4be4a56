package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"reflect"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf8"

	"numclaims/extract"
	"numclaims/output"
	"numclaims/schema"
)

// Values of --format.
const (
	formatParquet = "parquet"
	formatJSONL   = "jsonl"
)

// Values of --stdin-format.
const (
	stdinAuto  = "auto"
	stdinText  = "text"
	stdinJSONL = "jsonl"
)

// options is the extract command line, checked. It flows down unchanged.
type options struct {
	out         string       // output directory, or "-" for claims as JSON Lines on standard output
	format      string       // formatParquet or formatJSONL
	compression string       // Parquet codec: output.Snappy, output.Zstd or output.None
	numbers     bool         // extract.Options.Numbers
	workers     int          // extracting goroutines, at least 1
	encoding    string       // one of encodings
	idField     string       // JSON Lines field holding the document id
	textField   string       // JSON Lines field holding the document text
	stdinFormat string       // how to read "-": stdinAuto, stdinText or stdinJSONL
	progress    bool         // draw a progress line on standard error (a terminal)
	cpuprofile  string       // write a CPU profile here (performance work)
	record      reflect.Type // recordType: a JSON Lines line decodes into it
}

// errUsage marks a bad command line, already reported on stderr.
var errUsage = errors.New("usage")

// parseExtract parses the extract command line. Flags and inputs may come
// in any order; "--" ends the flags. The error is flag.ErrHelp after -h,
// or errUsage after a usage error; either has been reported on stderr.
func parseExtract(args []string, stderr io.Writer) (o options, inputs []string, err error) {
	fs := flag.NewFlagSet("numclaims extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.out, "o", "out", "output `dir`ectory for claims.parquet and documents.parquet; - writes claims as JSON Lines to standard output")
	fs.StringVar(&o.format, "format", "", "output `format`: parquet or jsonl (claims.jsonl and documents.jsonl); default parquet, or jsonl with -o -")
	fs.StringVar(&o.compression, "compression", output.Snappy, "Parquet compression `codec`: snappy (as pandas, DuckDB and Spark write), zstd (files about a quarter smaller, the writer nearly twice as slow) or none")
	fs.BoolVar(&o.numbers, "numbers", false, "also extract every cardinal number with no recognized unit, as kind \"number\"")
	fs.IntVar(&o.workers, "workers", runtime.NumCPU(), "documents extracted in parallel; the output is the same for every `n`")
	fs.StringVar(&o.encoding, "encoding", encAuto, "input `encoding`: "+strings.Join(encodings, ", ")+"; auto reads UTF-8, or GBK/GB18030 when it decodes cleanly to Chinese")
	fs.StringVar(&o.idField, "id-field", "id", "JSON Lines `field` holding the document id (a string or a number)")
	fs.StringVar(&o.textField, "text-field", "text", "JSON Lines `field` holding the document text")
	fs.StringVar(&o.stdinFormat, "stdin-format", stdinAuto, "how to read - (standard input), a `format`: text (one document), jsonl, or auto (jsonl when it starts with '{')")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to `file` (for go tool pprof)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: numclaims extract [flags] INPUT...\n\n"+
			"INPUT is a file, a directory (its .txt, .md and .jsonl files, recursively),\n"+
			"a glob, or - for standard input. A .jsonl file holds one document per line:\n"+
			"{\"id\": ..., \"text\": ...}.\n\nflags:\n")
		fs.PrintDefaults()
	}
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return o, nil, err
			}
			return o, nil, errUsage
		}
		used := len(rest) - fs.NArg()
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		if used > 0 && args[len(args)-len(rest)-1] == "--" {
			inputs = append(inputs, rest...)
			break
		}
		inputs = append(inputs, rest[0])
		rest = rest[1:]
	}
	bad := func(format string, a ...any) (options, []string, error) {
		fmt.Fprintf(stderr, "numclaims extract: "+format+"\n", a...)
		fs.Usage()
		return o, nil, errUsage
	}
	if o.format == "" {
		o.format = formatParquet
		if o.out == "-" {
			o.format = formatJSONL
		}
	}
	switch {
	case len(inputs) == 0:
		return bad("no INPUT given (name files or directories, or - for standard input)")
	case o.format != formatParquet && o.format != formatJSONL:
		return bad("--format %q: want parquet or jsonl", o.format)
	case o.format == formatParquet && o.out == "-":
		return bad("-o - writes JSON Lines to standard output; Parquet needs a directory")
	case o.out == "":
		return bad("-o is empty: name an output directory")
	case o.workers < 1:
		return bad("--workers %d: want 1 or more", o.workers)
	case o.compression != output.Snappy && o.compression != output.Zstd && o.compression != output.None:
		return bad("--compression %q: want snappy, zstd or none", o.compression)
	case !slices.Contains(encodings, o.encoding):
		return bad("--encoding %q: want one of %s", o.encoding, strings.Join(encodings, ", "))
	case o.stdinFormat != stdinAuto && o.stdinFormat != stdinText && o.stdinFormat != stdinJSONL:
		return bad("--stdin-format %q: want auto, text or jsonl", o.stdinFormat)
	case o.idField == "" || o.textField == "":
		return bad("--id-field and --text-field must not be empty")
	}
	o.record = recordType(o)
	return o, inputs, nil
}

// runExtract runs `numclaims extract`.
func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, args, err := parseExtract(args, stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case err != nil:
		return exitUsage
	}
	o.progress = isTerminal(stderr)
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "numclaims: --cpuprofile: %v\n", err)
			return exitUsage
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "numclaims: --cpuprofile: %v\n", err)
			return exitUsage
		}
		defer pprof.StopCPUProfile()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	context.AfterFunc(ctx, stop) // a second interrupt ends the process at once
	return extractAll(ctx, o, args, stdin, stdout, stderr)
}

// The window bounds the text between the reader and the writer: 16 MiB,
// in tokens of 4 KiB. That is room for the reader to run ahead while the
// dictionary loads (it prepares about that much in the time), and costs
// about 20 MB of resident memory; 64 MiB cost 140 MB for no more speed.
const (
	windowToken = 4 << 10
	windowCap   = 16 << 20 / windowToken
)

// windowTokens is what a document holds of the window: one token per
// started windowToken bytes, and at most the whole window.
func windowTokens(j job) int {
	if j.pre != nil {
		return j.pre.tokens
	}
	return min(1+len(j.raw)/windowToken, windowCap)
}

// A result is one processed document, on its way to the writer.
type result struct {
	tokens int // window tokens the document holds
	seq    int
	doc    schema.Document
	claims []schema.Claim
	text   string // prepare's output, for extraction
}

// extractAll runs the pipeline: one goroutine reads documents in input
// order, o.workers goroutines extract, and this goroutine writes results
// back in input order. At most window documents are between the reader and
// the writer at any time, so memory stays bounded however large the input.
func extractAll(ctx context.Context, o options, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	start := time.Now()
	ins := expandInputs(args)

	w, err := createWriter(o, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "numclaims: %v\n", err)
		return exitFailed
	}
	spareP(o.workers)
	if os.Getenv("GOGC") == "" {
		// The Go heap is small next to jieba's dictionary (about 60 MB
		// live); collecting at 200% instead of 100% halves the collections.
		// --workers 2 on the bench corpus: 2.03 → 1.83 s (medians of 5
		// paired runs), peak RSS 157 → 200 MB.
		debug.SetGCPercent(200)
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The documents read and not yet written hold tokens of window: one
	// per started windowToken bytes. Small documents flow freely (a slow
	// one does not stall the others behind it in the order), while the
	// memory they hold stays bounded however large the input.
	window := make(chan struct{}, windowCap)
	jobs := make(chan []job, windowCap)       // never full: each batch holds a token of window
	results := make(chan []result, windowCap) // likewise

	// The reader starts while jieba loads its dictionary (a fifth of a
	// second on one core) and meanwhile does the workers' first step
	// itself, checksums, decoding and JSON, on the core that would idle.
	var segReady atomic.Bool
	go func() {
		defer close(jobs)
		f := feeder{window: window, jobs: jobs, done: ctx.Done()}
		readInputs(ins, stdin, o, func(j job) bool {
			if !segReady.Load() {
				r := prepare(j, o)
				j.pre, j.raw = &r, nil
			}
			return f.add(j, windowTokens(j))
		})
		f.flush()
	}()
	seg, err := extract.NewSegmenter()
	if err != nil {
		cancel()
		w.Abort()
		fmt.Fprintf(stderr, "numclaims: %v\n", err)
		return exitFailed
	}
	segReady.Store(true)
	// One Segmenter serves every worker; it stays open until they return.
	ex := extract.New(seg, extract.Options{Numbers: o.numbers})

	// Workers also watch ctx: on an interrupt the reader may be blocked
	// reading standard input and never close jobs.
	var wg sync.WaitGroup
	for range o.workers {
		wg.Go(func() {
			for {
				var batch []job
				select {
				case b, ok := <-jobs:
					if !ok {
						return
					}
					batch = b
				case <-ctx.Done():
					return
				}
				rs := make([]result, len(batch))
				for i, j := range batch {
					rs[i] = process(ex, j, o)
				}
				select {
				case results <- rs:
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	defer func() {
		cancel()
		wg.Wait()
		// Referenced to the end: gojieba's finalizer frees the dictionary
		// once it is unreachable, and must not while a worker is in jieba.
		// Not closed: freeing 80 MB and trimming the heap costs a tenth of
		// a second that an exiting process does not need to spend.
		runtime.KeepAlive(seg)
	}()

	st := newStats(start, totalSize(ins), o.progress, stderr)
	var tick <-chan time.Time
	if o.progress {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		tick = t.C
	}
	pending := make(map[int]result) // results that came before their turn; at most cap(window)
	next := 0
	for {
		select {
		case <-ctx.Done():
			return interrupted(w, st)
		case <-tick:
			st.progress()
			continue
		case rs, ok := <-results:
			if !ok {
				if ctx.Err() != nil {
					return interrupted(w, st)
				}
				if err := w.Close(); err != nil {
					st.clear()
					fmt.Fprintf(stderr, "numclaims: %v\n", err)
					return exitFailed
				}
				st.summary()
				if st.failed > 0 {
					return exitFailed
				}
				return exitOK
			}
			for _, r := range rs {
				pending[r.seq] = r
			}
		}
		for r, ok := pending[next]; ok; r, ok = pending[next] {
			delete(pending, next)
			next++
			for range r.tokens {
				<-window
			}
			if err := w.Write(r.doc, r.claims); err != nil {
				st.clear()
				fmt.Fprintf(stderr, "numclaims: %v\n", err)
				if aerr := w.Abort(); aerr != nil {
					fmt.Fprintf(stderr, "numclaims: %v\n", aerr)
				}
				return exitFailed
			}
			st.add(r)
		}
	}
}

// interrupted discards the output after SIGINT or SIGTERM.
func interrupted(w output.Writer, st *stats) int {
	st.clear()
	if err := w.Abort(); err != nil {
		fmt.Fprintf(st.stderr, "numclaims: %v\n", err)
	}
	fmt.Fprintf(st.stderr, "numclaims: interrupted after %d documents; no output written\n", st.docs)
	return exitInterrupted
}

// spareP gives the reader and the writer a P of their own when the workers
// would take every P, unless GOMAXPROCS is set: one P more than the workers,
// and never more than one above the CPUs. A worker spends about a fifth of
// its time in jieba's C code, and a goroutine in a C call keeps its P until
// the runtime takes it back. With one P per worker, a trace of the bench
// corpus showed the reader waiting 1.8 s and the writer 1.4 s for a P in a
// 3 s run, and the workers then waiting for documents. With the spare P,
// --workers 2 on 2 cores ran in 2.33 s instead of 2.67 s (medians of 6
// paired runs).
func spareP(workers int) {
	if n := runtime.GOMAXPROCS(0); os.Getenv("GOMAXPROCS") == "" && n <= workers {
		runtime.GOMAXPROCS(n + 1)
	}
}

// extractor is what process needs of *extract.Extractor.
type extractor interface {
	Extract(text string) []schema.Claim
}

// process turns one document as read into its documents row and claims.
// It never panics: a panic inside the extractor becomes an error row.
func process(ex extractor, j job, o options) (r result) {
	if j.pre != nil {
		r = *j.pre
	} else {
		r = prepare(j, o)
	}
	if r.doc.Status != schema.StatusOK {
		return r
	}
	text := r.text
	r.text = ""
	defer func() {
		if p := recover(); p != nil {
			r.claims = nil
			r = failed(r, fmt.Errorf("extractor panicked: %v (a bug in numclaims: please report it with this document)", p))
		}
	}()
	r.claims = ex.Extract(text)
	for i := range r.claims {
		r.claims[i].DocID = r.doc.DocID
		r.claims[i].Source = r.doc.Source
	}
	r.doc.Claims = int32(len(r.claims))
	return r
}

// prepare does what comes before extraction: the documents row's checksum,
// size and length, and the text, decoded and out of its JSON record. A
// document that fails here is an error row.
func prepare(j job, o options) (r result) {
	r.seq = j.seq
	r.tokens = windowTokens(j)
	r.doc = schema.Document{DocID: j.id, Source: j.source, Status: schema.StatusOK}
	if j.err != nil {
		return failed(r, j.err)
	}
	sum := sha256.Sum256(j.raw)
	r.doc.Bytes = int64(len(j.raw))
	r.doc.SHA256 = hex.EncodeToString(sum[:])
	text, err := decodeText(j.raw, o.encoding)
	if err == nil && j.jsonl {
		text, err = parseRecord(text, o, o.record, &r.doc.DocID)
	}
	if err != nil {
		return failed(r, err)
	}
	r.doc.Chars = int64(extract.CountRunes(text)) // decodeText returns valid UTF-8
	r.text = text
	return r
}

// failed marks r's document as an error row.
func failed(r result, err error) result {
	msg := err.Error()
	r.doc.Status = schema.StatusError
	r.doc.Error = &msg
	r.doc.Chars = 0
	r.doc.Claims = 0
	r.claims = nil
	r.text = ""
	return r
}

// recordType is the Go type a JSON Lines record decodes into: a struct of
// two fields, named at run time by --id-field and --text-field. Decoding
// into it reads the line once, where a map of raw values reads the text
// three times; on the bench corpus that was an eighth of all CPU time.
func recordType(o options) reflect.Type {
	return reflect.StructOf([]reflect.StructField{
		{Name: "ID", Type: reflect.TypeFor[json.RawMessage](), Tag: reflect.StructTag(fmt.Sprintf(`json:%q`, o.idField))},
		{Name: "Text", Type: reflect.TypeFor[*string](), Tag: reflect.StructTag(fmt.Sprintf(`json:%q`, o.textField))},
	})
}

// parseRecord returns the text of one JSON Lines record and sets *id to its
// id when it has one. rt is recordType(o).
func parseRecord(line string, o options, rt reflect.Type, id *string) (string, error) {
	if rawID, text, hasText, ok := fastRecord(line, o.idField, o.textField); ok && hasText && strings.IndexByte(text, 0) < 0 {
		switch {
		case rawID == "" || rawID == "null":
		case rawID[0] == '"':
			p := scanner{s: rawID}
			if s, ok := p.str(); ok && s != "" {
				*id = s
			}
		case isNumber(rawID):
			*id = rawID
		default:
			return "", fmt.Errorf("field %q is %s, want a string or a number (choose the id field with --id-field)", o.idField, jsonType(json.RawMessage(rawID)))
		}
		return text, nil
	}
	rec := reflect.New(rt)
	var textErr error
	if err := json.Unmarshal([]byte(line), rec.Interface()); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return "", fmt.Errorf("byte %d: invalid JSON: %v (each line must be one JSON object, like {%q: ..., %q: ...})", se.Offset, err, o.idField, o.textField)
		case errors.As(err, &te) && (te.Field == o.textField || te.Field == "Text"):
			// decoding went on past the text: the id is there for the error row
			textErr = fmt.Errorf("field %q is %s, want a string (choose the text field with --text-field)", o.textField, jsonKind(te.Value))
		default:
			return "", fmt.Errorf("not a JSON object (each line must be one JSON object, like {%q: ..., %q: ...})", o.idField, o.textField)
		}
	}
	if raw := rec.Elem().Field(0).Interface().(json.RawMessage); raw != nil {
		var s string
		var n json.Number
		switch {
		case string(raw) == "null":
		case json.Unmarshal(raw, &s) == nil:
			if s != "" {
				*id = s
			}
		case json.Unmarshal(raw, &n) == nil:
			*id = n.String()
		default:
			return "", fmt.Errorf("field %q is %s, want a string or a number (choose the id field with --id-field)", o.idField, jsonType(raw))
		}
	}
	if textErr != nil {
		return "", textErr
	}
	tp := rec.Elem().Field(1).Interface().(*string)
	if tp == nil {
		return "", fmt.Errorf("no %q field (choose the text field with --text-field), or it is null", o.textField)
	}
	text := *tp
	if i := strings.IndexByte(text, 0); i >= 0 {
		return "", fmt.Errorf("field %q: character %d is NUL (\\u0000): %w", o.textField, utf8.RuneCountInString(text[:i]), errBinary)
	}
	return text, nil
}

// jsonKind names a JSON type as encoding/json reports it in an
// UnmarshalTypeError ("number", "object", "array", "bool").
func jsonKind(v string) string {
	switch v {
	case "object":
		return "an object"
	case "array":
		return "an array"
	case "bool":
		return "a boolean"
	}
	return "a " + v
}

// jsonType names the JSON type of a value for an error message.
func jsonType(raw json.RawMessage) string {
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
