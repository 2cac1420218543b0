// Package importer reads the files yoriai brings in from outside: chat
// logs exported between meetings. It decodes them (UTF-8 with or without a
// BOM, or Shift_JIS as Excel on Japanese Windows writes it) and leaves the
// parsing to model.ParseChat.
package importer

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/encoding/japanese"

	"yoriai/model"
)

// ReadChat reads and parses the chat log at path; a .csv name is read as
// CSV, anything else as text (a CSV is also recognised by its first line).
// Times without a zone are taken in loc.
func ReadChat(path string, loc *time.Location) (model.ChatLog, error) {
	f, err := os.Open(path)
	if err != nil {
		return model.ChatLog{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return model.ChatLog{}, err
	}
	if !info.Mode().IsRegular() {
		return model.ChatLog{}, fmt.Errorf("%s: %w", path, model.ErrChatNotFile)
	}
	data, err := io.ReadAll(io.LimitReader(f, model.MaxChatBytes+1))
	if err != nil {
		return model.ChatLog{}, err
	}
	isCSV := strings.EqualFold(filepath.Ext(path), ".csv")
	return model.ParseChat(data, isCSV, DecodeShiftJIS, loc)
}

// DecodeShiftJIS turns Shift_JIS bytes into UTF-8.
func DecodeShiftJIS(b []byte) ([]byte, error) {
	return japanese.ShiftJIS.NewDecoder().Bytes(b)
}
