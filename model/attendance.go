package model

// AttendanceMark is one participant's attendance at one meeting as the
// roster shows it: the state, and whether it was marked for this meeting
// or comes from an earlier one (a default the facilitator only checks).
type AttendanceMark struct {
	Presence  Presence
	Defaulted bool // taken from an earlier meeting, not marked for this one
}

// ResolveAttendance gives each participant's attendance at a meeting
// from the marks of the meetings up to it, history[0] the first and the
// last the meeting itself: a participant's own mark wins, else the
// newest earlier mark (so a meeting starts from the previous one's
// roster, which itself may have come from the one before), else 未定.
// An explicit 未定 mark is a mark too. Every participant of people is in
// the result; marks of people not on it are ignored.
func ResolveAttendance(people []Participant, history []map[int64]Presence) map[int64]AttendanceMark {
	out := make(map[int64]AttendanceMark, len(people))
	last := len(history) - 1
	for _, p := range people {
		mark := AttendanceMark{Presence: PresenceUnknown}
		for i := last; i >= 0; i-- {
			if v, ok := history[i][p.ID]; ok && v.Valid() {
				mark = AttendanceMark{Presence: v, Defaulted: i != last}
				break
			}
		}
		out[p.ID] = mark
	}
	return out
}

// Present are the participants of people marked 出席 in marks, in roster
// order.
func Present(people []Participant, marks map[int64]AttendanceMark) []Participant {
	return withPresence(people, marks, PresencePresent)
}

// Absent are the participants of people marked 欠席 in marks, in roster
// order.
func Absent(people []Participant, marks map[int64]AttendanceMark) []Participant {
	return withPresence(people, marks, PresenceAbsent)
}

func withPresence(people []Participant, marks map[int64]AttendanceMark, want Presence) []Participant {
	var out []Participant
	for _, p := range people {
		if marks[p.ID].Presence == want {
			out = append(out, p)
		}
	}
	return out
}

// Recorder is who takes a meeting's minutes (記録者): a participant from
// the roster, or a name typed (someone not on it). The zero Recorder is
// none.
type Recorder struct {
	ParticipantID int64
	Name          string // the typed name; with a participant, their name when it was set
}

// IsZero reports whether no recorder is set.
func (r Recorder) IsZero() bool { return r.ParticipantID == 0 && r.Name == "" }

// NameIn is the recorder's name: the roster's for a participant on
// people, else the name kept.
func (r Recorder) NameIn(people []Participant) string {
	if r.ParticipantID != 0 {
		for _, p := range people {
			if p.ID == r.ParticipantID {
				return p.Name
			}
		}
	}
	return r.Name
}

// Next is the state after p as the roster's one key cycles them: 出席 →
// 欠席 → 未定 → 出席.
func (p Presence) Next() Presence {
	switch p {
	case PresencePresent:
		return PresenceAbsent
	case PresenceAbsent:
		return PresenceUnknown
	}
	return PresencePresent
}
