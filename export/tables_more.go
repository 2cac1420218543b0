package export

// tables_more.go: the tables of Task ② and of attendance, for the
// workbook and for CSV.

import (
	"strings"

	"yoriai/model"
)

var roleNames = map[model.Role]string{model.RoleMember: "メンバー", model.RoleFacilitator: "進行役",
	model.RoleSecretariat: "事務局", model.RoleExternal: "外部人材"}

// Task2Table is every Task ② round: a row per problem with its votes or
// scores, its place (同点 when tied), the moves made on it with their
// reasons, and ★ on the problems chosen for the fiscal year (on the
// latest round, which decides).
func (d Data) Task2Table() Table {
	t := Table{Name: "タスク②",
		Header: []string{"回", "会議", "方式", "順位", "同点", "課題", "柱", "票", "効果", "実現可能性", "得点", "順位の変更",
			d.Year.Label()},
		Widths: []float64{5, 10, 22, 6, 6, 40, 16, 6, 6, 10, 6, 36, 10}}
	t.Rows = func(yield func([]any) bool) {
		for _, st := range d.Rounds {
			r := st.Round
			meeting := ""
			for _, m := range d.Meetings {
				if m.Meeting.ID == r.MeetingID {
					meeting = m.Meeting.Title
				}
			}
			latest := r.ID == d.Task2.Round.ID
			for _, x := range r.Rank(d.Problems(), st.Votes.Totals(), st.Scores, st.Overrides) {
				tied := ""
				if x.Tied {
					tied = "同点"
				}
				var dots, impact, feasible, score any = "", "", "", ""
				switch {
				case !r.ShowsTotals():
					dots = "非公開"
				case r.Method == model.MethodScore && x.Score.Valid():
					impact, feasible, score = x.Score.Impact, x.Score.Feasibility, x.Score.Value()
				case r.Method == model.MethodDots:
					dots = x.Dots
				}
				var moves []string
				for _, o := range st.Overrides {
					if o.CardID != x.Card.ID {
						continue
					}
					dir := "1つ上へ"
					if o.Delta > 0 {
						dir = "1つ下へ"
					}
					if reason := strings.TrimSpace(o.Reason); reason != "" {
						dir += "：" + reason
					}
					moves = append(moves, dir)
				}
				star := ""
				if latest && d.Task2.Chosen[x.Card.ID] {
					star = "★"
				}
				row := []any{r.Number, meeting, method(r), x.Place, tied, x.Card.Text, d.Pillar(x.Card.PillarID), dots, impact,
					feasible, score, strings.Join(moves, "\n"), star}
				if !yield(row) {
					return
				}
			}
		}
	}
	return t
}

var presenceNames = map[model.Presence]string{model.PresencePresent: "出席", model.PresenceAbsent: "欠席",
	model.PresenceUnknown: "未定"}

// AttendanceTable is each meeting's attendance: a row per participant in
// the roster's order, 出席, 欠席 or 未定, noted when the mark was taken over
// from an earlier meeting (前回から) and for the meeting's 記録者. A
// meeting not yet held with no marks of its own is left out.
func (d Data) AttendanceTable() Table {
	t := Table{Name: "出欠",
		Header: []string{"回", "会議", "日付", "氏名", "所属課", "役割", "出欠", "備考"},
		Widths: []float64{5, 12, 22, 16, 16, 10, 8, 14}}
	t.Rows = func(yield func([]any) bool) {
		for _, m := range d.Meetings {
			marks, ok := d.Attendance[m.Meeting.ID]
			if !ok { // attendance as present or not only
				marks = map[int64]model.AttendanceMark{}
				for _, p := range m.Present {
					marks[p.ID] = model.AttendanceMark{Presence: model.PresencePresent}
				}
			}
			own := false
			for _, mk := range marks {
				own = own || !mk.Defaulted
			}
			if !own && m.Meeting.StartedAt.IsZero() {
				continue
			}
			date := ""
			if !m.Meeting.Date.IsZero() {
				date = m.Meeting.Date.FormatJapanese()
			}
			recorder := d.Recorders[m.Meeting.ID]
			for _, p := range d.People {
				mk, marked := marks[p.ID]
				mark := presenceNames[mk.Presence]
				if !marked {
					mark = "—"
				}
				var notes []string
				if mk.Defaulted {
					notes = append(notes, "前回から")
				}
				if recorder.ParticipantID != 0 && recorder.ParticipantID == p.ID {
					notes = append(notes, "記録者")
				}
				if !yield([]any{m.Meeting.Number, m.Meeting.Title, date, p.Name, p.Department, roleNames[p.Role], mark,
					strings.Join(notes, "・")}) {
					return
				}
			}
		}
	}
	return t
}
