package clean

import (
	"fmt"
	"strings"
)

// A Step is one normalisation step: text in, text out. Like a bleve
// CharFilter it sees the whole text of a block; like an x/text Transformer
// it does one thing and is composed with others in a Chain. What a step
// repaired or could not read goes into the Report.
type Step interface {
	Name() string
	Apply(text string, rep *Report) string
}

// Report collects what the normalisation steps did to one article.
type Report struct {
	// Script is the script of the text before conversion ("hant" or
	// "hans"), set by the conversion step.
	Script string
	counts map[string]int
}

// Count adds n to a named counter ("mojibake runs repaired", ...).
func (r *Report) Count(what string, n int) {
	if n == 0 {
		return
	}
	if r.counts == nil {
		r.counts = map[string]int{}
	}
	r.counts[what] += n
}

// Warnings turns the counters into sentences, in a stable order.
func (r *Report) Warnings() []string {
	var out []string
	for _, k := range reportOrder {
		if n := r.counts[k]; n > 0 {
			out = append(out, fmt.Sprintf("%s: %d", k, n))
		}
	}
	return out
}

// The counters steps report, in the order warnings list them.
const (
	countMojibakeRepaired   = "GBK mojibake runs repaired"
	countMojibakeUnrepaired = "GBK mojibake runs that could not be repaired"
	countPinyin             = "pinyin annotations removed"
	countInvalid            = "unreadable bytes replaced with U+FFFD"
	countConverted          = "converted from traditional to simplified script"
)

var reportOrder = []string{countInvalid, countMojibakeRepaired, countMojibakeUnrepaired, countPinyin, countJammer, countConverted}

// Chain applies steps in order.
type Chain []Step

// Apply runs every step of the chain over text.
func (c Chain) Apply(text string, rep *Report) string {
	for _, s := range c {
		text = s.Apply(text, rep)
	}
	return text
}

// Names lists the steps, for help text and tests.
func (c Chain) Names() string {
	names := make([]string, len(c))
	for i, s := range c {
		names[i] = s.Name()
	}
	return strings.Join(names, " → ")
}
