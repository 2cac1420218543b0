package common

import (
	"fmt"
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/lipgloss/v2"
)

// Styles is every style of the app, grouped by where it is used. View code
// only copies these (to set a width) and never builds styles of its own.
type Styles struct {
	Theme  Theme
	IsDark bool
	Ink    string // what big digits are drawn with

	App struct {
		Status      lipgloss.Style // the status bar along the top
		StatusTitle lipgloss.Style // the app name in it
		StatusDim   lipgloss.Style // db path and other facilitator-only parts
		Error       lipgloss.Style // the error banner
		Info        lipgloss.Style // a passing notice (undo hint, saved file)
		Help        help.Styles
		TooSmall    lipgloss.Style
		Overlay     lipgloss.Style // the ? help box
		Dialog      lipgloss.Style // a confirmation box
	}

	Timer struct {
		Normal  lipgloss.Style
		Warning lipgloss.Style
		Over    lipgloss.Style
		Paused  lipgloss.Style
		BigOver lipgloss.Style // over time in big digits: red, not reversed
		Label   lipgloss.Style // the lines around the big digits
	}

	Home struct {
		Title    lipgloss.Style
		Vision   lipgloss.Style
		Pillar   lipgloss.Style
		Header   lipgloss.Style // column heads
		Row      lipgloss.Style
		Selected lipgloss.Style
		Planned  lipgloss.Style
		Running  lipgloss.Style
		Ended    lipgloss.Style
		Resume   lipgloss.Style
	}

	Agenda struct {
		Title    lipgloss.Style // the meeting's title line
		Header   lipgloss.Style
		Pending  lipgloss.Style
		Current  lipgloss.Style
		Done     lipgloss.Style
		Selected lipgloss.Style // the row under the cursor
		Big      lipgloss.Style // the large countdown box
	}

	Slide struct {
		Kind    lipgloss.Style // small label above the title
		Title   lipgloss.Style
		Body    lipgloss.Style
		Meta    lipgloss.Style // speaker, source, URL
		Label   lipgloss.Style
		Notes   lipgloss.Style // facilitator notes
		Notice  lipgloss.Style // which screen runs this item
		Choice  lipgloss.Style
		Spacing int
	}

	Diagram struct {
		Box     lipgloss.Style // a stage or pillar
		Current lipgloss.Style // the stage the workshop is in
		Here    lipgloss.Style // the words that mark it
		Root    lipgloss.Style // the top of the organisation chart
		Node    lipgloss.Style
		Adviser lipgloss.Style
		Arrow   lipgloss.Style
		Vision  lipgloss.Style
	}

	Roster struct {
		Header   lipgloss.Style
		Row      lipgloss.Style
		Selected lipgloss.Style
		Present  lipgloss.Style
		Absent   lipgloss.Style
		Empty    lipgloss.Style
		Unknown  lipgloss.Style // 未定
		Default  lipgloss.Style // a mark taken from the previous meeting, not yet confirmed
	}

	// Review is the ふりかえり slide.
	Review struct {
		Section  lipgloss.Style // 前回の決定事項, 宿題 …
		Row      lipgloss.Style
		Selected lipgloss.Style // the 宿題 space marks 完了
		Overdue  lipgloss.Style // 期限超過
		Done     lipgloss.Style // a 宿題 done in this meeting
		Mark     lipgloss.Style // 新 / 更
		Empty    lipgloss.Style // （なし）
	}

	Board struct {
		Tab           lipgloss.Style
		TabActive     lipgloss.Style
		Heading       lipgloss.Style // a column's name
		HeadingActive lipgloss.Style // the focused column's name
		Separator     lipgloss.Style
		Group         lipgloss.Style // a KJ法 label over cards
		Section       lipgloss.Style // the heading of the loose goals
		Loose         lipgloss.Style // a goal not linked to a problem
		Detail        lipgloss.Style // the selected card in full
	}

	Poll struct {
		Head     lipgloss.Style // the round and its totals
		Question lipgloss.Style
		Bar      lipgloss.Style
		Count    lipgloss.Style
		Group    lipgloss.Style // a label over reasons
		Promoted lipgloss.Style // the mark of a reason sent to Task ①
		Warning  lipgloss.Style
		Hidden   lipgloss.Style // "results stay hidden"
		Thanks   lipgloss.Style // the message between two ballots
	}

	Form struct {
		Box     lipgloss.Style
		Title   lipgloss.Style
		Label   lipgloss.Style
		Focused lipgloss.Style // label of the focused field
		Choice  lipgloss.Style
		Error   lipgloss.Style
		Hint    lipgloss.Style
		Input   textarea.Styles
	}
}

