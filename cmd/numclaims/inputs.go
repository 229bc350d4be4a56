package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// maxDocBytes bounds one document as read: a text file, or one line of a
// JSON Lines file. Offsets are int32 code points, and the pipeline holds a
// few documents per worker in memory.
const maxDocBytes = 256 << 20

// dirExts are the extensions read from a directory INPUT (case ignored).
// A file named on the command line, or matched by a glob, is read whatever
// its extension.
var dirExts = map[string]bool{".txt": true, ".md": true, ".jsonl": true}

// An input is one file to read, found from an INPUT argument.
type input struct {
	path string // as given, or joined under a directory INPUT; "-" is standard input
	size int64  // size in bytes; -1 when unknown
	err  error  // why it cannot be read; it becomes one documents row with status "error"
}

func (in input) jsonl() bool { return strings.EqualFold(filepath.Ext(in.path), ".jsonl") }

// A job is one document as read, on its way to a worker.
type job struct {
	seq    int     // position in input order, from 0; rows are written in this order
	source string  // input path; path#N for line N of a JSON Lines file; "-" for standard input
	id     string  // doc_id of a text document; for a JSON Lines record, the doc_id used when it has no id
	jsonl  bool    // raw is one JSON Lines record, not a whole text
	raw    []byte  // the document as read
	err    error   // reading failed: the document becomes an error row
	pre    *result // prepare's result, when the reader has done it (raw is then nil)
}

// expandInputs resolves INPUT arguments, in order, into the files to read:
// a directory becomes its .txt, .md and .jsonl files, recursively, in
// lexical order (hidden files and directories skipped); a path that does
// not exist but holds glob metacharacters becomes its matches. Paths that
// cannot be read are kept, with the error, so they get a row.
func expandInputs(args []string) []input {
	var ins []input
	for _, arg := range args {
		if arg == "-" {
			ins = append(ins, input{path: "-", size: -1})
			continue
		}
		fi, err := os.Stat(arg)
		if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(arg, `*?[\`) {
			matches, gerr := filepath.Glob(arg)
			switch {
			case gerr != nil:
				ins = append(ins, input{path: arg, err: fmt.Errorf("bad glob pattern: %w", gerr)})
			case len(matches) == 0:
				ins = append(ins, input{path: arg, err: errors.New("no files match this pattern")})
			}
			for _, m := range matches {
				ins = expandPath(ins, m)
			}
			continue
		}
		if err != nil {
			ins = append(ins, input{path: arg, err: pathError(err)})
			continue
		}
		ins = expandFile(ins, arg, fi)
	}
	return ins
}

// expandPath appends the inputs found at path.
func expandPath(ins []input, path string) []input {
	fi, err := os.Stat(path)
	if err != nil {
		return append(ins, input{path: path, err: pathError(err)})
	}
	return expandFile(ins, path, fi)
}

// expandFile appends path itself, or, for a directory, the files under it.
func expandFile(ins []input, path string, fi fs.FileInfo) []input {
	if !fi.IsDir() {
		return append(ins, input{path: path, size: fi.Size()})
	}
	_ = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// A directory that cannot be listed (fn is called a second time
			// for it) or an entry that vanished.
			ins = append(ins, input{path: p, err: pathError(err)})
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !dirExts[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		fi, err := os.Stat(p) // follows a symlink to a file
		switch {
		case err != nil:
			ins = append(ins, input{path: p, err: pathError(err)})
		case fi.Mode().IsRegular():
			ins = append(ins, input{path: p, size: fi.Size()})
		}
		return nil
	})
	return ins
}

// pathError drops the path from a file system error (the caller prints
// the path first) and says what to check.
func pathError(err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied (check the permissions of the file and its directories)")
	case errors.As(err, &pe):
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// totalSize returns the bytes to read, or -1 when unknown (standard input).
func totalSize(ins []input) int64 {
	var n int64
	for _, in := range ins {
		if in.size < 0 && in.err == nil {
			return -1
		}
		n += max(in.size, 0)
	}
	return n
}

// docID is the doc_id of a text file: its base name without extension.
func docID(path string) string {
	if path == "-" {
		return "stdin"
	}
	base := filepath.Base(path)
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base
}

// readInputs reads the documents of ins in order and hands each to send,
// stopping early when send returns false. A text file is one document; a
// JSON Lines file is one per non-blank line, streamed. Standard input is
// JSON Lines when o.stdinFormat says so, or, for "auto", when it starts
// with '{'.
func readInputs(ins []input, stdin io.Reader, o options, send func(job) bool) {
	seq := 0
	next := func(j job) bool {
		j.seq = seq
		seq++
		return send(j)
	}
	for _, in := range ins {
		if !readInput(in, stdin, o, next) {
			return
		}
	}
}

// readInput reads the documents of one input; it returns false to stop.
func readInput(in input, stdin io.Reader, o options, send func(job) bool) bool {
	id := docID(in.path)
	fail := func(err error) bool { return send(job{source: in.path, id: id, err: err}) }
	if in.err != nil {
		return fail(in.err)
	}
	var r io.Reader
	jsonl := in.jsonl()
	if in.path == "-" {
		br := bufio.NewReaderSize(stdin, 1<<20)
		jsonl = o.stdinFormat == stdinJSONL || o.stdinFormat == stdinAuto && startsWithBrace(br)
		r = br
	} else {
		if in.size > maxDocBytes && !jsonl {
			return fail(fmt.Errorf("%d bytes, more than the %d MB limit for one document (split it, or make it JSON Lines, one document per line)", in.size, maxDocBytes>>20))
		}
		f, err := os.Open(in.path)
		if err != nil {
			return fail(pathError(err))
		}
		defer f.Close()
		r = f
	}
	if jsonl {
		return readLines(r, in.path, id, send)
	}
	raw, err := io.ReadAll(io.LimitReader(r, maxDocBytes+1))
	switch {
	case err != nil:
		return fail(fmt.Errorf("reading: %w", pathError(err)))
	case len(raw) > maxDocBytes:
		return fail(fmt.Errorf("more than the %d MB limit for one document (split it, or make it JSON Lines, one document per line)", maxDocBytes>>20))
	}
	return send(job{source: in.path, id: id, raw: raw})
}

// readLines sends one job per non-blank line of a JSON Lines stream.
func readLines(r io.Reader, path, base string, send func(job) bool) bool {
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, maxDocBytes)
		source := fmt.Sprintf("%s#%d", path, n)
		id := fmt.Sprintf("%s#%d", base, n)
		switch {
		case tooLong:
			if !send(job{source: source, id: id, err: fmt.Errorf("line longer than the %d MB limit for one document (split the document)", maxDocBytes>>20)}) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			if !send(job{source: source, id: id, jsonl: true, raw: line}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return send(job{source: source, id: id, err: fmt.Errorf("reading: %w", pathError(err))})
		}
	}
}

// readLine returns the next line of br without its "\n" or "\r\n", in a
// new slice. A line longer than limit is skipped to its end and reported
// as tooLong. err is io.EOF after the last line.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(frag) > limit+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, tooLong, err
	}
}

// startsWithBrace reports whether the first byte of br after a byte order
// mark and white space is '{', without consuming anything.
func startsWithBrace(br *bufio.Reader) bool {
	for n := 1; n <= 4096; n++ {
		b, _ := br.Peek(n)
		if len(b) < n {
			return false
		}
		switch c := b[n-1]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		case n <= 3 && bytes.HasPrefix(utf8BOM, b):
		default:
			return c == '{'
		}
	}
	return false
}
