package clean

// Hijacked sites carry lines of injected search spam, porn and gambling
// keywords strung together (…在线观看-…一区二区|…, 某某娱乐城官网), above
// the article or in its header. A line that is no sentence and holds one
// word only spam uses, or three that spam strings together, is spam; any
// line with five is.
var (
	// Words no hospital's page writes but spam.
	spamMarks = []string{"一区二区", "二区三区", "无码", "内射", "做受", "人妻", "熟女", "萝莉", "三级片",
		"威廉希尔", "bet365", "娱乐城", "真人娱乐", "太阳城", "葡京", "澳门新葡京"}
	// Words spam strings together that also stand in news.
	spamLineWords = []string{"在线观看", "在线播放", "久久", "成人", "国产", "欧美", "日韩", "亚洲", "激情", "中出",
		"高潮", "偷拍", "自拍", "丝袜", "福利", "精品", "官网", "体育在线", "博彩", "赌场", "棋牌", "彩票", "开户", "线路"}
	spamMarkSet = newPhraseSet(spamMarks)
	spamWordSet = newPhraseSet(spamLineWords)
)

// isSpamLine: a line of injected keywords rather than of the page.
func isSpamLine(line string) bool {
	lower := lowerASCII(line)
	return spamVerdict(spamMarkSet.count(lower), spamWordSet.count(lower), line)
}

// spamVerdict judges a line by how many spam marks and spam words it
// holds.
func spamVerdict(marks, words int, line string) bool {
	if marks+words >= 5 {
		return true
	}
	if hasAnyRune(line, "。！？!?") {
		return false
	}
	return marks >= 1 || words >= 3
}
