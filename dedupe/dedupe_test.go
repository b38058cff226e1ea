package dedupe

import (
	"encoding/json"
	"hash/fnv"
	"math/rand"
	"os"
	"regexp"
	"strings"
	"testing"

	"zhnews/segment"
)

func hashOf(t *testing.T, text string) uint64 {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	return SimHash(seg.Segment(text))
}

// goldenTexts are the texts of the bundled articles, as the pipeline
// leaves them.
func goldenTexts(t *testing.T) []string {
	t.Helper()
	raw, err := os.ReadFile("../testdata/golden/articles.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var a struct{ Text string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, a.Text)
	}
	return texts
}

// Reprints of each bundled article (1,000 to 9,000 characters), on the
// same subject (hospitals' party work): another site's header and footer
// or a figure changed are within MaxDistance and share a key and a
// band; any one sentence dropped is within MaxDistance in at least 98 %
// of the cases (a sentence of 5 to 10 % of the words may move the hash 8
// to 10 bits: 4 of the 520 drops) and always within 2×MaxDistance; the
// other articles are farther than that (24 to 31 bits). Version 1 kept
// every drop within 2 bits, and 4 of the 10 pairs of articles within 14
// (one within 9): its hashes of any two texts on a subject were close.
func TestNearDuplicates(t *testing.T) {
	texts := goldenTexts(t)
	figure := regexp.MustCompile(`[0-9]+`)
	drops, dropsNear := 0, 0
	for i, base := range texts {
		h := hashOf(t, base)
		reprints := []string{"来源:云南日报 编辑:张三\n" + base + "\n(责任编辑:李四)"}
		figures := figure.FindAllStringIndex(base, -1)
		for k := 0; k < len(figures); k += 1 + len(figures)/20 { // up to 20 of them
			l := figures[k]
			reprints = append(reprints, base[:l[0]]+"7"+base[l[0]:])
		}
		for _, r := range reprints {
			hr := hashOf(t, r)
			if d := Distance(h, hr); d > MaxDistance || !shareKey(h, hr) || !shareBand(h, hr) {
				t.Errorf("article %d: a reprint is %d bits away (key %v, band %v), want at most %d: %.60q…",
					i, d, shareKey(h, hr), shareBand(h, hr), MaxDistance, r)
			}
		}
		sentences := strings.SplitAfter(base, "。")
		for j := range sentences {
			d := Distance(h, hashOf(t, strings.Join(sentences[:j], "")+strings.Join(sentences[j+1:], "")))
			drops++
			if d <= MaxDistance {
				dropsNear++
			}
			if d > 2*MaxDistance {
				t.Errorf("article %d: sentence %d dropped moves the hash %d bits", i, j, d)
			}
		}
		for j, other := range texts {
			if d := Distance(h, hashOf(t, other)); j != i && d <= 2*MaxDistance {
				t.Errorf("articles %d and %d are only %d bits apart", i, j, d)
			}
		}
	}
	if share := float64(dropsNear) / float64(drops); share < 0.98 {
		t.Errorf("%d of %d reprints with a sentence dropped within %d bits, want 98 %%", dropsNear, drops, MaxDistance)
	}
	if h := hashOf(t, texts[0]); func() bool { p, err := Parse(Format(h)); return err != nil || p != h }() {
		t.Errorf("Parse(Format(%x)) differs", h)
	}
}

func shareBand(a, b uint64) bool {
	ba, bb := Bands(a), Bands(b)
	for i := range ba {
		if ba[i] == bb[i] {
			return true
		}
	}
	return false
}

func shareKey(a, b uint64) bool {
	ka, kb := Keys(a), Keys(b)
	for i := range ka {
		if ka[i] == kb[i] {
			return true
		}
	}
	return false
}

// Every hash at most MaxDistance bits away shares a key, whichever bits
// differ; random hashes rarely do.
func TestKeys(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		h := r.Uint64()
		near := h
		for _, bit := range r.Perm(64)[:1+r.Intn(MaxDistance)] {
			near ^= 1 << bit
		}
		if !shareKey(h, near) {
			t.Fatalf("%016x and %016x are %d bits apart and share no key", h, near, Distance(h, near))
		}
	}
	// Keys of different pairs never meet, even with equal bits.
	seen := map[uint32]bool{}
	for _, k := range Keys(0) {
		if seen[k] {
			t.Fatalf("key %x twice", k)
		}
		seen[k] = true
	}
	shared := 0
	const pairs = 100000
	for i := 0; i < pairs; i++ {
		if shareKey(r.Uint64(), r.Uint64()) {
			shared++
		}
	}
	if rate := float64(shared) / pairs; rate > 0.003 {
		t.Errorf("random hashes share a key at a rate of %.4f, want about %d/16384", rate, KeyCount)
	}
}

func TestFNVMatchesStandardLibrary(t *testing.T) {
	for _, s := range []string{"", "医院", "党支部", "abc"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if got := fnv64a(s); got != h.Sum64() {
			t.Errorf("fnv64a(%q) = %x, want %x", s, got, h.Sum64())
		}
	}
}

func BenchmarkSimHash(b *testing.B) {
	seg, err := segment.Default()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile("../testdata/articles/000_ed6c36d06539c8bf.txt")
	if err != nil {
		b.Fatal(err)
	}
	toks := seg.Segment(string(data))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		SimHash(toks)
	}
}
