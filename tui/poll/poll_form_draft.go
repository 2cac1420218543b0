package poll

// poll_form_draft.go: the draft of a named participant's answers as the
// facilitator types them, kept so that a crash or kill -9 loses nothing,
// and read back when the same person's form opens again. A ballot keeps
// none: an anonymous answer is never written before it is cast.

import (
	"encoding/json"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// namedDraftKey is what a named answer form's draft is for.
func namedDraftKey(poll model.Poll, participantID int64) string {
	return fmt.Sprintf("poll:%d:named:%d", poll.ID, participantID)
}

// keepDraft keeps the form as it is typed under key in st, and returns the
// Cmd that reads back the draft kept from before.
func (f *answerForm) keepDraft(st common.DraftStore, from int64, key string) tea.Cmd {
	return f.draft.Keep(f.c, st, from, key, f.encode())
}

// encode is the answers as chosen and typed, as the draft keeps them.
func (f *answerForm) encode() string {
	out := append([]model.Answer(nil), f.answers...)
	for i, ta := range f.texts {
		out[i] = model.Answer{Choice: -1, Reason: ta.Value()}
	}
	b, _ := json.Marshal(out)
	return string(b)
}

// put puts a draft read back into the form; false when it is not this
// poll's.
func (f *answerForm) put(text string) bool {
	var d []model.Answer
	if json.Unmarshal([]byte(text), &d) != nil || len(d) != len(f.qs) {
		return false
	}
	for i, q := range f.qs {
		if ta, ok := f.texts[i]; ok {
			ta.SetValue(d[i].Reason)
		} else if d[i].Choice >= -1 && d[i].Choice < len(q.Choices) {
			f.answers[i] = d[i]
		}
	}
	return true
}
