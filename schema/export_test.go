package schema

import (
	"maps"
	"slices"
)

// MeaningNames returns the column names of the meanings table, sorted.
func MeaningNames() []string { return slices.Sorted(maps.Keys(meanings)) }
