package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"zhnews/source"
)

// bar is extract's progress on a terminal: a bar with the count, rate
// and time left when the number of inputs is known from their names,
// else a spinner with the count and rate. Off the terminal (a pipe, a
// file, a test) it draws nothing.
type bar struct {
	pb *progressbar.ProgressBar
}

// newBar draws on w when w is a terminal and enabled.
func newBar(w io.Writer, enabled bool, paths []string, listed int) *bar {
	f, ok := w.(*os.File)
	if !enabled || !ok || !term.IsTerminal(int(f.Fd())) {
		return &bar{}
	}
	return &bar{pb: startBar(w, paths, listed)}
}

func startBar(w io.Writer, paths []string, listed int) *progressbar.ProgressBar {
	n, exact := source.Count(paths)
	total := int64(n + listed)
	if !exact {
		total = -1 // a spinner: archives and dumps hold an unknown number
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("extract"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(exact),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
	)
}

// add counts one input done.
func (b *bar) add() {
	if b.pb != nil {
		b.pb.Add(1)
	}
}

// clear takes the bar off the line, so that a message can be printed;
// the next add draws it again.
func (b *bar) clear() {
	if b.pb != nil {
		b.pb.Clear()
	}
}

func (b *bar) finish() {
	if b.pb != nil {
		b.pb.Finish()
	}
}
