package agendaedit

import (
	"fmt"
	"strings"
	"time"

	"yoriai/model"
	"yoriai/tui/common"
)

// NewItemForm opens the form of an item's title and planned minutes, and
// for a video its speaker and URL (or file).
func NewItemForm(c common.Common, it model.AgendaItem) *Form {
	o := c.T.OnDay
	labels := []string{o.FieldTitle, o.FieldMinutes}
	values := []string{it.Title, fmt.Sprint(int(it.Planned / time.Minute))}
	if it.Kind == model.KindVideo {
		labels = append(labels, o.FieldSpeaker, o.FieldURL)
		values = append(values, it.Speaker, it.URL)
	}
	return newForm(c, c.T.Labelled(o.EditItemTitle, it.Title), nil, labels, values)
}

// Item is it with what the form holds, or the problem that keeps it from
// being saved.
func (f *Form) Item(it model.AgendaItem) (model.AgendaItem, string) {
	o := f.c.T.OnDay
	it.Title = f.value(0)
	if it.Title == "" {
		return it, o.TitleRequired
	}
	n, ok := parseMinutes(f.value(1))
	if !ok {
		return it, o.BadMinutes
	}
	it.Planned = time.Duration(n) * time.Minute
	if len(f.fields) > 2 {
		it.Speaker, it.URL = f.value(2), f.value(3)
	}
	return it, ""
}

// NewMeetingForm opens the form of a meeting's date, start and end times,
// place and content (its topics, separated by ・).
func NewMeetingForm(c common.Common, m model.Meeting) *Form {
	o := c.T.OnDay
	labels := []string{o.FieldDate, o.FieldStart, o.FieldEnd, o.FieldPlace, o.FieldTopics}
	values := []string{m.Date.String(), m.Start, m.End, m.Place, strings.Join(m.Topics, c.T.Marks.Join)}
	return newForm(c, c.T.Labelled(o.EditMeetingTitle, m.Title), nil, labels, values)
}

// Meeting is m with what the form holds, or the problem that keeps it from
// being saved. A date without a year is the next such day on or after the
// meeting's date (today's when it has none).
func (f *Form) Meeting(m model.Meeting) (model.Meeting, string) {
	o := f.c.T.OnDay
	ref := m.Date
	if ref.IsZero() {
		ref = model.DateOf(f.c.Now())
	}
	d, err := model.ParseTypedDate(f.value(0), ref)
	if err != nil {
		f.focus = 0
		return m, o.DateProblem(err)
	}
	start, err1 := model.ParseTypedTime(f.value(1))
	end, err2 := model.ParseTypedTime(f.value(2))
	switch {
	case err1 != nil:
		f.focus = 1
		return m, o.BadTime
	case err2 != nil:
		f.focus = 2
		return m, o.BadTime
	case start != "" && end != "" && end <= start:
		f.focus = 2
		return m, o.EndBeforeStart
	}
	m.Date, m.Start, m.End, m.Place = d, start, end, f.value(3)
	m.Topics = nil
	for _, t := range strings.FieldsFunc(f.value(4), func(r rune) bool { return r == '・' || r == '、' || r == ',' }) {
		if t = strings.TrimSpace(t); t != "" {
			m.Topics = append(m.Topics, t)
		}
	}
	return m, ""
}

// NewInsertForm opens the form of a new item: its kind, title and planned
// minutes.
func NewInsertForm(c common.Common) *Form {
	o := c.T.OnDay
	return newForm(c, o.InsertItemTitle, model.ItemKinds, []string{o.FieldTitle, o.FieldMinutes}, []string{"", "5"})
}

// Insert is the new item the form holds (kind, title, planned time), or
// the problem that keeps it from being added.
func (f *Form) Insert() (kind model.ItemKind, title string, planned time.Duration, problem string) {
	o := f.c.T.OnDay
	kind, title = f.kinds[f.kind], f.value(0)
	if title == "" {
		return kind, title, 0, o.TitleRequired
	}
	n, ok := parseMinutes(f.value(1))
	if !ok {
		return kind, title, 0, o.BadMinutes
	}
	return kind, title, time.Duration(n) * time.Minute, ""
}
