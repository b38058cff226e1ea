package main

import (
	"context"
	"fmt"

	"zhnews/internal/version"
)

// cmdVersion prints the build's version: the module version, the VCS
// revision and its time, and the Go release.
func cmdVersion(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "version", "", "Print the version and VCS revision this binary was built from (also: zhnews --version).")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	fmt.Fprintln(e.stdout, version.Read().String())
	return exitOK
}
