package export

// docx.go: the 議事要旨 as a Word document, drawn from the same Doc as the
// Markdown. A small writer of WordprocessingML (ECMA-376), since the Go
// module proxy serves no maintained library that writes it: A4 portrait,
// the styles Heading 1–4, List Bullet and Table Grid, real tables with
// borders and a header row that repeats on every page.

import (
	"archive/zip"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// WriteMinutesDOCX writes the 議事要旨 of meeting number n as a .docx,
// its zip entries dated d.At.
func WriteMinutesDOCX(w io.Writer, d Data, n int) error {
	doc, err := MinutesDoc(d, n)
	if err != nil {
		return err
	}
	return WriteDOCX(w, doc, d.At)
}

// WriteDOCX writes doc as a Word document; at dates its zip entries and
// its properties.
func WriteDOCX(w io.Writer, doc Doc, at time.Time) error {
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypesXML},
		{"_rels/.rels", rootRelsXML},
		{"docProps/core.xml", coreXML(doc.Title, at)},
		{"docProps/app.xml", appXML},
		{"word/_rels/document.xml.rels", documentRelsXML},
		{"word/document.xml", DocumentXML(doc)},
		{"word/styles.xml", stylesXML},
		{"word/numbering.xml", numberingXML},
		{"word/fontTable.xml", fontTableXML},
		{"word/settings.xml", settingsXML},
	}
	z := zip.NewWriter(w)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: at})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	return z.Close()
}

// The page: A4 portrait (210×297 mm in twentieths of a point), margins of
// 30 mm at the top and 25 mm elsewhere; textWidth is what is left across.
const (
	pageW, pageH = 11906, 16838
	marginTop    = 1701
	marginSide   = 1418
	textWidth    = pageW - 2*marginSide
)

// DocumentXML is word/document.xml of doc: its body, block by block.
func DocumentXML(doc Doc) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>` + "\n")
	for _, bl := range doc.Blocks {
		switch bl.Kind {
		case BlockHeading:
			paragraph(&b, fmt.Sprintf("Heading%d", min(max(bl.Level, 1), 4)), "", false, bl.Text)
		case BlockPara:
			if bl.Text == "" {
				continue
			}
			style := ""
			if bl.Strong {
				style = "Label"
			}
			paragraph(&b, style, "", false, bl.Text)
		case BlockList:
			for _, it := range bl.Items {
				b.WriteString(`<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="`)
				fmt.Fprintf(&b, "%d", min(max(it.Level, 0), 1))
				b.WriteString(`"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
				runs(&b, it.Text, false)
				b.WriteString("</w:p>\n")
			}
		case BlockTable:
			table(&b, bl.Table)
		}
	}
	fmt.Fprintf(&b, `<w:sectPr><w:pgSz w:w="%d" w:h="%d" w:orient="portrait"/>`, pageW, pageH)
	fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="851" w:footer="992" w:gutter="0"/>`,
		marginTop, marginSide, marginSide, marginSide)
	b.WriteString(`<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr></w:body></w:document>`)
	return b.String()
}

// paragraph writes one paragraph of style (Normal when ""), aligned by jc.
func paragraph(b *strings.Builder, style, jc string, bold bool, text string) {
	b.WriteString(`<w:p>`)
	if style != "" || jc != "" {
		b.WriteString(`<w:pPr>`)
		if style != "" {
			b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		if jc != "" {
			b.WriteString(`<w:jc w:val="` + jc + `"/>`)
		}
		b.WriteString(`</w:pPr>`)
	}
	runs(b, text, bold)
	b.WriteString("</w:p>\n")
}

// runs writes text as runs, a line break for each newline.
func runs(b *strings.Builder, text string, bold bool) {
	for i, line := range strings.Split(text, "\n") {
		b.WriteString(`<w:r>`)
		if bold {
			b.WriteString(`<w:rPr><w:b/></w:rPr>`)
		}
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		b.WriteString(`<w:t xml:space="preserve">` + escapeXML(line) + `</w:t></w:r>`)
	}
}

// escapeXML escapes text for XML and drops what XML 1.0 cannot hold.
func escapeXML(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t':
			b.WriteRune(' ')
		case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r < 0xE000, r == utf8.RuneError:
			// not a character XML allows
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// table writes a table across the text width, the columns sized by their
// widest text, the header row shaded and repeated on each page.
func table(b *strings.Builder, t DocTable) {
	widths := columnWidths(t)
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>`)
	b.WriteString(`<w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, wd := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, wd)
	}
	b.WriteString("</w:tblGrid>\n")
	row := func(cells []string, header bool) {
		b.WriteString(`<w:tr>`)
		if header {
			b.WriteString(`<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
		} else {
			b.WriteString(`<w:trPr><w:cantSplit/></w:trPr>`)
		}
		for i, wd := range widths {
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, wd)
			if header {
				b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>`)
			}
			b.WriteString(`</w:tcPr>`)
			text := ""
			if i < len(cells) {
				text = cells[i]
			}
			jc := map[byte]string{'r': "right", 'c': "center"}[align(t, i)]
			if header {
				jc = "center"
			}
			paragraph(b, "TableText", jc, header, text)
			b.WriteString(`</w:tc>`)
		}
		b.WriteString("</w:tr>\n")
	}
	row(t.Header, true)
	for _, r := range t.Rows {
		row(r, false)
	}
	b.WriteString(`</w:tbl>`)
	// a table directly followed by another block needs a paragraph between,
	// or Word joins two tables into one
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>` + "\n")
}

// The measure of a table cell in twentieths of a point: one cell of the
// terminal's measure (half a kanji) at the table's 9.5 pt with a little
// to spare, and the cell's margins with room for a substituted font's
// wider glyphs.
const (
	twipsPerCell = 100
	cellMargins  = 280
)

// columnWidths shares the text width among the columns by the widest
// cell of each (in cells of the terminal's measure: a kanji is two, a
// column at least as wide as its title, at most 30 cells wanted): each
// column first gets up to 10 cells' room, so short columns (an n, a date)
// stay on one line, and the rest of the width goes to the columns that
// want more, by how much more.
func columnWidths(t DocTable) []int {
	n := len(t.Header)
	if n == 0 {
		return nil
	}
	want := make([]int, n)
	for i := range n {
		head := min(max(ansi.StringWidth(t.Header[i]), 4), 12)
		w := head
		for _, r := range t.Rows {
			if i < len(r) {
				for _, line := range strings.Split(r[i], "\n") {
					w = max(w, ansi.StringWidth(line))
				}
			}
		}
		want[i] = min(w, 30)
	}
	out := make([]int, n)
	base, extra := 0, 0
	for i, w := range want {
		out[i] = min(w, 10)*twipsPerCell + cellMargins
		base += out[i]
		extra += w - min(w, 10)
	}
	if base > textWidth { // too many columns for their room: share by what each wants
		total := 0
		for _, w := range want {
			total += w
		}
		for i, w := range want {
			out[i] = textWidth * w / total
		}
	} else if extra > 0 {
		left := textWidth - base
		for i, w := range want {
			out[i] += left * (w - min(w, 10)) / extra
		}
	} else {
		for i := range out {
			out[i] += (textWidth - base) / n
		}
	}
	sum := 0
	for _, w := range out {
		sum += w
	}
	out[n-1] += textWidth - sum // what rounding left over
	return out
}
