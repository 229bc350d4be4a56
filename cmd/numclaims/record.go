package main

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// fastRecord reads the id and text fields of a JSON Lines record in one
// pass, without encoding/json: on the bench corpus encoding/json spent more
// time validating and unquoting records than the extractor spent on some of
// them. It handles well-formed records only; ok is false for anything else
// (bad JSON, a text that is not a string…), and the caller
// then decodes the line with encoding/json, which gives the exact error.
// id is the raw JSON of the id field, nil when absent.
//
// line must be valid UTF-8, as decodeText leaves every document: the
// fast path does not check it again.
func fastRecord(line, idField, textField string) (id, text string, hasText, ok bool) {
	p := scanner{s: line}
	p.space()
	if !p.eat('{') {
		return "", "", false, false
	}
	p.space()
	if p.eat('}') {
		return "", "", false, p.end()
	}
	for {
		p.space()
		key, ok := p.str()
		if !ok {
			return "", "", false, false
		}
		p.space()
		if !p.eat(':') {
			return "", "", false, false
		}
		p.space()
		switch key {
		case textField:
			if p.i >= len(p.s) || p.s[p.i] != '"' {
				return "", "", false, false // not a string: let encoding/json say what it is
			}
			if text, ok = p.str(); !ok {
				return "", "", false, false
			}
			hasText = true
		case idField:
			a := p.i
			if !p.value() {
				return "", "", false, false
			}
			id = p.s[a:p.i]
		default:
			if strings.EqualFold(key, textField) || strings.EqualFold(key, idField) {
				return "", "", false, false // encoding/json matches keys case-insensitively; let it
			}
			if !p.value() {
				return "", "", false, false
			}
		}
		p.space()
		if p.eat('}') {
			return id, text, hasText, p.end()
		}
		if !p.eat(',') {
			return "", "", false, false
		}
	}
}

// scanner walks a JSON text.
type scanner struct {
	s string
	i int
}

func (p *scanner) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\r' || p.s[p.i] == '\n') {
		p.i++
	}
}

func (p *scanner) eat(c byte) bool {
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *scanner) end() bool {
	p.space()
	return p.i == len(p.s)
}

// str reads a string and returns it unquoted.
func (p *scanner) str() (string, bool) {
	if !p.eat('"') {
		return "", false
	}
	a := p.i
	esc := false
	for p.i < len(p.s) {
		p.i += plainRun(p.s[p.i:])
		if p.i >= len(p.s) {
			break
		}
		c := p.s[p.i]
		switch {
		case c == '"':
			raw := p.s[a:p.i]
			p.i++
			if !esc {
				return raw, true
			}
			return unescape(raw)
		case c == '\\':
			esc = true
			p.i += 2
			continue
		case c < 0x20:
			return "", false
		}
		p.i++
	}
	return "", false
}

// plainRun returns how many bytes at the start of s need no attention
// inside a JSON string: no quote, backslash or control byte. It reads
// eight bytes at a time; texts run for hundreds of bytes between escapes.
func plainRun(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		q, bs := x^(ones*'"'), x^(ones*'\\')
		// a byte below 0x20, or equal to '"' or '\\', sets its high bit here
		if ((x-ones*0x20)|(q-ones)|(bs-ones))&^x&highs != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
			break
		}
	}
	return i
}

// unescape resolves the escapes of a JSON string body.
func unescape(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] != '\\' {
			j := strings.IndexByte(s[i:], '\\')
			if j < 0 {
				j = len(s) - i
			}
			b.WriteString(s[i : i+j])
			i += j
			continue
		}
		if i+1 >= len(s) {
			return "", false
		}
		switch s[i+1] {
		case '"', '\\', '/':
			b.WriteByte(s[i+1])
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, n, ok := hex4(s[i+2:])
			if !ok {
				return "", false
			}
			i += n
			if utf16.IsSurrogate(r) {
				r2, n2, ok := rune(0), 0, false
				if i+2 < len(s) && s[i+2] == '\\' && i+3 < len(s) && s[i+3] == 'u' {
					r2, n2, ok = hex4(s[i+4:])
				}
				if d := utf16.DecodeRune(r, r2); ok && d != utf8.RuneError {
					r = d
					i += 2 + n2
				} else {
					r = utf8.RuneError
				}
			}
			b.WriteRune(r)
		default:
			return "", false
		}
		i += 2
	}
	return b.String(), true
}

// hex4 reads the four hex digits of a \u escape.
func hex4(s string) (rune, int, bool) {
	if len(s) < 4 {
		return 0, 0, false
	}
	v, err := strconv.ParseUint(s[:4], 16, 32)
	if err != nil {
		return 0, 0, false
	}
	return rune(v), 4, true
}

// value skips one JSON value of any kind.
func (p *scanner) value() bool {
	if p.i >= len(p.s) {
		return false
	}
	switch c := p.s[p.i]; {
	case c == '"':
		_, ok := p.str()
		return ok
	case c == '{' || c == '[':
		return false // nested values are rare: encoding/json checks them
	default:
		a := p.i
		for p.i < len(p.s) && strings.IndexByte(",}] \t\r\n", p.s[p.i]) < 0 {
			p.i++
		}
		lit := p.s[a:p.i]
		if lit == "true" || lit == "false" || lit == "null" {
			return true
		}
		return isNumber(lit)
	}
}

// isNumber reports whether s is a JSON number: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?
func isNumber(s string) bool {
	i := 0
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	if i < len(s) && s[i] == '0' {
		i++
	} else if digits() == 0 {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}
