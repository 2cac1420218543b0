package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"yoriai/db"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/template"
	"yoriai/tui"
	"yoriai/tui/common"
)

// options are the root command's flags.
type options struct {
	dbPath   string
	lang     string
	template string
	theme    string
	ascii    bool
}

func newRootCmd(t *i18n.Catalog, lang i18n.Lang, stdout io.Writer) *cobra.Command {
	var o options
	root := &cobra.Command{
		Use:   "yoriai",
		Short: t.CmdShort,
		Long:  t.CmdLong,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := i18n.ParseLang(o.lang); err != nil {
				return exitError{msg: err.Error(), code: 2}
			}
			if _, _, err := display(o, os.Getenv); err != nil {
				return exitError{msg: err.Error(), code: 2}
			}
			return runApp(t, lang, o, stdout)
		},
	}
	root.Flags().StringVar(&o.lang, "lang", string(lang), t.FlagLang)
	root.Flags().StringVar(&o.template, "template", "", t.FlagTemplate)
	root.Flags().StringVar(&o.theme, "theme", "", t.FlagTheme)
	root.Flags().BoolVar(&o.ascii, "ascii", false, t.FlagASCII)
	root.PersistentFlags().StringVar(&o.dbPath, "db", "", t.FlagDB)
	root.AddCommand(newDoctorCmd(t, &o), newCloseBallotCmd(t, &o), newImportCmd(t, &o), newExportCmd(t, &o), newDemoCmd(t, &o))
	root.AddCommand(&cobra.Command{
		Use:   "template",
		Short: t.CmdTemplateShort,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeTemplate(cmd.OutOrStdout(), t, &o, cmd.Flags().Changed("db"))
		},
	})
	return root
}

// runApp opens the database, picks the workshop and runs the app until the
// facilitator quits.
func runApp(t *i18n.Catalog, lang i18n.Lang, o options, stdout io.Writer) error {
	// A template given on the command line is read and checked before the
	// database is touched, so a wrong file writes nothing.
	var tmpl *parsedTemplate
	if o.template != "" {
		p, err := readTemplate(t, o.template)
		if err != nil {
			return err
		}
		tmpl = p
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

	resume, err := st.Resume()
	if err != nil {
		return exitError{msg: t.DBPathOnExit(path) + "\n" + t.FaultText(err), code: 1}
	}
	wid, err := chooseWorkshop(st, tmpl, resume, time.Now())
	if err != nil {
		return exitError{msg: t.DBPathOnExit(path) + "\n" + t.FaultText(err), code: 1}
	}
	if resume.WorkshopID != wid {
		resume = model.Resume{WorkshopID: wid}
	}

	c := common.NewCommon(lang, path, wid)
	home, _ := os.UserHomeDir()
	c.ExportDir = exportDir(home, path)
	theme, ascii, _ := display(o, os.Getenv) // checked before the database was opened
	if !ascii {
		// Measure ① on this very terminal: where it is drawn two cells
		// wide, box drawing would break, so fall back to ASCII.
		wide, ok := probeWidth()
		ascii = ok && wide
	}
	c.Styles, c.ASCII = common.NewStyles(theme, true), ascii
	p := tea.NewProgram(tui.New(c, st, resume))
	stop := quitOnHangup(p)
	_, runErr := p.Run()
	stop()
	c.Queue.Flush() // commit what the last key presses asked for
	fmt.Fprintln(stdout, t.DBPathOnExit(path))
	if runErr != nil && !errors.Is(runErr, tea.ErrInterrupted) {
		return exitError{msg: runErr.Error(), code: 1}
	}
	return nil
}

// parsedTemplate is a template file read and checked.
type parsedTemplate struct {
	tmpl model.Template
	sha  string
}

func readTemplate(t *i18n.Catalog, file string) (*parsedTemplate, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, exitError{msg: fmt.Sprintf(t.FmtTemplateUnreadable, err), code: 2}
	}
	defer f.Close()
	// Read one byte past the limit so that Parse can tell a file too large.
	data, err := io.ReadAll(io.LimitReader(f, model.MaxTemplateBytes+1))
	if err != nil {
		return nil, exitError{msg: fmt.Sprintf(t.FmtTemplateUnreadable, err), code: 2}
	}
	tm, err := template.Parse(data)
	if err != nil {
		return nil, exitError{msg: templateReport(t, file, err), code: 2}
	}
	return &parsedTemplate{tmpl: tm, sha: template.SHA256(data)}, nil
}

// templateReport words a template's problems, one line each with its line
// number.
func templateReport(t *i18n.Catalog, file string, err error) string {
	var te *template.Error
	if !errors.As(err, &te) {
		return fmt.Sprintf(t.FmtTemplateUnreadable, err)
	}
	msg := t.TemplateInvalid(file)
	for _, is := range te.Issues {
		msg += "\n" + t.TemplateIssue(is.Line, is.FieldError)
	}
	return msg
}

// resolveDBPath is --db made absolute, or the default data file.
func resolveDBPath(t *i18n.Catalog, flag string) (string, error) {
	if flag != "" {
		abs, err := filepath.Abs(flag)
		if err != nil {
			return "", exitError{msg: fmt.Sprintf(t.FmtErrCannotOpen, flag), code: 1}
		}
		return abs, nil
	}
	home, _ := os.UserHomeDir()
	p, err := defaultDBPath(runtime.GOOS, os.Getenv, home)
	if err != nil {
		return "", exitError{msg: fmt.Sprintf(t.FmtErrNoHome, err), code: 1}
	}
	return p, nil
}

