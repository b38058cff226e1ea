package index

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// lockHolders names the processes that hold bleve's lock on the index at
// path (its root.bolt), from Linux's /proc/locks: "zhnews search (pid
// 123)". Readers write no holder file, so this is how a process refused
// by readers learns who they are. Elsewhere, or when /proc says nothing,
// it returns nil.
func lockHolders(path string) []string {
	fi, err := os.Stat(filepath.Join(path, "store", "root.bolt"))
	if err != nil {
		return nil
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	raw, err := os.ReadFile("/proc/locks")
	if err != nil {
		return nil
	}
	inode := ":" + strconv.FormatUint(st.Ino, 10)
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Fields(line)
		// 1: FLOCK  ADVISORY  WRITE 19525 fe:00:10585466 0 EOF
		if len(f) < 6 || f[1] != "FLOCK" || !strings.HasSuffix(f[5], inode) {
			continue
		}
		pid := f[4]
		if n, err := strconv.Atoi(pid); err != nil || n == os.Getpid() || seen[pid] {
			continue
		}
		seen[pid] = true
		out = append(out, fmt.Sprintf("%s (pid %s)", commandOf(pid), pid))
	}
	return out
}

// commandOf is a process's command line, shortened: "zhnews search".
func commandOf(pid string) string {
	raw, err := os.ReadFile("/proc/" + pid + "/cmdline")
	if err != nil || len(raw) == 0 {
		return "a process"
	}
	args := strings.Split(string(bytes.TrimRight(raw, "\x00")), "\x00")
	args[0] = filepath.Base(args[0])
	if len(args) > 2 {
		args = args[:2]
	}
	return strings.Join(args, " ")
}
