package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"yoriai/db"
	"yoriai/i18n"
)

// newDoctorCmd reports what a helpdesk needs to know: the version, the
// database (where, how big, which schema, intact or not, held by another
// yoriai or not) and the terminal (size, colours, width of ①). It changes
// nothing. It exits 1 when the database would be refused.
func newDoctorCmd(t *i18n.Catalog, o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "doctor",
		Short: t.DoctorShort,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := resolveDBPath(t, o.dbPath)
			if err != nil {
				return err
			}
			ok := doctor(cmd.OutOrStdout(), t, path)
			if !ok {
				return exitError{msg: t.DoctorProblems, code: 1}
			}
			return nil
		},
	}
}

func doctor(w io.Writer, t *i18n.Catalog, path string) (healthy bool) {
	row := func(label, value string) { // labels padded by display cells, for Japanese
		fmt.Fprintf(w, "%s%s %s\n", label, strings.Repeat(" ", max(14-ansi.StringWidth(label), 0)), value)
	}
	row("yoriai", fmt.Sprintf("%s (%s/%s, %s)", version, runtime.GOOS, runtime.GOARCH, runtime.Version()))
	row(t.DoctorDatabase, path)
	healthy = true
	d, err := db.Diagnose(path)
	switch {
	case err != nil:
		for _, line := range strings.Split(t.FaultText(err), "\n") {
			row("", line)
		}
		healthy = false
	case !d.Exists:
		row("", t.DoctorMissing)
	default:
		row("", fmt.Sprintf(t.FmtDoctorFile, d.Size, fmt.Sprintf("%04o", uint32(d.Mode))))
		switch {
		case !d.SQLite || (!d.Yoriai && d.Size > 0):
			row("", fmt.Sprintf(t.FmtErrNotDatabase, path))
			healthy = false
		default:
			row("", fmt.Sprintf(t.FmtDoctorSchema, d.SchemaVersion, db.SchemaVersion))
			if d.ReadErr != nil {
				for _, line := range strings.Split(t.FaultText(d.ReadErr), "\n") {
					row("", line)
				}
			} else {
				row("", fmt.Sprintf(t.FmtDoctorIntegrity, d.Integrity))
			}
			healthy = d.Integrity == "ok" && d.SchemaVersion <= db.SchemaVersion
		}
		switch {
		case d.Locked && d.LockPID > 0:
			row("", fmt.Sprintf(t.FmtDoctorLockPID, d.LockPID))
		case d.Locked:
			row("", t.DoctorLocked)
		default:
			row("", t.DoctorUnlocked)
		}
	}
	if cw, ch, err := term.GetSize(os.Stdout.Fd()); err == nil {
		profile := colorprofile.Detect(os.Stdout, os.Environ())
		row(t.DoctorTerminal, fmt.Sprintf("%d×%d, %s", cw, ch, profile))
	} else {
		row(t.DoctorTerminal, t.DoctorNoTerminal)
	}
	switch wide, ok := probeWidth(); {
	case !ok:
		row(t.DoctorWidth, t.DoctorWidthUnknown)
	case wide:
		row(t.DoctorWidth, t.DoctorWidthWide)
	default:
		row(t.DoctorWidth, t.DoctorWidthNarrow)
	}
	switch whole, ok := probeClusters(); {
	case !ok:
		row(t.DoctorClusters, t.DoctorWidthUnknown)
	case whole:
		row(t.DoctorClusters, t.DoctorClustersWhole)
	default:
		row(t.DoctorClusters, t.DoctorClustersSplit)
	}
	row(t.DoctorEnv, fmt.Sprintf("TERM=%s LANG=%s NO_COLOR=%s", os.Getenv("TERM"), os.Getenv("LANG"), os.Getenv("NO_COLOR")))
	row(t.DoctorNetwork, t.DoctorNoNetwork)
	return healthy
}
