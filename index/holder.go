package index

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolterrors "go.etcd.io/bbolt/errors"
)

// One writer, named.
//
// bleve locks an index folder: one process may write it, or any number
// read it, never both (a lock on its root.bolt). Waiting for that lock
// used to hang a second process without a word; zhnews waits LockWait
// at most, then fails with a *HeldError naming the holder, which a
// writing process records in HolderName when it opens the index.

// LockWait is how long opening an index waits for another process to
// let go of it.
const LockWait = time.Second

// HolderName is the file, in the index folder, that names the process
// writing the index.
const HolderName = "zhnews-holder.json"

// Holder is the process that has an index open for writing.
type Holder struct {
	Command string    `json:"command"` // "ingest" or "serve"
	PID     int       `json:"pid"`
	Since   time.Time `json:"since"`
	// Addr and Token, for a serve: where it accepts articles to ingest
	// (POST /api/ingest, loopback only) and the token it asks for. The
	// file is readable by its owner only.
	Addr  string `json:"addr,omitempty"`
	Token string `json:"token,omitempty"`
}

// HeldError is an index another process has open.
type HeldError struct {
	Path   string
	Holder *Holder // nil when no writer is named: readers hold it
	// Readers names the processes holding the lock when no writer is
	// named ("zhnews search (pid 123)"), where the system tells.
	Readers []string
}

func (e *HeldError) Error() string {
	if e.Holder == nil {
		if len(e.Readers) > 0 {
			return fmt.Sprintf("index %s: in use by %s; try again when it ends", e.Path, strings.Join(e.Readers, ", "))
		}
		return fmt.Sprintf("index %s: in use by another process (a search, export, facts or serve reading it); try again when it ends", e.Path)
	}
	h := e.Holder
	msg := fmt.Sprintf("index %s: in use by zhnews %s (pid %d, since %s)", e.Path, h.Command, h.PID, h.Since.Local().Format("15:04:05"))
	switch {
	case h.Command == "serve" && h.Addr != "":
		return msg + "; search it at http://" + h.Addr + "/ or stop it"
	case h.Command == "ingest":
		return msg + "; try again when it ends"
	}
	return msg
}

// heldError turns bleve's lock timeout into a *HeldError.
func heldError(path string, err error) error {
	if !errors.Is(err, bolterrors.ErrTimeout) {
		return err
	}
	he := &HeldError{Path: path}
	if h, ok := ReadHolder(path); ok && h.PID != os.Getpid() {
		he.Holder = &h
	} else {
		he.Readers = lockHolders(path)
	}
	return he
}

// ReadHolder reads the holder file of the index at path. A file left by
// a process that died is ignored: its lock went with it, so the file is
// only read after the lock was refused.
func ReadHolder(path string) (Holder, bool) {
	var h Holder
	raw, err := os.ReadFile(filepath.Join(path, HolderName))
	if err != nil || json.Unmarshal(raw, &h) != nil || h.PID == 0 {
		return h, false
	}
	return h, true
}

// Hold records this process as the index's writer; Close removes the
// record. A serve gets a fresh token when it passes none.
func (x *Index) Hold(command, addr string) (Holder, error) {
	h := Holder{Command: command, PID: os.Getpid(), Since: time.Now().UTC(), Addr: addr}
	if command == "serve" {
		b := make([]byte, 16)
		if _, err := rand.Read(b); err != nil {
			return h, err
		}
		h.Token = hex.EncodeToString(b)
	}
	raw, err := json.Marshal(h)
	if err != nil {
		return h, err
	}
	path := filepath.Join(x.Path, HolderName)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, raw, 0o600); err != nil {
		return h, fmt.Errorf("index %s: %w", x.Path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return h, fmt.Errorf("index %s: %w", x.Path, err)
	}
	x.held = true
	return h, nil
}

// release removes the holder file this process wrote.
func (x *Index) release() {
	if !x.held {
		return
	}
	if h, ok := ReadHolder(x.Path); ok && h.PID == os.Getpid() {
		os.Remove(filepath.Join(x.Path, HolderName))
	}
	x.held = false
}
