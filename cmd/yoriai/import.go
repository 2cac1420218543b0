package main

import (
	"github.com/spf13/cobra"

	"yoriai/db"
	"yoriai/i18n"
)

// newImportCmd groups what yoriai brings in from files.
func newImportCmd(t *i18n.Catalog, o *options) *cobra.Command {
	cmd := &cobra.Command{Use: "import", Short: t.ImportShort, Args: cobra.NoArgs}
	cmd.AddCommand(newImportBackupCmd(t, o))
	cmd.AddCommand(newImportChatCmd(t, o))
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
