package model

import (
	"errors"
	"slices"
	"strings"
	"time"
)

// VoteMethod is how a Task ② round weighs the problems.
type VoteMethod string

// The methods.
const (
	MethodDots  VoteMethod = "dots"  // dot voting
	MethodScore VoteMethod = "score" // 効果 and 実現可能性, 1 to 5 each
)

// VoteMode is who a dot vote is entered for.
type VoteMode string

// The modes.
const (
	VoteTally       VoteMode = "tally"       // the facilitator types the dots the room put on each card
	VoteParticipant VoteMode = "participant" // each participant's dots, within a budget
)

// DefaultBudget is how many dots a participant has unless a round says.
const DefaultBudget = 3

// MaxBudget is the most dots a round can give a participant.
const MaxBudget = 20

// VoteRound is one round of prioritising. Rounds are kept; the latest
// decides the ranking.
type VoteRound struct {
	ID         int64
	WorkshopID int64
	MeetingID  int64
	Number     int // 1 for the first round
	Method     VoteMethod
	Mode       VoteMode // for dots
	Budget     int      // dots per participant, in participant mode
	Hidden     bool     // totals hidden until revealed
	ClosedAt   time.Time
	RevealedAt time.Time
	CreatedAt  time.Time
}

// Closed reports whether the round takes no more votes.
func (r VoteRound) Closed() bool { return !r.ClosedAt.IsZero() }

// ShowsTotals reports whether the totals may be shown: a round not hidden,
// or one revealed.
func (r VoteRound) ShowsTotals() bool { return !r.Hidden || !r.RevealedAt.IsZero() }

// Votes are the dots of a round: by participant (0 for the room's tally),
// then by card.
type Votes map[int64]map[int64]int

// Voting errors.
var (
	ErrRoundClosed = errors.New("the round is closed")
	ErrOverBudget  = errors.New("no dots left")
	ErrNegative    = errors.New("dots cannot be fewer than none")
	ErrWrongMethod = errors.New("the round does not vote this way")
	ErrScoreRange  = errors.New("a score is from 1 to 5")
)

// Spent is how many dots participant p has put on cards.
func (v Votes) Spent(p int64) int {
	n := 0
	for _, d := range v[p] {
		n += d
	}
	return n
}

// Remaining is how many dots participant p still has in round r.
func (r VoteRound) Remaining(v Votes, p int64) int { return max(r.Budget-v.Spent(p), 0) }

// SetDots checks that participant p (0 for the tally) may put n dots on
// card in round r, and returns n. In participant mode the dots on all
// cards must stay within the budget; a tally has none but MaxTally.
func (r VoteRound) SetDots(v Votes, p, card int64, n int) (int, error) {
	switch {
	case r.Method != MethodDots:
		return 0, ErrWrongMethod
	case r.Closed():
		return 0, ErrRoundClosed
	case n < 0:
		return 0, ErrNegative
	case r.Mode == VoteTally:
		if p != 0 {
			return 0, ErrWrongMethod
		}
		return min(n, MaxTally), nil
	case p == 0:
		return 0, ErrWrongMethod
	}
	if v.Spent(p)-v[p][card]+n > r.Budget {
		return 0, ErrOverBudget
	}
	return n, nil
}

// Totals is the dots on each card, summed over the participants.
func (v Votes) Totals() map[int64]int {
	out := map[int64]int{}
	for _, cards := range v {
		for c, d := range cards {
			out[c] += d
		}
	}
	return out
}

// Score is a problem's 効果 (impact) and 実現可能性 (feasibility), 1 to 5;
// 0 is not scored yet.
type Score struct {
	Impact      int
	Feasibility int
}

// Valid reports whether both parts are scored, 1 to 5.
func (s Score) Valid() bool {
	return s.Impact >= 1 && s.Impact <= 5 && s.Feasibility >= 1 && s.Feasibility <= 5
}

// Value orders scored problems: impact times feasibility.
func (s Score) Value() int { return s.Impact * s.Feasibility }

// Quadrant is where a score falls in the 2×2 matrix: an impact or a
// feasibility of HighScore or more (4 or 5 on the 1–5 scale) is high; the
// middle 3 counts as low, so that 効果大 means a score above the middle.
type Quadrant int

// HighScore is the least impact or feasibility the matrix counts as high.
const HighScore = 4

