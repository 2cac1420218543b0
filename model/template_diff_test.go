package model

import (
	"fmt"
	"reflect"
	"testing"
)

// seriesTemplate is a two-meeting series: a kickoff and 第2回.
func seriesTemplate() Template {
	t := validTemplate()
	t.Meetings = append(t.Meetings, MeetingSpec{Number: 2, Title: "第2回", Place: "庁議室",
		Agenda: []ItemSpec{
			{Kind: KindTask1, Title: "タスク①", Minutes: 60},
			{Kind: KindWrapUp, Title: "まとめ", Minutes: 10},
		}})
	return t
}

// storedFrom is the workshop t would make, with ids 1, 2, 3… and no data.
func storedFrom(t Template) StoredWorkshop {
	id := int64(0)
	next := func() int64 { id++; return id }
	w := StoredWorkshop{Workshop: Workshop{ID: next(), UID: "ws-1", Title: t.Workshop.Title, Organisation: t.Workshop.Organisation,
		Vision: t.Workshop.Vision, TargetFiscalYear: t.Workshop.TargetFiscalYear, Diagrams: t.Diagrams}}
	for i, p := range t.Pillars {
		w.Pillars = append(w.Pillars, StoredPillar{Pillar: Pillar{ID: next(), Position: i, Name: p.Name, Description: p.Description}})
	}
	for _, ms := range t.Meetings {
		date, _ := ParseDate(ms.Date)
		m := StoredMeeting{Meeting: Meeting{ID: next(), Number: ms.Number, Title: ms.Title, Date: date, Start: ms.Start,
			End: ms.End, Place: ms.Place, FiscalYear: ms.FiscalYear, Topics: ms.Topics, Status: StatusPlanned}}
		for _, it := range ms.Items() {
			it.ID, it.MeetingID = next(), m.Meeting.ID
			m.Items = append(m.Items, StoredItem{Item: it})
		}
		w.Meetings = append(w.Meetings, m)
	}
	return w
}

// applied is the stored workshop after the plan, as the database would
// hold it (new parts get ids from 1000 on).
func applied(cur StoredWorkshop, d TemplateDiff) StoredWorkshop {
	id := int64(1000)
	hasData := map[int64]bool{}
	for _, m := range cur.Meetings {
		hasData[m.Meeting.ID] = m.HasData
		for _, it := range m.Items {
			hasData[it.Item.ID] = it.HasData
		}
	}
	w := StoredWorkshop{Workshop: cur.Workshop}
	w.Workshop.Title, w.Workshop.Vision, w.Workshop.Diagrams = d.Workshop.Title, d.Workshop.Vision, d.Diagrams
	w.Workshop.Organisation, w.Workshop.TargetFiscalYear = d.Workshop.Organisation, d.Workshop.TargetFiscalYear
	for _, p := range d.Pillars {
		w.Pillars = append(w.Pillars, StoredPillar{Pillar: Pillar{ID: p.ID, Position: p.Position, Name: p.Spec.Name, Description: p.Spec.Description}})
	}
	for _, mp := range d.Meetings {
		if mp.ID == 0 {
			id++
			mp.ID = id
		}
		date, _ := ParseDate(mp.Spec.Date)
		m := StoredMeeting{HasData: hasData[mp.ID], Meeting: Meeting{ID: mp.ID, Number: mp.Number, Title: mp.Spec.Title, Date: date,
			Start: mp.Spec.Start, End: mp.Spec.End, Place: mp.Spec.Place, FiscalYear: mp.Spec.FiscalYear, Topics: mp.Spec.Topics,
			NotInTemplate: mp.NotInTemplate}}
		for _, ip := range mp.Items {
			if ip.ID == 0 {
				id++
				ip.ID = id
			}
			it := MeetingSpec{Agenda: []ItemSpec{ip.Spec}}.Items()[0]
			it.ID, it.Position, it.NotInTemplate = ip.ID, ip.Position, ip.NotInTemplate
			m.Items = append(m.Items, StoredItem{Item: it, HasData: hasData[ip.ID]})
		}
		w.Meetings = append(w.Meetings, m)
	}
	return w
}

type change struct {
	kind   ChangeKind
	target ChangeTarget
	item   string
	field  string
}

func kinds(cs []Change) []change {
	var out []change
	for _, c := range cs {
		out = append(out, change{c.Kind, c.Target, c.Item, c.Field})
	}
	return out
}

