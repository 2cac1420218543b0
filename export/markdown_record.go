package export

// markdown_record.go: the minutes' parts that come from the record the
// facilitator kept: attendance with absentees and the 記録者, each item's
// 記録 (decisions first), the 決定事項 and the 宿題.

import (
	"slices"

	"yoriai/model"
)

var entryNames = map[model.EntryKind]string{model.EntryMemo: "メモ", model.EntryDecision: "決定",
	model.EntryQA: "質疑", model.EntryAction: "宿題"}

// presence is who attended meeting md and who was absent. With the
// three-state attendance gathered, a held meeting counts the marks it
// took over from the previous meeting too (the roster is one pass of
// corrections); a meeting not yet held counts only its own marks.
// Without it, Present is what there is.
func (d Data) presence(md Meeting) (present, absent []model.Participant, known bool) {
	marks, ok := d.Attendance[md.Meeting.ID]
	if !ok {
		return md.Present, nil, false
	}
	if md.Meeting.StartedAt.IsZero() {
		own := map[int64]model.AttendanceMark{}
		for id, m := range marks {
			if !m.Defaulted {
				own[id] = m
			}
		}
		marks = own
	}
	return model.Present(d.People, marks), model.Absent(d.People, marks), true
}

// people writes the attendance lines of the header: 出席者 and 欠席者 by
// 所属課, and the 記録者.
func (b *minutes) people() {
	present, absent, known := b.d.presence(b.m)
	b.attendees(present)
	if known && len(present)+len(absent) > 0 { // with no marks at all, 出席者 says （記録なし）
		if len(absent) == 0 {
			b.list(item("欠席者：なし"))
		} else {
			b.list(item("欠席者（%d名）", len(absent)))
			for _, line := range byDepartment(absent) {
				b.list(sub("%s", line))
			}
		}
	}
	if r, ok := b.d.Recorders[b.m.Meeting.ID]; ok && !r.IsZero() {
		b.list(item("記録者：%s", r.NameIn(b.d.People)))
	} else if b.d.Recorders != nil {
		b.list(item("記録者：（記録なし）"))
	}
}

// decisionsFirst is an item's record with its decisions first, the rest
// in their order.
func decisionsFirst(entries []model.Entry) []model.Entry {
	out := slices.Clone(entries)
	slices.SortStableFunc(out, func(a, c model.Entry) int {
		return map[bool]int{true: 0, false: 1}[a.Kind == model.EntryDecision] -
			map[bool]int{true: 0, false: 1}[c.Kind == model.EntryDecision]
	})
	return out
}

// assignee is who an action item is for.
func (d Data) assignee(e model.Entry) string {
	if e.AssigneeID != 0 {
		if name := d.Person(e.AssigneeID); name != "" {
			return name
		}
	}
	return e.AssigneeName
}

// due is an action item's 期限 in 和暦, or —.
func due(e model.Entry) string {
	if e.Due.IsZero() {
		return "—"
	}
	return e.Due.FormatJapanese()
}

// today is the day the minutes judge 期限 by: the meeting's date, else
// the export's.
func (b *minutes) today() model.Date {
	if !b.m.Meeting.Date.IsZero() {
		return b.m.Meeting.Date
	}
	return model.DateOf(b.d.At)
}

// state is an action item's 状態: 完了 with its date (and meeting), or
// 未完了, marked when past its 期限.
func (d Data) state(e model.Entry, today model.Date) string {
	if !e.DoneAt.IsZero() {
		s := "完了（" + model.DateOf(e.DoneAt).FormatJapanese()
		for _, m := range d.Meetings {
			if e.DoneMeeting != 0 && m.Meeting.ID == e.DoneMeeting {
				s += "・" + m.Meeting.Title
			}
		}
		return s + "）"
	}
	if e.Overdue(today) {
		return "未完了（期限超過）"
	}
	return "未完了"
}

