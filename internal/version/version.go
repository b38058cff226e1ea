// Package version says which build of zhnews is running, from what the Go
// toolchain recorded in the binary (debug.ReadBuildInfo): the module
// version when installed from a tag (go install zhnews/cmd/zhnews@v1.2.0),
// else "devel", and the VCS revision, its time and whether the tree had
// uncommitted changes when built from a checkout. Records and exports
// carry it so that a result says which release made it.
package version

import (
	"runtime/debug"
)

// Info is one build's identity.
type Info struct {
	Module    string // the module's version: v1.2.0, or "devel"
	Revision  string // VCS revision, "" when not built from a checkout
	Time      string // the revision's commit time (RFC 3339)
	Modified  bool   // built with uncommitted changes
	GoVersion string
}

// Read returns what the running binary records of its build.
func Read() Info {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return Info{Module: "devel"}
	}
	return fromBuildInfo(bi)
}

func fromBuildInfo(bi *debug.BuildInfo) Info {
	in := Info{Module: bi.Main.Version, GoVersion: bi.GoVersion}
	if in.Module == "" || in.Module == "(devel)" {
		in.Module = "devel"
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			in.Revision = s.Value
		case "vcs.time":
			in.Time = s.Value
		case "vcs.modified":
			in.Modified = s.Value == "true"
		}
	}
	return in
}

// Short is the version as exports record it: v1.2.0, or devel+abc123def456
// (+dirty when modified).
func (in Info) Short() string {
	v := in.Module
	if in.Revision != "" && v == "devel" { // a tagged or pseudo-version names its revision already
		rev := in.Revision
		if len(rev) > 12 {
			rev = rev[:12]
		}
		v += "+" + rev
	}
	if in.Modified {
		v += "+dirty"
	}
	return v
}

// String is the line "zhnews --version" prints.
func (in Info) String() string {
	s := "zhnews " + in.Short()
	if in.Time != "" {
		s += " (" + in.Time + ")"
	}
	if in.GoVersion != "" {
		s += " " + in.GoVersion
	}
	return s
}
