package db

import (
	"strings"

	"yoriai/model"
)

// BoardCounts is how many live cards the workshop's board holds, by
// pillar, kind and label, as card_count keeps them: read without counting
// the cards.
func (s *Store) BoardCounts(workshopID int64) (model.BoardCounts, error) {
	type row struct {
		k model.CountKey
		n int
	}
	rows, err := queryAll(s.db, func(r scanner) (row, error) {
		var x row
		var kind string
		err := r.Scan(&x.k.PillarID, &kind, &x.k.Label, &x.n)
		x.k.Kind = model.CardKind(kind)
		return x, err
	}, `SELECT pillar_id, kind, group_label, n FROM card_count WHERE workshop_id = ? AND n > 0`, workshopID)
	if err != nil {
		return nil, err
	}
	counts := make(model.BoardCounts, len(rows))
	for _, x := range rows {
		counts[x.k] = x.n
	}
	return counts, nil
}

// BoardPage is the board as its first screen shows it: in each column the
// first limit cards in board order (a pillar's first limit problems with
// every goal linked to them, and, when those are all its problems, its
// first limit goals and causes not under one), the links of those goals
// and the counts of the whole board. It costs the page, not the board.
// A board whose every column fits in limit cards, or that has cards on a
// pillar of no column, is read whole (BoardCards).
func (s *Store) BoardPage(workshopID int64, limit int) (model.BoardPage, error) {
	counts, err := s.BoardCounts(workshopID)
	if err != nil {
		return model.BoardPage{}, err
	}
	pillars, err := queryAll(s.db, func(r scanner) (int64, error) {
		var id int64
		return id, r.Scan(&id)
	}, `SELECT id FROM pillar WHERE workshop_id = ? ORDER BY position, id`, workshopID)
	if err != nil {
		return model.BoardPage{}, err
	}
	whole := counts.Column(0) <= limit
	known := map[int64]bool{0: true}
	for _, p := range pillars {
		known[p] = true
		whole = whole && counts.Column(p) <= limit
	}
	for k, n := range counts {
		if n > 0 && !known[k.PillarID] { // a card the inbox shows whose pillar is not the workshop's
			whole = true
		}
	}
	if whole {
		cards, links, err := s.BoardCards(workshopID)
		return model.BoardPage{Cards: cards, Links: links, Counts: counts, Whole: true}, err
	}
	page := model.BoardPage{Links: model.Links{}, Counts: counts}
	// each list in board order: labelled cards first, by label, then the
	// unlabelled, each by place; the two halves read apart so that both
	// follow an index
	first := func(where string, args ...any) error {
		labelled, err := queryAll(s.db, scanCard, cardCols+` WHERE `+where+` AND group_label > ''
			ORDER BY group_label, board_pos, id LIMIT ?`, append(args, limit)...)
		if err != nil {
			return err
		}
		page.Cards = append(page.Cards, labelled...)
		if len(labelled) == limit {
			return nil
		}
		rest, err := queryAll(s.db, scanCard, cardCols+` WHERE `+where+` AND group_label = ''
			ORDER BY board_pos, id LIMIT ?`, append(args, limit-len(labelled))...)
		page.Cards = append(page.Cards, rest...)
		return err
	}
	live := `workshop_id = ? AND deleted_at IS NULL AND `
	if err := first(live+`pillar_id IS NULL`, workshopID); err != nil {
		return page, err
	}
	for _, p := range pillars {
		from := len(page.Cards)
		if err := first(live+`pillar_id = ? AND kind = 'problem'`, workshopID, p); err != nil {
			return page, err
		}
		problems := page.Cards[from:]
		if err := s.goalsOf(&page, p, problems); err != nil {
			return page, err
		}
		if len(problems) < counts.Kind(p, model.CardProblem) {
			continue // the problems go on past the page: nothing below them shows
		}
		loose, err := queryAll(s.db, scanCard, cardCols+` AS c WHERE `+live+`pillar_id = ? AND kind <> 'problem'
			AND NOT (kind = 'goal' AND EXISTS (SELECT 1 FROM card_link l JOIN card p ON p.id = l.to_id
				WHERE l.from_id = c.id AND l.kind = 'resolves' AND p.kind = 'problem' AND p.pillar_id = c.pillar_id
				AND p.deleted_at IS NULL))
			ORDER BY group_label = '', group_label, board_pos, id LIMIT ?`, workshopID, p, limit)
		if err != nil {
			return page, err
		}
		page.Cards = append(page.Cards, loose...)
	}
	return page, s.linksOf(&page)
}

// linksOf reads the links of the page's goals.
func (s *Store) linksOf(page *model.BoardPage) error {
	var goals []any
	for _, c := range page.Cards {
		if c.Kind == model.CardGoal {
			goals = append(goals, c.ID)
		}
	}
	if len(goals) == 0 {
		return nil
	}
	type link struct{ from, to int64 }
	links, err := queryAll(s.db, func(r scanner) (link, error) {
		var l link
		return l, r.Scan(&l.from, &l.to)
	}, `SELECT from_id, to_id FROM card_link WHERE kind = 'resolves' AND from_id IN (?`+strings.Repeat(", ?", len(goals)-1)+`)`, goals...)
	for _, l := range links {
		page.Links[l.from] = l.to
	}
	return err
}

// goalsOf adds to page the live goals on pillar p linked to problems.
func (s *Store) goalsOf(page *model.BoardPage, p int64, problems []model.Card) error {
	if len(problems) == 0 {
		return nil
	}
	ids := make([]any, 0, len(problems))
	for _, c := range problems {
		ids = append(ids, c.ID)
	}
	in := `SELECT from_id FROM card_link WHERE kind = 'resolves' AND to_id IN (?` + strings.Repeat(", ?", len(ids)-1) + `)`
	goals, err := queryAll(s.db, scanCard, cardCols+` WHERE id IN (`+in+`) AND pillar_id = ? AND kind = 'goal'
		AND deleted_at IS NULL`, append(ids, p)...)
	if err != nil {
		return err
	}
	page.Cards = append(page.Cards, goals...)
	return nil
}
