package output_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/encoding/thrift"
	"github.com/parquet-go/parquet-go/format"

	"numclaims/output"
	"numclaims/schema"
)

// writeSample writes sampleDocs with CreateParquet into a new directory and
// returns it.
func writeSample(t *testing.T, meta output.Meta) string {
	t.Helper()
	dir := t.TempDir()
	w, err := output.CreateParquet(dir, meta)
	if err != nil {
		t.Fatal(err)
	}
	docs, claims := sampleDocs()
	for i := range docs {
		if err := w.Write(docs[i], claims[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestParquetRoundTrip(t *testing.T) {
	dir := writeSample(t, output.Meta{Version: "v9.9.9-test"})
	docs, claims := sampleDocs()

	gotClaims, err := parquet.ReadFile[schema.Claim](filepath.Join(dir, "claims.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	wantClaims := slices.Concat(claims...)
	if !reflect.DeepEqual(gotClaims, wantClaims) {
		t.Errorf("claims read back:\n got %+v\nwant %+v", gotClaims, wantClaims)
	}
	gotDocs, err := parquet.ReadFile[schema.Document](filepath.Join(dir, "documents.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotDocs, docs) {
		t.Errorf("documents read back:\n got %+v\nwant %+v", gotDocs, docs)
	}
	// Nulls stay nulls, not zero values.
	if c := gotClaims[1]; c.High != nil || c.Metric != nil || c.Predicate != nil || c.Time != nil {
		t.Errorf("claim 1: want null high, metric, predicate, time; got %+v", c)
	}
	if d := gotDocs[0]; d.Error != nil {
		t.Errorf("document 0: error = %q, want null", *d.Error)
	}

	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"claims.parquet", "documents.parquet"}; !slices.Equal(names, want) {
		t.Errorf("directory holds %v, want %v", names, want)
	}
}

func TestParquetEmpty(t *testing.T) {
	dir := t.TempDir()
	w, err := output.CreateParquet(dir, output.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := parquet.ReadFile[schema.Claim](filepath.Join(dir, "claims.parquet"))
	if err != nil || len(got) != 0 {
		t.Errorf("empty claims.parquet: %d rows, %v", len(got), err)
	}
}

func TestParquetShard(t *testing.T) {
	dir := t.TempDir()
	for _, shard := range []string{"00000-of-00002", "00001-of-00002"} {
		w, err := output.CreateParquet(dir, output.Meta{Shard: shard})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(schema.Document{DocID: shard, Status: schema.StatusOK}, manyClaims(shard, 3)); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{
		"claims-00000-of-00002.parquet", "documents-00000-of-00002.parquet",
		"claims-00001-of-00002.parquet", "documents-00001-of-00002.parquet",
	} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
	for _, bad := range []string{"a/b", "..", "", "-x"} {
		if bad == "" {
			continue // empty means no shard
		}
		if _, err := output.CreateParquet(dir, output.Meta{Shard: bad}); err == nil {
			t.Errorf("shard %q: no error", bad)
		}
	}
}

func TestParquetFooterMetadata(t *testing.T) {
	dir := writeSample(t, output.Meta{Version: "v1.2.3"})
	for _, name := range []string{"claims.parquet", "documents.parquet"} {
		f := openParquet(t, filepath.Join(dir, name))
		for key, want := range map[string]string{
			output.KeyVersion:       "v1.2.3",
			output.KeySchemaVersion: schema.Version,
		} {
			if got, ok := f.Lookup(key); !ok || got != want {
				t.Errorf("%s: footer %s = %q (present %v), want %q", name, key, got, ok, want)
			}
		}
	}
}

// TestParquetRowGroups writes more than two row groups' worth of claims in
// documents of varying size and checks that no row group exceeds
// MaxRowGroupRows and that no row is lost or reordered.
func TestParquetRowGroups(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 230,001 rows")
	}
	const total = 2*output.MaxRowGroupRows + 30_001
	dir := t.TempDir()
	w, err := output.CreateParquet(dir, output.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	all := manyClaims("big", total)
	for i, size := 0, 1; i < total; i, size = i+size, size%9973+7 {
		end := min(i+size, total)
		if err := w.Write(schema.Document{DocID: "big", Status: schema.StatusOK}, all[i:end]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f := openParquet(t, filepath.Join(dir, "claims.parquet"))
	if f.NumRows() != total {
		t.Errorf("%d rows, want %d", f.NumRows(), total)
	}
	groups := f.Metadata().RowGroups
	if len(groups) < 3 {
		t.Errorf("%d row groups, want at least 3", len(groups))
	}
	for i, rg := range groups {
		if rg.NumRows > output.MaxRowGroupRows {
			t.Errorf("row group %d has %d rows, want at most %d", i, rg.NumRows, output.MaxRowGroupRows)
		}
	}
	checkEncodings(t, filepath.Join(dir, "claims.parquet"), format.Snappy)
	got, err := parquet.ReadFile[schema.Claim](filepath.Join(dir, "claims.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		if got[i].ClaimIdx != int32(i) || got[i].Value != all[i].Value {
			t.Fatalf("row %d: claim_idx %d value %v, want %d %v", i, got[i].ClaimIdx, got[i].Value, i, all[i].Value)
		}
	}
}

// TestParquetEncodings checks what older readers need: every column chunk
// uses only PLAIN, RLE (levels) and dictionary encodings, never DELTA_* or
// BYTE_STREAM_SPLIT; every page is a v1 data page or a dictionary page;
// and the codec is the one asked for, snappy by default. It reads the page
// headers themselves, not only the column metadata.
func TestParquetEncodings(t *testing.T) {
	for codec, want := range map[string]format.CompressionCodec{
		"": format.Snappy, output.Snappy: format.Snappy, output.Zstd: format.Zstd, output.None: format.Uncompressed,
	} {
		dir := writeSample(t, output.Meta{Codec: codec})
		for _, name := range []string{"claims.parquet", "documents.parquet"} {
			checkEncodings(t, filepath.Join(dir, name), want)
		}
	}
}

// TestParquetBadCodec checks that an unknown codec is an error, from
// CreateParquet at once and from a NewParquet writer on every call.
func TestParquetBadCodec(t *testing.T) {
	if _, err := output.CreateParquet(t.TempDir(), output.Meta{Codec: "lzo"}); err == nil {
		t.Error("CreateParquet accepted codec lzo")
	}
	w := output.NewParquet(io.Discard, io.Discard, output.Meta{Codec: "lzo"})
	if err := w.Write(schema.Document{DocID: "d"}, nil); err == nil {
		t.Error("NewParquet writer with codec lzo: Write succeeded")
	}
	if err := w.Close(); err == nil {
		t.Error("NewParquet writer with codec lzo: Close succeeded")
	}
}

func checkEncodings(t *testing.T, path string, codec format.CompressionCodec) {
	t.Helper()
	allowed := []format.Encoding{format.Plain, format.RLE, format.RLEDictionary, format.PlainDictionary}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := openParquet(t, path)
	for _, rg := range f.Metadata().RowGroups {
		for _, cc := range rg.Columns {
			md := cc.MetaData
			col := filepath.Base(path) + ":" + md.PathInSchema[0]
			if md.Codec != codec {
				t.Errorf("%s: codec %v, want %v", col, md.Codec, codec)
			}
			for _, e := range md.Encoding {
				if !slices.Contains(allowed, e) {
					t.Errorf("%s: encoding %v in column metadata", col, e)
				}
			}
			for _, h := range pageHeaders(t, data, &md) {
				switch h.Type {
				case format.DataPage:
					if e := h.DataPageHeader.V.Encoding; !slices.Contains(allowed, e) {
						t.Errorf("%s: data page encoded %v", col, e)
					}
				case format.DictionaryPage:
					if e := h.DictionaryPageHeader.V.Encoding; e != format.Plain && e != format.PlainDictionary {
						t.Errorf("%s: dictionary page encoded %v", col, e)
					}
				default:
					t.Errorf("%s: page of type %v, want DATA_PAGE (v1) or DICTIONARY_PAGE", col, h.Type)
				}
			}
		}
	}
}

// TestParquetDictionaryTags checks that the struct tags reach the file:
// dict-tagged string columns are dictionary encoded, the others PLAIN.
func TestParquetDictionaryTags(t *testing.T) {
	dir := writeSample(t, output.Meta{})
	path := filepath.Join(dir, "claims.parquet")
	data, _ := os.ReadFile(path)
	f := openParquet(t, path)
	want := map[string]format.Encoding{
		"doc_id": format.RLEDictionary, "kind": format.RLEDictionary, "unit": format.RLEDictionary,
		"surface": format.Plain, "sentence": format.Plain, "metric": format.Plain,
		"claim_idx": format.Plain, "value": format.Plain, "estimate": format.Plain,
	}
	for _, cc := range f.Metadata().RowGroups[0].Columns {
		w, ok := want[cc.MetaData.PathInSchema[0]]
		if !ok {
			continue
		}
		for _, h := range pageHeaders(t, data, &cc.MetaData) {
			if h.Type == format.DataPage && h.DataPageHeader.V.Encoding != w {
				t.Errorf("%s: data page encoded %v, want %v", cc.MetaData.PathInSchema[0], h.DataPageHeader.V.Encoding, w)
			}
		}
	}
}

func TestParquetAbort(t *testing.T) {
	dir := t.TempDir()
	w, err := output.CreateParquet(dir, output.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	docs, claims := sampleDocs()
	if err := w.Write(docs[0], claims[0]); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"claims.parquet", "documents.parquet"} {
		if _, err := os.Stat(filepath.Join(dir, name)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s exists before Close (%v)", name, err)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("before Close: %d entries in dir, want 2 temporary files", len(entries))
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("after Abort: dir holds %v, want nothing", entries)
	}
	if err := w.Write(docs[1], nil); !errors.Is(err, output.ErrClosed) {
		t.Errorf("Write after Abort: %v, want ErrClosed", err)
	}
	if err := w.Close(); !errors.Is(err, output.ErrClosed) {
		t.Errorf("Close after Abort: %v, want ErrClosed", err)
	}
	if err := w.Abort(); err != nil {
		t.Errorf("second Abort: %v", err)
	}
}

// TestParquetAbortAfterClose checks that `defer w.Abort()` does not undo a
// successful Close.
func TestParquetAbortAfterClose(t *testing.T) {
	dir := t.TempDir()
	w, err := output.CreateParquet(dir, output.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"claims.parquet", "documents.parquet"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
}

// TestParquetOverWriters covers NewParquet over plain io.Writers, as a
// distributed runner uses it, with and without a documents sink.
func TestParquetOverWriters(t *testing.T) {
	var cbuf, dbuf bytes.Buffer
	w := output.NewParquet(&cbuf, &dbuf, output.Meta{Version: "x"})
	docs, claims := sampleDocs()
	for i := range docs {
		if err := w.Write(docs[i], claims[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	gotClaims, err := parquet.Read[schema.Claim](bytes.NewReader(cbuf.Bytes()), int64(cbuf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotClaims, slices.Concat(claims...)) {
		t.Errorf("claims differ: %+v", gotClaims)
	}
	gotDocs, err := parquet.Read[schema.Document](bytes.NewReader(dbuf.Bytes()), int64(dbuf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotDocs, docs) {
		t.Errorf("documents differ: %+v", gotDocs)
	}

	cbuf.Reset()
	w = output.NewParquet(&cbuf, nil, output.Meta{})
	if err := w.Write(docs[0], claims[0]); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if n, err := parquet.Read[schema.Claim](bytes.NewReader(cbuf.Bytes()), int64(cbuf.Len())); err != nil || len(n) != 3 {
		t.Errorf("claims only: %d rows, %v", len(n), err)
	}
}

func openParquet(t *testing.T, path string) *parquet.File {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fh.Close() })
	st, err := fh.Stat()
	if err != nil {
		t.Fatal(err)
	}
	f, err := parquet.OpenFile(fh, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// pageHeaders decodes the header of every page of one column chunk.
func pageHeaders(t *testing.T, data []byte, md *format.ColumnMetaData) []format.PageHeader {
	t.Helper()
	start := md.DataPageOffset
	if md.DictionaryPageOffset > 0 && md.DictionaryPageOffset < start {
		start = md.DictionaryPageOffset
	}
	end := start + md.TotalCompressedSize
	var headers []format.PageHeader
	for off := start; off < end; {
		r := bytes.NewReader(data[off:end])
		var h format.PageHeader
		if err := thrift.NewDecoder((&thrift.CompactProtocol{}).NewReader(r)).Decode(&h); err != nil {
			t.Fatalf("page header at byte %d: %v", off, err)
		}
		headerLen := int64(len(data[off:end]) - r.Len())
		headers = append(headers, h)
		off += headerLen + int64(h.CompressedPageSize)
	}
	if len(headers) == 0 {
		t.Fatalf("column %v: no pages", md.PathInSchema)
	}
	return headers
}
