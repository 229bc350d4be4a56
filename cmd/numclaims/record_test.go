package main

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// decodeSlow is what parseRecord does without the fast path.
func decodeSlow(line string) (id json.RawMessage, text *string, err error) {
	var rec struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	err = json.Unmarshal([]byte(line), &rec)
	return rec.ID, rec.Text, err
}

var recordCases = []string{
	`{"id": "a", "text": "增长10%"}`,
	`{"text": "x\n\"y\"\\z\/\u4e2d\ud83d\ude00", "id": 7}`,
	`{"id": null, "text": ""}`,
	`{"title": "t", "id": -1.5e3, "text": "b", "extra": [1, {"a": 2}]}`,
	` { "id" : "s" , "text" : "a" } `,
	`{"id": "a", "text": 5}`,
	`{"id": "a"}`,
	`{"id": "a", "text": "x"`,
	`{"id": "a", "text": "\ud800"}`,
	`{"id": 01, "text": "x"}`,
	`{"id": "a", "text": "a\tb"}`,
	`[1]`,
	`{"text": "x", "text": "y"}`,
}

// TestFastRecord checks the fast path against encoding/json: whenever it
// claims a record, it must read what encoding/json reads.
func TestFastRecord(t *testing.T) {
	for _, line := range recordCases {
		checkFastRecord(t, line)
	}
}

func checkFastRecord(t *testing.T, line string) {
	if !utf8.ValidString(line) {
		return // decodeText rejects or converts such a line first
	}
	id, text, hasText, ok := fastRecord(line, "id", "text")
	if !ok || !hasText {
		return // the caller falls back to encoding/json
	}
	sid, stext, err := decodeSlow(line)
	if err != nil {
		t.Fatalf("%q: fast path accepted a record encoding/json rejects: %v", line, err)
	}
	if stext == nil || *stext != text {
		t.Fatalf("%q: fast text %q, encoding/json %v", line, text, stext)
	}
	if string(sid) != id && !(id == "" && sid == nil) {
		t.Fatalf("%q: fast id %q, encoding/json %q", line, id, sid)
	}
}

func FuzzFastRecord(f *testing.F) {
	for _, line := range recordCases {
		f.Add(line)
	}
	f.Fuzz(checkFastRecord)
}

// FuzzValidUTF8 holds validUTF8 to utf8.Valid.
func FuzzValidUTF8(f *testing.F) {
	for _, s := range []string{"增长10%", "a\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\xaf", "\xef\xbf\xbd", "\xf0\x9f\x98\x80", "\xe4\xb8\xad\xe6"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := validUTF8(b), utf8.Valid(b); got != want {
			t.Fatalf("validUTF8(%q) = %v, want %v", b, got, want)
		}
	})
}