// openError words why the database could not be opened.
func openError(t *i18n.Catalog, path string, err error) error {
	var oe *db.OpenError
	if !errors.As(err, &oe) {
		return exitError{msg: fmt.Sprintf(t.FmtErrCannotOpen, path) + "\n" + t.FaultText(err), code: 1}
	}
	var msg string
	switch oe.Kind {
	case db.ErrLocked:
		msg = fmt.Sprintf(t.FmtErrLocked, path)
	case db.ErrNotDatabase:
		msg = fmt.Sprintf(t.FmtErrNotDatabase, path)
	case db.ErrCorrupt:
		msg = fmt.Sprintf(t.FmtErrCorrupt, path)
	case db.ErrNewerSchema:
		msg = fmt.Sprintf(t.FmtErrNewerSchema, oe.Found, oe.Supported, path)
	case db.ErrReadOnly:
		msg = fmt.Sprintf(t.FmtErrReadOnly, path)
	default:
		msg = fmt.Sprintf(t.FmtErrCannotOpen, path)
		if oe.Err != nil {
			s, a, _ := t.Fault(oe.Err)
			msg += "\n" + s + "\n" + a
		}
	}
	if oe.Err != nil {
		_, _, detail := t.Fault(oe.Err)
		msg += "\n" + detail
	}
	return exitError{msg: msg, code: 1}
}

// storeError words a failure of the database or the disk for the user:
// what happened, what to do, and the original text on a detail line.
func storeError(t *i18n.Catalog, err error) error {
	return exitError{msg: t.FaultText(err), code: 1}
}

// chooseWorkshop returns the workshop to open: the one a --template made
// (making it the first time), else the one the facilitator was last in,
// else the first, else a new one from the default template.
func chooseWorkshop(st *db.Store, tmpl *parsedTemplate, resume model.Resume, now time.Time) (int64, error) {
	if tmpl != nil {
		return workshopFor(st, tmpl, now)
	}
	ws, err := st.Workshops()
	if err != nil {
		return 0, err
	}
	for _, w := range ws {
		if w.ID == resume.WorkshopID {
			return w.ID, nil
		}
	}
	if len(ws) > 0 {
		return ws[0].ID, nil
	}
	data := template.Default()
	tm, err := template.Parse(data)
	if err != nil {
		return 0, err // the shipped template is tested; this is a build error
	}
	return workshopFor(st, &parsedTemplate{tmpl: tm, sha: template.SHA256(data)}, now)
}

func workshopFor(st *db.Store, p *parsedTemplate, now time.Time) (int64, error) {
	w, ok, err := st.WorkshopByTemplate(p.sha)
	if err != nil || ok {
		return w.ID, err
	}
	w, err = st.CreateWorkshop(p.tmpl, p.sha, now)
	return w.ID, err
}

// display decides the theme and the ASCII fallback from the flags and the
// environment: NO_COLOR (https://no-color.org) means mono unless --theme
// says otherwise; YORIAI_ASCII=1, or RUNEWIDTH_EASTASIAN=1 (the terminal
// draws ambiguous characters wide), means ASCII.
func display(o options, getenv func(string) string) (common.Theme, bool, error) {
	theme, err := common.ParseTheme(o.theme)
	if err != nil {
		return "", false, err
	}
	if theme == common.ThemeAuto && getenv("NO_COLOR") != "" {
		theme = common.ThemeMono
	}
	ascii := o.ascii || getenv("YORIAI_ASCII") == "1" || getenv("RUNEWIDTH_EASTASIAN") == "1"
	return theme, ascii, nil
}

// openExisting opens the database --db names (or the default one), which
// must be there already: only the app itself creates one.
func openExisting(t *i18n.Catalog, o *options) (*db.Store, error) {
	path, err := resolveDBPath(t, o.dbPath)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); err != nil {
		return nil, exitError{msg: fmt.Sprintf(t.FmtErrNoDatabase, path), code: 1}
	}
	st, err := db.Open(path)
	if err != nil {
		return nil, openError(t, path, err)
	}
	return st, nil
}

// openForReading opens the database --db names (or the default one) to
// read it, for exports and the backup: as openExisting does where it can
// be written, and read-only where it cannot (a write-protected medium), so
// that reading needs no write access.
func openForReading(t *i18n.Catalog, o *options) (*db.Store, error) {
	path, err := resolveDBPath(t, o.dbPath)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); err != nil {
		return nil, exitError{msg: fmt.Sprintf(t.FmtErrNoDatabase, path), code: 1}
	}
	st, err := db.Open(path)
	var oe *db.OpenError
	if errors.As(err, &oe) && oe.Kind == db.ErrReadOnly {
		st, err = db.OpenReadOnly(path)
		if errors.As(err, &oe) && oe.Kind == db.ErrReadOnly {
			msg := fmt.Sprintf(t.FmtErrReadOnlyCopy, path)
			if oe.Err != nil {
				_, _, detail := t.Fault(oe.Err)
				msg += "\n" + detail
			}
			return nil, exitError{msg: msg, code: 1}
		}
	}
	if err != nil {
		return nil, openError(t, path, err)
	}
	return st, nil
}

// quitOnHangup ends the program the way q does when the terminal goes away
// (SIGHUP: the window closed, the remote session dropped), so that what
// was asked for is saved, the lock released and the terminal, if still
// there, restored. Bubble Tea itself handles SIGINT and SIGTERM. stop
// stops listening.
func quitOnHangup(p *tea.Program) (stop func()) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-sigs:
			p.Quit()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}
