package db

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"yoriai/model"
)

// BoardScope names the Task ① board's undo history. A prompt item's ideas
// have their own (IdeasScope).
const BoardScope = "board"

// IdeasScope names the undo history of the ideas of prompt item itemID.
func IdeasScope(itemID int64) string { return fmt.Sprintf("ideas:%d", itemID) }

// scopeEvent is the event kind prefix of a history: "board", "ideas".
func scopeEvent(scope string) string {
	kind, _, _ := strings.Cut(scope, ":")
	return kind
}

// cardScope refuses the history of an item's record (RecordScope), whose
// steps are not card steps: UndoEntry and RedoEntry take them.
func cardScope(scope string) error {
	if scopeEvent(scope) == "record" {
		return fmt.Errorf("%s is the history of a record: use UndoEntry and RedoEntry", scope)
	}
	return nil
}

// BoardCards returns every card of the workshop that is not deleted, and
// the links between them.
func (s *Store) BoardCards(workshopID int64) ([]model.Card, model.Links, error) {
	// counted first, so the cards are read into one slice of the right
	// size and not copied as it grows
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM card WHERE workshop_id = ? AND deleted_at IS NULL`, workshopID).Scan(&n); err != nil {
		return nil, nil, err
	}
	cards, err := queryInto(s.db, make([]model.Card, 0, n), scanCard, cardCols+` WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY board_pos, id`, workshopID)
	if err != nil {
		return nil, nil, err
	}
	type link struct{ from, to int64 }
	rows, err := queryAll(s.db, func(r scanner) (link, error) {
		var l link
		return l, r.Scan(&l.from, &l.to)
	}, `SELECT l.from_id, l.to_id FROM card_link l JOIN card c ON c.id = l.from_id
		WHERE c.workshop_id = ? AND l.kind = 'resolves'`, workshopID)
	if err != nil {
		return nil, nil, err
	}
	links := model.Links{}
	for _, l := range rows {
		links[l.from] = l.to
	}
	return cards, links, nil
}

// applyBoardStep writes each change of step inside tx. An added card gets
// no event of its own: the step's event carries it.
func (s *Store) applyBoardStep(x execer, workshopID int64, step model.BoardStep, at time.Time) (model.BoardStep, error) {
	var out model.BoardStep
	var added int64 // the card this step adds, for a link to model.NewCard
	for _, ch := range step.Cards {
		switch {
		case ch.After == nil:
			if err := mustAffect(x.exec(s.q.cardDelete, ms(at), ch.Before.ID, workshopID)); err != nil {
				return out, err
			}
		case ch.Before == nil && ch.After.ID == 0:
			c := *ch.After
			c.WorkshopID = workshopID
			c, err := s.insertCardRow(x, c, at)
			if err != nil {
				return out, err
			}
			ch.After, added = &c, c.ID
		default:
			c := *ch.After
			c.UpdatedAt = time.UnixMilli(ms(at))
			q := s.q.cardChange
			if ch.Before == nil {
				q = s.q.cardRestore
			}
			if err := mustAffect(x.exec(q, nullID(c.PillarID), string(c.Kind), c.Text, nullID(c.AuthorID), c.AuthorName,
				c.BoardPos, c.Label, ms(at), c.ID, workshopID)); err != nil {
				return out, err
			}
			ch.After = &c
		}
		out.Cards = append(out.Cards, ch)
	}
	for _, l := range step.Links {
		if l.Goal == model.NewCard {
			if added == 0 {
				return out, errors.New("a link to a new card in a step that adds none")
			}
			l.Goal = added
		}
		out.Links = append(out.Links, l)
		var err error
		if l.After == 0 {
			_, err = x.exec(s.q.linkDelete, l.Goal)
		} else {
			_, err = x.exec(s.q.linkSet, l.Goal, l.After)
		}
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// ImportChat adds the lines of a chat log to the workshop's inbox as
// cards, in one transaction: all or nothing. A line imported before (same
// time, name and text) is skipped. A name found on the roster becomes the
// card's author; another name is kept as written.
func (s *Store) ImportChat(workshopID int64, log model.ChatLog, at time.Time) (model.ImportReport, error) {
	rep := model.ImportReport{Rejected: log.Rejected}
	people, err := s.Participants(workshopID)
	if err != nil {
		return rep, err
	}
	byName := map[string]int64{}
	for _, p := range people {
		byName[nameKey(p.Name)] = p.ID
	}
	tx, err := s.begin()
	if err != nil {
		return rep, err
	}
	defer tx.Rollback()
	var next int64
	if err := tx.QueryRow(`SELECT coalesce(max(board_pos), 0) + 1 FROM card WHERE workshop_id = ?`, workshopID).
		Scan(&next); err != nil {
		return rep, err
	}
	for _, l := range log.Lines {
		r, err := tx.Exec(`INSERT INTO import_seen (workshop_id, digest) VALUES (?, ?) ON CONFLICT DO NOTHING`, workshopID, l.Digest())
		if err != nil {
			return rep, err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			rep.Skipped++
			continue
		}
		c := model.Card{WorkshopID: workshopID, Kind: model.CardIdea, Source: model.SourceChatImport, Text: l.Text, CreatedAt: l.At}
		if id, ok := byName[nameKey(l.Name)]; ok && l.Name != "" {
			c.AuthorID = id
		} else {
			c.AuthorName = l.Name
		}
		c.BoardPos, next = next, next+1
		if err := insertCardQuiet(tx, c, at); err != nil {
			return rep, err
		}
		rep.Added++
	}
	if err := s.appendEvent(tx, at, workshopID, 0, "chat.imported",
		map[string]any{"added": rep.Added, "skipped": rep.Skipped, "rejected": rep.Rejected}); err != nil {
		return rep, err
	}
	return rep, s.commit(tx)
}

// insertCardQuiet adds a card without an event of its own: an import logs
// one event for all its lines. A card dated by its chat message is created
// and last changed at that message's time, so the board's 新/更 marks
// compare the message, not the moment of the import, with the previous
// meeting; a card without a date takes the import's time.
func insertCardQuiet(tx *sql.Tx, c model.Card, at time.Time) error {
	created := at
	if !c.CreatedAt.IsZero() {
		created = c.CreatedAt
	}
	_, err := tx.Exec(`INSERT INTO card (workshop_id, kind, text, author_id, author_name, source, position, board_pos,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
		c.WorkshopID, string(c.Kind), c.Text, nullID(c.AuthorID), c.AuthorName, string(c.Source), c.BoardPos, ms(created), ms(created))
	return err
}

