package db

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"yoriai/model"
)

const roundCols = `SELECT id, workshop_id, meeting_id, number, method, mode, budget, hidden, closed_at, revealed_at,
	created_at FROM vote_round`

func scanRound(r scanner) (model.VoteRound, error) {
	var v model.VoteRound
	var meeting, closed, revealed sql.NullInt64
	var method, mode string
	var hidden int
	var created int64
	err := r.Scan(&v.ID, &v.WorkshopID, &meeting, &v.Number, &method, &mode, &v.Budget, &hidden, &closed, &revealed, &created)
	v.MeetingID, v.Method, v.Mode, v.Hidden = meeting.Int64, model.VoteMethod(method), model.VoteMode(mode), hidden != 0
	v.ClosedAt, v.RevealedAt, v.CreatedAt = fromMS(closed), fromMS(revealed), time.UnixMilli(created)
	return v, err
}

// LoadTask2 reads the Task ② state of a workshop for fiscal year fy.
func (s *Store) LoadTask2(workshopID int64, fy model.FiscalYear) (model.Task2State, error) {
	st := model.Task2State{Votes: model.Votes{}, Scores: map[int64]model.Score{}, Chosen: map[int64]bool{}}
	var err error
	st.Round, err = scanRound(s.db.QueryRow(roundCols+` WHERE workshop_id = ? ORDER BY number DESC LIMIT 1`, workshopID))
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return st, err
	default:
		st.HasRound = true
		if err := s.roundData(&st); err != nil {
			return st, err
		}
	}
	chosen, err := queryAll(s.db, func(r scanner) (int64, error) {
		var id int64
		return id, r.Scan(&id)
	}, `SELECT cp.card_id FROM chosen_problem cp JOIN card c ON c.id = cp.card_id
		WHERE cp.workshop_id = ? AND cp.fiscal_year = ? AND c.deleted_at IS NULL`, workshopID, int(fy))
	if err != nil {
		return st, err
	}
	for _, id := range chosen {
		st.Chosen[id] = true
	}
	st.Plans, err = s.Initiatives(workshopID)
	return st, err
}

func (s *Store) roundData(st *model.Task2State) error {
	id := st.Round.ID
	type vote struct {
		p, c int64
		d    int
	}
	votes, err := queryAll(s.db, func(r scanner) (vote, error) {
		var v vote
		return v, r.Scan(&v.p, &v.c, &v.d)
	}, `SELECT participant_id, card_id, dots FROM vote WHERE round_id = ?`, id)
	if err != nil {
		return err
	}
	for _, v := range votes {
		if st.Votes[v.p] == nil {
			st.Votes[v.p] = map[int64]int{}
		}
		st.Votes[v.p][v.c] = v.d
	}
	type score struct {
		c int64
		s model.Score
	}
	scores, err := queryAll(s.db, func(r scanner) (score, error) {
		var x score
		return x, r.Scan(&x.c, &x.s.Impact, &x.s.Feasibility)
	}, `SELECT card_id, impact, feasibility FROM card_score WHERE round_id = ?`, id)
	if err != nil {
		return err
	}
	for _, x := range scores {
		st.Scores[x.c] = x.s
	}
	st.Overrides, err = queryAll(s.db, func(r scanner) (model.Override, error) {
		var o model.Override
		return o, r.Scan(&o.CardID, &o.Delta, &o.Reason)
	}, `SELECT card_id, delta, reason FROM rank_override WHERE round_id = ? ORDER BY id`, id)
	return err
}

