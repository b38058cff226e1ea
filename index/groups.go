package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2"

	"zhnews/dedupe"
)

// Near-duplicate groups, whatever the sharding.
//
// Ingest gives an article the group of the first near-duplicate it finds
// in its own index (Batch.group), so the stored groups depend on the order
// of ingest and on which shard holds which article: one index of 3,000
// articles had 953 groups, the same articles in two shards 988, in four
// 1,120. Groups computes them afresh over every article of the index, or
// of all shards: two articles within dedupe.MaxDistance are in one group,
// and so, transitively, are their near-duplicates (single-link
// clustering). A group is named by its smallest article id. The answer
// depends only on the articles, not on their order or their shard.

// groupsPage is how many articles one page of Groups reads: each page is
// a search over all articles, so pages are large.
const groupsPage = 10000

// Groups maps every article with a SimHash to its near-duplicate group.
func (x *Index) Groups() (map[string]string, error) {
	var ids []string
	var hashes []uint64
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(kindQuery(KindArticle), groupsPage, 0, false)
		req.SortBy([]string{"dupkey", "_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := x.search(req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			if len(h.Sort) < 2 {
				continue
			}
			hash, _, _ := strings.Cut(h.Sort[0], " ")
			if v, err := dedupe.Parse(hash); err == nil && len(hash) == 16 {
				ids = append(ids, h.ID)
				hashes = append(hashes, v)
			}
		}
		if len(res.Hits) < groupsPage {
			break
		}
		last := res.Hits[len(res.Hits)-1]
		after = last.Sort
	}
	// Union-find over the pairs that share a band and lie close enough.
	parent := make([]int, len(ids))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		// The root is the smallest id: it names the group.
		if ids[rb] < ids[ra] {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	bands := map[string][]int{}
	for i, h := range hashes {
		for _, b := range dedupe.Bands(h) {
			for _, j := range bands[b] {
				if find(i) != find(j) && dedupe.Distance(h, hashes[j]) <= dedupe.MaxDistance {
					union(i, j)
				}
			}
			bands[b] = append(bands[b], i)
		}
	}
	out := make(map[string]string, len(ids))
	for i, id := range ids {
		out[id] = ids[find(i)]
	}
	return out, nil
}
