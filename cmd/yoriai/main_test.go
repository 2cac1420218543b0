package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"yoriai/db"
	"yoriai/model"
	"yoriai/template"
	"yoriai/tui/common"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestTemplateCommandPrintsTheDefault(t *testing.T) {
	code, out, _ := runCLI("template")
	if code != 0 || out != string(template.Default()) {
		t.Fatalf("exit %d; output is not the default template (%d bytes)", code, len(out))
	}
}

func TestVersionAndHelp(t *testing.T) {
	if code, out, _ := runCLI("--version"); code != 0 || !strings.Contains(out, version) {
		t.Errorf("--version: exit %d, %q", code, out)
	}
	if code, out, _ := runCLI("--help"); code != 0 || !strings.Contains(out, "--template") || !strings.Contains(out, "データベースファイルのパス") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
	if _, out, _ := runCLI("--help", "--lang", "en"); !strings.Contains(out, "ath of the database file") {
		t.Errorf("--help --lang en is not in English:\n%s", out)
	}
}

func TestBadFlagsAreRefused(t *testing.T) {
	if code, _, errOut := runCLI("--lang", "fr"); code == 0 || !strings.Contains(errOut, "ja or en") {
		t.Errorf("--lang fr: exit %d, %q", code, errOut)
	}
	if code, _, _ := runCLI("--no-such-flag"); code == 0 {
		t.Error("an unknown flag was accepted")
	}
}

func TestBadTemplateWritesNothing(t *testing.T) {
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "city.yaml")
	bad := strings.Replace(string(template.Default()), "minutes: 25", "minuts: 25", 1)
	bad = strings.Replace(bad, "kind: prompt", "kind: lecture", 1)
	os.WriteFile(tmpl, []byte(bad), 0o600)
	dbPath := filepath.Join(dir, "yoriai.db")
	code, _, errOut := runCLI("--db", dbPath, "--template", tmpl)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	line := 1 + strings.Count(bad[:strings.Index(bad, "minuts: 25")], "\n")
	for _, want := range []string{"city.yaml に誤りがあります", fmt.Sprintf("%d 行目", line), "minuts", "知らない項目名", "lecture"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("report lacks %q:\n%s", want, errOut)
		}
	}
	if _, err := os.Stat(dbPath); !os.IsNotExist(err) {
		t.Error("a wrong template must not create the database")
	}
	if code, _, errOut := runCLI("--db", dbPath, "--template", filepath.Join(dir, "missing.yaml")); code != 2 || !strings.Contains(errOut, "読み込めません") {
		t.Errorf("missing template: exit %d, %q", code, errOut)
	}
}