// Theme is a colour scheme. The zero Theme follows the terminal: dark
// until the terminal reports a light background.
type Theme string

// The themes.
const (
	ThemeAuto      Theme = ""
	ThemeDark      Theme = "dark"
	ThemeLight     Theme = "light"
	ThemeProjector Theme = "projector" // high contrast on white, for washed-out rooms
	ThemeMono      Theme = "mono"      // no colour at all: bold, underline and reverse only
)

// Themes lists the themes in the order the theme key cycles through them.
var Themes = []Theme{ThemeDark, ThemeLight, ThemeProjector, ThemeMono}

// ParseTheme reads a --theme value.
func ParseTheme(s string) (Theme, error) {
	for _, t := range append([]Theme{ThemeAuto}, Themes...) {
		if string(t) == s {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown theme %q: use dark, light, projector or mono", s)
}

// Next is the theme after t in Themes.
func (t Theme) Next() Theme {
	for i, x := range Themes {
		if x == t {
			return Themes[(i+1)%len(Themes)]
		}
	}
	return Themes[0]
}

// DefaultStyles builds the styles for a dark or a light terminal.
func DefaultStyles(isDark bool) *Styles { return NewStyles(ThemeAuto, isDark) }

// NewStyles builds the styles of a theme; isDark is the terminal's
// background, used by ThemeAuto. Colours are strong enough to survive a
// washed-out projector, and every state also differs in text or weight, so
// nothing depends on colour alone.
func NewStyles(theme Theme, isDark bool) *Styles {
	switch theme {
	case ThemeDark:
		isDark = true
	case ThemeLight, ThemeProjector:
		isDark = false
	}
	ld := lipgloss.LightDark(isDark)
	var (
		fg     = ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#EEEEEE"))
		muted  = ld(lipgloss.Color("#5C5C5C"), lipgloss.Color("#A0A0A0"))
		accent = ld(lipgloss.Color("#1F4FBF"), lipgloss.Color("#7AA2F7"))
		barBg  = ld(lipgloss.Color("#DDE4F5"), lipgloss.Color("#24283B"))
		selBg  = ld(lipgloss.Color("#C9D7FF"), lipgloss.Color("#33467C"))
		green  = ld(lipgloss.Color("#1B7F3B"), lipgloss.Color("#9ECE6A"))
		amber  = ld(lipgloss.Color("#A35A00"), lipgloss.Color("#E0AF68"))
		red    = ld(lipgloss.Color("#B3001B"), lipgloss.Color("#F7768E"))
		white  = color.Color(lipgloss.Color("#FFFFFF"))
	)
	switch theme {
	case ThemeProjector: // black on white, saturated, nothing pale
		fg, muted, accent = lipgloss.Color("#000000"), lipgloss.Color("#333333"), lipgloss.Color("#0033CC")
		barBg, selBg = lipgloss.Color("#FFE066"), lipgloss.Color("#FFE066")
		green, amber, red = lipgloss.Color("#006400"), lipgloss.Color("#B35900"), lipgloss.Color("#CC0000")
	case ThemeMono:
		none := color.Color(lipgloss.NoColor{})
		fg, muted, accent, barBg, selBg, green, amber, red, white = none, none, none, none, none, none, none, none, none
	}
	fgS := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }

	s := &Styles{IsDark: isDark, Ink: "█", Theme: theme}
	s.App.Status = lipgloss.NewStyle().Foreground(fg).Background(barBg)
	s.App.StatusTitle = s.App.Status.Bold(true).Foreground(accent)
	s.App.StatusDim = s.App.Status.Foreground(muted)
	s.App.Error = lipgloss.NewStyle().Foreground(white).Background(red).Bold(true)
	s.App.Info = lipgloss.NewStyle().Foreground(fg).Background(selBg)
	s.App.Help = help.DefaultStyles(isDark)
	s.App.TooSmall = fgS(amber).Bold(true)
	s.App.Overlay = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.App.Dialog = lipgloss.NewStyle().Border(lipgloss.DoubleBorder()).BorderForeground(amber).Padding(0, 2)

	s.Timer.Normal = fgS(green).Bold(true)
	s.Timer.Warning = fgS(amber).Bold(true)
	s.Timer.Over = fgS(red).Bold(true).Reverse(true)
	s.Timer.Paused = fgS(muted)
	s.Timer.BigOver = fgS(red).Bold(true)
	s.Timer.Label = fgS(fg).Bold(true)

	s.Home.Title = fgS(accent).Bold(true)
	s.Home.Vision = fgS(fg).Italic(true)
	s.Home.Pillar = fgS(accent)
	s.Home.Header = fgS(muted).Bold(true)
	s.Home.Row = fgS(fg)
	s.Home.Selected = lipgloss.NewStyle().Foreground(fg).Background(selBg).Bold(true)
	s.Home.Planned = fgS(muted)
	s.Home.Running = fgS(green).Bold(true)
	s.Home.Ended = fgS(muted).Italic(true)
	s.Home.Resume = fgS(green)

	s.Agenda.Title = fgS(accent).Bold(true)
	s.Agenda.Header = fgS(muted).Bold(true)
	s.Agenda.Pending = fgS(fg)
	s.Agenda.Current = fgS(accent).Bold(true)
	s.Agenda.Done = fgS(muted)
	s.Agenda.Selected = lipgloss.NewStyle().Background(selBg)
	s.Agenda.Big = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 2)

	s.Slide.Kind = fgS(muted)
	s.Slide.Title = lipgloss.NewStyle().Foreground(white).Background(accent).Bold(true).Padding(1, 2)
	s.Slide.Body = fgS(fg)
	s.Slide.Meta = fgS(fg).Bold(true)
	s.Slide.Label = fgS(muted)
	s.Slide.Notes = fgS(amber).Italic(true)
	s.Slide.Notice = lipgloss.NewStyle().Border(lipgloss.NormalBorder()).BorderForeground(muted).Foreground(muted).Padding(0, 1)
	s.Slide.Choice = fgS(accent)
	s.Slide.Spacing = 1

	s.Diagram.Box = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(muted).Padding(0, 1)
	s.Diagram.Current = lipgloss.NewStyle().Border(lipgloss.ThickBorder()).BorderForeground(accent).Bold(true).Padding(0, 1)
	s.Diagram.Here = fgS(accent).Bold(true).Underline(true)
	s.Diagram.Root = fgS(accent).Bold(true)
	s.Diagram.Node = fgS(fg).Bold(true)
	s.Diagram.Adviser = fgS(muted).Italic(true)
	s.Diagram.Arrow = fgS(accent).Bold(true)
	s.Diagram.Vision = lipgloss.NewStyle().Foreground(fg).Bold(true).Border(lipgloss.DoubleBorder()).BorderForeground(accent).Align(lipgloss.Center)

	s.Roster.Header = fgS(muted).Bold(true)
	s.Roster.Row = fgS(fg)
	s.Roster.Selected = lipgloss.NewStyle().Foreground(fg).Background(selBg).Bold(true)
	s.Roster.Present = fgS(green).Bold(true)
	s.Roster.Absent = fgS(muted)
	s.Roster.Empty = fgS(muted).Italic(true)
	s.Roster.Unknown = fgS(amber)
	s.Roster.Default = fgS(muted).Faint(true)

	s.Review.Section = fgS(accent).Bold(true).Underline(true)
	s.Review.Row = fgS(fg)
	s.Review.Selected = lipgloss.NewStyle().Foreground(fg).Background(selBg).Bold(true)
	s.Review.Overdue = fgS(red).Bold(true)
	s.Review.Done = fgS(green)
	s.Review.Mark = fgS(amber).Bold(true)
	s.Review.Empty = fgS(muted).Italic(true)

	s.Board.Tab = fgS(muted)
	s.Board.TabActive = fgS(accent).Bold(true)
	s.Board.Heading = fgS(muted).Bold(true).Underline(true)
	s.Board.HeadingActive = fgS(accent).Bold(true).Underline(true)
	s.Board.Separator = fgS(muted)
	s.Board.Group = fgS(accent).Bold(true)
	s.Board.Section = fgS(muted).Italic(true)
	s.Board.Loose = fgS(amber)
	s.Board.Detail = fgS(fg).Bold(true)

	s.Poll.Head = fgS(accent).Bold(true)
	s.Poll.Question = fgS(fg).Bold(true)
	s.Poll.Bar = fgS(accent)
	s.Poll.Count = fgS(fg).Bold(true)
	s.Poll.Group = fgS(accent).Bold(true).Underline(true)
	s.Poll.Promoted = fgS(green)
	s.Poll.Warning = fgS(amber).Bold(true)
	s.Poll.Hidden = fgS(muted).Italic(true)
	s.Poll.Thanks = lipgloss.NewStyle().Foreground(fg).Bold(true).Border(lipgloss.DoubleBorder()).BorderForeground(green).Padding(1, 4)

	s.Form.Box = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.Form.Title = fgS(accent).Bold(true)
	s.Form.Label = fgS(muted)
	s.Form.Focused = fgS(accent).Bold(true)
	s.Form.Choice = lipgloss.NewStyle().Foreground(fg).Background(selBg)
	s.Form.Error = fgS(red).Bold(true)
	s.Form.Hint = fgS(muted)
	s.Form.Input = textarea.DefaultStyles(isDark)
	if theme == ThemeMono {
		monochrome(s)
	}
	return s
}

