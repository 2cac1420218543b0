package db

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"yoriai/model"
)

// pollItem is the sample kickoff's poll item.
func pollItem(t *testing.T, st *Store) (model.Workshop, model.AgendaItem) {
	t.Helper()
	w, err := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	_, items, _ := st.Meeting(ms[0].ID)
	return w, items[1]
}

// TestAnonymousBallotsCannotBeTraced casts twenty anonymous ballots and
// looks at the database the way someone trying to re-link them would.
func TestAnonymousBallotsCannotBeTraced(t *testing.T) {
	st := openTemp(t)
	w, item := pollItem(t, st)
	p, err := st.StartPoll(w.ID, item, model.PollAnonymous, at0)
	if err != nil || p.Round != 1 {
		t.Fatalf("StartPoll = %+v, %v", p, err)
	}
	eventsBefore, _ := st.Events(w.ID)
	var cast []string
	for i := range 20 {
		reason := fmt.Sprintf("理由%02d", i)
		cast = append(cast, reason)
		if err := st.CastAnonymous(p, []model.Answer{{Choice: i % 2}, {Choice: -1, Reason: reason}}); err != nil {
			t.Fatal(err)
		}
	}
	if evs, _ := st.Events(w.ID); len(evs) != len(eventsBefore) {
		t.Errorf("casting ballots wrote %d events; it must write none", len(evs)-len(eventsBefore))
	}
	for _, table := range []string{"poll_reason", "poll_count"} {
		if _, err := st.db.Exec("SELECT rowid FROM " + table); err == nil {
			t.Errorf("%s has a rowid, which keeps the order of insertion", table)
		}
		rows, _ := st.db.Query("SELECT name FROM pragma_table_info(?)", table)
		for rows.Next() {
			var col string
			rows.Scan(&col)
			if strings.Contains(col, "participant") || strings.Contains(col, "_at") || col == "created" {
				t.Errorf("%s has column %s that could tie a ballot to a person or a time", table, col)
			}
		}
		rows.Close()
	}
	res, err := st.Results(p)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res[0].Counts, []int{10, 10}) || res[0].Answered != 20 || len(res[1].Reasons) != 20 {
		t.Errorf("results %+v", res)
	}
	if reflect.DeepEqual(res[1].Reasons, cast) {
		t.Error("the reasons come back in the order they were cast")
	}
	if err := st.SetNamed(p, 1, nil, at0); err == nil {
		t.Error("named answers accepted on an anonymous poll")
	}
}

func TestTallyNamedRevealAndRounds(t *testing.T) {
	st := openTemp(t)
	w, item := pollItem(t, st)
	p, _ := st.StartPoll(w.ID, item, model.PollTally, at0)
	if err := st.SetTally(p, 0, []int{7, 3}, at0); err != nil {
		t.Fatal(err)
	}
	if err := st.SetTally(p, 0, []int{8, 3}, at0); err != nil { // corrected
		t.Fatal(err)
	}
	if err := st.CastAnonymous(p, []model.Answer{{Choice: 0}}); err == nil {
		t.Error("an anonymous ballot was cast on a show of hands")
	}
	res, _ := st.Results(p)
	if !reflect.DeepEqual(res[0].Counts, []int{8, 3}) || res[0].Answered != 11 {
		t.Errorf("tally results %+v", res[0])
	}
	if err := st.SetBallotOpen(p, true, model.HashPIN("1234", "s"), at0); err != nil {
		t.Fatal(err)
	}
	got, ok, _ := st.LatestPoll(item.ID)
	if !ok || !got.BallotOpen || !model.CheckPIN("1234", got.PINHash) || len(got.Questions) != 2 {
		t.Errorf("LatestPoll = %+v", got)
	}
	if err := st.Reveal(got, at0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	got, _, _ = st.LatestPoll(item.ID)
	if !got.Revealed() || got.BallotOpen {
		t.Errorf("after reveal %+v", got)
	}
	evs, _ := st.Events(w.ID)
	last := evs[len(evs)-1]
	if last.Kind != "poll.revealed" || !strings.Contains(last.Payload, `"counts":[[8,3],[]]`) {
		t.Errorf("reveal event %+v", last)
	}

	named, _ := st.StartPoll(w.ID, item, model.PollNamed, at0.Add(time.Hour))
	if named.Round != 2 {
		t.Errorf("second round numbered %d", named.Round)
	}
	a, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "山田 太郎", Role: model.RoleMember}, at0)
	b, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "佐藤 花子", Role: model.RoleMember}, at0)
	st.SetNamed(named, a.ID, []model.Answer{{Choice: 0}, {Choice: -1, Reason: "窓口が混む"}}, at0)
	st.SetNamed(named, b.ID, []model.Answer{{Choice: 1}}, at0)
	st.SetNamed(named, b.ID, []model.Answer{{Choice: 0}}, at0) // changed their mind
	res, _ = st.Results(named)
	if !reflect.DeepEqual(res[0].Counts, []int{2, 0}) || !reflect.DeepEqual(res[1].Reasons, []string{"窓口が混む"}) {
		t.Errorf("named results %+v", res)
	}
	if first, _ := st.Results(p); !reflect.DeepEqual(first[0].Counts, []int{8, 3}) {
		t.Error("the first round's results changed")
	}
}

