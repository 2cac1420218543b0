package main

import (
	"io"
	"strings"
	"testing"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"yoriai/i18n"
)

// squeeze drops all white space, so a text the help renderer wrapped onto
// several lines still compares with the text as written.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// TestHelpShowsTheTextsAsWritten runs --help of every command in both
// languages and finds each text of the catalogue in it exactly as written:
// the command's description, every flag's and every subcommand's. The help
// renderer (fang) title-cases the first word of a flag's or subcommand's
// text ("md・docx" would become "Md・Docx", "NO_COLOR" "No_color"), so
// the texts are worded to leave it nothing to change; this test keeps them
// so.
func TestHelpShowsTheTextsAsWritten(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Japanese, i18n.English} {
		root := newRootCmd(i18n.For(lang), lang, io.Discard)
		var walk func(c *cobra.Command, path []string)
		walk = func(c *cobra.Command, path []string) {
			if c.Hidden || len(path) > 0 && (path[0] == "completion" || path[0] == "help") {
				return
			}
			args := append(append([]string{}, path...), "--help", "--lang", string(lang))
			code, out, errOut := runCLI(args...)
			if code != 0 {
				t.Errorf("%v: exit %d: %s", args, code, errOut)
				return
			}
			got := squeeze(out)
			want := map[string]string{"description": c.Long}
			if c.Long == "" {
				want["description"] = c.Short
			}
			c.LocalFlags().VisitAll(func(f *pflag.Flag) {
				if !f.Hidden {
					want["--"+f.Name] = f.Usage
				}
			})
			c.InheritedFlags().VisitAll(func(f *pflag.Flag) {
				if !f.Hidden {
					want["--"+f.Name] = f.Usage
				}
			})
			for _, sc := range c.Commands() {
				if !sc.Hidden {
					want[sc.Name()] = sc.Short
				}
			}
			for what, text := range want {
				if text == "" {
					t.Errorf("%v: %s has no text", args, what)
				} else if !strings.Contains(got, squeeze(text)) {
					t.Errorf("%v: %s is not shown as written: %q\n%s", args, what, text, out)
				}
			}
			for _, sc := range c.Commands() {
				walk(sc, append(append([]string{}, path...), sc.Name()))
			}
		}
		walk(root, nil)
	}
}

// TestHelpNamesFormatsAsTyped checks the words the issue found damaged:
// the formats as --format takes them, ja and en as --lang takes them, and
// NO_COLOR as the environment spells it.
func TestHelpNamesFormatsAsTyped(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"（日本語は ja、英語は en）", "NO_COLOR", "dark・light・projector"}},
		{[]string{"--help", "--lang", "en"}, []string{"(ja or en)", "NO_COLOR", "dark, light, projector"}},
		{[]string{"export", "--help"}, []string{"md・docx（議事要旨）", "xlsx（実施計画（案））", "csv", "json", "chat"}},
		{[]string{"export", "--help", "--lang", "en"}, []string{"md or docx (minutes)", "xlsx (plan)", "csv", "json", "chat"}},
	} {
		_, out, _ := runCLI(tt.args...)
		for _, w := range tt.want {
			if !strings.Contains(squeeze(out), squeeze(w)) {
				t.Errorf("%v lacks %q:\n%s", tt.args, w, out)
			}
		}
		for _, bad := range []string{"Md", "Docx", "Xlsx", "Csv", "Json", "(Ja", "（Ja", "No_color", "Dark", "--Db", "Id "} {
			if strings.Contains(out, bad) {
				t.Errorf("%v shows %q, a word the help renderer title-cased:\n%s", tt.args, bad, out)
			}
		}
	}
}

func TestEveryCommandTakesLang(t *testing.T) {
	if code, out, _ := runCLI("export", "--help", "--lang", "en"); code != 0 || !strings.Contains(out, "The file to write") {
		t.Errorf("export --help --lang en: exit %d\n%s", code, out)
	}
	if code, _, errOut := runCLI("doctor", "--lang", "fr"); code != 2 || !strings.Contains(errOut, "fr") {
		t.Errorf("doctor --lang fr: exit %d, %q", code, errOut)
	}
}
