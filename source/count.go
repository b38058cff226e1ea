package source

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Count says how many articles paths hold, for a progress bar's total,
// from names and folder listings alone (nothing is read). exact is false
// when an input's articles cannot be counted so: archives, dumps, web
// archives and standard input hold an unknown number.
func Count(paths []string) (n int, exact bool) {
	exact = true
	for _, p := range paths {
		if p == "-" {
			exact = false
			continue
		}
		if IsURL(p) {
			n++
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			n++ // an error item
			continue
		}
		if !info.IsDir() {
			n++
			if k := kindOf(p); k != kindArticle && k != kindUnknown {
				exact = false
			}
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			switch kindOf(path) {
			case kindArticle:
				n++
			case kindUnknown:
			default:
				n++
				exact = false
			}
			return nil
		})
	}
	return n, exact
}
