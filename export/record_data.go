package export

import "yoriai/model"

// RecordSource is what Gather also reads when the store has it (*db.Store
// does): the record (記録) of every meeting, attendance in its three
// states with the previous meetings' as defaults, and each meeting's
// 記録者. Without it these stay empty.
type RecordSource interface {
	WorkshopEntries(workshopID int64) ([]model.Entry, error)
	AttendanceStatus(meetingID int64) (map[int64]model.AttendanceMark, error)
	Recorder(meetingID int64) (model.Recorder, error)
}

// gatherRecord fills d's record, attendance and recorders.
func gatherRecord(src Source, d *Data) error {
	rs, ok := src.(RecordSource)
	if !ok {
		return nil
	}
	var err error
	if d.Entries, err = rs.WorkshopEntries(d.Workshop.ID); err != nil {
		return err
	}
	d.Attendance = map[int64]map[int64]model.AttendanceMark{}
	d.Recorders = map[int64]model.Recorder{}
	for _, m := range d.Meetings {
		id := m.Meeting.ID
		if d.Attendance[id], err = rs.AttendanceStatus(id); err != nil {
			return err
		}
		if d.Recorders[id], err = rs.Recorder(id); err != nil {
			return err
		}
	}
	return nil
}

// MeetingEntries is the record of meeting id, item by item in agenda
// order.
func (d Data) MeetingEntries(id int64) []model.Entry {
	var out []model.Entry
	for _, e := range d.Entries {
		if e.MeetingID == id {
			out = append(out, e)
		}
	}
	return out
}

// ItemEntries is the record of agenda item id, in its order.
func (d Data) ItemEntries(id int64) []model.Entry {
	var out []model.Entry
	for _, e := range d.Entries {
		if e.ItemID == id {
			out = append(out, e)
		}
	}
	return out
}
