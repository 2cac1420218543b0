package model

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// ErrTimeFormat is a time of day that could not be read (ParseTypedTime).
var ErrTimeFormat = errors.New("not a time of day (write it as 9:00, 09:00, 9時 or 9時30分)")

var (
	// 9:00, 09:30, 9.30
	reClockColon = regexp.MustCompile(`^(\d{1,2})[:.](\d{2})$`)
	// 9時, 9時30分, 9時半, 午後1時
	reClockJa = regexp.MustCompile(`^(午前|午後)?(\d{1,2})時(?:(\d{1,2})分|(半))?$`)
	// 0930
	reClockDigits = regexp.MustCompile(`^(\d{2})(\d{2})$`)
)

// ParseTypedTime reads a time of day the way people type one: "9:00",
// "09:00", "9時", "9時30分", "9時半", "午後1時", "0930", full-width digits
// too, and returns it as the template writes it ("09:00"). An empty
// string gives "". Every other input gives an error wrapping
// ErrTimeFormat.
func ParseTypedTime(s string) (string, error) {
	in := s
	s = strings.Join(strings.Fields(foldWidth(s)), "")
	if s == "" {
		return "", nil
	}
	bad := fmt.Errorf("time %q: %w", in, ErrTimeFormat)
	var h, m int
	switch {
	case reClockColon.MatchString(s):
		g := reClockColon.FindStringSubmatch(s)
		h, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
	case reClockJa.MatchString(s):
		g := reClockJa.FindStringSubmatch(s)
		h, _ = strconv.Atoi(g[2])
		if g[3] != "" {
			m, _ = strconv.Atoi(g[3])
		}
		if g[4] != "" {
			m = 30
		}
		if g[1] != "" && h > 12 {
			return "", bad
		}
		if g[1] == "午後" && h < 12 {
			h += 12
		}
		if g[1] == "午前" && h == 12 {
			h = 0
		}
	case reClockDigits.MatchString(s):
		g := reClockDigits.FindStringSubmatch(s)
		h, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
	default:
		return "", bad
	}
	if h > 23 || m > 59 {
		return "", bad
	}
	return fmt.Sprintf("%02d:%02d", h, m), nil
}
