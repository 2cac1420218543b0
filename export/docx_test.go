package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDOCX checks the Word minutes: document.xml against its golden, every
// part well-formed XML, the zip entries dated, A4 portrait, the heading
// styles and the tables with borders.
func TestDOCX(t *testing.T) {
	d := sample(t, 0)
	doc, err := MinutesDoc(d, 1)
	if err != nil {
		t.Fatal(err)
	}
	body := DocumentXML(doc)
	golden(t, "kickoff.document.xml", []byte(body))
	var b bytes.Buffer
	if err := WriteMinutesDOCX(&b, d, 1); err != nil {
		t.Fatal(err)
	}
	zipDated(t, b.Bytes(), d.At)
	r, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range r.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = string(data)
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			if _, err := dec.Token(); err != nil {
				if !errors.Is(err, io.EOF) {
					t.Errorf("%s is not well-formed: %v", f.Name, err)
				}
				break
			}
		}
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
		"word/_rels/document.xml.rels", "word/numbering.xml", "word/fontTable.xml"} {
		if _, ok := parts[name]; !ok {
			t.Errorf("the package has no %s", name)
		}
	}
	if parts["word/document.xml"] != body {
		t.Error("the package's document.xml is not DocumentXML's")
	}
	for _, want := range []string{`<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>`, `<w:pStyle w:val="Heading1"/>`,
		`<w:pStyle w:val="Heading2"/>`, `<w:pStyle w:val="Heading3"/>`, `<w:tbl>`, `<w:tblHeader/>`,
		`<w:insideH w:val="single"`, `<w:numId w:val="1"/>`, `必要だと思う`} {
		if !strings.Contains(body, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	for _, want := range []string{`w:styleId="Heading1"`, `<w:name w:val="heading 2"/>`, `w:eastAsia="ＭＳ 明朝"`,
		`w:eastAsia="ＭＳ ゴシック"`, `w:styleId="TableGrid"`} {
		if !strings.Contains(parts["word/styles.xml"], want) {
			t.Errorf("styles.xml lacks %s", want)
		}
	}
	if !strings.Contains(parts["docProps/core.xml"], "<dc:title>鹿島市 DX推進ワーキンググループ検討会 キックオフ 議事要旨</dc:title>") {
		t.Errorf("core.xml: %s", parts["docProps/core.xml"])
	}
}

func TestEscapeXML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a<b>&\"c\"", "a&lt;b&gt;&amp;&quot;c&quot;"}, {"bell\x07", "bell"}, {"tab\there", "tab here"},
		{"全角　スペース", "全角　スペース"}, {"\ufffe", ""},
	}
	for _, tt := range tests {
		if got := escapeXML(tt.in); got != tt.want {
			t.Errorf("escapeXML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDOCXLibreOffice converts the Word minutes with LibreOffice and finds
// their text in it, in order, the Japanese intact: every heading, list
// entry and table cell. Without soffice it is skipped, except in CI
// (CI=true), where .ci/run installs LibreOffice and its absence fails.
func TestDOCXLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice is not installed: .ci/run installs LibreOffice (libreoffice-writer-nogui)")
		}
		t.Skip("soffice is not installed")
	}
	d, _ := history(t)
	dir := t.TempDir()
	for _, n := range []int{1, 4} {
		doc, err := MinutesDoc(d, n)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "minutes.docx")
		var b bytes.Buffer
		if err := WriteDOCX(&b, doc, d.At); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		// a profile of its own, so a LibreOffice already running (or another test) is not in the way
		cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
			"--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, path)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
		txt, err := os.ReadFile(filepath.Join(dir, "minutes.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if n == 1 { // and LibreOffice reads the headings as headings and the tables as tables
			cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
				"--headless", "--convert-to", "html", "--outdir", dir, path)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("soffice: %v\n%s", err, out)
			}
			html, _ := os.ReadFile(filepath.Join(dir, "minutes.html"))
			count := map[string]int{}
			for _, bl := range doc.Blocks {
				switch {
				case bl.Kind == BlockHeading:
					count[fmt.Sprintf("<h%d", bl.Level)]++
				case bl.Kind == BlockTable:
					count["<table"]++
				}
			}
			for tag, want := range count {
				if got := strings.Count(string(html), tag); got != want {
					t.Errorf("LibreOffice reads %d %s…>, the minutes have %d", got, tag, want)
				}
			}
		}
		got := strings.TrimPrefix(string(txt), "\ufeff")
		at := 0
		for _, want := range docTexts(doc) {
			i := strings.Index(got[at:], want)
			if i < 0 {
				t.Fatalf("meeting %d: LibreOffice's text lacks %q after offset %d:\n%s", n, want, at, got[at:min(len(got), at+400)])
			}
			at += i + len(want)
		}
	}
}

// docTexts is every piece of text of doc, in order.
func docTexts(doc Doc) []string {
	var out []string
	add := func(s string) {
		for _, line := range strings.Split(s, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				out = append(out, line)
			}
		}
	}
	for _, bl := range doc.Blocks {
		switch bl.Kind {
		case BlockHeading, BlockPara:
			add(bl.Text)
		case BlockList:
			for _, it := range bl.Items {
				add(it.Text)
			}
		case BlockTable:
			for _, h := range bl.Table.Header {
				add(h)
			}
			for _, r := range bl.Table.Rows {
				for _, c := range r {
					add(c)
				}
			}
		}
	}
	return out
}
