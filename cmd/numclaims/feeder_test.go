package main

import (
	"testing"
	"time"
)

// feed runs a feeder over documents needing the given tokens, against a
// window of size tokens. Like the writer, the consumer frees a document's
// tokens only after receiving its batch, and only once nothing more has
// come for a moment. It returns the batches received, or fails the test
// when the feeder stalls.
func feed(t *testing.T, size int, tokens []int) [][]job {
	t.Helper()
	window := make(chan struct{}, size)
	jobs := make(chan []job, size)
	done := make(chan struct{})
	defer close(done)
	go func() {
		defer close(jobs)
		f := feeder{window: window, jobs: jobs, done: done}
		for i, n := range tokens {
			if !f.add(job{seq: i, raw: make([]byte, n)}, n) {
				return
			}
		}
		f.flush()
	}()
	var got [][]job
	held := 0
	deadline := time.After(10 * time.Second)
	for {
		select {
		case b, ok := <-jobs:
			if !ok {
				return got
			}
			got = append(got, b)
			for _, j := range b {
				held += len(j.raw)
			}
		case <-time.After(5 * time.Millisecond):
			for ; held > 0; held-- {
				<-window
			}
		case <-deadline:
			t.Fatalf("the feeder stalled after %d batches", len(got))
		}
	}
}

// TestFeeder checks that every document arrives once, in order, in
// batches within the limits, including when a document needs the whole
// window while a batch is waiting: the batch must go before the feeder
// waits, or neither can move.
func TestFeeder(t *testing.T) {
	var tokens []int
	for i := range 200 {
		switch {
		case i%50 == 7:
			tokens = append(tokens, 64) // the whole window
		case i%10 == 3:
			tokens = append(tokens, batchTokens+1) // too large to share a batch
		default:
			tokens = append(tokens, 1+i%3)
		}
	}
	got := feed(t, 64, tokens)
	next, full := 0, 0
	for _, b := range got {
		n := 0
		for _, j := range b {
			if j.seq != next {
				t.Fatalf("document %d came where %d was due", j.seq, next)
			}
			next++
			n += tokens[j.seq]
		}
		switch {
		case len(b) == 0:
			t.Errorf("an empty batch")
		case len(b) > batchDocs:
			t.Errorf("a batch of %d documents, more than %d", len(b), batchDocs)
		case len(b) > 1 && n > batchTokens:
			t.Errorf("a batch of %d documents holds %d tokens, more than %d", len(b), n, batchTokens)
		}
		if len(b) > 1 {
			full++
		}
	}
	if next != len(tokens) {
		t.Errorf("%d of %d documents arrived", next, len(tokens))
	}
	if full == 0 {
		t.Errorf("no batch held more than one document: %d batches for %d documents", len(got), len(tokens))
	}
}
