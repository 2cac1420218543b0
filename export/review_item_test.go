package export

import (
	"testing"

	"yoriai/model"
)

// TestReviewItem finds the ふりかえり by its kind first, and in an agenda
// written before that kind by its title.
func TestReviewItem(t *testing.T) {
	tests := []struct {
		name  string
		items []model.AgendaItem
		want  int64
		ok    bool
	}{
		{"by kind, before a title that says so", []model.AgendaItem{
			{ID: 1, Kind: model.KindBriefing, Title: "研修のふりかえり"}, {ID: 2, Kind: model.KindReview, Title: "前回のまとめ"}}, 2, true},
		{"by title, no item of kind review", []model.AgendaItem{
			{ID: 1, Kind: model.KindBriefing, Title: "説明"}, {ID: 3, Kind: model.KindBriefing, Title: "前回の振り返り"}}, 3, true},
		{"none", []model.AgendaItem{{ID: 1, Kind: model.KindTask1, Title: "タスク①"}}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it, ok := ReviewItem(tt.items)
			if it.ID != tt.want || ok != tt.ok {
				t.Errorf("ReviewItem = %d, %v; want %d, %v", it.ID, ok, tt.want, tt.ok)
			}
		})
	}
}
