package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/export"
	"yoriai/i18n"
)

// exportOptions are the export command's flags.
type exportOptions struct {
	format   string
	meeting  int
	table    string
	out      string
	force    bool
	workshop string // --workshop, when the file holds several
}

// newExportCmd writes a document of the workshop, as the app's export
// screen does, for a secretary to script.
func newExportCmd(t *i18n.Catalog, o *options) *cobra.Command {
	var e exportOptions
	cmd := &cobra.Command{
		Use:   "export",
		Short: t.ExportShort,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !slices.Contains([]string{"md", "docx", "xlsx", "csv", "json", "chat"}, e.format) {
				return exitError{msg: fmt.Sprintf(t.FmtBadFormat, e.format), code: 2}
			}
			if e.format == "csv" && !slices.Contains(export.TableNames, e.table) {
				return exitError{msg: fmt.Sprintf(t.FmtBadTable, e.table), code: 2}
			}
			if e.out == "" && e.format != "chat" { // the digest goes to the terminal without --out
				return exitError{msg: t.OutRequired, code: 2}
			}
			st, err := openForReading(t, o)
			if err != nil {
				return err
			}
			defer st.Close()
			e.workshop = o.workshop
			write, err := exportWriter(t, st, e)
			if err != nil {
				return err
			}
			if e.out == "" {
				return write(cmd.OutOrStdout())
			}
			if err := export.WriteFile(e.out, e.force, write); err != nil {
				if errors.Is(err, export.ErrExists) {
					return exitError{msg: fmt.Sprintf(t.FmtExists, e.out), code: 1}
				}
				return storeError(t, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), t.FmtWritten+"\n", e.out)
			return nil
		},
	}
	cmd.Flags().StringVar(&e.format, "format", "md", t.FlagFormat)
	cmd.Flags().IntVar(&e.meeting, "meeting", 1, t.FlagMeeting)
	cmd.Flags().StringVar(&e.table, "table", "plan", t.FlagTable)
	cmd.Flags().StringVar(&e.out, "out", "", t.FlagOut)
	cmd.Flags().BoolVar(&e.force, "force", false, t.FlagForce)
	return cmd
}

// exportWriter reads what the format needs and returns what writes it.
func exportWriter(t *i18n.Catalog, st *db.Store, e exportOptions) (func(io.Writer) error, error) {
	if e.format == "json" {
		return st.Backup, nil
	}
	wid, err := pickWorkshop(t, st, e.workshop)
	if err != nil {
		return nil, err
	}
	d, err := export.Gather(st, wid, time.Now())
	if err != nil {
		return nil, storeError(t, err)
	}
	switch e.format {
	case "md", "docx", "chat":
		if _, ok := d.MeetingByNumber(e.meeting); !ok {
			return nil, exitError{msg: fmt.Sprintf(t.FmtNoMeeting, e.meeting), code: 2}
		}
		if e.format == "chat" {
			return func(w io.Writer) error { return export.WriteDigest(w, d, e.meeting) }, nil
		}
		if e.format == "docx" {
			return func(w io.Writer) error { return export.WriteMinutesDOCX(w, d, e.meeting) }, nil
		}
		return func(w io.Writer) error { return export.Minutes(w, d, e.meeting) }, nil
	case "xlsx":
		return func(w io.Writer) error { return export.WriteXLSX(w, d) }, nil
	}
	table, _ := d.TableByName(e.table)
	return func(w io.Writer) error { return export.WriteCSV(w, table) }, nil
}

// newImportBackupCmd restores a backup into a new database.
func newImportBackupCmd(t *i18n.Catalog, o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "backup FILE",
		Short: t.ImportBackupShort,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return exitError{msg: t.ChatError(err), code: 1}
			}
			defer f.Close()
			path, err := fillDB(t, o, func(st *db.Store) error { return st.Restore(f) })
			if err != nil {
				switch {
				case errors.As(err, new(exitError)): // the file could not be opened: already worded
					return err
				case errors.Is(err, db.ErrTargetNotEmpty):
					return exitError{msg: t.ErrNotEmptyDB, code: 1}
				case errors.Is(err, db.ErrBackupNewer):
					return exitError{msg: t.ErrBackupNewer, code: 1}
				case errors.Is(err, db.ErrNotBackup):
					_, _, detail := t.Fault(err)
					return exitError{msg: t.ErrNotBackup + "\n" + detail, code: 1}
				}
				return storeError(t, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), t.FmtBackupRestored+"\n", path)
			return nil
		},
	}
}

// newDemoCmd makes a new database with the sample workshop.
func newDemoCmd(t *i18n.Catalog, o *options) *cobra.Command {
	var cards int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: t.DemoShort,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := fillDB(t, o, func(st *db.Store) error {
				_, err := demo.Fill(st, cards)
				return err
			})
			switch {
			case errors.Is(err, demo.ErrNotEmpty):
				return exitError{msg: t.ErrDemoNotEmpty, code: 1}
			case errors.As(err, new(exitError)):
				return err
			case err != nil:
				return storeError(t, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), t.FmtDemoDone+"\n", path, path)
			return nil
		},
	}
	cmd.Flags().IntVar(&cards, "cards", 0, t.FlagCards)
	return cmd
}

// fillDB opens (or creates) the database --db names, runs fill on it and
// closes it. A file that fill failed to fill and that was not there
// before is removed, so a failed restore or sample leaves nothing behind.
// Errors of finding or opening the file come back worded, as exitError.
func fillDB(t *i18n.Catalog, o *options, fill func(*db.Store) error) (string, error) {
	path, err := resolveDBPath(t, o.dbPath)
	if err != nil {
		return path, err
	}
	existed := fileExists(path)
	st, err := db.Open(path)
	if err != nil {
		return path, openError(t, path, err)
	}
	err = fill(st)
	st.Close()
	if err != nil && !existed {
		removeDB(path)
	}
	return path, err
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// removeDB removes a database file this command created, with its
// companions.
func removeDB(path string) {
	// Not its .lock: Close removed that, and only a holder removes one.
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		os.Remove(p)
	}
}