func TestReasonsLabelsAndPromotion(t *testing.T) {
	st := openTemp(t)
	w, item := pollItem(t, st)
	for _, mode := range []model.PollMode{model.PollAnonymous, model.PollTally, model.PollNamed} {
		t.Run(string(mode), func(t *testing.T) {
			p, err := st.StartPoll(w.ID, item, mode, at0)
			if err != nil {
				t.Fatal(err)
			}
			give := func(reason string) {
				t.Helper()
				var err error
				switch mode {
				case model.PollAnonymous:
					err = st.CastAnonymous(p, []model.Answer{{Choice: 0}, {Choice: -1, Reason: reason}})
				case model.PollTally:
					err = st.AddPollReason(p, 1, reason, at0)
				case model.PollNamed:
					who, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: reason, Role: model.RoleMember}, at0)
					err = st.SetNamed(p, who.ID, []model.Answer{{Choice: 0}, {Choice: -1, Reason: reason}}, at0)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			give("窓口の待ち時間")
			give("紙の書類が多い")
			rs, err := st.PollReasons(p)
			if err != nil || len(rs) != 2 {
				t.Fatalf("PollReasons = %+v, %v", rs, err)
			}
			if err := st.SetReasonLabel(p, rs[0], "  市民サービス\x1b[2J ", at0); err != nil {
				t.Fatal(err)
			}
			card, err := st.PromoteReason(p, rs[1], at0)
			if err != nil || card.ID == 0 || card.Kind != model.CardProblem || card.Source != model.SourcePollReason || card.AuthorID != 0 {
				t.Fatalf("PromoteReason = %+v, %v", card, err)
			}
			if _, err := st.PromoteReason(p, rs[1], at0); !errors.Is(err, ErrAlreadyPromoted) {
				t.Errorf("promoted twice: %v", err)
			}
			again, _ := st.PollReasons(p)
			byText := map[string]model.PollReason{}
			for _, r := range again {
				byText[r.Text] = r
			}
			if l := byText[rs[0].Text].Label; l != "市民サービス" {
				t.Errorf("label %q", l)
			}
			if id := byText[rs[1].Text].CardID; id != card.ID {
				t.Errorf("card id %d, want %d", id, card.ID)
			}
			if err := st.Reveal(p, at0); err != nil {
				t.Fatal(err)
			}
			if err := st.ReopenPoll(p, at0); err != nil {
				t.Fatal(err)
			}
			if got, _, _ := st.LatestPoll(item.ID); got.Revealed() {
				t.Error("reopened poll is still revealed")
			}
			if err := st.ResetPoll(p, at0); err != nil {
				t.Fatal(err)
			}
			res, _ := st.Results(p)
			left, _ := st.PollReasons(p)
			if res[0].Total() != 0 || res[0].Answered != 0 || len(left) != 0 {
				t.Errorf("after reset: %+v, %d reasons", res, len(left))
			}
			if cards, _ := st.ItemCards(item.ID); len(cards) == 0 || cards[len(cards)-1].ID != card.ID {
				t.Error("the promoted card went with the reset")
			}
		})
	}
	p, _ := st.StartPoll(w.ID, item, model.PollAnonymous, at0)
	if err := st.AddPollReason(p, 1, "理由", at0); err == nil {
		t.Error("a typed reason was accepted on an anonymous poll")
	}
	if err := st.SetReasonLabel(p, model.PollReason{Key: "p1"}, "x", at0); err == nil {
		t.Error("a named key was accepted on an anonymous poll")
	}
	if err := st.SetReasonLabel(p, model.PollReason{Key: "kzz"}, "x", at0); err == nil {
		t.Error("a malformed key was accepted")
	}
}