// The quadrants.
const (
	QuadrantFirst    Quadrant = iota // high impact, feasible: do first
	QuadrantPlan                     // high impact, hard: plan for it
	QuadrantQuickWin                 // low impact, easy
	QuadrantLater                    // low impact, hard
)

// Quadrant is the score's place in the matrix.
func (s Score) Quadrant() Quadrant {
	hi, easy := s.Impact >= HighScore, s.Feasibility >= HighScore
	switch {
	case hi && easy:
		return QuadrantFirst
	case hi:
		return QuadrantPlan
	case easy:
		return QuadrantQuickWin
	}
	return QuadrantLater
}

// Override is the facilitator moving a problem one place up (-1) or down
// (+1) in a round's ranking, with the reason given.
type Override struct {
	CardID int64
	Delta  int
	Reason string
}

// Ranked is a problem's place in a round's ranking.
type Ranked struct {
	Card    Card
	Dots    int
	Score   Score
	Place   int  // 1-based; problems with the same value share a place
	Tied    bool // another problem has the same value
	Reasons []string
}

// value is what a round ranks by.
func (r VoteRound) value(dots int, s Score) int {
	if r.Method == MethodScore {
		return s.Value()
	}
	return dots
}

// Rank orders problems for round r: by dots or score, highest first, ties
// kept in board order and sharing a place (1, 2, 2, 4); then the
// facilitator's moves, in the order made, each swapping a problem with its
// neighbour. A moved problem takes the place of where it now stands and
// carries the reasons given.
func (r VoteRound) Rank(problems []Card, dots map[int64]int, scores map[int64]Score, overrides []Override) []Ranked {
	out := make([]Ranked, len(problems))
	for i, c := range problems {
		out[i] = Ranked{Card: c, Dots: dots[c.ID], Score: scores[c.ID]}
	}
	slices.SortStableFunc(out, func(a, b Ranked) int {
		va, vb := r.value(a.Dots, a.Score), r.value(b.Dots, b.Score)
		if va != vb {
			return vb - va
		}
		if r.Method == MethodScore && a.Score.Impact != b.Score.Impact {
			return b.Score.Impact - a.Score.Impact
		}
		return int(a.Card.BoardPos - b.Card.BoardPos)
	})
	count := map[int]int{}
	for _, x := range out {
		count[r.value(x.Dots, x.Score)]++
	}
	for i := range out {
		v := r.value(out[i].Dots, out[i].Score)
		out[i].Tied = count[v] > 1
		out[i].Place = i + 1
		if i > 0 && r.value(out[i-1].Dots, out[i-1].Score) == v {
			out[i].Place = out[i-1].Place
		}
	}
	moved, touched := false, map[int64]bool{}
	for _, o := range overrides {
		i := slices.IndexFunc(out, func(x Ranked) bool { return x.Card.ID == o.CardID })
		j := i + o.Delta
		if i < 0 || j < 0 || j >= len(out) || (o.Delta != 1 && o.Delta != -1) {
			continue
		}
		touched[out[i].Card.ID], touched[out[j].Card.ID] = true, true
		out[i], out[j] = out[j], out[i]
		if reason := strings.TrimSpace(o.Reason); reason != "" {
			out[j].Reasons = append(out[j].Reasons, reason)
		}
		moved = true
	}
	if moved {
		renumberRanks(out, touched, r.value)
	}
	return out
}

// renumberRanks gives the places of a ranking the facilitator reordered: they
// follow its order, 1, 2, 3 …, except that neighbours with equal values
// neither of which was moved still share a place and are marked tied.
// (A pair swapped by hand is ordered, whatever its values.)
func renumberRanks(out []Ranked, touched map[int64]bool, value func(int, Score) int) {
	for i := range out {
		out[i].Place, out[i].Tied = i+1, false
	}
	for i := 1; i < len(out); i++ {
		a, b := out[i-1], out[i]
		if value(a.Dots, a.Score) == value(b.Dots, b.Score) && !touched[a.Card.ID] && !touched[b.Card.ID] {
			out[i].Place = out[i-1].Place
			out[i-1].Tied, out[i].Tied = true, true
		}
	}
}

// ChosenByPillar sorts the problems chosen for the fiscal year by pillar,
// in the order of the ranking given; missing lists the pillars with none.
func ChosenByPillar(pillars []Pillar, ranked []Ranked, chosen map[int64]bool) (by map[int64][]Card, missing []Pillar) {
	by = map[int64][]Card{}
	for _, x := range ranked {
		if chosen[x.Card.ID] {
			by[x.Card.PillarID] = append(by[x.Card.PillarID], x.Card)
		}
	}
	for _, p := range pillars {
		if len(by[p.ID]) == 0 {
			missing = append(missing, p)
		}
	}
	return by, missing
}

