package export

// doc.go: the one structure of a document that both the Markdown and the
// Word renderer draw, so the 議事要旨 in the two formats never differ.

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Doc is a document as a sequence of blocks: what the minutes say, in
// order, before any format is chosen.
type Doc struct {
	Title  string // the document's title (also its first heading)
	Blocks []Block
}

// BlockKind is what a block of a document is.
type BlockKind int

// The block kinds.
const (
	BlockHeading BlockKind = iota // a heading of Level 1–4
	BlockPara                     // a paragraph, in bold when Strong
	BlockList                     // a bulleted list of Items
	BlockTable                    // a table
)

// Block is one heading, paragraph, list or table of a document. A
// paragraph without text only ends the list before it (both renderers
// draw nothing for it).
type Block struct {
	Kind   BlockKind
	Level  int    // a heading's level, 1 for the title
	Text   string // a heading's or a paragraph's text
	Strong bool   // a paragraph in bold: a group's label
	Items  []Item
	Table  DocTable
}

// Item is one entry of a list, Level 0 at the margin, 1 beneath it.
type Item struct {
	Text  string
	Level int
}

// DocTable is a table of a document: a header row and rows of text.
// Align holds per column 'l', 'r' (numbers) or 'c'.
type DocTable struct {
	Header []string
	Align  []byte
	Rows   [][]string
}

// builder collects a document's blocks.
type builder struct{ doc Doc }

func (b *builder) heading(level int, format string, a ...any) {
	b.doc.Blocks = append(b.doc.Blocks, Block{Kind: BlockHeading, Level: level, Text: fmt.Sprintf(format, a...)})
}

func (b *builder) para(format string, a ...any) {
	b.doc.Blocks = append(b.doc.Blocks, Block{Kind: BlockPara, Text: fmt.Sprintf(format, a...)})
}

func (b *builder) strong(text string) {
	b.doc.Blocks = append(b.doc.Blocks, Block{Kind: BlockPara, Text: text, Strong: true})
}

// list adds a list, or extends the list just before it.
func (b *builder) list(items ...Item) {
	if n := len(b.doc.Blocks); n > 0 && b.doc.Blocks[n-1].Kind == BlockList {
		b.doc.Blocks[n-1].Items = append(b.doc.Blocks[n-1].Items, items...)
		return
	}
	b.doc.Blocks = append(b.doc.Blocks, Block{Kind: BlockList, Items: items})
}

// item is a list entry at the margin.
func item(format string, a ...any) Item { return Item{Text: fmt.Sprintf(format, a...)} }

// sub is a list entry beneath the one before.
func sub(format string, a ...any) Item { return Item{Text: fmt.Sprintf(format, a...), Level: 1} }

// endList ends the list being built, so the next one stands apart.
func (b *builder) endList() {
	if n := len(b.doc.Blocks); n > 0 && b.doc.Blocks[n-1].Kind == BlockList {
		b.doc.Blocks = append(b.doc.Blocks, Block{Kind: BlockPara})
	}
}

func (b *builder) table(t DocTable) {
	b.doc.Blocks = append(b.doc.Blocks, Block{Kind: BlockTable, Table: t})
}

// WriteMarkdown writes doc as Markdown: headings with #, lists with -,
// tables in the pipe syntax, a blank line between blocks.
func WriteMarkdown(w io.Writer, doc Doc) error {
	b := bufio.NewWriter(w)
	first := true
	for _, bl := range doc.Blocks {
		if bl.Kind == BlockPara && bl.Text == "" {
			continue // the end of a list: the blank line below does it
		}
		if !first {
			b.WriteString("\n")
		}
		first = false
		switch bl.Kind {
		case BlockHeading:
			fmt.Fprintf(b, "%s %s\n", strings.Repeat("#", min(max(bl.Level, 1), 6)), inline(bl.Text))
		case BlockPara:
			if bl.Strong {
				fmt.Fprintf(b, "**%s**\n", inline(bl.Text))
			} else {
				fmt.Fprintf(b, "%s\n", inline(bl.Text))
			}
		case BlockList:
			for _, it := range bl.Items {
				fmt.Fprintf(b, "%s- %s\n", strings.Repeat("  ", it.Level), inline(it.Text))
			}
		case BlockTable:
			writeMarkdownTable(b, bl.Table)
		}
	}
	return b.Flush()
}

func writeMarkdownTable(b *bufio.Writer, t DocTable) {
	row := func(cells []string) {
		b.WriteString("|")
		for i := range t.Header {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			b.WriteString(" " + cell(c) + " |")
		}
		b.WriteString("\n")
	}
	row(t.Header)
	b.WriteString("|")
	for i := range t.Header {
		switch align(t, i) {
		case 'r':
			b.WriteString("---:|")
		case 'c':
			b.WriteString(":---:|")
		default:
			b.WriteString("---|")
		}
	}
	b.WriteString("\n")
	for _, r := range t.Rows {
		row(r)
	}
}

func align(t DocTable, i int) byte {
	if i < len(t.Align) {
		return t.Align[i]
	}
	return 'l'
}

// inline makes text safe for one Markdown line: line breaks become " / ",
// and a character that would start markup at the line's start is escaped.
func inline(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " / ")), " ")
	if s != "" && strings.ContainsRune("#>-+*|`", rune(s[0])) {
		s = `\` + s
	}
	return s
}

// cell makes text safe for a table cell: one line, pipes escaped (a
// cell's start is no line's start, so nothing else is markup there).
func cell(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " / ")), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}