// monochrome makes every state that colour told apart differ in weight,
// underline or reverse video instead.
func monochrome(s *Styles) {
	plain := lipgloss.NewStyle()
	s.App.Status = plain.Reverse(true)
	s.App.StatusTitle = plain.Reverse(true).Bold(true)
	s.App.StatusDim = plain.Reverse(true)
	s.App.Error = plain.Reverse(true).Bold(true)
	s.App.Info = plain.Underline(true)
	s.Timer.Normal = plain.Bold(true)
	s.Timer.Warning = plain.Bold(true).Underline(true)
	s.Timer.Over = plain.Bold(true).Reverse(true)
	s.Timer.Paused = plain.Faint(true)
	s.Timer.BigOver = plain.Bold(true)
	s.Home.Selected = plain.Reverse(true).Bold(true)
	s.Home.Running = plain.Bold(true)
	s.Home.Ended = plain.Faint(true)
	s.Agenda.Current = plain.Bold(true).Underline(true)
	s.Agenda.Done = plain.Faint(true)
	s.Agenda.Selected = plain.Reverse(true)
	s.Slide.Title = plain.Reverse(true).Bold(true).Padding(1, 2)
	s.Roster.Selected = plain.Reverse(true).Bold(true)
	s.Roster.Absent = plain.Faint(true)
	s.Roster.Unknown = plain.Italic(true)
	s.Roster.Default = plain.Faint(true)
	s.Review.Selected = plain.Reverse(true).Bold(true)
	s.Review.Overdue = plain.Bold(true).Underline(true)
	s.Review.Done = plain.Faint(true)
	s.Form.Choice = plain.Reverse(true)
	s.Poll.Bar = plain
	s.Board.TabActive = plain.Reverse(true).Bold(true)
	s.Board.HeadingActive = plain.Reverse(true).Bold(true)
	s.Board.Loose = plain.Italic(true)
	s.Poll.Promoted = plain.Underline(true)
	s.Poll.Warning = plain.Bold(true).Reverse(true)
	s.Poll.Hidden = plain.Faint(true)
	s.Poll.Thanks = plain.Bold(true).Border(lipgloss.DoubleBorder()).Padding(1, 4)
	s.Form.Focused = plain.Bold(true).Underline(true)
	s.Form.Input = textarea.Styles{}
	s.Form.Input.Focused.CursorLine = plain.Underline(true)
	s.App.Help = help.Styles{ShortKey: plain.Bold(true), FullKey: plain.Bold(true)}
}
