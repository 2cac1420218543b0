package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"yoriai/db"
	"yoriai/i18n"
)

// newCloseBallotCmd ends anonymous ballots left open. In the app only the
// facilitator's PIN ends a ballot, so that a participant at the keyboard
// cannot; a facilitator who forgot the PIN quits (ctrl+c) and runs this.
// The results stay hidden.
func newCloseBallotCmd(t *i18n.Catalog, o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "close-ballot",
		Short: t.CloseBallotShort,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := resolveDBPath(t, o.dbPath)
			if err != nil {
				return err
			}
			if err := mustExist(t, path); err != nil {
				return err
			}
			st, err := db.Open(path)
			if err != nil {
				return openError(t, path, err)
			}
			defer st.Close()
			n, err := st.CloseOpenBallots(time.Now())
			if err != nil {
				return exitError{msg: err.Error(), code: 1}
			}
			if n == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), t.NoOpenBallot)
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), t.FmtClosedBallots+"\n", n)
			return nil
		},
	}
}
