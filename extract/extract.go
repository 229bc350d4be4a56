// Package extract finds numeric claims in Chinese text.
//
// It scans a document for candidate numbers, matches the extraction
// patterns on a small window around each, normalizes the number and its
// unit, and attaches context (metric, predicate, time, sentence) from the
// segmented clause. It holds no global state: an Extractor is a Segmenter
// plus Options, safe for concurrent use.
package extract

import "numclaims/schema"

// Options controls what Extract emits.
type Options struct {
	// Numbers also emits every cardinal number that has no recognized unit,
	// as kind "number" with an empty unit.
	Numbers bool
}

// Extractor finds claims. It is safe for concurrent use.
type Extractor struct {
	seg  *Segmenter
	opts Options
}

// New returns an Extractor that segments with seg. seg must stay open for
// the Extractor's lifetime.
func New(seg *Segmenter, opts Options) *Extractor {
	return &Extractor{seg: seg, opts: opts}
}

// Extract returns the claims of one document's text, sorted by start, with
// ClaimIdx set. DocID and Source are left for the caller to fill.
func (e *Extractor) Extract(text string) []schema.Claim {
	return nil // TODO(core): being written
}
