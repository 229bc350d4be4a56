// Package output writes claim and document records as Parquet or JSON Lines.
//
// A Writer takes one document at a time, with its claims, and never holds
// more than one Parquet row group (at most MaxRowGroupRows rows) in memory.
// The Create functions write into a directory through temporary files that
// are renamed to their final names only by Close: a run that is killed or
// aborted never leaves a truncated claims.parquet behind.
package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"numclaims/schema"
)

// Writer receives the records of a run, one document at a time. A Writer is
// not safe for concurrent use.
type Writer interface {
	// Write adds one document's row and its claims, in the order given
	// (claim_idx order).
	Write(doc schema.Document, claims []schema.Claim) error
	// Close flushes and finalizes; after it returns nil the files are
	// complete and under their final names. Close after Close or Abort
	// returns ErrClosed.
	Close() error
	// Abort discards everything written: temporary files are removed and
	// no final name is created. Abort after Close or Abort does nothing
	// and returns nil, so `defer w.Abort()` is safe after a successful
	// Close.
	Abort() error
}

// ErrClosed is returned by Write and Close on a Writer that was already
// closed or aborted.
var ErrClosed = errors.New("output: writer already closed or aborted")

// Footer key-value metadata keys written into every Parquet file.
const (
	KeyVersion       = "numclaims.version"        // Meta.Version: the numclaims build that wrote the file
	KeySchemaVersion = "numclaims.schema_version" // schema.Version: the layout of the columns
)

// MaxRowGroupRows is the largest number of rows in one Parquet row group, in
// rows. A row group is flushed to the file as soon as it is full, so memory
// holds at most one row group per file.
const MaxRowGroupRows = 100_000

// Base names of the files written by CreateParquet and CreateJSONL, before
// the shard suffix and the extension.
const (
	ClaimsBase    = schema.TableClaims    // claims.parquet, claims.jsonl
	DocumentsBase = schema.TableDocuments // documents.parquet, documents.jsonl
)

// Meta describes a run, for the Parquet footer and the file names.
type Meta struct {
	// Version is the numclaims version that writes the files, e.g. "v0.3.0"
	// or "(devel)"; it is written as the footer key numclaims.version.
	Version string
	// Shard, when not empty, names one shard of a dataset written by
	// several processes into one directory: CreateParquet then writes
	// claims-<Shard>.parquet and documents-<Shard>.parquet. It may hold
	// letters, digits, '.', '_' and '-' only (e.g. "00003-of-00016").
	Shard string
	// Codec is the Parquet compression: Snappy (when empty), Zstd or None.
	// JSON Lines output ignores it.
	Codec string
}

var shardRE = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9._-]*$`)

// fileName returns the final file name for base (claims or documents),
// shard and extension (".parquet", ".jsonl").
func fileName(base, shard, ext string) (string, error) {
	if shard == "" {
		return base + ext, nil
	}
	if !shardRE.MatchString(shard) {
		return "", fmt.Errorf("shard name %q: use letters, digits, '.', '_' and '-' only", shard)
	}
	return base + "-" + shard + ext, nil
}

// tempFile is a file written under a temporary name in its final directory
// and renamed to its final name by commit.
type tempFile struct {
	*os.File
	final string // final path
}

// createTemp creates dir/.<name>.tmp-<pid>-<random>, to become dir/name.
func createTemp(dir, name string) (*tempFile, error) {
	f, err := os.CreateTemp(dir, "."+name+".tmp-"+strconv.Itoa(os.Getpid())+"-*")
	if err != nil {
		return nil, fmt.Errorf("creating %s: %w", filepath.Join(dir, name), err)
	}
	return &tempFile{File: f, final: filepath.Join(dir, name)}, nil
}

// finish flushes the file to stable storage and makes it readable by others
// (os.CreateTemp creates it 0600), then closes it.
func (t *tempFile) finish() error {
	if err := t.Sync(); err != nil {
		t.Close()
		return fmt.Errorf("writing %s: %w", t.final, err)
	}
	if err := t.Chmod(0o644); err != nil {
		t.Close()
		return fmt.Errorf("writing %s: %w", t.final, err)
	}
	if err := t.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", t.final, err)
	}
	return nil
}

// discard closes and removes the temporary file.
func (t *tempFile) discard() error {
	t.Close() // may already be closed by finish
	if err := os.Remove(t.Name()); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("removing %s: %w", t.Name(), err)
	}
	return nil
}

// commitAll finishes every file, then renames them in order, so the last
// file (claims) appears only when the others are in place. On any error the
// temporary files that are left are removed.
func commitAll(files []*tempFile) error {
	for i, t := range files {
		if err := t.finish(); err != nil {
			discardAll(files[i:])
			discardAll(files[:i])
			return err
		}
	}
	for i, t := range files {
		if err := os.Rename(t.Name(), t.final); err != nil {
			discardAll(files[i:])
			return fmt.Errorf("renaming %s to %s: %w", t.Name(), t.final, err)
		}
	}
	if len(files) > 0 {
		syncDir(filepath.Dir(files[0].final))
	}
	return nil
}

// lifecycle is what the two writers share: the files they write, the
// first write error (after which Write and Close fail and Close discards
// the files), and whether Close or Abort has run.
type lifecycle struct {
	files  []*tempFile // documents then claims; nil over io.Writers
	err    error
	closed bool
}

// ready is the error Write returns before writing anything: ErrClosed, or
// the first write error.
func (l *lifecycle) ready() error {
	if l.closed {
		return ErrClosed
	}
	return l.err
}

// fail records a write error, which every later Write and Close returns.
func (l *lifecycle) fail(format string, args ...any) error {
	l.err = fmt.Errorf(format, args...)
	return l.err
}

// close runs a writer's finishing steps in order (flushes, footers), then
// renames the files to their final names; after any error it removes them.
func (l *lifecycle) close(steps ...func() error) error {
	if l.closed {
		return ErrClosed
	}
	l.closed = true
	if l.err != nil {
		discardAll(l.files)
		return l.err
	}
	for _, step := range steps {
		if err := step(); err != nil {
			discardAll(l.files)
			return err
		}
	}
	return commitAll(l.files)
}

// abort removes the files, once.
func (l *lifecycle) abort() error {
	if l.closed {
		return nil
	}
	l.closed = true
	return discardAll(l.files)
}

// discardAll removes every temporary file and returns the first error.
func discardAll(files []*tempFile) error {
	var first error
	for _, t := range files {
		if err := t.discard(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// syncDir makes renames in dir durable where the file system allows it; it
// is best effort.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// createFiles makes dir if needed and creates one temporary file per final
// name, in order. On error none is left behind.
func createFiles(dir string, names ...string) ([]*tempFile, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating output directory: %w", err)
	}
	var files []*tempFile
	for _, name := range names {
		t, err := createTemp(dir, name)
		if err != nil {
			discardAll(files)
			return nil, err
		}
		files = append(files, t)
	}
	return files, nil
}
