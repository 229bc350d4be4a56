package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"syscall"
	"time"

	"golang.org/x/term"
)

// stats counts what the writer has written, for the progress line and the
// summary.
type stats struct {
	start  time.Time // when the run started
	total  int64     // bytes of all inputs; -1 when unknown
	show   bool      // a progress line is drawn on stderr
	drawn  bool      // the progress line is on screen
	stderr io.Writer // where progress, errors and the summary go
	docs   int       // documents written
	failed int       // documents written with status "error"
	claims int64     // claims written
	bytes  int64     // bytes of the documents written, as read
}

func newStats(start time.Time, total int64, show bool, stderr io.Writer) *stats {
	return &stats{start: start, total: total, show: show, stderr: stderr}
}

// add counts one written document, and reports it on stderr if it failed.
func (s *stats) add(r result) {
	s.docs++
	s.claims += int64(len(r.claims))
	s.bytes += r.doc.Bytes
	if r.doc.Error != nil {
		s.failed++
		s.clear()
		fmt.Fprintf(s.stderr, "numclaims: %s: %s\n", r.doc.Source, *r.doc.Error)
	}
}

// progress redraws the progress line: documents, MB, MB/s and, when the
// input size is known, the estimated time left.
func (s *stats) progress() {
	if !s.show {
		return
	}
	el := time.Since(s.start).Seconds()
	rate := float64(s.bytes) / 1e6 / max(el, 1e-9)
	line := fmt.Sprintf("numclaims: %d documents, %.1f MB, %.1f MB/s", s.docs, float64(s.bytes)/1e6, rate)
	if s.total > 0 && s.bytes > 0 {
		left := time.Duration(float64(max(s.total-s.bytes, 0)) / float64(s.bytes) * el * float64(time.Second))
		line += fmt.Sprintf(", %.0f%%, ETA %s", 100*float64(s.bytes)/float64(s.total), left.Round(time.Second))
	}
	fmt.Fprintf(s.stderr, "\r%s\x1b[K", line)
	s.drawn = true
}

// clear erases the progress line so that a message can be printed.
func (s *stats) clear() {
	if s.drawn {
		fmt.Fprint(s.stderr, "\r\x1b[K")
		s.drawn = false
	}
}

// summary prints the one line that ends every run.
func (s *stats) summary() {
	s.clear()
	el := time.Since(s.start).Seconds()
	el = max(el, 1e-9)
	fmt.Fprintf(s.stderr, "numclaims: %d documents (%d ok, %d failed), %d claims, %.2f MB in %.2fs (%.2f MB/s, %.0f docs/s, %.0f claims/s, peak RSS %d MB)\n",
		s.docs, s.docs-s.failed, s.failed, s.claims, float64(s.bytes)/1e6, el, float64(s.bytes)/1e6/el,
		float64(s.docs)/el, float64(s.claims)/el, peakRSS()>>20)
}

// peakRSS is the most resident memory the process has had, in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return ru.Maxrss // bytes there, KiB on Linux
	}
	return ru.Maxrss << 10
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
