package model

import (
	"reflect"
	"testing"
	"time"
)

func TestChatDigest(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	a := ChatLine{Name: "山田", Text: "やあ"}
	b := ChatLine{Name: "山田", Text: "やあ"}
	c := ChatLine{Name: "山田", Text: "やあ", At: time.Date(2022, 1, 1, 0, 0, 0, 0, jst)}
	if !reflect.DeepEqual(a.Digest(), b.Digest()) || reflect.DeepEqual(a.Digest(), c.Digest()) {
		t.Error("Digest does not tell lines apart by time, name and text")
	}
}
