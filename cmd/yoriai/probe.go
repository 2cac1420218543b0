package main

import (
	"bytes"
	"strconv"
)

// probeText is what the width probe prints: a carriage return, one
// East Asian ambiguous-width character, and a request for the cursor's
// position (DSR). A terminal that draws ① one cell wide answers column 2;
// one that draws it two cells wide answers column 3.
const probeText = "\r①\x1b[6n"

// clusterProbeText is the probe of how a terminal draws a grapheme
// cluster: 👩‍💻 (woman, zero-width joiner, laptop). Drawn whole it takes 2
// cells (column 3); drawn code point by code point, as tmux and most
// terminals do, 4 (column 5).
const clusterProbeText = "\r👩\u200d💻\x1b[6n"

// clustersWhole says from the cluster probe's reply whether the terminal
// draws grapheme clusters whole.
func clustersWhole(reply []byte) (whole, ok bool) {
	col, ok := parseCursorReport(reply)
	if !ok {
		return false, false
	}
	return col <= 3, true
}

// probeErase clears the probe's line again.
const probeErase = "\r\x1b[2K"

// parseCursorReport reads the column from a cursor position report
// ("\x1b[12;3R"); ok is false when reply holds none.
func parseCursorReport(reply []byte) (col int, ok bool) {
	i := bytes.LastIndex(reply, []byte("\x1b["))
	if i < 0 {
		return 0, false
	}
	body := reply[i+2:]
	end := bytes.IndexByte(body, 'R')
	if end < 0 {
		return 0, false
	}
	_, c, found := bytes.Cut(body[:end], []byte(";"))
	if !found {
		return 0, false
	}
	col, err := strconv.Atoi(string(c))
	return col, err == nil
}

// ambiguousWide says from a probe's reply whether the terminal draws
// ambiguous-width characters two cells wide.
func ambiguousWide(reply []byte) (wide, ok bool) {
	col, ok := parseCursorReport(reply)
	if !ok {
		return false, false
	}
	return col >= 3, true
}
