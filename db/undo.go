package db

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"yoriai/model"
)

// UndoDepth is how far each undo history goes back (the board's, each
// prompt item's ideas'): u undoes up to 200 changes in a row. A history
// holds fewer than UndoDepth+undoSlack steps: a session's first step in a
// history, and every undoSlack-th after it, drops the steps beyond
// UndoDepth in one go (finding them walks UndoDepth index entries, which
// costs more than the rest of the commit, so not every commit does). Only
// undo and redo read the history; the event log keeps every change,
// undone or not, and the minutes and documents are made from the cards
// themselves. Migration 009 compacted older files to UndoDepth.
const UndoDepth = 200

// undoSlack is how many steps a history takes between two compactions.
const undoSlack = 50

// histKey names one undo history.
type histKey struct {
	workshopID int64
	scope      string
}

// histSteps is what this session knows of each history it added steps to:
// how many since it last compacted it (a history missing has not been
// compacted yet) and whether it can hold undone steps. The store holds the
// file alone (its lock), so nobody else changes them; steps, undo and redo
// read and update it while they hold the store's one connection, so that
// it is in step with the file.
type histSteps struct {
	mu sync.Mutex
	m  map[histKey]histState
}

type histState struct {
	since    int  // steps since the last compaction
	noUndone bool // no step undone since the last step added
}

// next says whether the next step in k compacts its history and whether it
// must drop undone steps first.
func (h *histSteps) next(k histKey) (compact, dropRedo bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	st, ok := h.m[k]
	return !ok || st.since+1 >= undoSlack, !st.noUndone
}

// added counts a committed step in k, which compacted or not.
func (h *histSteps) added(k histKey, compacted bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.m == nil {
		h.m = map[histKey]histState{}
	}
	st := h.m[k]
	st.since, st.noUndone = st.since+1, true
	if compacted {
		st.since = 0
	}
	h.m[k] = st
}

// undone records a committed undo in k.
func (h *histSteps) undone(k histKey) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if st, ok := h.m[k]; ok {
		st.noUndone = false
		h.m[k] = st
	}
}

// forget drops what the session knows, for a restore that brings
// histories of its own.
func (h *histSteps) forget() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.m = nil
}

// ApplyStep makes a change to cards and keeps it in the undo history
// scope names (BoardScope, IdeasScope): in one transaction it applies the
// step, drops what could have been redone (when something may have been
// undone) and, now and then, what lies beyond UndoDepth, records the step
// and logs it. The step comes back as applied: added
// cards with their ids and places, every card with its new time.
func (s *Store) ApplyStep(workshopID, meetingID int64, scope string, step model.BoardStep, at time.Time) (model.BoardStep, error) {
	if err := cardScope(scope); err != nil {
		return step, err
	}
	key := histKey{workshopID, scope}
	var compact, dropRedo bool
	var applied model.BoardStep
	err := s.rawWrite(func(x execer) error {
		compact, dropRedo = s.hist.next(key) // holding the connection: no undo in between
		var err error
		if applied, err = s.applyBoardStep(x, workshopID, step, at); err != nil {
			return err
		}
		if dropRedo {
			if _, err := x.exec(s.q.undoDropRedo, workshopID, scope); err != nil {
				return err
			}
		}
		body, err := json.Marshal(applied)
		if err != nil {
			return err
		}
		change := string(body) // the undo step and the event hold the same change
		if _, err := x.exec(s.q.undoInsert, workshopID, scope, change, ms(at)); err != nil {
			return err
		}
		if compact {
			if _, err := x.exec(s.q.undoCompact, workshopID, scope, UndoDepth); err != nil {
				return err
			}
		}
		return s.appendEventJSON(x, at, workshopID, meetingID, scopeEvent(scope)+".changed", change)
	}, func() { s.hist.added(key, compact) })
	return applied, err
}

// UndoStep undoes the newest step of a history not yet undone, also one
// made before a restart; ok is false when there is none. It returns the
// change applied.
func (s *Store) UndoStep(workshopID, meetingID int64, scope string, at time.Time) (model.BoardStep, bool, error) {
	return s.moveStep(workshopID, meetingID, scope, at, true)
}

// RedoStep redoes the step undone last; ok is false when there is none.
func (s *Store) RedoStep(workshopID, meetingID int64, scope string, at time.Time) (model.BoardStep, bool, error) {
	return s.moveStep(workshopID, meetingID, scope, at, false)
}

// moveStep undoes or redoes one step. Its event carries the change
// applied, so that the log tells what happened without the undo history,
// which forgets old steps.
func (s *Store) moveStep(workshopID, meetingID int64, scope string, at time.Time, undo bool) (model.BoardStep, bool, error) {
	var step model.BoardStep
	var ok bool
	if err := cardScope(scope); err != nil {
		return step, false, err
	}
	q, kind := s.q.undoNewest, scopeEvent(scope)+".undone"
	if !undo {
		q, kind = s.q.undoRedo, scopeEvent(scope)+".redone"
	}
	err := s.rawWrite(func(x execer) error {
		args := []any{workshopID, scope}
		if undo { // the history may hold steps beyond the depth, not yet dropped
			var undone int
			if err := x.queryRow(s.q.undoCount, args, &undone); err != nil {
				return err
			}
			if undone >= UndoDepth {
				return errNoChange
			}
		}
		var id int64
		var body string
		err := x.queryRow(q, args, &id, &body)
		if errors.Is(err, sql.ErrNoRows) {
			return errNoChange
		}
		if err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(body), &step); err != nil {
			return fmt.Errorf("undo step %d: %w", id, err)
		}
		if undo {
			step = step.Inverse()
		}
		if step, err = s.applyBoardStep(x, workshopID, step, at); err != nil {
			return err
		}
		if _, err := x.exec(s.q.undoMark, boolInt(undo), id); err != nil {
			return err
		}
		payload, err := json.Marshal(map[string]any{"step": id, "change": step})
		if err != nil {
			return err
		}
		ok = true
		return s.appendEventJSON(x, at, workshopID, meetingID, kind, string(payload))
	}, func() {
		if undo {
			s.hist.undone(histKey{workshopID, scope})
		}
	})
	if err != nil {
		return step, false, err
	}
	return step, ok, nil
}
