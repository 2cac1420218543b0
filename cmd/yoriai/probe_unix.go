//go:build unix

package main

import (
	"os"
	"time"

	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// probeWidth asks the terminal how wide it draws ① before the app starts,
// waiting at most a quarter second for the answer and reading nothing more
// than it. ok is false when stdin or stdout is not a terminal or the
// terminal did not answer.
func probeWidth() (wide, ok bool) { return probe(probeText, ambiguousWide) }

// probeClusters asks the terminal whether it draws 👩‍💻 whole.
func probeClusters() (whole, ok bool) { return probe(clusterProbeText, clustersWhole) }

// probe prints text and reads the terminal's cursor report with read.
func probe(text string, read func([]byte) (bool, bool)) (answer, ok bool) {
	in, out := os.Stdin, os.Stdout
	if !term.IsTerminal(in.Fd()) || !term.IsTerminal(out.Fd()) {
		return false, false
	}
	state, err := term.MakeRaw(in.Fd())
	if err != nil {
		return false, false
	}
	defer term.Restore(in.Fd(), state)
	if _, err := out.WriteString(text); err != nil {
		return false, false
	}
	defer out.WriteString(probeErase)
	var reply []byte
	deadline := time.Now().Add(250 * time.Millisecond)
	buf := make([]byte, 32)
	for time.Now().Before(deadline) {
		fds := []unix.PollFd{{Fd: int32(in.Fd()), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(time.Until(deadline)/time.Millisecond)+1)
		if err != nil || n == 0 {
			break
		}
		k, err := unix.Read(int(in.Fd()), buf)
		if err != nil || k <= 0 {
			break
		}
		reply = append(reply, buf[:k]...)
		if answer, ok := read(reply); ok {
			return answer, true
		}
	}
	return false, false
}
