package main

// template_cmd.go: `yoriai template` (the default template, or with --db
// the workshop as it now is) and `yoriai template diff|apply`.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"yoriai/db"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/template"
)

func newTemplateCmd(t *i18n.Catalog, o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "template",
		Short: t.CmdTemplateShort,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed("db") {
				_, err := cmd.OutOrStdout().Write(template.Default())
				return err
			}
			st, err := openForReading(t, o)
			if err != nil {
				return err
			}
			defer st.Close()
			w, err := namedWorkshop(t, st, o.workshop)
			if err != nil {
				return err
			}
			tm, err := st.TemplateOf(w.ID)
			if err != nil {
				return storeError(t, err)
			}
			data, err := template.Encode(tm)
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(data)
			return err
		},
	}
	var file string
	var yes bool
	diff := &cobra.Command{
		Use:   "diff",
		Short: t.Workshops.TemplateDiffShort,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, w, p, err := openForTemplate(t, o, file, openForReading)
			if err != nil {
				return err
			}
			defer st.Close()
			d, err := st.TemplateDiff(w.ID, p.tmpl)
			if err != nil {
				return storeError(t, err)
			}
			printDiff(cmd.OutOrStdout(), t, file, w, d)
			return nil
		},
	}
	apply := &cobra.Command{
		Use:   "apply",
		Short: t.Workshops.TemplateApplyShort,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, w, p, err := openForTemplate(t, o, file, openExisting)
			if err != nil {
				return err
			}
			defer st.Close()
			out := cmd.OutOrStdout()
			d, err := st.TemplateDiff(w.ID, p.tmpl)
			if err != nil {
				return storeError(t, err)
			}
			printDiff(out, t, file, w, d)
			if !d.Pending() {
				return nil
			}
			if !yes {
				in := cmd.InOrStdin()
				if f, ok := in.(*os.File); !ok || !isTerminal(f) {
					return exitError{msg: t.Workshops.NeedYes, code: 1}
				}
				fmt.Fprint(out, t.Workshops.AskApply)
				if !confirmed(in) {
					fmt.Fprintln(out, t.Workshops.NotApplied)
					return nil
				}
			}
			d, err = st.ApplyTemplate(w.ID, p.tmpl, p.sha, time.Now())
			if err != nil {
				return storeError(t, err)
			}
			fmt.Fprintf(out, t.Workshops.FmtApplied+"\n", len(d.Changes))
			return nil
		},
	}
	for _, c := range []*cobra.Command{diff, apply} {
		c.Flags().StringVar(&file, "template", "", t.FlagTemplate)
		c.MarkFlagRequired("template")
	}
	apply.Flags().BoolVar(&yes, "yes", false, t.Workshops.FlagYes)
	cmd.AddCommand(diff, apply)
	return cmd
}

// openForTemplate reads the template file, then opens the database and
// finds the workshop the template is about; the file must hold it.
func openForTemplate(t *i18n.Catalog, o *options, file string,
	open func(*i18n.Catalog, *options) (*db.Store, error)) (*db.Store, model.Workshop, *parsedTemplate, error) {
	p, err := readTemplate(t, file)
	if err != nil {
		return nil, model.Workshop{}, nil, err
	}
	if p.dbPath, err = resolveDBPath(t, o.dbPath); err != nil {
		return nil, model.Workshop{}, nil, err
	}
	st, err := open(t, o)
	if err != nil {
		return nil, model.Workshop{}, nil, err
	}
	w, found, err := templateWorkshop(t, st, o.workshop, p)
	if err == nil && !found {
		err = exitError{msg: t.Workshops.NoWorkshops, code: 1}
	}
	if err != nil {
		st.Close()
		var ee exitError
		if !errors.As(err, &ee) {
			err = storeError(t, err)
		}
		return nil, w, nil, err
	}
	return st, w, p, nil
}

// namedWorkshop is the workshop --workshop names, else the one the
// facilitator was last in, else the first.
func namedWorkshop(t *i18n.Catalog, st *db.Store, sel string) (model.Workshop, error) {
	if sel != "" {
		return findWorkshop(t, st, sel)
	}
	ws, err := st.Workshops()
	if err != nil {
		return model.Workshop{}, storeError(t, err)
	}
	if len(ws) == 0 {
		return model.Workshop{}, exitError{msg: t.Workshops.NoWorkshops, code: 1}
	}
	if r, err := st.Resume(); err == nil {
		for _, w := range ws {
			if w.ID == r.WorkshopID {
				return w, nil
			}
		}
	}
	return ws[0], nil
}

// printDiff prints the changes one a line, or that there are none.
func printDiff(out io.Writer, t *i18n.Catalog, file string, w model.Workshop, d model.TemplateDiff) {
	if len(d.Changes) == 0 {
		fmt.Fprintln(out, t.Workshops.NoChanges)
		return
	}
	fmt.Fprintf(out, t.Workshops.FmtDiffHead+"\n", file, w.Title, len(d.Changes))
	for _, c := range d.Changes {
		fmt.Fprintln(out, "  "+t.Workshops.Change(c))
	}
}

// isTerminal reports whether f is a terminal (not a file, a pipe or
// /dev/null), where a question can be answered.
func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// confirmed reads one answer: y or yes (はい too) confirms.
func confirmed(in io.Reader) bool {
	line, _ := bufio.NewReader(in).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes", "はい":
		return true
	}
	return false
}

// pickWorkshop is namedWorkshop's id, for the commands that read or add
// to a workshop (export, import chat).
func pickWorkshop(t *i18n.Catalog, st *db.Store, sel string) (int64, error) {
	if sel == "" {
		return existingWorkshop(t, st)
	}
	w, err := findWorkshop(t, st, sel)
	return w.ID, err
}
