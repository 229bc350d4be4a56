package extract

import (
	_ "embed" // the dictionaries
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"unicode/utf8"

	"github.com/yanyiwu/gojieba"
)

// The jieba dictionaries travel inside the binary: gojieba's default paths
// point into the module cache of the machine that built it, which a
// -trimpath build or a copied binary does not have. idf.utf8 and
// stop_words.utf8 are one-line stand-ins: numclaims never asks jieba for
// keywords, but cppjieba refuses to start without them.
var (
	//go:embed dict/jieba.dict.utf8
	mainDict string
	//go:embed dict/hmm_model.utf8
	hmmModel string
	//go:embed dict/user.dict.utf8
	userDict string
	//go:embed dict/idf.utf8
	idfStandIn string
	//go:embed dict/stop_words.utf8
	stopWordsStandIn string
)

// dictFiles are the files cppjieba reads, in NewJieba's order.
var dictFiles = []struct{ name, data string }{
	{"jieba.dict.utf8", mainDict}, {"hmm_model.utf8", hmmModel}, {"user.dict.utf8", userDict},
	{"idf.utf8", idfStandIn}, {"stop_words.utf8", stopWordsStandIn},
}

// Segmenter splits Chinese text into words tagged with their part of speech.
// One Segmenter is safe for concurrent use by many goroutines; a process
// needs only one (loading the dictionary takes a few hundred milliseconds
// and about 100 MB).
type Segmenter struct {
	jb   *gojieba.Jieba
	tags tagTable // word → part of speech, from the dictionaries
}

// Token is one word of a segmented text. Tokens concatenate to the text.
type Token struct {
	Text string // the word as written
	POS  string // jieba part-of-speech tag: n, v, m, q, t, x…
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
	for i, f := range dictFiles {
		paths[i] = filepath.Join(dir, f.name)
		if err := os.WriteFile(paths[i], []byte(f.data), 0o600); err != nil {
			return nil, fmt.Errorf("loading jieba dictionaries: %w", err)
		}
	}
	// The tag table is read while cppjieba builds its trie.
	tags := make(chan tagTable, 1)
	go func() { tags <- loadTags() }()
	jb := gojieba.NewJieba(paths...)
	return &Segmenter{jb: jb, tags: <-tags}, nil
}

// Tag segments text with the HMM on (so digit runs stay one token) and
// returns its tokens with their part of speech.
//
// It is jieba's Tag done in two halves: jieba's Cut in C++, then the tag of
// each word looked up in Go (tagOf), as cppjieba's PosTagger does. Cut and
// a map lookup cost two thirds of Tag, whose C++ side builds "word/tag"
// strings only for Go to split them again.
func (s *Segmenter) Tag(text string) []Token {
	words := s.cut(text)
	toks := make([]Token, len(words))
	for i, w := range words {
		toks[i] = Token{Text: w, POS: s.tagOf(w)}
	}
	return toks
}

// cut is jieba's Cut with the HMM on: the words of text, untagged.
func (s *Segmenter) cut(text string) []string {
	words := s.jb.Cut(text, true)
	// Keep the instance alive until the C call has returned: gojieba frees
	// it from a finalizer, which could otherwise run in the middle of Cut.
	runtime.KeepAlive(s)
	return words
}

// tagOf is the part of speech of a word: its tag in the dictionaries, else
// cppjieba's rule for words it does not know (PosTagger::SpecialRule): x
// with no ASCII, m when the ASCII is all digits, eng otherwise.
func (s *Segmenter) tagOf(w string) string {
	if t := s.tags.lookup(w); t != "" {
		return t
	}
	n, eng, m := utf8.RuneCountInString(w), 0, 0
	for _, c := range w {
		if eng >= n/2 {
			break
		}
		if c < 0x80 {
			eng++
			if c >= '0' && c <= '9' {
				m++
			}
		}
	}
	switch {
	case eng == 0:
		return "x"
	case m == eng:
		return "m"
	}
	return "eng"
}

// tagTable maps the dictionary words to their tags. It is an open-addressed
// table of one 64-bit entry per word: the top 56 bits of the word's hash
// and, below them, 1 + the tag's position in names. A probe touches one
// cache line, where a Go map of the words touched a string header and the
// word's bytes, which made tagOf a tenth of all CPU. An unknown word taking
// a known one's hash has a chance of about 1e-11 per lookup.
type tagTable struct {
	seed    maphash.Seed
	entries []uint64 // 0: empty
	names   []string // the distinct tags
}

// tagTableSize holds the ~150k words at a load under 0.6.
const tagTableSize = 1 << 18

func (t *tagTable) lookup(w string) string {
	h := maphash.String(t.seed, w)
	for i := h & (tagTableSize - 1); ; i = (i + 1) & (tagTableSize - 1) {
		e := t.entries[i]
		if e == 0 {
			return ""
		}
		if e>>8 == h>>8 {
			return t.names[e&0xFF-1]
		}
	}
}

// set records tag k (1-based) for the word of hash h; a later call wins.
func (t *tagTable) set(h uint64, k uint8) {
	for i := h & (tagTableSize - 1); ; i = (i + 1) & (tagTableSize - 1) {
		if e := t.entries[i]; e == 0 || e>>8 == h>>8 {
			t.entries[i] = h&^0xFF | uint64(k)
			return
		}
	}
}

// loadTags reads the tag of every dictionary word: lines "word freq tag"
// (jieba.dict.utf8) or "word [freq] [tag]" (user.dict.utf8, whose tags win).
func loadTags() tagTable {
	t := tagTable{seed: maphash.MakeSeed(), entries: make([]uint64, tagTableSize)}
	pos := map[string]uint8{}
	for _, text := range []string{mainDict, userDict} {
		for len(text) > 0 {
			line := text
			if i := strings.IndexByte(text, '\n'); i >= 0 {
				line, text = text[:i], text[i+1:]
			} else {
				text = ""
			}
			// the word is the first field, the tag the last unless a number
			sp := strings.IndexByte(line, ' ')
			last := strings.LastIndexByte(line, ' ')
			if sp > 0 && last+1 < len(line) {
				if tag := line[last+1:]; tag[0] < '0' || tag[0] > '9' {
					k := pos[tag]
					if k == 0 {
						t.names = append(t.names, tag)
						k = uint8(len(t.names))
						pos[tag] = k
					}
					t.set(maphash.String(t.seed, line[:sp]), k)
				}
			}
		}
	}
	return t
}

// Close releases the dictionary. The Segmenter must not be used afterwards.
func (s *Segmenter) Close() { s.jb.Free() }