// record writes an item's 記録, decisions first.
func (b *minutes) record(it model.AgendaItem, withHeading bool) {
	entries := b.d.ItemEntries(it.ID)
	if len(entries) == 0 {
		return
	}
	if withHeading {
		b.heading(2, "%s", it.Title)
	} else {
		b.heading(3, "記録")
	}
	for _, e := range decisionsFirst(entries) {
		switch e.Kind {
		case model.EntryQA:
			b.list(item("質疑：%s", e.Text))
			answer := e.Answer
			if answer == "" {
				answer = "（回答の記録なし）"
			}
			b.list(sub("回答：%s", answer))
		case model.EntryAction:
			b.list(item("宿題：%s", e.Text),
				sub("担当：%s、期限：%s、状態：%s", orDash(b.d.assignee(e)), due(e), b.d.state(e, b.today())))
		default:
			b.list(item("%s：%s", entryNames[e.Kind], e.Text))
		}
	}
	b.endList()
}

// decided is the 決定事項: the decisions typed into the meeting's record,
// item by item.
func (b *minutes) decided() {
	if b.d.Recorders == nil { // no record was gathered
		return
	}
	b.heading(2, "決定事項")
	var lines []Item
	for _, it := range b.m.Items {
		var ds []Item
		for _, e := range b.d.ItemEntries(it.ID) {
			if e.Kind == model.EntryDecision {
				ds = append(ds, item("%s", e.Text))
			}
		}
		if len(ds) > 0 {
			lines = append(lines, item("%s", it.Title))
			for _, x := range ds {
				lines = append(lines, sub("%s", x.Text))
			}
		}
	}
	if len(lines) == 0 {
		b.para("（決定事項の記録なし）")
		return
	}
	b.list(lines...)
	b.endList()
}

// actions is the 宿題 table: the action items given in this meeting, and
// those of earlier meetings that were still open when it began or were
// done in it.
func (b *minutes) actions() {
	if b.d.Recorders == nil {
		return
	}
	mt := b.m.Meeting
	title := map[int64]string{}
	number := map[int64]int{}
	for _, m := range b.d.Meetings {
		title[m.Meeting.ID], number[m.Meeting.ID] = m.Meeting.Title, m.Meeting.Number
	}
	t := DocTable{Header: []string{"内容", "担当", "期限", "状態", "出た会議"}, Align: []byte("lllll")}
	for _, e := range b.d.Entries {
		if e.Kind != model.EntryAction {
			continue
		}
		mine := e.MeetingID == mt.ID
		carried := number[e.MeetingID] < mt.Number &&
			(e.DoneAt.IsZero() || e.DoneMeeting == mt.ID || (!mt.StartedAt.IsZero() && e.DoneAt.After(mt.StartedAt)))
		if !mine && !carried {
			continue
		}
		t.Rows = append(t.Rows, []string{e.Text, orDash(b.d.assignee(e)), due(e), b.d.state(e, b.today()), title[e.MeetingID]})
	}
	b.heading(2, "宿題")
	if len(t.Rows) == 0 {
		b.para("（宿題の記録なし）")
		return
	}
	b.table(t)
}

// ActionTable is every action item (宿題) of the workshop: where it was
// given, what, for whom, by when, and whether and when it was done.
func (d Data) ActionTable() Table {
	t := Table{Name: "宿題",
		Header: []string{"回", "会議", "項目", "内容", "担当", "期限", "状態", "完了日", "完了した会議"},
		Widths: []float64{5, 12, 30, 40, 16, 20, 12, 20, 12}}
	t.Rows = func(yield func([]any) bool) {
		meetings := map[int64]Meeting{}
		items := map[int64]string{}
		for _, m := range d.Meetings {
			meetings[m.Meeting.ID] = m
			for _, it := range m.Items {
				items[it.ID] = it.Title
			}
		}
		today := model.DateOf(d.At)
		for _, e := range d.Entries {
			if e.Kind != model.EntryAction {
				continue
			}
			m := meetings[e.MeetingID]
			state, done, in := "未完了", "", ""
			switch {
			case !e.DoneAt.IsZero():
				state, done = "完了", model.DateOf(e.DoneAt).FormatJapanese()
				in = meetings[e.DoneMeeting].Meeting.Title
			case e.Overdue(today):
				state = "期限超過"
			}
			dueText := ""
			if !e.Due.IsZero() {
				dueText = e.Due.FormatJapanese()
			}
			if !yield([]any{m.Meeting.Number, m.Meeting.Title, items[e.ItemID], e.Text, d.assignee(e), dueText, state, done, in}) {
				return
			}
		}
	}
	return t
}
