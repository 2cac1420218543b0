package demo

import (
	"time"

	"yoriai/model"
)

// note is one entry of the sample record: on which meeting (0 the kickoff)
// and item, what, and for an action item who, by when and whether it was
// done (in which meeting, -1 outside one).
type note struct {
	meeting, item int
	kind          model.EntryKind
	text, answer  string
	who           int    // the staff member (index) assigned; -1 for a typed name
	whoName       string // the typed name
	due           string // as typed, relative to the meeting's date
	doneIn        int    // the meeting (0 the kickoff) it was done in; -1 outside one; -2 open
	doneAfter     time.Duration
}

// notes is the sample record. The kickoff's 宿題 to count the paper forms
// is never done: from 第3回 on it is overdue.
var notes = []note{
	{meeting: 0, item: 0, kind: model.EntryMemo, text: "市長から、DXは職員の仕事を楽にし、市民と向き合う時間を増やすためのものとの話があった", doneIn: -2},
	{meeting: 0, item: 1, kind: model.EntryQA, text: "ワーキンググループの任期はいつまでか", answer: "令和5年度末まで。第6回で実施計画（案）を共有して終える", doneIn: -2},
	{meeting: 0, item: 6, kind: model.EntryMemo, text: "動画の音声が後ろの席で聞き取りにくかった。次回はスピーカーを用意する", doneIn: -2},
	{meeting: 0, item: 6, kind: model.EntryQA, text: "ICT化とDXの違いは何か", answer: "ICT化は今の仕事を道具で速くすること、DXは仕事のやり方そのものを変えること", doneIn: -2},
	{meeting: 0, item: 10, kind: model.EntryDecision, text: "次回までチャットで意見を出し合う（集まらないミーティング）", doneIn: -2},
	{meeting: 0, item: 10, kind: model.EntryDecision, text: "第2回は1月20日（金）にタスク①を行う", doneIn: -2},
	{meeting: 0, item: 10, kind: model.EntryAction, text: "動画「DXとは・DXとICT化の違い」のURLを全員に送る", who: 15, due: "12/16",
		doneIn: -1, doneAfter: 5 * 24 * time.Hour},
	{meeting: 0, item: 10, kind: model.EntryAction, text: "他市の電子申請の事例を集めてチャットで共有する", who: 1, due: "1/13",
		doneIn: 1, doneAfter: 42 * 24 * time.Hour},
	{meeting: 0, item: 10, kind: model.EntryAction, text: "各課の紙の申請書の数を調べる", who: -1, whoName: "各課の庶務担当", due: "R5.2.10",
		doneIn: -2},
	{meeting: 1, item: 0, kind: model.EntryQA, text: "チャットの意見もタスク①に入れてよいか", answer: "受け箱に取り込んだので、柱に移して使う", doneIn: -2},
	{meeting: 1, item: 2, kind: model.EntryMemo, text: "業務の効率化に課題が集まった。人財育成は次回までに補う", doneIn: -2},
	{meeting: 1, item: 2, kind: model.EntryDecision, text: "課題は柱ごとに表札を付けてまとめる", doneIn: -2},
	{meeting: 1, item: 3, kind: model.EntryAction, text: "人財育成の課題をチャットで3件以上出す", who: 7, due: "2/10",
		doneIn: 2, doneAfter: 28 * 24 * time.Hour},
	{meeting: 2, item: 1, kind: model.EntryMemo, text: "人財育成の課題がチャットで4件増え、3つの柱がそろった", doneIn: -2},
	{meeting: 2, item: 2, kind: model.EntryQA, text: "令和6年度に選ぶ課題は柱ごとに何件か", answer: "目安は柱ごとに1〜2件。予算は担当課と調整する", doneIn: -2},
	{meeting: 2, item: 3, kind: model.EntryDecision, text: "優先順位はドット投票（1人3票）で決める", doneIn: -2},
	{meeting: 2, item: 4, kind: model.EntryAction, text: "実施計画（案）の様式を用意する", who: 16, due: "令和5年3月17日", doneIn: -2},
}

// recorders is who took each held meeting's minutes: a staff member by
// index, or a typed name.
var recorders = []model.Recorder{{ParticipantID: 15}, {ParticipantID: 16}, {Name: "事務局（情報政策課）"}}

// record writes the sample record and 記録者 of the held meetings.
func (f *filler) record() error {
	held := min(len(f.meetings), len(recorders)) // the kickoff, 第2回 and 第3回
	ms, err := f.st.Meetings(f.w.ID)
	if err != nil {
		return err
	}
	items := make([][]model.AgendaItem, held)
	for i := range held {
		if _, items[i], err = f.st.Meeting(ms[i].ID); err != nil {
			return err
		}
		r := recorders[i]
		if r.ParticipantID != 0 {
			r.ParticipantID = f.people[r.ParticipantID].ID
		}
		if err := f.st.SetRecorder(ms[i].ID, r, ms[i].StartedAt); err != nil {
			return err
		}
	}
	for k, n := range notes {
		if n.meeting >= held || n.item >= len(items[n.meeting]) { // a template other than the default
			continue
		}
		m := ms[n.meeting]
		at := m.StartedAt.Add(time.Duration(10+k) * time.Minute)
		e := model.Entry{ItemID: items[n.meeting][n.item].ID, Kind: n.kind, Text: n.text, Answer: n.answer}
		if n.kind == model.EntryAction {
			if n.who >= 0 {
				e.AssigneeID = f.people[n.who].ID
			} else {
				e.AssigneeName = n.whoName
			}
			if e.Due, err = model.ParseTypedDate(n.due, model.DateOf(m.StartedAt.In(jst))); err != nil {
				return err
			}
		}
		if e, err = f.st.AddEntry(e, at); err != nil {
			return err
		}
		if n.doneIn == -2 {
			continue
		}
		var in int64
		if n.doneIn >= 0 && n.doneIn < held {
			in = ms[n.doneIn].ID
		}
		if _, err := f.st.SetActionDone(e.ID, in, true, m.StartedAt.Add(n.doneAfter)); err != nil {
			return err
		}
	}
	return nil
}
