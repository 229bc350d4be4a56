package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Values of --encoding.
const (
	encAuto    = "auto"    // UTF-8, else GBK/GB18030 when that decodes cleanly to Chinese
	encUTF8    = "utf-8"   // UTF-8 only
	encGBK     = "gbk"     // GBK (CP936)
	encGB18030 = "gb18030" // GB18030, a superset of GBK
)

var encodings = []string{encAuto, encUTF8, encGBK, encGB18030}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// errBinary marks a document that holds NUL bytes: a binary file, not text.
var errBinary = errors.New("binary file, not text")

// decodeText turns the bytes of one document, as read, into its text in
// the encoding enc. A leading UTF-8 byte order mark is dropped; everything
// else, line endings included, is kept as is, since claim offsets count
// code points of this text. Errors give the byte offset into b.
func decodeText(b []byte, enc string) (string, error) {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		// 0x00 is never part of a multi-byte sequence in UTF-8, GBK or GB18030.
		return "", fmt.Errorf("byte %d: NUL byte: %w (numclaims reads UTF-8 or GBK text)", i, errBinary)
	}
	switch enc {
	case encGBK:
		return decodeChinese(b, simplifiedchinese.GBK, "GBK", "try --encoding gb18030 or utf-8")
	case encGB18030:
		return decodeChinese(b, simplifiedchinese.GB18030, "GB18030", "try --encoding utf-8")
	case encUTF8:
		if validUTF8(b) {
			return string(bytes.TrimPrefix(b, utf8BOM)), nil
		}
		return "", fmt.Errorf("byte %d: invalid UTF-8 (GBK file? try --encoding gbk)", invalidUTF8(b))
	}
	if validUTF8(b) {
		return string(bytes.TrimPrefix(b, utf8BOM)), nil
	}
	// GB18030 decodes every GBK file the same way GBK does, and more.
	if s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b); err == nil && plausiblyChinese(s) {
		return string(s), nil
	}
	return "", fmt.Errorf("byte %d: invalid UTF-8, and not GBK or GB18030 Chinese either (to force one, try --encoding gbk)", invalidUTF8(b))
}

// invalidUTF8 returns the offset of the first byte of b that is not valid
// UTF-8.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// decodeChinese decodes b with e, failing at the first byte sequence e
// cannot decode. x/text decoders substitute U+FFFD for such sequences
// instead of failing, and neither GBK nor GB18030 files hold U+FFFD in
// practice, so its presence marks the error.
func decodeChinese(b []byte, e encoding.Encoding, name, try string) (string, error) {
	s, err := e.NewDecoder().Bytes(b)
	if err == nil && !bytes.ContainsRune(s, utf8.RuneError) {
		return string(s), nil
	}
	return "", fmt.Errorf("byte %d: invalid %s (%s)", invalidChinese(b, e), name, try)
}

// invalidChinese returns the offset of the first byte of b that e decodes
// to U+FFFD, decoding at most one multi-byte character at a time.
func invalidChinese(b []byte, e encoding.Encoding) int {
	dec := e.NewDecoder()
	var dst [utf8.UTFMax]byte
	for i := 0; i < len(b); {
		nDst, nSrc, _ := dec.Transform(dst[:], b[i:], true)
		if nSrc == 0 {
			return i
		}
		// dst holds either one character or up to four ASCII bytes
		// (U+FFFD takes three bytes, so at most one ASCII byte, one source
		// byte, comes before it).
		if k := bytes.IndexRune(dst[:nDst], utf8.RuneError); k >= 0 {
			return i + k
		}
		i += nSrc
	}
	return len(b)
}

// plausiblyChinese reports whether s, decoded from a legacy encoding, reads
// as Chinese: most of its non-ASCII characters are Han, CJK punctuation,
// full-width forms or the symbols Chinese text uses. Bytes of another
// encoding decoded as GBK rarely pass.
func plausiblyChinese(s []byte) bool {
	var cjk, other int
	for _, r := range string(s) {
		switch {
		case r < utf8.RuneSelf:
		case r == utf8.RuneError:
			return false
		case unicode.Is(unicode.Han, r),
			r >= 0x3000 && r <= 0x33FF, // CJK symbols and punctuation, kana, enclosed CJK, CJK compatibility (㎡)
			r >= 0xFF00 && r <= 0xFFEF, // full-width forms
			r >= 0x2000 && r <= 0x206F, // general punctuation: “ ” — …
			r >= 0x2160 && r <= 0x24FF, // Roman numerals, arrows, math, ①
			strings.ContainsRune("·×÷°±", r):
			cjk++
		default:
			other++
		}
	}
	return cjk > 0 && cjk >= 2*other
}

// validUTF8 is utf8.Valid with a fast path for the three-byte sequences
// Chinese is written in: a lead byte E1–EC or EE–EF takes any two
// continuation bytes (E0 and ED, which restrict the second byte, and all
// other lengths go through utf8.DecodeRune). Validation was 4% of the CPU.
func validUTF8(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xE1 && c != 0xED && c <= 0xEF && i+2 < len(b) && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		i += n
	}
	return true
}
