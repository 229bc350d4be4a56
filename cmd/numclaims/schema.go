package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"numclaims/schema"
)

// runSchema prints every output column, table by table: name, type, meaning.
func runSchema(stdout io.Writer) int {
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	table := ""
	for _, c := range schema.Columns() {
		if c.Table != table {
			if table != "" {
				fmt.Fprintln(tw)
			}
			table = c.Table
			fmt.Fprintf(tw, "%s.parquet (schema version %s)\n", table, schema.Version)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", c.Name, c.Type, c.Meaning)
	}
	if err := tw.Flush(); err != nil {
		return exitFailed
	}
	return exitOK
}
