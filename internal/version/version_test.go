package version

import (
	"runtime/debug"
	"testing"
)

func TestInfo(t *testing.T) {
	for _, tc := range []struct {
		bi         debug.BuildInfo
		short, all string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, GoVersion: "go1.26"}, "v1.2.0", "zhnews v1.2.0 go1.26"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-01T20:00:00Z"}, {Key: "vcs.modified", Value: "true"}}},
			"devel+0123456789ab+dirty", "zhnews devel+0123456789ab+dirty (2026-12-01T20:00:00Z)"},
		{debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261201200000-0123456789ab"}, Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef"}}},
			"v0.0.0-20261201200000-0123456789ab", "zhnews v0.0.0-20261201200000-0123456789ab"},
		{debug.BuildInfo{}, "devel", "zhnews devel"},
	} {
		in := fromBuildInfo(&tc.bi)
		if in.Short() != tc.short || in.String() != tc.all {
			t.Errorf("%+v: %q / %q, want %q / %q", tc.bi.Main, in.Short(), in.String(), tc.short, tc.all)
		}
	}
	if Read().Module == "" {
		t.Error("no version read from the test binary")
	}
}
