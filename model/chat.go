package model

import (
	"crypto/sha256"
	"errors"
	"time"
)

// ChatLine is one message of a chat log brought in between meetings.
type ChatLine struct {
	At   time.Time // zero when the log gives no time
	Name string    // who wrote it; "" when the log does not say
	Text string
}

// Digest identifies a line across imports: the same time, name and text
// give the same digest, so a log imported twice adds nothing the second
// time.
func (l ChatLine) Digest() []byte {
	at := ""
	if !l.At.IsZero() {
		at = l.At.Format(time.RFC3339)
	}
	sum := sha256.Sum256([]byte(at + "\x00" + l.Name + "\x00" + l.Text))
	return sum[:]
}

// ChatLog is a parsed chat log: the lines that could be read, and how many
// could not.
type ChatLog struct {
	Lines    []ChatLine
	Rejected int
}

// Chat errors.
var (
	ErrNotText     = errors.New("the file is not text")
	ErrEmptyChat   = errors.New("the file holds no messages")
	ErrChatTooLong = errors.New("the file is too large")
	ErrChatNotFile = errors.New("not a regular file")
	ErrChatFormat  = errors.New("the file is not a chat export yoriai reads")
)

// MaxChatBytes is the largest chat file read. The importer package reads
// and parses chat files; model keeps only the types they become.
const MaxChatBytes = 20 << 20

// ImportReport says what an import did: lines added, lines skipped as
// imported before, lines that could not be read.
type ImportReport struct {
	Added, Skipped, Rejected int
}
