package extract

import "strings"

// wordSet finds the longest word of a table at a position, forwards
// (units after a number) or backwards (qualifiers before it). The tables
// hold a few hundred short words; a lookup is a handful of map probes, where
// a regexp2 alternation over the same words costs microseconds.
type wordSet struct {
	fwd, bwd    *trieNode
	first, last runeBits // first and last runes of the words: most lookups stop here
}

// runeBits is a set of BMP runes.
type runeBits [1 << 16 / 64]uint64

func (b *runeBits) add(c rune) {
	if c < 1<<16 {
		b[c>>6] |= 1 << (c & 63)
	}
}

func (b *runeBits) has(c rune) bool { return c >= 1<<16 || b[c>>6]&(1<<(c&63)) != 0 }

type trieNode struct {
	next map[rune]*trieNode
	word string // non-empty when a word ends here
}

func (n *trieNode) add(rs []rune, w string) {
	for _, c := range rs {
		if n.next == nil {
			n.next = map[rune]*trieNode{}
		}
		m := n.next[c]
		if m == nil {
			m = &trieNode{}
			n.next[c] = m
		}
		n = m
	}
	n.word = w
}

func newWordSet(lists ...[]string) *wordSet {
	s := &wordSet{fwd: &trieNode{}, bwd: &trieNode{}}
	for _, l := range lists {
		for _, w := range l {
			rs := []rune(w)
			s.fwd.add(rs, w)
			s.first.add(rs[0])
			s.last.add(rs[len(rs)-1])
			rev := make([]rune, len(rs))
			for i, c := range rs {
				rev[len(rs)-1-i] = c
			}
			s.bwd.add(rev, w)
		}
	}
	return s
}

// prefix returns the longest word that r starts with, or "".
func (s *wordSet) prefix(r []rune) string {
	if len(r) == 0 || !s.first.has(r[0]) {
		return ""
	}
	n, best := s.fwd, ""
	for _, c := range r {
		if n = n.next[c]; n == nil {
			break
		}
		if n.word != "" {
			best = n.word
		}
	}
	return best
}

// suffix returns the longest word that r ends with, or "".
func (s *wordSet) suffix(r []rune) string {
	if len(r) == 0 || !s.last.has(r[len(r)-1]) {
		return ""
	}
	n, best := s.bwd, ""
	for k := len(r) - 1; k >= 0; k-- {
		if n = n.next[r[k]]; n == nil {
			break
		}
		if n.word != "" {
			best = n.word
		}
	}
	return best
}

// splitAlt splits a guard written as a regexp alternation (个|体|性).
func splitAlt(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}
