// Package corpusgen generates synthetic hospital news articles for
// benchmarks: realistic sentences (drawn from sample articles) around
// templated facts about generated hospitals, deterministic for a seed.
//
// In: sample texts, a count and a seed. Out: plain-text articles (title
// line, then paragraphs) that the real pipeline can read.
package corpusgen

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"zhnews/clean"
	"zhnews/segment"
)

// Places and name parts for generated hospitals.
var (
	places = []string{"本溪市", "郴州市", "德州市", "普洱市", "福清市", "长兴县", "大冶市", "简阳市", "应城市", "汝城县",
		"岳池县", "宁国市", "廉江市", "多伦县", "黄石市", "孝感市", "湖州市", "宣城市", "广安市", "湛江市", "成都市", "昆明市"}
	kinds = []string{"人民医院", "中心医院", "第一人民医院", "第二人民医院", "中医医院", "妇幼保健院"}
)

// Templates of fact sentences, %[1]s the hospital.
var templates = []string{
	"%[1]s现有职工%[2]d名,共有中共党员%[3]d名。",
	"%[1]s党委下设%[4]d个党支部、%[5]d个党小组。",
	"%[1]s创建于%[6]d年,是一所三级综合医院。",
	"%[1]s在全国%[7]d家三级综合医院中位列第%[8]d名。",
	"%[1]s全年门急诊诊疗%[9]d.%[10]d万人次,出院%[10]d.%[4]d万人次。",
	"%[1]s先后荣获“全国文明单位”“改善医疗服务示范医院”等称号。",
	"%[1]s编制床位%[11]d张,患者满意度%[12]d.%[5]d%%。",
}

// Generate returns n articles built from the sentences of samples.
func Generate(samples []string, n int, seed int64) []string {
	r := rand.New(rand.NewSource(seed))
	var sentences []string
	for _, s := range samples {
		for _, sent := range segment.Sentences(s) {
			t := strings.TrimSpace(sent.Text)
			if len([]rune(t)) >= 12 {
				sentences = append(sentences, t)
			}
		}
	}
	out := make([]string, n)
	for i := range out {
		h := places[r.Intn(len(places))] + kinds[r.Intn(len(kinds))]
		var b strings.Builder
		fmt.Fprintf(&b, "%s党建工作纪实(%d)\n", h, i)
		for p := 0; p < 4+r.Intn(4); p++ {
			for k := 0; k < 3+r.Intn(4); k++ {
				b.WriteString(sentences[r.Intn(len(sentences))])
			}
			if r.Intn(2) == 0 {
				t := templates[r.Intn(len(templates))]
				fmt.Fprintf(&b, t, h, 500+r.Intn(3000), 100+r.Intn(900), 3+r.Intn(40), 5+r.Intn(60),
					1900+r.Intn(100), 1000+r.Intn(600), 1+r.Intn(999), 10+r.Intn(200), 1+r.Intn(9), 200+r.Intn(2000), 90+r.Intn(10))
			}
			b.WriteByte('\n')
		}
		out[i] = b.String()
	}
	return out
}

// GenerateChunk is how many articles Generate is asked for at a time by
// the command gen and Long, each batch seeded by the count before it, so
// that memory stays small for any number and the articles are the same
// whatever their number.
const GenerateChunk = 1000

// Long returns one long article of at least size bytes: generated
// articles one after another, a blank line between two, as a dump saved
// as one text would read. The articles are those gen writes with the same
// seed, in the same order.
func Long(samples []string, size int, seed int64) string {
	var b strings.Builder
	b.Grow(size + 64<<10)
	for done := 0; b.Len() < size; done += GenerateChunk {
		for _, text := range Generate(samples, GenerateChunk, seed+int64(done)) {
			if b.Len() >= size {
				break
			}
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(text)
		}
	}
	return b.String()
}

// Samples reads and cleans the .txt articles of dir, the sentences
// Generate draws on.
func Samples(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("corpusgen: no .txt articles in %s", dir)
	}
	c := clean.New()
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		a, err := c.Clean(f, raw)
		if err != nil {
			return nil, err
		}
		out = append(out, a.Text)
	}
	return out, nil
}