func TestDiffTemplate(t *testing.T) {
	tests := []struct {
		name   string
		data   func(*StoredWorkshop) // what the stored workshop holds
		edit   func(*Template)
		want   []change
		titles [][]string // each meeting's item titles after the change
	}{
		{name: "same template", edit: func(*Template) {}, want: nil,
			titles: [][]string{{"説明", "問い", "投票"}, {"タスク①", "まとめ"}}},
		{name: "meeting re-dated", edit: func(t *Template) { t.Meetings[1].Date = "2023-01-20" },
			want: []change{{ChangeRedated, TargetMeeting, "", "date"}}},
		{name: "meeting retimed", edit: func(t *Template) { t.Meetings[0].Start, t.Meetings[0].End = "13:00", "15:00" },
			want: []change{{ChangeRetimed, TargetMeeting, "", "start"}, {ChangeRetimed, TargetMeeting, "", "end"}}},
		{name: "meeting re-placed", edit: func(t *Template) { t.Meetings[1].Place = "大会議室" },
			want: []change{{ChangePlaced, TargetMeeting, "", "place"}}},
		{name: "meeting renamed", edit: func(t *Template) { t.Meetings[1].Title = "第2回（タスク①）" },
			want: []change{{ChangeRenamed, TargetMeeting, "", "title"}}},
		{name: "meeting topics", edit: func(t *Template) { t.Meetings[1].Topics = []string{"タスク①"} },
			want: []change{{ChangeText, TargetMeeting, "", "topics"}}},
		{name: "meeting added", edit: func(t *Template) {
			t.Meetings = append(t.Meetings, MeetingSpec{Number: 3, Title: "第3回", Agenda: []ItemSpec{{Kind: KindTask2, Title: "タスク②"}}})
		}, want: []change{{ChangeAdded, TargetMeeting, "", ""}},
			titles: [][]string{{"説明", "問い", "投票"}, {"タスク①", "まとめ"}, {"タスク②"}}},
		{name: "empty meeting removed", edit: func(t *Template) { t.Meetings = t.Meetings[:1] },
			want: []change{{ChangeRemoved, TargetMeeting, "", ""}}, titles: [][]string{{"説明", "問い", "投票"}}},
		{name: "held meeting kept", data: func(w *StoredWorkshop) { w.Meetings[1].HasData = true },
			edit: func(t *Template) { t.Meetings = t.Meetings[:1] },
			want: []change{{ChangeKept, TargetMeeting, "", ""}}, titles: [][]string{{"説明", "問い", "投票"}, {"タスク①", "まとめ"}}},
		{name: "meetings swapped", edit: func(t *Template) {
			t.Meetings[0], t.Meetings[1] = t.Meetings[1], t.Meetings[0]
			t.Meetings[0].Number, t.Meetings[1].Number = 1, 2
		}, want: []change{{ChangeMoved, TargetMeeting, "", "number"}},
			titles: [][]string{{"タスク①", "まとめ"}, {"説明", "問い", "投票"}}},
		{name: "item retimed", edit: func(t *Template) { t.Meetings[0].Agenda[0].Minutes = 45 },
			want: []change{{ChangeRetimed, TargetItem, "説明", "minutes"}}},
		{name: "item renamed", edit: func(t *Template) { t.Meetings[0].Agenda[0].Title = "市長から" },
			want:   []change{{ChangeRenamed, TargetItem, "市長から", "title"}},
			titles: [][]string{{"市長から", "問い", "投票"}, {"タスク①", "まとめ"}}},
		{name: "item text", edit: func(t *Template) {
			t.Meetings[0].Agenda[0].Body = "本文"
			t.Meetings[0].Agenda[1].Question = "別の問い"
			t.Meetings[0].Agenda[2].Questions[0].Choices = []string{"はい", "いいえ", "わからない"}
		}, want: []change{{ChangeText, TargetItem, "説明", "body"}, {ChangeText, TargetItem, "問い", "question"}, {ChangeText, TargetItem, "投票", "questions"}}},
		{name: "item added", edit: func(t *Template) {
			a := &t.Meetings[1].Agenda
			*a = append([]ItemSpec{{Kind: KindBriefing, Title: "前回の振り返り", Minutes: 5}}, *a...)
		}, want: []change{{ChangeAdded, TargetItem, "前回の振り返り", ""}},
			titles: [][]string{{"説明", "問い", "投票"}, {"前回の振り返り", "タスク①", "まとめ"}}},
		{name: "empty item removed", edit: func(t *Template) { t.Meetings[0].Agenda = t.Meetings[0].Agenda[1:] },
			want:   []change{{ChangeRemoved, TargetItem, "説明", ""}},
			titles: [][]string{{"問い", "投票"}, {"タスク①", "まとめ"}}},
		{name: "item with data kept in place", data: func(w *StoredWorkshop) { w.Meetings[0].Items[1].HasData = true },
			edit:   func(t *Template) { t.Meetings[0].Agenda = append(t.Meetings[0].Agenda[:1], t.Meetings[0].Agenda[2]) },
			want:   []change{{ChangeKept, TargetItem, "問い", ""}},
			titles: [][]string{{"説明", "問い", "投票"}, {"タスク①", "まとめ"}}},
		{name: "items moved", edit: func(t *Template) {
			a := t.Meetings[0].Agenda
			t.Meetings[0].Agenda = []ItemSpec{a[2], a[0], a[1]}
		}, want: []change{{ChangeMoved, TargetItem, "投票", ""}},
			titles: [][]string{{"投票", "説明", "問い"}, {"タスク①", "まとめ"}}},
		{name: "kept item back in the template",
			data: func(w *StoredWorkshop) {
				w.Meetings[0].Items[1].HasData, w.Meetings[0].Items[1].Item.NotInTemplate = true, true
			},
			edit: func(*Template) {}, want: []change{{ChangeRestored, TargetItem, "問い", ""}}},
		{name: "kept item still gone",
			data: func(w *StoredWorkshop) {
				w.Meetings[0].Items[1].HasData, w.Meetings[0].Items[1].Item.NotInTemplate = true, true
			},
			edit: func(t *Template) { t.Meetings[0].Agenda = append(t.Meetings[0].Agenda[:1], t.Meetings[0].Agenda[2]) },
			want: nil},
		{name: "workshop and pillars", edit: func(t *Template) {
			t.Workshop.Vision = "新しいめざす姿"
			t.Pillars[0].Name = "市民サービス"
			t.Pillars = append(t.Pillars, PillarSpec{Name: "人財育成"})
		}, want: []change{{ChangeText, TargetWorkshop, "", "vision"}, {ChangeRenamed, TargetPillar, "", "name"}, {ChangeAdded, TargetPillar, "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := seriesTemplate()
			cur := storedFrom(base)
			if tt.data != nil {
				tt.data(&cur)
			}
			tmpl := seriesTemplate()
			tt.edit(&tmpl)
			if errs := tmpl.Validate(); errs != nil {
				t.Fatalf("the edited template is not valid: %v", errs)
			}
			d := DiffTemplate(cur, tmpl)
			if got := kinds(d.Changes); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("changes:\n got %+v\nwant %+v", got, tt.want)
			}
			if d.Pending() != (len(tt.want) > 0) {
				t.Errorf("Pending() = %v with %d changes", d.Pending(), len(tt.want))
			}
			after := applied(cur, d)
			if tt.titles != nil {
				var got [][]string
				for _, m := range after.Meetings {
					var ts []string
					for _, it := range m.Items {
						ts = append(ts, it.Item.Title)
					}
					got = append(got, ts)
				}
				if !reflect.DeepEqual(got, tt.titles) {
					t.Errorf("agendas after: %v, want %v", got, tt.titles)
				}
			}
			// Nothing that holds data is planned for deletion.
			deleted := map[int64]bool{}
			for _, id := range append(d.DeleteItems, d.DeleteMeetings...) {
				deleted[id] = true
			}
			for _, m := range cur.Meetings {
				if m.holdsData() && deleted[m.Meeting.ID] {
					t.Errorf("meeting %s holds data and is deleted", m.Meeting.Title)
				}
				for _, it := range m.Items {
					if it.HasData && deleted[it.Item.ID] {
						t.Errorf("item %s holds data and is deleted", it.Item.Title)
					}
				}
			}
			// Applied once, the template has nothing more to change.
			if again := DiffTemplate(after, tmpl); again.Pending() {
				t.Errorf("a second diff still changes: %+v", kinds(again.Changes))
			}
		})
	}
}

