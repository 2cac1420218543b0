package tui

import (
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

// startFile is a sample workshop of cards Task ① cards in dir, left on
// the board: 第2回 at タスク①の検討.
func startFile(b *testing.B, dir string, cards int) (path string, w model.Workshop, m model.Meeting) {
	b.Helper()
	path = filepath.Join(dir, "bench.db")
	st, err := db.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if w, err = demo.Fill(st, cards); err != nil {
		b.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	_, items, _ := st.Meeting(ms[1].ID)
	m = ms[1]
	m.CurrentItemID = items[2].ID // タスク①の検討
	if err := st.SaveRun(m, items, "bench", t0); err != nil {
		b.Fatal(err)
	}
	return path, w, m
}

// coldStart is what happens between opening the database and the first
// frame of the screen r resumes: open the store, build the app, load what
// the screen shows, draw; want is a text that frame holds. As in the
// program, every message is drawn after Update takes it, and the first
// frame is the first that holds want; the messages still to come (the
// rest of a board whose first page was drawn) are then taken too, and
// settled is the time until nothing is left to do.
func coldStart(b *testing.B, path string, r model.Resume, want string) (first, settled time.Duration) {
	// a process starts with an empty heap: the garbage of the start before
	// is not this start's to collect
	runtime.GC()
	t := time.Now()
	st, err := db.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	h := &harness{t: &testing.T{}, now: t0}
	h.app = New(common.NewCommon(i18n.Japanese, path, r.WorkshopID), st, r)
	h.app.tick = func() tea.Cmd { return nil }
	var looking time.Duration // the time spent looking for want, not the program's
	queue := append([]tea.Msg{teaSize(120, 40)}, h.exec(h.app.Init())...)
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		_, cmd := h.app.Update(msg)
		frame := h.app.View().Content
		if first == 0 {
			l := time.Now()
			if strings.Contains(ansi.Strip(frame), want) {
				first = l.Sub(t) - looking
			}
			looking += time.Since(l)
		}
		queue = append(queue, h.exec(cmd)...)
	}
	settled = time.Since(t) - looking
	if first == 0 {
		b.Fatalf("no frame held %q:\n%s", want, h.view())
	}
	return first, settled
}

// BenchmarkColdStart is the start to the first frame, in process (the
// process start and the terminal set-up around it are not measured), and
// to the moment nothing is left to load (settled: the board has every
// card and takes keys), with
// 100 and 10,000 cards, resumed on the Task ① board and on home, the four
// measured alternately in one loop so that they see the same machine. The
// budgets (issue 20), p50: the board at 10,000 cards within 1.3× of 100,
// home within 1.2×.
func BenchmarkColdStart(b *testing.B) {
	type start struct {
		name, path, want string
		r                model.Resume
	}
	var starts []start
	for _, n := range []int{100, 10000} {
		path, w, m := startFile(b, b.TempDir(), n)
		suffix := map[int]string{100: "100", 10000: "10000"}[n]
		starts = append(starts,
			start{"board-cards" + suffix, path, "受け箱（", model.Resume{WorkshopID: w.ID, Screen: model.ScreenSlide, MeetingID: m.ID}},
			start{"home-cards" + suffix, path, "第2回", model.Resume{WorkshopID: w.ID, Screen: model.ScreenHome}})
	}
	took := make([][]time.Duration, len(starts))
	settled := make([][]time.Duration, len(starts))
	for b.Loop() {
		for i, s := range starts {
			first, done := coldStart(b, s.path, s.r, s.want)
			took[i], settled[i] = append(took[i], first), append(settled[i], done)
		}
	}
	p := make([]float64, len(starts))
	for i, s := range starts {
		p[i] = p50ms(took[i])
		b.ReportMetric(p[i], s.name+"-p50-ms")
		b.ReportMetric(p50ms(settled[i]), s.name+"-settled-p50-ms")
	}
	b.ReportMetric(p[2]/p[0], "board-ratio")
	b.ReportMetric(p[3]/p[1], "home-ratio")
}

// p50ms is the median of took, in milliseconds.
func p50ms(took []time.Duration) float64 {
	s := slices.Clone(took)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return float64(s[len(s)/2]) / 1e6
}