func TestRefusedDatabaseExitsNonZero(t *testing.T) {
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	h, _ := sql.Open("sqlite", newer)
	h.Exec(fmt.Sprintf("PRAGMA application_id = %d", db.ApplicationID))
	h.Exec(fmt.Sprintf("PRAGMA user_version = %d", db.SchemaVersion+1))
	h.Exec("CREATE TABLE future (x)")
	h.Close()
	notDB := filepath.Join(dir, "notes.txt")
	os.WriteFile(notDB, []byte("これはメモです"), 0o600)
	tests := []struct {
		path, want string
	}{
		{newer, "新しい版の yoriai"},
		{notDB, "yoriai のデータベースではありません"},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI("--db", tt.path)
		if code != 1 || !strings.Contains(errOut, tt.want) || !strings.Contains(errOut, tt.path) {
			t.Errorf("--db %s: exit %d, %q", filepath.Base(tt.path), code, errOut)
		}
	}
	st, err := db.Open(filepath.Join(dir, "held.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if code, _, errOut := runCLI("--db", filepath.Join(dir, "held.db")); code != 1 || !strings.Contains(errOut, "別の yoriai が使用中") {
		t.Errorf("held database: exit %d, %q", code, errOut)
	}
}

func TestDefaultDBPath(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	tests := []struct {
		name    string
		goos    string
		env     func(string) string
		home    string
		want    string
		wantErr bool
	}{
		{"xdg", "linux", env("XDG_DATA_HOME", "/data"), "/home/tanaka", filepath.Join("/data", "yoriai", "yoriai.db"), false},
		{"home fallback", "linux", env(), "/home/tanaka", filepath.Join("/home/tanaka", ".local", "share", "yoriai", "yoriai.db"), false},
		{"relative xdg is ignored", "darwin", env("XDG_DATA_HOME", "data"), "/Users/tanaka", filepath.Join("/Users/tanaka", ".local", "share", "yoriai", "yoriai.db"), false},
		{"windows", "windows", env("LOCALAPPDATA", `C:\Users\tanaka\AppData\Local`), `C:\Users\tanaka`, filepath.Join(`C:\Users\tanaka\AppData\Local`, "yoriai", "yoriai.db"), false},
		{"windows without LOCALAPPDATA", "windows", env(), `C:\Users\tanaka`, filepath.Join(`C:\Users\tanaka`, "AppData", "Local", "yoriai", "yoriai.db"), false},
		{"nothing to go on", "linux", env(), "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := defaultDBPath(tt.goos, tt.env, tt.home)
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestDisplayFromFlagsAndEnvironment(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	tests := []struct {
		name      string
		o         options
		env       func(string) string
		theme     common.Theme
		ascii     bool
		wantError bool
	}{
		{"default follows the terminal", options{}, env(), common.ThemeAuto, false, false},
		{"flag", options{theme: "projector"}, env(), common.ThemeProjector, false, false},
		{"NO_COLOR means mono", options{}, env("NO_COLOR", "1"), common.ThemeMono, false, false},
		{"a flag wins over NO_COLOR", options{theme: "light"}, env("NO_COLOR", "1"), common.ThemeLight, false, false},
		{"ascii flag", options{ascii: true}, env(), common.ThemeAuto, true, false},
		{"east asian wide terminal", options{}, env("RUNEWIDTH_EASTASIAN", "1"), common.ThemeAuto, true, false},
		{"unknown theme", options{theme: "neon"}, env(), "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			theme, ascii, err := display(tt.o, tt.env)
			if theme != tt.theme || ascii != tt.ascii || (err != nil) != tt.wantError {
				t.Errorf("display = %q, %v, %v", theme, ascii, err)
			}
		})
	}
	if code, _, errOut := runCLI("--theme", "neon"); code != 2 || !strings.Contains(errOut, "dark, light, projector or mono") {
		t.Errorf("--theme neon: exit %d, %q", code, errOut)
	}
}

func TestWidthProbeReply(t *testing.T) {
	tests := []struct {
		reply    string
		wide, ok bool
	}{
		{"\x1b[12;2R", false, true},
		{"\x1b[1;3R", true, true},
		{"typed ahead\x1b[40;2R", false, true},
		{"\x1b[12;", false, false},
		{"", false, false},
		{"\x1b[12R", false, false},
	}
	for _, tt := range tests {
		wide, ok := ambiguousWide([]byte(tt.reply))
		if wide != tt.wide || ok != tt.ok {
			t.Errorf("ambiguousWide(%q) = %v, %v; want %v, %v", tt.reply, wide, ok, tt.wide, tt.ok)
		}
	}
}

// TestClusterProbeReply reads the cluster probe's answers: 👩‍💻 drawn whole
// leaves the cursor at column 3, code point by code point (tmux) at 5.
func TestClusterProbeReply(t *testing.T) {
	for reply, want := range map[string][2]bool{
		"\x1b[1;3R": {true, true}, "\x1b[7;5R": {false, true}, "\x1b[7;": {false, false}, "": {false, false},
	} {
		whole, ok := clustersWhole([]byte(reply))
		if whole != want[0] || ok != want[1] {
			t.Errorf("clustersWhole(%q) = %v, %v; want %v, %v", reply, whole, ok, want[0], want[1])
		}
	}
}

func TestDoctor(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "none.db")
	if code, out, _ := runCLI("doctor", "--db", missing); code != 0 || !strings.Contains(out, "まだありません") {
		t.Errorf("missing database: exit %d\n%s", code, out)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("doctor created the database")
	}
	path := filepath.Join(dir, "yoriai.db")
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI("doctor", "--db", path)
	st.Close()
	for _, want := range []string{"yoriai", fmt.Sprintf("形式 %d", db.SchemaVersion), "整合性：ok", fmt.Sprintf("使用中（yoriai PID %d）", os.Getpid()), "権限 0600", "ネットワーク"} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, out)
		}
	}
	if code != 0 {
		t.Errorf("healthy database: exit %d", code)
	}
	notes := filepath.Join(dir, "notes.txt")
	os.WriteFile(notes, []byte("メモ"), 0o600)
	if code, out, errOut := runCLI("doctor", "--db", notes); code != 1 || !strings.Contains(out, "yoriai のデータベースではありません") || errOut == "" {
		t.Errorf("not a database: exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestManPageAndCompletions(t *testing.T) {
	// fang writes the man page to os.Stdout itself: catch it there.
	r, w, _ := os.Pipe()
	stdout := os.Stdout
	os.Stdout = w
	code, _, _ := runCLI("man")
	os.Stdout = stdout
	w.Close()
	page, _ := io.ReadAll(r)
	if code != 0 || !strings.Contains(string(page), ".TH YORIAI 1") {
		t.Errorf("man: exit %d, %.80q", code, page)
	}
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		if code, out, _ := runCLI("completion", sh); code != 0 || !strings.Contains(out, "yoriai") {
			t.Errorf("completion %s: exit %d", sh, code)
		}
	}
}

