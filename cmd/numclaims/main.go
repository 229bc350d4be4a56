// Command numclaims turns Chinese documents into tables of numeric claims.
//
// Usage:
//
//	numclaims extract [flags] INPUT...   extract claims to Parquet (or JSON Lines)
//	numclaims schema                     print every output column
//	numclaims version                    print the version
//
// Run `numclaims extract -h` for the flags.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
)

// Exit codes.
const (
	exitOK          = 0   // every document was read and extracted
	exitFailed      = 1   // some documents failed, or the output could not be written
	exitUsage       = 2   // bad command line
	exitInterrupted = 130 // stopped by SIGINT or SIGTERM; no output files were left behind
)

const usage = `usage:
  numclaims extract [flags] INPUT...   extract numeric claims (see numclaims extract -h)
  numclaims schema                     print every output column: name, type, meaning
  numclaims version                    print the version

INPUT is a file, a directory (searched for .txt, .md and .jsonl files), a glob,
or - for standard input.
`

func main() {
	reexecWithHugePages(os.Args)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the process exit code.
// It never calls os.Exit, so tests can call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "extract":
		return runExtract(args[1:], stdin, stdout, stderr)
	case "schema":
		if len(args) > 1 {
			fmt.Fprintf(stderr, "numclaims: schema takes no arguments\n")
			return exitUsage
		}
		return runSchema(stdout)
	case "version", "--version", "-version", "-v":
		fmt.Fprintf(stdout, "numclaims %s (%s %s/%s)\n", version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "numclaims: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
}

// version reports the module version the binary was built from, or
// "(devel)" for a build inside the source tree.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
