package output

import (
	"fmt"
	"io"

	"github.com/klauspost/compress/s2"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/compress/snappy"
	"github.com/parquet-go/parquet-go/compress/uncompressed"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"numclaims/schema"
)

// parquetOptions are the writer options every reader copes with: data page
// v1, the codec of meta (snappy unless it says otherwise), PLAIN for any
// column without an encoding tag (parquet-go would otherwise pick
// DELTA_LENGTH_BYTE_ARRAY for strings, which older pyarrow cannot read), row
// groups of at most MaxRowGroupRows rows, and the footer metadata.
func parquetOptions(meta Meta) []parquet.WriterOption {
	return []parquet.WriterOption{
		parquet.DataPageVersion(1),
		parquet.Compression(codecs[meta.Codec]),
		parquet.DefaultEncoding(&parquet.Plain),
		parquet.MaxRowsPerRowGroup(MaxRowGroupRows),
		parquet.KeyValueMetadata(KeyVersion, meta.Version),
		parquet.KeyValueMetadata(KeySchemaVersion, schema.Version),
	}
}

// Codecs are the values of Meta.Codec.
const (
	Snappy = "snappy" // the default, as in pandas, DuckDB and Spark
	Zstd   = "zstd"   // files about a quarter smaller; the writer takes nearly twice the CPU
	None   = "none"   // uncompressed
)

// fastSnappy is parquet-go's snappy codec with s2's plain snappy encoder in
// place of its "better" one, which spent a quarter more of the writer's CPU for
// files 10% smaller. Both write standard snappy blocks.
type fastSnappy struct{ snappy.Codec }

func (*fastSnappy) Encode(dst, src []byte) ([]byte, error) { return s2.EncodeSnappy(dst, src), nil }

// checkCodec rejects a Meta.Codec that codecs does not hold.
func checkCodec(name string) error {
	if _, ok := codecs[name]; !ok {
		return fmt.Errorf("unknown Parquet codec %q (want %s, %s or %s)", name, Snappy, Zstd, None)
	}
	return nil
}

// codecs maps Meta.Codec to the Parquet compression codec.
var codecs = map[string]compress.Codec{
	"":     &fastSnappy{},
	Snappy: &fastSnappy{},
	Zstd:   &zstd.Codec{Level: zstd.SpeedFastest}, // the writer is one goroutine: keep it fast
	None:   &uncompressed.Codec{},
}

// parquetWriter writes claims and documents into two Parquet streams.
type parquetWriter struct {
	lifecycle
	claims *parquet.GenericWriter[schema.Claim]
	docs   *parquet.GenericWriter[schema.Document] // nil: documents are not written
	one    [1]schema.Document                      // reused by Write
}

// NewParquet returns a Writer that writes claims.parquet's bytes to claims
// and documents.parquet's bytes to docs; docs may be nil to write claims
// only. Close writes the footers but does not close claims or docs; Abort
// leaves what was already written in them, without a footer. A runner that
// writes one shard per process can hand it that shard's two sinks.
func NewParquet(claims, docs io.Writer, meta Meta) Writer {
	if err := checkCodec(meta.Codec); err != nil {
		return &parquetWriter{lifecycle: lifecycle{err: err}} // every Write and Close returns err
	}
	w := &parquetWriter{
		claims: parquet.NewGenericWriter[schema.Claim](claims, parquetOptions(meta)...),
	}
	if docs != nil {
		w.docs = parquet.NewGenericWriter[schema.Document](docs, parquetOptions(meta)...)
	}
	return w
}

// CreateParquet returns a Writer to dir/claims.parquet and
// dir/documents.parquet (claims-<shard>.parquet and documents-<shard>.parquet
// when meta.Shard is set), creating dir if needed. The files are written as
// .<name>.tmp-<pid>-<random> in dir and renamed to their final names by
// Close, documents first; Abort removes them. Existing files of the same
// name are replaced only by a successful Close.
func CreateParquet(dir string, meta Meta) (Writer, error) {
	if err := checkCodec(meta.Codec); err != nil {
		return nil, err
	}
	claimsName, err := fileName(ClaimsBase, meta.Shard, ".parquet")
	if err != nil {
		return nil, err
	}
	docsName, _ := fileName(DocumentsBase, meta.Shard, ".parquet")
	files, err := createFiles(dir, docsName, claimsName)
	if err != nil {
		return nil, err
	}
	w := NewParquet(files[1], files[0], meta).(*parquetWriter)
	w.files = files
	return w, nil
}

func (w *parquetWriter) Write(doc schema.Document, claims []schema.Claim) error {
	if err := w.ready(); err != nil {
		return err
	}
	if len(claims) > 0 {
		if _, err := w.claims.Write(claims); err != nil {
			return w.fail("writing claims of %s: %w", doc.DocID, err)
		}
	}
	if w.docs != nil {
		w.one[0] = doc
		_, err := w.docs.Write(w.one[:])
		w.one[0] = schema.Document{}
		if err != nil {
			return w.fail("writing document row of %s: %w", doc.DocID, err)
		}
	}
	return nil
}

func (w *parquetWriter) Close() error {
	return w.close(func() error {
		if err := w.claims.Close(); err != nil {
			return fmt.Errorf("finishing claims: %w", err)
		}
		return nil
	}, func() error {
		if w.docs == nil {
			return nil
		}
		if err := w.docs.Close(); err != nil {
			return fmt.Errorf("finishing documents: %w", err)
		}
		return nil
	})
}

func (w *parquetWriter) Abort() error { return w.abort() }
