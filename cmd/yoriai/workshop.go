package main

// workshop.go: which workshop of the file a start, --workshop or a
// template names, and `yoriai workshop new|list`.

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"yoriai/db"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/template"
)

// choice is the workshop to open, and the template change to offer first
// when the template given differs from it.
type choice struct {
	id     int64
	change *model.TemplateDiff
}

// chooseWorkshop returns the workshop to open. With --template: the
// workshop the template names (by workshop.id, by the same file, or the
// file's only workshop), made from it only when the file has none, and
// the change to offer when the template differs. Else --workshop, else the
// one the facilitator was last in, else the first, else a new one from the
// default template. Nothing else is ever created.
func chooseWorkshop(t *i18n.Catalog, st *db.Store, sel string, tmpl *parsedTemplate, resume model.Resume, now time.Time) (choice, error) {
	if tmpl != nil {
		w, found, err := templateWorkshop(t, st, sel, tmpl)
		if err != nil {
			return choice{}, err
		}
		if !found {
			w, err := st.CreateWorkshop(tmpl.tmpl, tmpl.sha, now)
			return choice{id: w.ID}, idTaken(t, tmpl, err)
		}
		if same, ok, err := st.WorkshopByTemplate(tmpl.sha); err != nil || ok && same.ID == w.ID {
			return choice{id: w.ID}, err // the very file it was made or last changed from
		}
		d, err := st.TemplateDiff(w.ID, tmpl.tmpl)
		if err != nil || !d.Pending() {
			return choice{id: w.ID}, err
		}
		return choice{id: w.ID, change: &d}, nil
	}
	if sel != "" {
		w, err := findWorkshop(t, st, sel)
		return choice{id: w.ID}, err
	}
	ws, err := st.Workshops()
	if err != nil {
		return choice{}, err
	}
	for _, w := range ws {
		if w.ID == resume.WorkshopID {
			return choice{id: w.ID}, nil
		}
	}
	if len(ws) > 0 {
		return choice{id: ws[0].ID}, nil
	}
	p, err := defaultTemplate()
	if err != nil {
		return choice{}, err
	}
	w, err := st.CreateWorkshop(p.tmpl, p.sha, now)
	return choice{id: w.ID}, err
}

func defaultTemplate() (*parsedTemplate, error) {
	data := template.Default()
	tm, err := template.Parse(data)
	if err != nil {
		return nil, err // the shipped template is tested; this is a build error
	}
	return &parsedTemplate{tmpl: tm, sha: template.SHA256(data)}, nil
}

// templateWorkshop finds the workshop template p is about: the one
// --workshop names (whose id the template must not contradict), else the
// one with the template's workshop.id, else the one made or last changed
// from this very file, else the file's only workshop. found is false when
// the file has no workshop yet (the template may make it); a template
// naming a workshop the file lacks, or a file of several workshops none of
// which the template names, is an error that says what to do.
func templateWorkshop(t *i18n.Catalog, st *db.Store, sel string, p *parsedTemplate) (model.Workshop, bool, error) {
	tw := t.Workshops
	id := p.tmpl.Workshop.ID
	if sel != "" {
		w, err := findWorkshop(t, st, sel)
		if err == nil && id != "" && id != w.UID {
			err = exitError{msg: fmt.Sprintf(tw.FmtIDMismatch, id, w.UID), code: 2}
		}
		return w, err == nil, err
	}
	ws, err := st.Workshops()
	if err != nil {
		return model.Workshop{}, false, err
	}
	if len(ws) == 0 {
		return model.Workshop{}, false, nil
	}
	if id != "" {
		w, ok, err := st.WorkshopByUID(id)
		if err == nil && !ok {
			err = exitError{msg: fmt.Sprintf(tw.FmtUnknownID, id, p.dbPath, p.file), code: 2}
		}
		return w, err == nil, err
	}
	if w, ok, err := st.WorkshopByTemplate(p.sha); err != nil || ok {
		return w, ok, err
	}
	if len(ws) == 1 {
		return ws[0], true, nil
	}
	return model.Workshop{}, false, exitError{msg: tw.ChooseWorkshop + "\n" + workshopRows(t, st, ws), code: 2}
}

