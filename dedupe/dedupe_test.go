package dedupe

import (
	"encoding/json"
	"hash/fnv"
	"math/rand"
	"os"
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

// A reprint of an article: another site's header and footer, a sentence
// dropped, a figure changed.
func TestNearDuplicates(t *testing.T) {
	raw, err := os.ReadFile("../testdata/golden/articles.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var a struct{ Text string }
		json.Unmarshal([]byte(line), &a)
		texts = append(texts, a.Text)
	}
	base := texts[4]
	sentences := strings.SplitAfter(base, "。")
	reprint := "来源:云南日报 编辑:张三\n" + strings.Join(append(sentences[:3], sentences[4:]...), "") + "\n(责任编辑:李四)"
	reprint = strings.Replace(reprint, "110.73万", "110.7万", 1)
	other := texts[3]
	h1, h2, h3 := hashOf(t, base), hashOf(t, reprint), hashOf(t, other)
	if d := Distance(h1, h2); d > MaxDistance {
		t.Errorf("reprint is %d bits away, want at most %d", d, MaxDistance)
	}
	if d := Distance(h1, h3); d <= 2*MaxDistance {
		t.Errorf("another article is only %d bits away", d)
	}
	if !shareKey(h1, h2) {
		t.Errorf("near-duplicates share no key: %x %x", h1, h2)
	}
	shared := false
	b1, b2 := Bands(h1), Bands(h2)
	for i := range b1 {
		shared = shared || b1[i] == b2[i]
	}
	if !shared {
		t.Errorf("near-duplicates share no band: %v %v", b1, b2)
	}
	if p, err := Parse(Format(h1)); err != nil || p != h1 {
		t.Errorf("Parse(Format) = %x, %v", p, err)
	}
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
