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
	lifecycle
	claims *jsonlStream
	docs   *jsonlStream // nil: documents are not written
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
		lifecycle: lifecycle{files: files},
		claims:    newJSONLStream(files[1]),
		docs:      newJSONLStream(files[0]),
	}, nil
}

func (w *jsonlWriter) Write(doc schema.Document, claims []schema.Claim) error {
	if err := w.ready(); err != nil {
		return err
	}
	for i := range claims {
		if err := w.claims.enc.Encode(&claims[i]); err != nil {
			return w.fail("writing claim %d of %s: %w", i, doc.DocID, err)
		}
	}
	if w.docs != nil {
		if err := w.docs.enc.Encode(&doc); err != nil {
			return w.fail("writing document row of %s: %w", doc.DocID, err)
		}
	}
	return nil
}

func (w *jsonlWriter) Close() error {
	return w.close(func() error {
		if err := w.claims.buf.Flush(); err != nil {
			return fmt.Errorf("writing claims: %w", err)
		}
		return nil
	}, func() error {
		if w.docs == nil {
			return nil
		}
		if err := w.docs.buf.Flush(); err != nil {
			return fmt.Errorf("writing documents: %w", err)
		}
		return nil
	})
}

func (w *jsonlWriter) Abort() error { return w.abort() }
