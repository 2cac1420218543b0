package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"yoriai/i18n"
	"yoriai/importer"
)

// newImportChatCmd reads a chat export into the Task ① inbox, or with
// --dry-run only shows what it would import and what it leaves out.
func newImportChatCmd(t *i18n.Catalog, o *options) *cobra.Command {
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "chat FILE",
		Short: t.ImportChatShort,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			// The file is read and checked before the database is touched,
			// so an unreadable file writes nothing; a dry run never opens it.
			p, err := importer.ReadPreview(args[0], time.Local)
			if err != nil {
				return exitError{msg: t.ChatError(err), code: 1}
			}
			out := cmd.OutOrStdout()
			if dryRun {
				printPreview(out, t, p, time.Local)
				fmt.Fprintln(out, t.DryRunDone)
				return nil
			}
			st, err := openExisting(t, o)
			if err != nil {
				return err
			}
			defer st.Close()
			wid, err := pickWorkshop(t, st, o.workshop)
			if err != nil {
				return err
			}
			log := p.ChatLog()
			rep, err := st.ImportChat(wid, log, time.Now())
			if err != nil {
				return storeError(t, err)
			}
			fmt.Fprintln(out, previewHead(t, p))
			fmt.Fprintf(out, t.FmtImported+"\n", rep.Added, rep.Skipped, rep.Rejected)
			return nil
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, t.DryRunFlag)
	return cmd
}

// previewHead is the format a file was read as, and what was left out of
// it by reason.
func previewHead(t *i18n.Catalog, p importer.Preview) string {
	head := fmt.Sprintf(t.FmtChatFormat, t.ChatFormats[string(p.Format)])
	if b := breakdown(t, p); b != "" {
		head += "\n" + b
	}
	return head
}

// breakdown counts the skipped lines by reason; "" when none was skipped.
func breakdown(t *i18n.Catalog, p importer.Preview) string {
	var parts []string
	for _, r := range importer.Reasons {
		if n := p.Count(r); n > 0 {
			parts = append(parts, fmt.Sprintf(t.FmtPreviewCount, t.SkipReasons[string(r)], n))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return fmt.Sprintf(t.FmtPreviewBreakdown, strings.Join(parts, t.PreviewSep))
}

// printPreview writes a preview: the format, each message with its time,
// name and text, each skipped line with its reason, and the counts.
func printPreview(w io.Writer, t *i18n.Catalog, p importer.Preview, loc *time.Location) {
	entry := t.FmtPreviewLine
	if p.Format == importer.FormatSlack || p.Format == importer.FormatTeams {
		entry = t.FmtPreviewEntry
	}
	where := func(file string, line int) string {
		s := fmt.Sprintf(entry, line)
		if file != "" {
			s = fmt.Sprintf(t.FmtPreviewInFile, file, s)
		}
		return s
	}
	fmt.Fprintf(w, t.FmtChatFormat+"\n\n", t.ChatFormats[string(p.Format)])
	fmt.Fprintf(w, t.FmtPreviewMessages+"\n", len(p.Messages))
	for _, m := range p.Messages {
		at, name := t.PreviewNoTime, m.Name
		if !m.At.IsZero() {
			at = m.At.In(loc).Format("2006/01/02 15:04")
		}
		if name == "" {
			name = t.PreviewNoName
		}
		text := strings.ReplaceAll(m.Text, "\n", "\n      ")
		fmt.Fprintf(w, "  %s  %s  %s\n      %s\n", where(m.File, m.Line), at, name, text)
	}
	fmt.Fprintf(w, "\n"+t.FmtPreviewSkipped+"\n", len(p.Skipped))
	for _, s := range p.Skipped {
		fmt.Fprintf(w, "  %s  %s  %s\n", where(s.File, s.Line), t.SkipReasons[string(s.Reason)], s.Text)
	}
	if b := breakdown(t, p); b != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, b)
	}
}
