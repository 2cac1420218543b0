package export

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"io"
	"time"
)

// restamp copies the zip archive data to w with every entry dated at (a
// library that writes no date leaves 1980-01-01 in the files), without
// compressing anything again. A zero at leaves the dates as they are.
func restamp(w io.Writer, data []byte, at time.Time) error {
	if at.IsZero() {
		_, err := w.Write(data)
		return err
	}
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	z := zip.NewWriter(w)
	for _, f := range r.File {
		h := f.FileHeader
		stamp(&h, at)
		raw, err := f.OpenRaw()
		if err != nil {
			return err
		}
		dst, err := z.CreateRaw(&h)
		if err != nil {
			return err
		}
		if _, err := io.Copy(dst, raw); err != nil {
			return err
		}
	}
	return z.Close()
}

// stamp dates a zip entry at, as CreateHeader would (CreateRaw does not):
// the MS-DOS date and time in at's zone, and the extended timestamp
// (0x5455) in Unix time.
func stamp(h *zip.FileHeader, at time.Time) {
	h.Modified = at
	h.ModifiedDate = uint16((at.Year()-1980)<<9 | int(at.Month())<<5 | at.Day())
	h.ModifiedTime = uint16(at.Hour()<<11 | at.Minute()<<5 | at.Second()/2)
	extra := make([]byte, 9)
	binary.LittleEndian.PutUint16(extra[0:], 0x5455)
	binary.LittleEndian.PutUint16(extra[2:], 5)
	extra[4] = 1 // the modification time follows
	binary.LittleEndian.PutUint32(extra[5:], uint32(at.Unix()))
	h.Extra = extra
}
