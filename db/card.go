package db

import (
	"database/sql"
	"errors"
	"time"

	"yoriai/model"
)

const cardCols = `SELECT id, workshop_id, meeting_id, item_id, pillar_id, kind, text, author_id, author_name, source,
	position, board_pos, group_label, created_at, updated_at FROM card`

func scanCard(r scanner) (model.Card, error) {
	var c model.Card
	var meeting, item, pillar, author sql.NullInt64
	var kind, source string
	var created, updated int64
	err := r.Scan(&c.ID, &c.WorkshopID, &meeting, &item, &pillar, &kind, &c.Text, &author, &c.AuthorName, &source,
		&c.Position, &c.BoardPos, &c.Label, &created, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	c.MeetingID, c.ItemID, c.PillarID, c.AuthorID = meeting.Int64, item.Int64, pillar.Int64, author.Int64
	c.Kind, c.Source = model.CardKind(kind), model.CardSource(source)
	c.CreatedAt, c.UpdatedAt = time.UnixMilli(created), time.UnixMilli(updated)
	return c, err
}

// ItemCards lists the cards captured in an agenda item, in order.
func (s *Store) ItemCards(itemID int64) ([]model.Card, error) {
	return queryAll(s.db, scanCard, cardCols+` WHERE item_id = ? AND deleted_at IS NULL ORDER BY position, id`, itemID)
}

func cardPayload(c model.Card) map[string]any {
	return map[string]any{"id": c.ID, "kind": c.Kind, "text": c.Text, "author_id": c.AuthorID, "item_id": c.ItemID, "source": c.Source}
}

// AddCard stores a new card at the end of its item's cards and returns it
// with its id, position and times.
func (s *Store) AddCard(c model.Card, at time.Time) (model.Card, error) {
	tx, err := s.begin()
	if err != nil {
		return c, err
	}
	defer tx.Rollback()
	if c, err = s.insertCard(tx, c, at); err != nil {
		return c, err
	}
	return c, s.commit(tx)
}

// insertCard adds c at the end of its item's cards inside tx, with its
// event.
func (s *Store) insertCard(tx *sql.Tx, c model.Card, at time.Time) (model.Card, error) {
	c, err := s.insertCardRow(txExec{tx}, c, at)
	if err != nil {
		return c, err
	}
	return c, s.appendEvent(tx, at, c.WorkshopID, c.MeetingID, "card.added", cardPayload(c))
}

// insertCardRow adds c at the end of its item's cards and of the board
// (unless it comes with a board place), without an event.
func (s *Store) insertCardRow(x execer, c model.Card, at time.Time) (model.Card, error) {
	if c.ItemID != 0 {
		if err := x.queryRow(s.q.cardNextPos, []any{c.ItemID}, &c.Position); err != nil {
			return c, err
		}
	}
	if c.BoardPos == 0 {
		if err := x.queryRow(s.q.cardNextAt, []any{c.WorkshopID}, &c.BoardPos); err != nil {
			return c, err
		}
	}
	created := at
	if !c.CreatedAt.IsZero() { // an imported chat line keeps the time it was written
		created = c.CreatedAt
	}
	c.CreatedAt, c.UpdatedAt = time.UnixMilli(ms(created)), time.UnixMilli(ms(at))
	r, err := x.exec(s.q.cardInsert, c.WorkshopID, nullID(c.MeetingID), nullID(c.ItemID), nullID(c.PillarID),
		string(c.Kind), c.Text, nullID(c.AuthorID), c.AuthorName, string(c.Source), c.Position, c.BoardPos, c.Label,
		ms(created), ms(at))
	if err != nil {
		return c, err
	}
	c.ID, err = r.LastInsertId()
	return c, err
}

// UpdateCard changes a card's text, author, kind and pillar.
func (s *Store) UpdateCard(c model.Card, at time.Time) error {
	return s.write(at, c.WorkshopID, c.MeetingID, "card.updated", cardPayload(c), func(tx *sql.Tx) error {
		return mustAffect(tx.Stmt(s.q.cardEdit).Exec(c.Text, nullID(c.AuthorID), string(c.Kind), nullID(c.PillarID), ms(at),
			c.ID, c.WorkshopID))
	})
}
