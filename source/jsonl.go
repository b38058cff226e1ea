package source

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// jsonRecord is one line of a crawler's dump: the page as html or text,
// with what the crawler knew of it.
type jsonRecord struct {
	HTML      *string `json:"html"`
	Text      *string `json:"text"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	Source    string  `json:"source"`
}

// readJSONL reads one article per line: {"html": ...} or {"text": ...},
// with optional url, title and published. A line that is no such object
// is an error item named file:line; the next lines are read. Lines are
// streamed, never the whole dump held in memory.
func (w walker) readJSONL(name string, r io.Reader) bool {
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		raw, err := readLine(br)
		if err == io.EOF && len(raw) == 0 {
			return true
		}
		it := Item{Name: fmt.Sprintf("%s:%d", name, line), Size: int64(len(raw))}
		switch {
		case errors.Is(err, ErrTooLarge):
			it.Err = err
		case err != nil && err != io.EOF:
			return w.send(Item{Name: it.Name, Err: err})
		case len(strings.TrimSpace(string(raw))) == 0:
			if err == io.EOF {
				return true
			}
			continue // blank lines are allowed
		default:
			it = parseRecord(it.Name, raw)
		}
		if !w.send(it) {
			return false
		}
		if err == io.EOF {
			return true
		}
	}
}

// readLine reads one line of any length up to MaxSize.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > MaxSize {
			// Skip the rest of the line and report it.
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			return []byte("x"), fmt.Errorf("line %w (over %d MB)", ErrTooLarge, MaxSize>>20)
		}
		line = append(line, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return line, err
	}
}

func parseRecord(name string, raw []byte) Item {
	it := Item{Name: name, Size: int64(len(raw))}
	var rec jsonRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		it.Err = fmt.Errorf("json: %w", err)
		return it
	}
	switch {
	case rec.HTML != nil && strings.TrimSpace(*rec.HTML) != "":
		it.Data = []byte(*rec.HTML)
		it.Hints.HTML = true
	case rec.Text != nil && strings.TrimSpace(*rec.Text) != "":
		it.Data = []byte(*rec.Text)
	default:
		it.Err = errors.New(`no "html" or "text" field`)
		return it
	}
	it.Hints.URL, it.Hints.Title, it.Hints.Published = rec.URL, rec.Title, rec.Published
	return it
}

// ParseLine reads one line of a JSON Lines dump as an article, for
// engines that split a dump into lines themselves (Beam's text I/O). The
// item is named by the record's url when it has one, else by name.
func ParseLine(name string, raw []byte) Item {
	it := parseRecord(name, raw)
	if it.Err == nil && it.Hints.URL != "" {
		it.Name = it.Hints.URL
	}
	return it
}

// IsJSONL reports whether a name is that of a JSON Lines dump (.jsonl,
// .ndjson, also gzipped).
func IsJSONL(name string) bool {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	return kindOf(n) == kindJSONL
}
