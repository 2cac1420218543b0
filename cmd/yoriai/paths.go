package main

import (
	"errors"
	"os"
	"path/filepath"
)

// defaultDBPath is where the database lives when --db is not given:
// %LOCALAPPDATA%\yoriai\yoriai.db on Windows, and
// $XDG_DATA_HOME/yoriai/yoriai.db (default ~/.local/share) elsewhere. The
// environment and home directory are passed in so that every case can be
// tested on one machine.
func defaultDBPath(goos string, getenv func(string) string, home string) (string, error) {
	if goos == "windows" {
		if d := getenv("LOCALAPPDATA"); d != "" {
			return filepath.Join(d, "yoriai", "yoriai.db"), nil
		}
		if home != "" {
			return filepath.Join(home, "AppData", "Local", "yoriai", "yoriai.db"), nil
		}
		return "", errors.New("LOCALAPPDATA is not set")
	}
	// The XDG spec says a relative XDG_DATA_HOME is invalid and ignored.
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "yoriai", "yoriai.db"), nil
	}
	if home == "" {
		return "", errors.New("HOME is not set")
	}
	return filepath.Join(home, ".local", "share", "yoriai", "yoriai.db"), nil
}

// exportDir is where the export dialog proposes to write: the Documents
// folder (ドキュメント) when there is one, else home, else beside the
// database.
func exportDir(home, dbPath string) string {
	if home != "" {
		docs := filepath.Join(home, "Documents")
		if info, err := os.Stat(docs); err == nil && info.IsDir() {
			return docs
		}
		return home
	}
	return filepath.Dir(dbPath)
}
