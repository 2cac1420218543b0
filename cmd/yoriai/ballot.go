package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

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
			st, err := openExisting(t, o)
			if err != nil {
				return err
			}
			defer st.Close()
			n, err := st.CloseOpenBallots(time.Now())
			if err != nil {
				return storeError(t, err)
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
