package main

import "testing"

func TestHugePagesEnv(t *testing.T) {
	madvise := []byte("always [madvise] never\n")
	for _, c := range []struct {
		args     []string
		tunables string
		thp      []byte
		want     string
		ok       bool
	}{
		{[]string{"numclaims", "extract", "seeds/"}, "", madvise, "glibc.malloc.hugetlb=1", true},
		{[]string{"numclaims", "extract", "-"}, "glibc.malloc.arena_max=2", madvise, "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1", true},
		{[]string{"numclaims", "extract", "-"}, "glibc.malloc.hugetlb=1", madvise, "", false}, // the re-execution itself
		{[]string{"numclaims", "extract", "-"}, "glibc.malloc.hugetlb=0", madvise, "", false}, // the user's choice
		{[]string{"numclaims", "extract", "-"}, "", []byte("[always] madvise never\n"), "", false},
		{[]string{"numclaims", "extract", "-"}, "", []byte("always madvise [never]\n"), "", false},
		{[]string{"numclaims", "extract", "-"}, "", nil, "", false}, // no such file
		{[]string{"numclaims", "schema"}, "", madvise, "", false},
		{[]string{"numclaims"}, "", madvise, "", false},
	} {
		got, ok := hugePagesEnv(c.args, c.tunables, c.thp)
		if got != c.want || ok != c.ok {
			t.Errorf("hugePagesEnv(%q, %q, %q) = %q, %v; want %q, %v", c.args, c.tunables, c.thp, got, ok, c.want, c.ok)
		}
	}
}