// StartRound opens the next round of prioritising.
func (s *Store) StartRound(r model.VoteRound, at time.Time) (model.VoteRound, error) {
	if r.Method == model.MethodScore {
		r.Mode = model.VoteTally
	}
	tx, err := s.begin()
	if err != nil {
		return r, err
	}
	defer tx.Rollback()
	if err := tx.QueryRow(`SELECT coalesce(max(number), 0) + 1 FROM vote_round WHERE workshop_id = ?`, r.WorkshopID).
		Scan(&r.Number); err != nil {
		return r, err
	}
	r.CreatedAt = time.UnixMilli(ms(at))
	res, err := tx.Exec(`INSERT INTO vote_round (workshop_id, meeting_id, number, method, mode, budget, hidden, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, r.WorkshopID, nullID(r.MeetingID), r.Number, string(r.Method), string(r.Mode),
		r.Budget, boolInt(r.Hidden), ms(at))
	if err != nil {
		return r, err
	}
	if r.ID, err = res.LastInsertId(); err != nil {
		return r, err
	}
	if err := s.appendEvent(tx, at, r.WorkshopID, r.MeetingID, "round.started",
		map[string]any{"round": r.Number, "method": r.Method, "mode": r.Mode, "budget": r.Budget, "hidden": r.Hidden}); err != nil {
		return r, err
	}
	return r, s.commit(tx)
}

// openRound refuses a write to a closed round, inside tx.
func openRound(tx *sql.Tx, id int64) error {
	var closed sql.NullInt64
	if err := tx.QueryRow(`SELECT closed_at FROM vote_round WHERE id = ?`, id).Scan(&closed); err != nil {
		return err
	}
	if closed.Valid {
		return model.ErrRoundClosed
	}
	return nil
}

// SetVote puts dots on a card for a participant (0 for the tally). The
// budget is checked again against what is stored, in the transaction.
func (s *Store) SetVote(r model.VoteRound, participantID, cardID int64, dots int, at time.Time) error {
	payload := map[string]any{"round": r.Number, "participant_id": participantID, "card_id": cardID, "dots": dots}
	return s.write(at, r.WorkshopID, r.MeetingID, "round.vote", payload, func(tx *sql.Tx) error {
		if err := openRound(tx, r.ID); err != nil {
			return err
		}
		if r.Mode == model.VoteParticipant {
			var others int
			if err := tx.QueryRow(`SELECT coalesce(sum(dots), 0) FROM vote WHERE round_id = ? AND participant_id = ? AND card_id <> ?`,
				r.ID, participantID, cardID).Scan(&others); err != nil {
				return err
			}
			if others+dots > r.Budget {
				return model.ErrOverBudget
			}
		}
		_, err := tx.Exec(`INSERT INTO vote (round_id, participant_id, card_id, dots) VALUES (?, ?, ?, ?)
			ON CONFLICT (round_id, participant_id, card_id) DO UPDATE SET dots = excluded.dots`, r.ID, participantID, cardID, dots)
		return err
	})
}

// SetScore records a problem's 効果 and 実現可能性 in a scoring round.
func (s *Store) SetScore(r model.VoteRound, cardID int64, sc model.Score, at time.Time) error {
	payload := map[string]any{"round": r.Number, "card_id": cardID, "impact": sc.Impact, "feasibility": sc.Feasibility}
	return s.write(at, r.WorkshopID, r.MeetingID, "round.score", payload, func(tx *sql.Tx) error {
		if err := openRound(tx, r.ID); err != nil {
			return err
		}
		if r.Method != model.MethodScore {
			return model.ErrWrongMethod
		}
		_, err := tx.Exec(`INSERT INTO card_score (round_id, card_id, impact, feasibility) VALUES (?, ?, ?, ?)
			ON CONFLICT (round_id, card_id) DO UPDATE SET impact = excluded.impact, feasibility = excluded.feasibility`,
			r.ID, cardID, sc.Impact, sc.Feasibility)
		return err
	})
}

// AddOverride records the facilitator moving a problem in the ranking.
func (s *Store) AddOverride(r model.VoteRound, o model.Override, at time.Time) error {
	o.Reason, _ = model.CleanLine(o.Reason, model.MaxInitiativeShort)
	payload := map[string]any{"round": r.Number, "card_id": o.CardID, "delta": o.Delta, "reason": o.Reason}
	return s.write(at, r.WorkshopID, r.MeetingID, "round.moved", payload, func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO rank_override (round_id, card_id, delta, reason, at) VALUES (?, ?, ?, ?, ?)`,
			r.ID, o.CardID, o.Delta, o.Reason, ms(at))
		return err
	})
}

// CloseRound ends a round's voting; RevealRound shows its totals.
func (s *Store) CloseRound(r model.VoteRound, at time.Time) error {
	return s.write(at, r.WorkshopID, r.MeetingID, "round.closed", map[string]any{"round": r.Number}, func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE vote_round SET closed_at = ? WHERE id = ? AND closed_at IS NULL`, ms(at), r.ID))
	})
}

// RevealRound shows a hidden round's totals.
func (s *Store) RevealRound(r model.VoteRound, at time.Time) error {
	return s.write(at, r.WorkshopID, r.MeetingID, "round.revealed", map[string]any{"round": r.Number}, func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE vote_round SET revealed_at = ? WHERE id = ?`, ms(at), r.ID))
	})
}

// SetChosen marks a problem as chosen (or not) for fiscal year fy.
func (s *Store) SetChosen(workshopID, meetingID, cardID int64, fy model.FiscalYear, on bool, at time.Time) error {
	payload := map[string]any{"card_id": cardID, "fiscal_year": int(fy), "chosen": on}
	return s.write(at, workshopID, meetingID, "problem.chosen", payload, func(tx *sql.Tx) error {
		if on {
			_, err := tx.Exec(`INSERT INTO chosen_problem (workshop_id, card_id, fiscal_year) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING`, workshopID, cardID, int(fy))
			return err
		}
		_, err := tx.Exec(`DELETE FROM chosen_problem WHERE card_id = ? AND fiscal_year = ?`, cardID, int(fy))
		return err
	})
}