func TestNamedAnswers(t *testing.T) {
	st := openTemp(t)
	w, item := pollItem(t, st)
	p, _ := st.StartPoll(w.ID, item, model.PollNamed, at0)
	a, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "山田 太郎", Role: model.RoleMember}, at0)
	if err := st.SetNamed(p, a.ID, []model.Answer{{Choice: 1, Reason: ""}}, at0); err != nil {
		t.Fatal(err)
	}
	got, err := st.NamedAnswers(p)
	want := map[int64][]model.Answer{a.ID: {{Choice: 1}, {Choice: -1}}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("NamedAnswers = %+v, %v; want %+v", got, err, want)
	}
}

func TestCloseOpenBallots(t *testing.T) {
	st := openTemp(t)
	w, item := pollItem(t, st)
	p, _ := st.StartPoll(w.ID, item, model.PollAnonymous, at0)
	st.SetBallotOpen(p, true, model.HashPIN("1234", "s"), at0)
	st.CastAnonymous(p, []model.Answer{{Choice: 1}})
	n, err := st.CloseOpenBallots(at0)
	if err != nil || n != 1 {
		t.Fatalf("CloseOpenBallots = %d, %v", n, err)
	}
	got, _, _ := st.LatestPoll(item.ID)
	if got.BallotOpen || got.Revealed() || got.PINHash != "" {
		t.Errorf("after closing: %+v", got)
	}
	if n, _ := st.CloseOpenBallots(at0); n != 0 {
		t.Errorf("closed %d the second time", n)
	}
	if res, _ := st.Results(got); res[0].Answered != 1 {
		t.Error("closing lost the ballot")
	}
}

// TestClosingTheBallotEmptiesTheLog checks that the write-ahead log, which
// keeps pages in commit order, is empty after each ballot and after the
// ballot closes, and that emptying it loses no ballot.
func TestClosingTheBallotEmptiesTheLog(t *testing.T) {
	st := openTemp(t)
	w, item := pollItem(t, st)
	p, _ := st.StartPoll(w.ID, item, model.PollAnonymous, at0)
	st.SetBallotOpen(p, true, model.HashPIN("1234", "s"), at0)
	wal := st.path + "-wal"
	for i := range 5 {
		st.CastAnonymous(p, []model.Answer{{Choice: i % 2}, {Choice: -1, Reason: fmt.Sprintf("理由%d", i)}})
		if fi, err := os.Stat(wal); err == nil && fi.Size() != 0 {
			t.Errorf("the log holds %d bytes after ballot %d", fi.Size(), i)
		}
	}
	if err := st.SetBallotOpen(p, false, "", at0); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(wal); err == nil && fi.Size() != 0 {
		t.Errorf("the log still holds %d bytes after the ballot closed", fi.Size())
	}
	if res, _ := st.Results(p); res[0].Answered != 5 || len(res[1].Reasons) != 5 {
		t.Errorf("checkpoint lost ballots: %+v", res)
	}
}

// TestUnfinishedForgettingIsFinishedAtOpen marks a closed round as still
// keeping its order, as a close that ran out of disk would leave it, and
// checks that the next Open forgets it.
func TestUnfinishedForgettingIsFinishedAtOpen(t *testing.T) {
	st := openTemp(t)
	w, item := pollItem(t, st)
	p, _ := st.StartPoll(w.ID, item, model.PollAnonymous, at0)
	st.SetBallotOpen(p, true, "h", at0)
	// Cast and close without forgetting, as an older yoriai did, or as a
	// disk too full to rebuild the file leaves it.
	for i := range 12 {
		st.castAnonymous(p, []model.Answer{{Choice: 0}, {Choice: -1, Reason: fmt.Sprintf("理由%02d番の意見", i)}})
	}
	if _, err := st.db.Exec(`UPDATE poll SET ballot_open = 0 WHERE id = ?`, p.ID); err != nil {
		t.Fatal(err)
	}
	st.truncateLog()
	var kept int
	st.db.QueryRow(`SELECT order_kept FROM poll WHERE id = ?`, p.ID).Scan(&kept)
	if kept != 1 {
		t.Fatalf("order_kept %d after ballots, want 1", kept)
	}
	before, _ := st.PollReasons(p)
	path := st.path
	st.Close()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.db.QueryRow(`SELECT order_kept FROM poll WHERE id = ?`, p.ID).Scan(&kept)
	if kept != 0 {
		t.Errorf("order_kept %d after Open, want 0", kept)
	}
	checkForgotten(t, st, 12, func(i int) string { return fmt.Sprintf("理由%02d番の意見", i) }, before)
}
