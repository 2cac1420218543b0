package common

// open.go: a video's URL or file handed to the system's browser or player.
// yoriai itself never goes on the network: the browser is the user's.

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sync"

	"github.com/cli/browser"
)

// ErrNothingToOpen is a video with neither a URL nor a file.
var ErrNothingToOpen = errors.New("no URL or file to open")

var (
	quietBrowser sync.Once
	hasScheme    = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]+:`)
	winDrive     = regexp.MustCompile(`^[A-Za-z]:[\\/]`)
)

// OpenExternal opens target with what the system uses for it: a URL
// (https://…, file://…) in the browser, a local file (C:\動画\市長.mp4,
// ~/videos/a.mp4) in its player. It waits only for the launcher, not for
// the browser or the player; a file that is not there is an error. The
// launcher's own output is discarded so that it cannot draw over the
// screen.
func OpenExternal(target string) error {
	quietBrowser.Do(func() { browser.Stdout, browser.Stderr = io.Discard, io.Discard })
	if target == "" {
		return ErrNothingToOpen
	}
	if hasScheme.MatchString(target) && !winDrive.MatchString(target) {
		return browser.OpenURL(target)
	}
	p := ExpandHome(target)
	abs, err := filepath.Abs(p)
	if err != nil {
		return err
	}
	if _, err := os.Stat(abs); err != nil {
		return err
	}
	return browser.OpenFile(abs)
}