// nameKey compares names without their spaces: 「山田太郎」 and 「山田 太郎」
// are one person.
func nameKey(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "　", " ")), "")
}

// AddCards adds many cards in one transaction with one event, for sample
// data and bulk loads: goalOf maps the index of a goal in cards to the
// index of the problem it solves. The cards come back with their ids.
func (s *Store) AddCards(workshopID int64, cards []model.Card, goalOf map[int]int, at time.Time) ([]model.Card, error) {
	tx, err := s.begin()
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var next int64
	if err := tx.QueryRow(`SELECT coalesce(max(board_pos), 0) + 1 FROM card WHERE workshop_id = ?`, workshopID).Scan(&next); err != nil {
		return nil, err
	}
	stmt, err := tx.Prepare(`INSERT INTO card (workshop_id, meeting_id, item_id, pillar_id, kind, text, author_id, author_name,
		source, position, board_pos, group_label, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer stmt.Close()
	out := make([]model.Card, len(cards))
	for i, c := range cards {
		c.WorkshopID, c.BoardPos, next = workshopID, next, next+1
		created := at
		if !c.CreatedAt.IsZero() {
			created = c.CreatedAt
		}
		c.CreatedAt, c.UpdatedAt = time.UnixMilli(ms(created)), time.UnixMilli(ms(created))
		r, err := stmt.Exec(c.WorkshopID, nullID(c.MeetingID), nullID(c.ItemID), nullID(c.PillarID), string(c.Kind), c.Text,
			nullID(c.AuthorID), c.AuthorName, string(c.Source), c.Position, c.BoardPos, c.Label, ms(created), ms(created))
		if err != nil {
			return nil, err
		}
		if c.ID, err = r.LastInsertId(); err != nil {
			return nil, err
		}
		out[i] = c
	}
	for g, p := range goalOf {
		if g < 0 || g >= len(out) || p < 0 || p >= len(out) {
			return nil, fmt.Errorf("link %d→%d is out of range", g, p)
		}
		if _, err := tx.Exec(`INSERT INTO card_link (from_id, to_id, kind) VALUES (?, ?, 'resolves')`, out[g].ID, out[p].ID); err != nil {
			return nil, err
		}
	}
	if err := s.appendEvent(tx, at, workshopID, 0, "cards.added", map[string]any{"cards": len(cards), "links": len(goalOf)}); err != nil {
		return nil, err
	}
	return out, s.commit(tx)
}
