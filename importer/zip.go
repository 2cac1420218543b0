package importer

// A zip is read as Slack's workspace export (users.json and
// channel/YYYY-MM-DD.json files) or as Teams (free)'s data export
// (messages.json). What it unpacks to is bounded by MaxChatBytes.

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"path"
	"regexp"
	"sort"
	"time"

	"yoriai/model"
)

var slackDayName = regexp.MustCompile(`(?:^|/)[^/]+/\d{4}-\d{2}-\d{2}\.json$`)

func parseZip(data []byte, loc *time.Location) (Preview, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Preview{}, model.ErrNotText
	}
	var users, teams *zip.File
	var days []*zip.File
	for _, f := range zr.File {
		switch {
		case f.FileInfo().IsDir():
		case path.Base(f.Name) == "users.json" && (users == nil || len(f.Name) < len(users.Name)):
			users = f
		case path.Base(f.Name) == "messages.json":
			teams = f
		case slackDayName.MatchString(f.Name):
			days = append(days, f)
		}
	}
	budget := int64(model.MaxChatBytes)
	read := func(f *zip.File) ([]byte, error) {
		rc, err := f.Open()
		if err != nil {
			return nil, model.ErrNotText
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, budget+1))
		if err != nil {
			return nil, model.ErrNotText
		}
		if budget -= int64(len(b)); budget < 0 {
			return nil, model.ErrChatTooLong
		}
		return b, nil
	}
	if len(days) == 0 && teams != nil {
		b, err := read(teams)
		if err != nil {
			return Preview{}, err
		}
		var ex teamsExport
		if json.Unmarshal(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), &ex) != nil {
			return Preview{}, model.ErrChatFormat
		}
		bl := builder{p: Preview{Format: FormatTeams}, file: teams.Name}
		parseTeamsExport(&bl, ex, loc)
		return bl.p, nil
	}
	if len(days) == 0 {
		return Preview{}, model.ErrChatFormat
	}
	var names map[string]string
	if users != nil {
		b, err := read(users)
		if err != nil {
			return Preview{}, err
		}
		names = slackUsers(b)
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Name < days[j].Name })
	bl := builder{p: Preview{Format: FormatSlack}}
	for _, f := range days {
		b, err := read(f)
		if err != nil {
			return Preview{}, err
		}
		bl.file = f.Name
		if !parseSlackDay(&bl, b, names, loc) {
			bl.skip(0, f.Name, ReasonUnreadable)
		}
	}
	sortByTime(&bl)
	return bl.p, nil
}
