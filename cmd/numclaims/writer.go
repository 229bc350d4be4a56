package main

import (
	"io"

	"numclaims/output"
)

// createWriter opens the output o asks for: Parquet or JSON Lines files in
// a directory, or claims as JSON Lines on stdout for -o -.
func createWriter(o options, stdout io.Writer) (output.Writer, error) {
	meta := output.Meta{Version: version(), Codec: o.compression}
	switch {
	case o.out == "-":
		return output.NewJSONL(stdout), nil
	case o.format == formatJSONL:
		return output.CreateJSONL(o.out)
	}
	return output.CreateParquet(o.out, meta)
}