// Initiatives lists the workshop's initiatives in order, with their
// problems and schedules.
func (s *Store) Initiatives(workshopID int64) ([]model.Initiative, error) {
	ins, err := queryAll(s.db, func(r scanner) (model.Initiative, error) {
		var in model.Initiative
		var pillar sql.NullInt64
		var status string
		var created, updated int64
		err := r.Scan(&in.ID, &in.WorkshopID, &pillar, &in.Title, &in.Summary, &in.Department, &in.KPI, &in.Baseline,
			&in.Target, &status, &in.Position, &created, &updated)
		in.PillarID, in.Status = pillar.Int64, model.InitiativeStatus(status)
		in.CreatedAt, in.UpdatedAt = time.UnixMilli(created), time.UnixMilli(updated)
		return in, err
	}, `SELECT id, workshop_id, pillar_id, title, summary, department, kpi, baseline, target, status, position,
		created_at, updated_at FROM initiative WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY position, id`, workshopID)
	if err != nil {
		return nil, err
	}
	at := map[int64]int{}
	for i, in := range ins {
		at[in.ID] = i
	}
	type link struct {
		in, card int64
	}
	links, err := queryAll(s.db, func(r scanner) (link, error) {
		var l link
		return l, r.Scan(&l.in, &l.card)
	}, `SELECT ip.initiative_id, ip.card_id FROM initiative_problem ip JOIN initiative i ON i.id = ip.initiative_id
		WHERE i.workshop_id = ? ORDER BY ip.card_id`, workshopID)
	if err != nil {
		return nil, err
	}
	for _, l := range links {
		if i, ok := at[l.in]; ok {
			ins[i].Problems = append(ins[i].Problems, l.card)
		}
	}
	type year struct {
		in   int64
		plan model.YearPlan
	}
	years, err := queryAll(s.db, func(r scanner) (year, error) {
		var y year
		var fy int
		err := r.Scan(&y.in, &fy, &y.plan.Plan)
		y.plan.Year = model.FiscalYear(fy)
		return y, err
	}, `SELECT iy.initiative_id, iy.fiscal_year, iy.plan FROM initiative_year iy JOIN initiative i ON i.id = iy.initiative_id
		WHERE i.workshop_id = ? ORDER BY iy.fiscal_year`, workshopID)
	if err != nil {
		return nil, err
	}
	for _, y := range years {
		if i, ok := at[y.in]; ok {
			ins[i].Schedule = append(ins[i].Schedule, y.plan)
		}
	}
	return ins, nil
}

// SaveInitiative stores an initiative, new (ID 0) or changed, with its
// problems and schedule, and returns it as stored. Only the title is
// required to store a draft; Validate tells the rest.
func (s *Store) SaveInitiative(in model.Initiative, at time.Time) (model.Initiative, error) {
	if in.Title == "" {
		return in, fmt.Errorf("an initiative needs a title")
	}
	if in.Status == "" {
		in.Status = model.StatusNotStarted
	}
	tx, err := s.begin()
	if err != nil {
		return in, err
	}
	defer tx.Rollback()
	kind := "initiative.updated"
	in.UpdatedAt = time.UnixMilli(ms(at))
	if in.ID == 0 {
		kind = "initiative.added"
		if err := tx.QueryRow(`SELECT coalesce(max(position), -1) + 1 FROM initiative WHERE workshop_id = ?`, in.WorkshopID).
			Scan(&in.Position); err != nil {
			return in, err
		}
		in.CreatedAt = in.UpdatedAt
		r, err := tx.Exec(`INSERT INTO initiative (workshop_id, pillar_id, title, summary, department, kpi, baseline, target,
			status, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			in.WorkshopID, nullID(in.PillarID), in.Title, in.Summary, in.Department, in.KPI, in.Baseline, in.Target,
			string(in.Status), in.Position, ms(at), ms(at))
		if err != nil {
			return in, err
		}
		if in.ID, err = r.LastInsertId(); err != nil {
			return in, err
		}
	} else if err := mustAffect(tx.Exec(`UPDATE initiative SET pillar_id = ?, title = ?, summary = ?, department = ?, kpi = ?,
		baseline = ?, target = ?, status = ?, updated_at = ? WHERE id = ? AND workshop_id = ? AND deleted_at IS NULL`,
		nullID(in.PillarID), in.Title, in.Summary, in.Department, in.KPI, in.Baseline, in.Target, string(in.Status),
		ms(at), in.ID, in.WorkshopID)); err != nil {
		return in, err
	}
	for _, q := range []string{`DELETE FROM initiative_problem WHERE initiative_id = ?`, `DELETE FROM initiative_year WHERE initiative_id = ?`} {
		if _, err := tx.Exec(q, in.ID); err != nil {
			return in, err
		}
	}
	for _, c := range in.Problems {
		if _, err := tx.Exec(`INSERT INTO initiative_problem (initiative_id, card_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, in.ID, c); err != nil {
			return in, err
		}
	}
	for _, y := range in.Schedule {
		if _, err := tx.Exec(`INSERT INTO initiative_year (initiative_id, fiscal_year, plan) VALUES (?, ?, ?)
			ON CONFLICT DO UPDATE SET plan = excluded.plan`, in.ID, int(y.Year), y.Plan); err != nil {
			return in, err
		}
	}
	if err := s.appendEvent(tx, at, in.WorkshopID, 0, kind, in); err != nil {
		return in, err
	}
	return in, s.commit(tx)
}

// DeleteInitiative removes an initiative softly.
func (s *Store) DeleteInitiative(in model.Initiative, at time.Time) error {
	return s.write(at, in.WorkshopID, 0, "initiative.deleted", map[string]any{"id": in.ID}, func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE initiative SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`, ms(at), in.ID))
	})
}