func TestCloseBallot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kashima.db")
	if code, _, errOut := runCLI("close-ballot", "--db", path); code != 1 || !strings.Contains(errOut, "データベースがありません") {
		t.Errorf("missing database: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("close-ballot created a database")
	}
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tmpl, _ := template.Parse(template.Default())
	w, err := st.CreateWorkshop(tmpl, "sha", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	_, items, _ := st.Meeting(ms[0].ID)
	var item model.AgendaItem
	for _, it := range items {
		if it.Kind == model.KindPoll {
			item = it
		}
	}
	p, _ := st.StartPoll(w.ID, item, model.PollAnonymous, time.Now())
	st.SetBallotOpen(p, true, model.HashPIN("2468", "salt"), time.Now())
	if code, _, errOut := runCLI("close-ballot", "--db", path); code != 1 || !strings.Contains(errOut, "使用中") {
		t.Errorf("while the app holds the file: exit %d, %q", code, errOut)
	}
	st.Close()
	if code, out, _ := runCLI("close-ballot", "--db", path); code != 0 || !strings.Contains(out, "1 件終了しました") {
		t.Errorf("close-ballot: exit %d, %q", code, out)
	}
	if code, out, _ := runCLI("close-ballot", "--db", path); code != 0 || !strings.Contains(out, "開いている無記名投票はありません") {
		t.Errorf("second close-ballot: exit %d, %q", code, out)
	}
}

func TestImportChat(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kashima.db")
	chat := filepath.Join(dir, "chat.txt")
	os.WriteFile(chat, []byte("[2022/12/20 9:00] 山田 太郎: 電子決裁を広げたい\r\n佐藤 花子：研修の時間がほしい\r\n\r\n"), 0o600)
	if code, _, errOut := runCLI("import", "chat", chat, "--db", path); code != 1 || !strings.Contains(errOut, "データベースがありません") {
		t.Errorf("missing database: exit %d, %q", code, errOut)
	}
	st, _ := db.Open(path)
	st.Close()
	if code, _, errOut := runCLI("import", "chat", chat, "--db", path); code != 1 || !strings.Contains(errOut, "ワークショップがありません") {
		t.Errorf("no workshop: exit %d, %q", code, errOut)
	}
	st, _ = db.Open(path)
	tmpl, _ := template.Parse(template.Default())
	w, _ := st.CreateWorkshop(tmpl, "sha", time.Now())
	st.Close()
	if code, out, errOut := runCLI("import", "chat", chat, "--db", path); code != 0 || !strings.Contains(out, "追加 2件、取り込み済み 0件、読めない行 0件") {
		t.Errorf("import: exit %d, %q %q", code, out, errOut)
	}
	if code, out, _ := runCLI("import", "chat", chat, "--db", path); code != 0 || !strings.Contains(out, "追加 0件、取り込み済み 2件") {
		t.Errorf("second import: exit %d, %q", code, out)
	}
	bin := filepath.Join(dir, "photo.txt")
	os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o600)
	for _, bad := range []struct{ file, want string }{
		{bin, "テキストファイルではありません"},
		{filepath.Join(dir, "none.txt"), "ファイルが見つかりません"},
		{dir, "ファイルではありません"},
	} {
		if code, _, errOut := runCLI("import", "chat", bad.file, "--db", path); code != 1 || !strings.Contains(errOut, bad.want) {
			t.Errorf("%s: exit %d, %q", bad.file, code, errOut)
		}
	}
	if code, _, _ := runCLI("import", "chat", "--db", path); code == 0 {
		t.Error("import chat without a file was accepted")
	}
	st, _ = db.Open(path)
	defer st.Close()
	cards, _, _ := st.BoardCards(w.ID)
	if len(cards) != 2 || cards[0].Text != "電子決裁を広げたい" || cards[1].AuthorName != "佐藤 花子" {
		t.Errorf("cards %+v", cards)
	}
}

