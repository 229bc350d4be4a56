//go:build !linux

package main

// reexecWithHugePages does nothing off Linux: glibc's tunables are Linux's.
func reexecWithHugePages(args []string) {}
