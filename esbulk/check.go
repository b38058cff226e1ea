package esbulk

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// Mapping is a strict mapping read from a template, to check documents
// against as the server would: a field it does not name, or a value its
// type cannot hold, makes the server refuse the document.
type Mapping struct {
	props map[string]field
}

type field struct {
	Type       string           `json:"type"`
	Format     string           `json:"format"`
	Properties map[string]field `json:"properties"`
}

// ReadMapping reads the mapping of a template written by Template.
func ReadMapping(template []byte) (*Mapping, error) {
	var t struct {
		Template struct {
			Mappings struct {
				Dynamic    string           `json:"dynamic"`
				Properties map[string]field `json:"properties"`
			} `json:"mappings"`
		} `json:"template"`
	}
	if err := json.Unmarshal(template, &t); err != nil {
		return nil, fmt.Errorf("template: %w", err)
	}
	if t.Template.Mappings.Dynamic != "strict" || len(t.Template.Mappings.Properties) == 0 {
		return nil, fmt.Errorf("template: no strict mapping")
	}
	return &Mapping{props: t.Template.Mappings.Properties}, nil
}

// Check returns every reason a server would refuse the document, field by
// field; none when it would index it.
func (m *Mapping) Check(docJSON []byte) []error {
	var d map[string]any
	dec := json.NewDecoder(strings.NewReader(string(docJSON)))
	dec.UseNumber()
	if err := dec.Decode(&d); err != nil {
		return []error{fmt.Errorf("not a JSON object: %w", err)}
	}
	var errs []error
	checkObject("", d, m.props, &errs)
	return errs
}

func checkObject(prefix string, obj map[string]any, props map[string]field, errs *[]error) {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		path := prefix + k
		f, ok := props[k]
		if !ok {
			*errs = append(*errs, fmt.Errorf("%s: strict_dynamic_mapping_exception: field not in the mapping", path))
			continue
		}
		checkValue(path, obj[k], f, errs)
	}
}

// checkValue checks one value, or each value of an array (any field may
// hold an array of its type).
func checkValue(path string, v any, f field, errs *[]error) {
	if v == nil {
		return // null is no value: the server skips it
	}
	if list, ok := v.([]any); ok {
		for i, x := range list {
			checkValue(fmt.Sprintf("%s[%d]", path, i), x, f, errs)
		}
		return
	}
	bad := func(what string) {
		*errs = append(*errs, fmt.Errorf("%s: %v (%T) cannot be a %s", path, v, v, what))
	}
	switch f.Type {
	case "nested", "object", "":
		obj, ok := v.(map[string]any)
		if !ok {
			bad("object")
			return
		}
		checkObject(path+".", obj, f.Properties, errs)
	case "keyword", "text":
		switch v.(type) {
		case string, json.Number, bool:
			// the server indexes numbers and booleans as their text
		default:
			bad(f.Type)
		}
	case "date":
		s, ok := v.(string)
		if !ok || !dateMatches(s, f.Format) {
			bad("date of format " + f.Format)
		}
	case "integer", "long", "short":
		n, ok := v.(json.Number)
		if !ok {
			bad(f.Type)
			return
		}
		i, err := n.Int64()
		if err != nil || (f.Type == "integer" && (i > math.MaxInt32 || i < math.MinInt32)) {
			bad(f.Type)
		}
	case "double", "float":
		if _, ok := v.(json.Number); !ok {
			bad(f.Type)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			bad("boolean")
		}
	default:
		bad("value of unchecked type " + f.Type)
	}
}

// dateMatches reads a date as the mapping's format does: Java date
// patterns joined by ||, of which only the year, month and day patterns
// that Template uses are known here.
func dateMatches(s, format string) bool {
	if format == "" {
		format = "strict_date_optional_time"
	}
	for _, p := range strings.Split(format, "||") {
		layout := map[string]string{"yyyy-MM-dd": "2006-01-02", "yyyy-MM": "2006-01", "yyyy": "2006", "strict_date_optional_time": time.RFC3339}[p]
		if layout == "" {
			continue
		}
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}