func TestDiffTemplateValues(t *testing.T) {
	cur := storedFrom(seriesTemplate())
	tmpl := seriesTemplate()
	tmpl.Meetings[1].Date = "2023-01-20"
	tmpl.Meetings[0].Agenda[0].Minutes = 45
	d := DiffTemplate(cur, tmpl)
	want := []Change{
		{Kind: ChangeRetimed, Target: TargetItem, Meeting: 1, MeetingTitle: "キックオフ", Item: "説明", Field: "minutes", Old: "60", New: "45"},
		{Kind: ChangeRedated, Target: TargetMeeting, Meeting: 2, MeetingTitle: "第2回", Field: "date", Old: "", New: "2023-01-20"},
	}
	if !reflect.DeepEqual(d.Changes, want) {
		t.Fatalf("changes:\n got %+v\nwant %+v", d.Changes, want)
	}
	if d.Workshop.ID != "ws-1" {
		t.Errorf("the plan drops the workshop's identity: %q", d.Workshop.ID)
	}
	if got := d.Meetings[0].Items[0].Spec.Minutes; got != 45 {
		t.Errorf("planned minutes %d, want 45", got)
	}
}

func TestOutOfOrder(t *testing.T) {
	tests := []struct {
		seq  []int
		want map[int]bool
	}{
		{nil, map[int]bool{}},
		{[]int{0, 1, 2}, map[int]bool{}},
		{[]int{0, 2}, map[int]bool{}}, // 1 went away: nothing moved
		{[]int{2, 0, 1}, map[int]bool{2: true}},
		{[]int{1, 0}, map[int]bool{0: true}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.seq), func(t *testing.T) {
			if got := outOfOrder(tt.seq); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("outOfOrder(%v) = %v, want %v", tt.seq, got, tt.want)
			}
		})
	}
}

func TestValidWorkshopID(t *testing.T) {
	for id, want := range map[string]bool{"": true, "kashima-2022": true, "a_B9": true, "鹿島": false, "a b": false,
		string(make([]byte, MaxIDRunes+1)): false} {
		if got := ValidWorkshopID(id); got != want {
			t.Errorf("ValidWorkshopID(%q) = %v", id, got)
		}
	}
}
