package output

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"numclaims/schema"
)

// jsonlBufferSize is the write buffer of each JSON Lines stream, in bytes.
const jsonlBufferSize = 64 << 10

// jsonlStream encodes records as JSON objects, one per line, through a
// buffer.
type jsonlStream struct {
	buf *bufio.Writer
	enc *json.Encoder
}

func newJSONLStream(w io.Writer) *jsonlStream {
	buf := bufio.NewWriterSize(w, jsonlBufferSize)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false) // keep <, > and & as written in sentences
	return &jsonlStream{buf: buf, enc: enc}
}

// jsonlWriter writes claims and documents as JSON Lines. Field names and
// order are those of the Parquet columns (the structs' json tags); floats
// are plain JSON numbers and nil pointers are null.
type jsonlWriter struct {
	claims *jsonlStream
	docs   *jsonlStream // nil: documents are not written
	files  []*tempFile  // documents then claims; nil over an io.Writer
	err    error        // first write error; Close then fails and discards
	closed bool
}

// NewJSONL returns a Writer that writes claims only, one JSON object per
// line, to w (for `-o -`, standard output); document rows are dropped.
// Output is buffered: Close flushes it but does not close w. Abort drops
// what is still buffered; lines already flushed to w stay there.
func NewJSONL(w io.Writer) Writer {
	return &jsonlWriter{claims: newJSONLStream(w)}
}

// CreateJSONL returns a Writer to dir/claims.jsonl and dir/documents.jsonl,
// creating dir if needed. Like CreateParquet, it writes temporary files in
// dir that Close renames to their final names (documents first) and Abort
// removes.
func CreateJSONL(dir string) (Writer, error) {
	files, err := createFiles(dir, DocumentsBase+".jsonl", ClaimsBase+".jsonl")
	if err != nil {
		return nil, err
	}
	return &jsonlWriter{
		claims: newJSONLStream(files[1]),
		docs:   newJSONLStream(files[0]),
		files:  files,
	}, nil
}

func (w *jsonlWriter) Write(doc schema.Document, claims []schema.Claim) error {
	if w.closed {
		return ErrClosed
	}
	if w.err != nil {
		return w.err
	}
	for i := range claims {
		if err := w.claims.enc.Encode(&claims[i]); err != nil {
			w.err = fmt.Errorf("writing claim %d of %s: %w", i, doc.DocID, err)
			return w.err
		}
	}
	if w.docs != nil {
		if err := w.docs.enc.Encode(&doc); err != nil {
			w.err = fmt.Errorf("writing document row of %s: %w", doc.DocID, err)
			return w.err
		}
	}
	return nil
}

func (w *jsonlWriter) Close() error {
	if w.closed {
		return ErrClosed
	}
	w.closed = true
	if w.err != nil {
		discardAll(w.files)
		return w.err
	}
	if err := w.claims.buf.Flush(); err != nil {
		discardAll(w.files)
		return fmt.Errorf("writing claims: %w", err)
	}
	if w.docs != nil {
		if err := w.docs.buf.Flush(); err != nil {
			discardAll(w.files)
			return fmt.Errorf("writing documents: %w", err)
		}
	}
	return commitAll(w.files)
}

func (w *jsonlWriter) Abort() error {
	if w.closed {
		return nil
	}
	w.closed = true
	return discardAll(w.files)
}
