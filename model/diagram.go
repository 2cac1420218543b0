package model

import "fmt"

// Diagrams are the pictures of the briefing, described as data so another
// city edits text, not code: the organisation chart (DX推進体制), the stages
// of the overall scheme (全体スキーム) and which of them the workshop is in.
// The pillars under the vision need nothing more than the workshop has.
type Diagrams struct {
	Org          []OrgNode
	Stages       []Stage
	CurrentStage int // 1-based; 0 when no stage is highlighted
}

// OrgNode is one box of the organisation chart. Parent is the id of the
// box above it ("" for the top); Advises names a box this one advises
// from outside the line of command (外部人材 → 推進本部).
type OrgNode struct {
	ID      string
	Label   string
	Parent  string
	Advises string
}

// Stage is one step of the overall scheme with its main points.
type Stage struct {
	Title  string
	Points []string
}

// DiagramKind names a diagram an agenda item shows.
type DiagramKind string

// The diagrams an item can show.
const (
	DiagramNone    DiagramKind = ""
	DiagramOrg     DiagramKind = "organisation"
	DiagramStages  DiagramKind = "stages"
	DiagramPillars DiagramKind = "pillars"
)

// Valid reports whether k is a known diagram (or none).
func (k DiagramKind) Valid() bool {
	return k == DiagramNone || k == DiagramOrg || k == DiagramStages || k == DiagramPillars
}

// Problems of diagrams, worded by the user interface.
const (
	ProblemDuplicateID Problem = "duplicate_id" // two boxes with one id
	ProblemUnknownID   Problem = "unknown_id"   // a parent or advisee that is no box
	ProblemCycle       Problem = "cycle"        // a box above itself
	ProblemBadStage    Problem = "bad_stage"    // current stage out of range
	ProblemBadDiagram  Problem = "bad_diagram"  // unknown diagram name on an item
	ProblemNoDiagram   Problem = "no_diagram"   // an item shows a diagram the template lacks
)

// Limits of the diagrams, so that they fit a screen.
const (
	MaxOrgNodes = 40
	MaxStages   = 8
)

func (v *validator) diagrams(d Diagrams) {
	ids := map[string]int{}
	v.count("diagrams.organisation", len(d.Org), 0, MaxOrgNodes)
	for i, n := range d.Org {
		at := fmt.Sprintf("diagrams.organisation[%d]", i)
		v.text(at+".id", n.ID, true, MaxTitleRunes)
		v.text(at+".label", n.Label, true, MaxTitleRunes)
		if _, dup := ids[n.ID]; dup && n.ID != "" {
			v.add(at+".id", ProblemDuplicateID, 0, n.ID)
		}
		ids[n.ID] = i
	}
	for i, n := range d.Org {
		at := fmt.Sprintf("diagrams.organisation[%d]", i)
		for field, ref := range map[string]string{".parent": n.Parent, ".advises": n.Advises} {
			if _, ok := ids[ref]; ref != "" && !ok {
				v.add(at+field, ProblemUnknownID, 0, ref)
			}
		}
		// Walk up from n: coming back to it means a cycle.
		seen := map[string]bool{n.ID: true}
		for p := n.Parent; p != ""; {
			j, ok := ids[p]
			if !ok {
				break
			}
			if seen[p] {
				v.add(at+".parent", ProblemCycle, 0, n.Parent)
				break
			}
			seen[p] = true
			p = d.Org[j].Parent
		}
	}
	v.count("diagrams.stages", len(d.Stages), 0, MaxStages)
	for i, s := range d.Stages {
		at := fmt.Sprintf("diagrams.stages[%d]", i)
		v.text(at+".title", s.Title, true, MaxTitleRunes)
		for j, p := range s.Points {
			v.text(fmt.Sprintf("%s.points[%d]", at, j), p, true, MaxTitleRunes)
		}
	}
	if d.CurrentStage < 0 || d.CurrentStage > len(d.Stages) {
		v.add("diagrams.current_stage", ProblemBadStage, len(d.Stages), fmt.Sprint(d.CurrentStage))
	}
}