// findWorkshop is the workshop --workshop names: by its id, else by its
// title.
func findWorkshop(t *i18n.Catalog, st *db.Store, sel string) (model.Workshop, error) {
	ws, err := st.Workshops()
	if err != nil {
		return model.Workshop{}, err
	}
	for _, w := range ws {
		if w.UID == sel {
			return w, nil
		}
	}
	var named []model.Workshop
	for _, w := range ws {
		if w.Title == sel {
			named = append(named, w)
		}
	}
	if len(named) == 1 {
		return named[0], nil
	}
	msg := fmt.Sprintf(t.Workshops.FmtNoSuchWorkshop, sel)
	if len(named) > 1 {
		msg = t.Workshops.ChooseWorkshop
	}
	if len(ws) > 0 {
		msg += "\n" + workshopRows(t, st, ws)
	}
	return model.Workshop{}, exitError{msg: msg, code: 2}
}

// workshopRows lists workshops one a line: id, title, number of meetings.
func workshopRows(t *i18n.Catalog, st *db.Store, ws []model.Workshop) string {
	lines := make([]string, len(ws))
	for i, w := range ws {
		ms, _ := st.Meetings(w.ID)
		lines[i] = fmt.Sprintf(t.Workshops.FmtWorkshopRow, w.UID, w.Title, t.Count(i18n.UnitMeetings, len(ms)))
	}
	return strings.Join(lines, "\n")
}

func idTaken(t *i18n.Catalog, p *parsedTemplate, err error) error {
	if errors.Is(err, db.ErrWorkshopIDTaken) {
		return exitError{msg: fmt.Sprintf(t.Workshops.FmtIDTaken, p.tmpl.Workshop.ID), code: 2}
	}
	return err
}

// newWorkshopCmd is `yoriai workshop new|list`.
func newWorkshopCmd(t *i18n.Catalog, o *options) *cobra.Command {
	tw := t.Workshops
	cmd := &cobra.Command{Use: "workshop", Short: tw.WorkshopShort, Args: cobra.NoArgs}
	var file, title string
	create := &cobra.Command{
		Use:   "new",
		Short: tw.WorkshopNewShort,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := defaultTemplate()
			if file != "" {
				p, err = readTemplate(t, file)
			}
			if err != nil {
				return err
			}
			if title != "" {
				p.tmpl.Workshop.Title, p.sha = title, "" // no longer the file as it is
			}
			path, err := resolveDBPath(t, o.dbPath)
			if err != nil {
				return err
			}
			st, err := db.Open(path)
			if err != nil {
				return openError(t, path, err)
			}
			defer st.Close()
			w, err := st.CreateWorkshop(p.tmpl, p.sha, time.Now())
			if err = idTaken(t, p, err); err != nil {
				var ee exitError
				if errors.As(err, &ee) {
					return err
				}
				return storeError(t, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), tw.FmtCreated+"\n", w.Title, w.UID)
			return nil
		},
	}
	create.Flags().StringVar(&file, "template", "", t.FlagTemplate)
	create.Flags().StringVar(&title, "title", "", tw.FlagTitle)
	list := &cobra.Command{
		Use:   "list",
		Short: tw.WorkshopListShort,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openForReading(t, o)
			if err != nil {
				return err
			}
			defer st.Close()
			ws, err := st.Workshops()
			if err != nil {
				return storeError(t, err)
			}
			if len(ws) == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), tw.NoWorkshops)
				return nil
			}
			fmt.Fprintln(cmd.OutOrStdout(), workshopRows(t, st, ws))
			return nil
		},
	}
	cmd.AddCommand(create, list)
	return cmd
}
