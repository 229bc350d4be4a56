package extract

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/yanyiwu/gojieba"
)

// The jieba dictionaries travel inside the binary: gojieba's default paths
// point into the module cache of the machine that built it, which a
// -trimpath build or a copied binary does not have. idf.utf8 and
// stop_words.utf8 are one-line stand-ins: numclaims never asks jieba for
// keywords, but cppjieba refuses to start without them.
//
//go:embed dict/jieba.dict.utf8 dict/hmm_model.utf8 dict/user.dict.utf8 dict/idf.utf8 dict/stop_words.utf8
var dictFS embed.FS

var dictFiles = []string{"jieba.dict.utf8", "hmm_model.utf8", "user.dict.utf8", "idf.utf8", "stop_words.utf8"}

// Segmenter splits Chinese text into words tagged with their part of speech.
// One Segmenter is safe for concurrent use by many goroutines; a process
// needs only one (loading the dictionary takes a few hundred milliseconds
// and about 100 MB).
type Segmenter struct {
	jb *gojieba.Jieba
}

// Token is one word of a segmented text.
type Token struct {
	Text  string // the word as written
	POS   string // jieba part-of-speech tag: n, v, m, q, t, x…
	Start int    // byte offset into the segmented string, inclusive
	End   int    // byte offset, exclusive
}

// NewSegmenter loads the embedded dictionaries. It writes them to a
// temporary directory for cppjieba to read and removes it before returning.
func NewSegmenter() (*Segmenter, error) {
	dir, err := os.MkdirTemp("", "numclaims-dict-")
	if err != nil {
		return nil, fmt.Errorf("loading jieba dictionaries: %w", err)
	}
	defer os.RemoveAll(dir)
	paths := make([]string, len(dictFiles))
	for i, name := range dictFiles {
		data, err := dictFS.ReadFile("dict/" + name)
		if err != nil {
			return nil, fmt.Errorf("loading jieba dictionaries: %w", err)
		}
		paths[i] = filepath.Join(dir, name)
		if err := os.WriteFile(paths[i], data, 0o600); err != nil {
			return nil, fmt.Errorf("loading jieba dictionaries: %w", err)
		}
	}
	return &Segmenter{jb: gojieba.NewJieba(paths...)}, nil
}

// Tag segments s with the HMM on (so digit runs stay one token) and returns
// its tokens with byte offsets into s.
func (s *Segmenter) Tag(text string) []Token {
	tagged := s.jb.Tag(text)
	// Keep the instance alive until the C call has returned: gojieba frees
	// it from a finalizer, which could otherwise run in the middle of Tag.
	runtime.KeepAlive(s)
	toks := make([]Token, 0, len(tagged))
	off := 0
	for _, wt := range tagged {
		i := strings.LastIndexByte(wt, '/')
		if i < 0 {
			i = len(wt)
		}
		w := wt[:i]
		pos := ""
		if i < len(wt) {
			pos = wt[i+1:]
		}
		// Tag's words concatenate to text; locate defensively all the same.
		start := off
		if !strings.HasPrefix(text[off:], w) {
			if j := strings.Index(text[off:], w); j >= 0 {
				start = off + j
			}
		}
		toks = append(toks, Token{Text: w, POS: pos, Start: start, End: start + len(w)})
		off = start + len(w)
	}
	return toks
}

// Close releases the dictionary. The Segmenter must not be used afterwards.
func (s *Segmenter) Close() { s.jb.Free() }
