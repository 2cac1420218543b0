// Command yoriai runs a municipal DX working group's workshop full-screen in
// the terminal and keeps everything in one SQLite file.
//
//	yoriai [--db PATH] [--lang ja|en] [--template FILE]
//	yoriai template > my-city.yaml
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"charm.land/fang/v2"

	"yoriai/i18n"
	"yoriai/tui/common"
)

// version and commit are set at release time with
// -ldflags "-X main.version=… -X main.commit=…" (scripts/release).
var (
	version = "0.1.0-dev"
	commit  = ""
)

// memoryLimit is the heap yoriai asks the garbage collector to stay
// under: a city PC runs it beside a browser and office software, and a
// workshop of 10,000 cards fits well inside (GOMEMLIMIT overrides it).
const memoryLimit = 40 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the exit, so tests can call it.
func run(args []string, stdout, stderr io.Writer) int {
	common.PinEastAsianWidth()
	lang := langFromArgs(args)
	root := newRootCmd(i18n.For(lang), lang, stdout)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := fang.Execute(context.Background(), root,
		fang.WithVersion(version),
		fang.WithCommit(commit),
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			fmt.Fprintln(w, err)
		}),
	)
	if err == nil {
		return 0
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}

// exitError is an error that was already worded for the user, with the exit
// code to leave with.
type exitError struct {
	msg  string
	code int
}

func (e exitError) Error() string { return e.msg }

// langFromArgs finds --lang before the flags are parsed, so that the help
// text itself comes in the chosen language. An unknown value is left for
// the flag parser to refuse.
func langFromArgs(args []string) i18n.Lang {
	for i, a := range args {
		v, ok := strings.CutPrefix(a, "--lang=")
		if !ok && a == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok {
			if l, err := i18n.ParseLang(v); err == nil {
				return l
			}
		}
	}
	if l, err := i18n.ParseLang(os.Getenv("YORIAI_LANG")); err == nil {
		return l
	}
	return i18n.Japanese
}
