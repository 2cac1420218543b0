package i18n

// WallText is the text of the Task ① board's wall (壁表示): the pillars
// alone, problems with their goals under their labels, for the room to
// read on the projector.
type WallText struct {
	// KeyWall is the help of the key that shows the wall and leaves it.
	KeyWall string
	// KeyScroll is the help of ↑/↓ on the wall.
	KeyScroll string
	// More is the last line of a pillar whose cards go on below.
	More string
}

var jaWall = WallText{
	KeyWall:   "壁表示",
	KeyScroll: "スクロール",
	More:      "▼ 続きがあります（↓）",
}

var enWall = WallText{
	KeyWall:   "wall",
	KeyScroll: "scroll",
	More:      "▼ more below (↓)",
}