func TestDemoExportAndRestore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "demo.db")
	if code, out, errOut := runCLI("demo", "--db", path); code != 0 || !strings.Contains(out, "見本のワークショップを作りました") {
		t.Fatalf("demo: exit %d %q %q", code, out, errOut)
	}
	if code, _, errOut := runCLI("demo", "--db", path); code != 1 || !strings.Contains(errOut, "すでにワークショップがあります") {
		t.Errorf("demo twice: exit %d %q", code, errOut)
	}
	md := filepath.Join(dir, "kickoff.md")
	if code, out, _ := runCLI("export", "--db", path, "--format", "md", "--meeting", "1", "--out", md); code != 0 || !strings.Contains(out, md) {
		t.Errorf("export md: exit %d %q", code, out)
	}
	if b, _ := os.ReadFile(md); !strings.Contains(string(b), "キックオフ 議事要旨") {
		t.Errorf("minutes: %.200s", b)
	}
	if code, _, errOut := runCLI("export", "--db", path, "--format", "md", "--out", md); code != 1 || !strings.Contains(errOut, "--force") {
		t.Errorf("export over an existing file: exit %d %q", code, errOut)
	}
	if code, _, _ := runCLI("export", "--db", path, "--format", "md", "--out", md, "--force"); code != 0 {
		t.Errorf("export --force: exit %d", code)
	}
	refusals := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--format", "pdf", "--out", "x"}, 2, "md、docx、xlsx、csv、json"},
		{[]string{"--format", "csv", "--table", "nope", "--out", "x"}, 2, "plan、task1、polls、task2、attendance、actions"},
		{[]string{"--format", "docx", "--meeting", "9", "--out", filepath.Join(dir, "m9.docx")}, 2, "第9回の会議はありません"},
		{[]string{"--format", "md"}, 2, "--out"},
		{[]string{"--format", "md", "--meeting", "9", "--out", filepath.Join(dir, "m9.md")}, 2, "第9回の会議はありません"},
		{[]string{"--format", "md", "--db", filepath.Join(dir, "none.db"), "--out", filepath.Join(dir, "n.md")}, 1, "データベースがありません"},
	}
	for _, r := range refusals {
		args := append([]string{"export", "--db", path}, r.args...)
		if code, _, errOut := runCLI(args...); code != r.code || !strings.Contains(errOut, r.want) {
			t.Errorf("%v: exit %d %q", r.args, code, errOut)
		}
	}
	for _, f := range []struct{ format, table, file string }{{"xlsx", "", "plan.xlsx"}, {"csv", "plan", "plan.csv"},
		{"csv", "task1", "task1.csv"}, {"csv", "polls", "polls.csv"}, {"csv", "task2", "task2.csv"},
		{"csv", "attendance", "attendance.csv"}, {"csv", "actions", "actions.csv"}, {"docx", "", "kickoff.docx"}} {
		out := filepath.Join(dir, f.file)
		args := []string{"export", "--db", path, "--format", f.format, "--out", out}
		if f.table != "" {
			args = append(args, "--table", f.table)
		}
		if code, _, errOut := runCLI(args...); code != 0 {
			t.Errorf("%v: exit %d %q", args, code, errOut)
		}
		if info, err := os.Stat(out); err != nil || info.Size() == 0 || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v %v", out, info, err)
		}
	}

	backup := filepath.Join(dir, "backup.json")
	if code, _, errOut := runCLI("export", "--db", path, "--format", "json", "--out", backup); code != 0 {
		t.Fatalf("backup: exit %d %q", code, errOut)
	}
	restored := filepath.Join(dir, "restored.db")
	if code, out, errOut := runCLI("import", "backup", backup, "--db", restored); code != 0 || !strings.Contains(out, "戻しました") {
		t.Fatalf("restore: exit %d %q %q", code, out, errOut)
	}
	again := filepath.Join(dir, "again.json")
	runCLI("export", "--db", restored, "--format", "json", "--out", again)
	a, _ := os.ReadFile(backup)
	b, _ := os.ReadFile(again)
	if !bytes.Equal(a, b) || len(a) < 1000 {
		t.Errorf("the backup of the restored database differs (%d and %d bytes)", len(a), len(b))
	}
	if code, _, errOut := runCLI("import", "backup", backup, "--db", restored); code != 1 || !strings.Contains(errOut, "すでにワークショップ") {
		t.Errorf("restore into a full database: exit %d %q", code, errOut)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"format":"something else"}`), 0o600)
	fresh := filepath.Join(dir, "fresh.db")
	if code, _, errOut := runCLI("import", "backup", bad, "--db", fresh); code != 1 || !strings.Contains(errOut, "バックアップファイルではない") {
		t.Errorf("restore of a bad file: exit %d %q", code, errOut)
	}
	if _, err := os.Stat(fresh); err == nil {
		t.Error("a failed restore left a database behind")
	}
}

func TestExportDir(t *testing.T) {
	home := t.TempDir()
	if got := exportDir(home, "/data/y.db"); got != home {
		t.Errorf("no Documents: %s", got)
	}
	os.Mkdir(filepath.Join(home, "Documents"), 0o700)
	if got := exportDir(home, "/data/y.db"); got != filepath.Join(home, "Documents") {
		t.Errorf("with Documents: %s", got)
	}
	if got := exportDir("", filepath.Join("data", "y.db")); got != "data" {
		t.Errorf("no home: %s", got)
	}
}