// InitiativeStatus is how far an initiative has come, for the progress
// report at 第5回.
type InitiativeStatus string

// The statuses, in order.
const (
	StatusNotStarted  InitiativeStatus = "not_started" // 未着手
	StatusConsidering InitiativeStatus = "considering" // 検討中
	StatusInProgress  InitiativeStatus = "in_progress" // 実施中
	StatusDone        InitiativeStatus = "done"        // 完了
)

// InitiativeStatuses lists the statuses in order.
var InitiativeStatuses = []InitiativeStatus{StatusNotStarted, StatusConsidering, StatusInProgress, StatusDone}

// YearPlan is what an initiative does in one fiscal year.
type YearPlan struct {
	Year FiscalYear
	Plan string
}

// Initiative is one entry of the 実施計画（案）.
type Initiative struct {
	ID         int64
	WorkshopID int64
	PillarID   int64
	Title      string  // 取組名
	Problems   []int64 // 対象課題: problem cards
	Summary    string  // 取組の概要
	Department string  // 担当課
	KPI        string  // 評価指標
	Baseline   string  // 現状値
	Target     string  // 目標値
	Schedule   []YearPlan
	Status     InitiativeStatus
	Position   int
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Limits of an initiative's fields, in runes.
const (
	MaxInitiativeTitle = 100
	MaxInitiativeText  = 2000
	MaxInitiativeShort = 200
)

// The problems an initiative's fields can have.
const (
	ProblemNoPillar  Problem = "no_pillar"  // 柱 not chosen
	ProblemNoProblem Problem = "no_problem" // no 対象課題
	ProblemStatus    Problem = "bad_status"
)

// Validate lists what is wrong with the initiative, field by field.
func (in Initiative) Validate() []FieldError {
	var errs []FieldError
	check := func(path, v string, required bool, limit int) {
		switch {
		case required && strings.TrimSpace(v) == "":
			errs = append(errs, FieldError{Path: path, Problem: ProblemRequired})
		case len([]rune(v)) > limit:
			errs = append(errs, FieldError{Path: path, Problem: ProblemTooLong, Limit: limit})
		}
	}
	check("title", in.Title, true, MaxInitiativeTitle)
	if in.PillarID == 0 {
		errs = append(errs, FieldError{Path: "pillar", Problem: ProblemNoPillar})
	}
	if len(in.Problems) == 0 {
		errs = append(errs, FieldError{Path: "problems", Problem: ProblemNoProblem})
	}
	check("summary", in.Summary, false, MaxInitiativeText)
	check("department", in.Department, false, MaxDepartmentRunes)
	check("kpi", in.KPI, false, MaxInitiativeShort)
	check("baseline", in.Baseline, false, MaxInitiativeShort)
	check("target", in.Target, false, MaxInitiativeShort)
	for _, y := range in.Schedule {
		check("schedule."+y.Year.Short(), y.Plan, false, MaxInitiativeShort)
	}
	if !slices.Contains(InitiativeStatuses, in.Status) {
		errs = append(errs, FieldError{Path: "status", Problem: ProblemStatus, Value: string(in.Status)})
	}
	return errs
}

// PlanYears are the fiscal years an initiative's schedule covers: the
// target year and the two after it.
func PlanYears(target FiscalYear) []FiscalYear { return []FiscalYear{target, target + 1, target + 2} }

// Progress counts initiatives by pillar and status.
func Progress(ins []Initiative) map[int64]map[InitiativeStatus]int {
	out := map[int64]map[InitiativeStatus]int{}
	for _, in := range ins {
		if out[in.PillarID] == nil {
			out[in.PillarID] = map[InitiativeStatus]int{}
		}
		out[in.PillarID][in.Status]++
	}
	return out
}

// Task2State is what the Task ② screen shows: the latest round with its
// votes, scores and moves, the problems chosen for the fiscal year, and
// the initiatives.
type Task2State struct {
	Round     VoteRound
	HasRound  bool
	Votes     Votes
	Scores    map[int64]Score
	Overrides []Override
	Chosen    map[int64]bool
	Plans     []Initiative
}
