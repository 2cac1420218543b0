package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"yoriai/db"
	"yoriai/i18n"
	"yoriai/importer"
)

// newImportCmd groups what yoriai brings in from files.
func newImportCmd(t *i18n.Catalog, o *options) *cobra.Command {
	cmd := &cobra.Command{Use: "import", Short: t.ImportShort, Args: cobra.NoArgs}
	cmd.AddCommand(newImportBackupCmd(t, o))
	cmd.AddCommand(&cobra.Command{
		Use:   "chat FILE",
		Short: t.ImportChatShort,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			// The file is read and checked before the database is touched,
			// so an unreadable file writes nothing.
			log, err := importer.ReadChat(args[0], time.Local)
			if err != nil {
				return exitError{msg: t.ChatError(err), code: 1}
			}
			st, err := openExisting(t, o)
			if err != nil {
				return err
			}
			defer st.Close()
			wid, err := existingWorkshop(t, st)
			if err != nil {
				return err
			}
			rep, err := st.ImportChat(wid, log, time.Now())
			if err != nil {
				return storeError(t, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), t.FmtImported+"\n", rep.Added, rep.Skipped, rep.Rejected)
			return nil
		},
	})
	return cmd
}

// existingWorkshop is the workshop the app would open: the one it was
// left at, or the first. It creates none.
func existingWorkshop(t *i18n.Catalog, st *db.Store) (int64, error) {
	resume, err := st.Resume()
	if err != nil {
		return 0, storeError(t, err)
	}
	ws, err := st.Workshops()
	if err != nil {
		return 0, storeError(t, err)
	}
	for _, w := range ws {
		if w.ID == resume.WorkshopID {
			return w.ID, nil
		}
	}
	if len(ws) == 0 {
		return 0, exitError{msg: t.ErrNoWorkshop, code: 1}
	}
	return ws[0].ID, nil
}
