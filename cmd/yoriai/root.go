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
	"yoriai/tui/templatediff"
)

// options are the root command's flags.
type options struct {
	dbPath   string
	lang     string
	template string
	theme    string
	ascii    bool
	workshop string // --workshop: a workshop's id or title
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
	// --lang is taken by every command, so that `yoriai export --help --lang
	// en` is in English too; a value no language has is refused by all.
	root.PersistentFlags().StringVar(&o.lang, "lang", string(lang), t.FlagLang)
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if _, err := i18n.ParseLang(o.lang); err != nil {
			return exitError{msg: err.Error(), code: 2}
		}
		return nil
	}
	root.Flags().StringVar(&o.template, "template", "", t.FlagTemplate)
	root.Flags().StringVar(&o.theme, "theme", "", t.FlagTheme)
	root.Flags().BoolVar(&o.ascii, "ascii", false, t.FlagASCII)
	root.PersistentFlags().StringVar(&o.dbPath, "db", "", t.FlagDB)
	root.PersistentFlags().StringVar(&o.workshop, "workshop", "", t.Workshops.FlagWorkshop)
	root.AddCommand(newDoctorCmd(t, &o), newCloseBallotCmd(t, &o), newImportCmd(t, &o), newExportCmd(t, &o), newDemoCmd(t, &o))
	root.AddCommand(newTemplateCmd(t, &o), newWorkshopCmd(t, &o))
	root.SetOut(stdout) // before the completion command is made: it keeps the writer
	localiseDefaults(root, t)
	return root
}

// localiseDefaults gives cobra's own --help, --version, help and completion
// the catalogue's texts: cobra makes them in English on first use unless
// they exist already, so they are made here, after every subcommand. --help
// is one persistent flag of the root, as cobra finds it from every command.
func localiseDefaults(root *cobra.Command, t *i18n.Catalog) {
	root.PersistentFlags().BoolP("help", "h", false, t.HelpFlag)
	root.Version = version // fang sets the full version; the flag needs one now
	root.InitDefaultVersionFlag()
	if f := root.Flags().Lookup("version"); f != nil {
		f.Usage = t.VersionFlag
	}
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Short = t.HelpCmdShort
		case "completion":
			c.Short = t.CompletionShort
		}
	}
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
	if tmpl != nil {
		tmpl.dbPath = path
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
	ch, err := chooseWorkshop(t, st, o.workshop, tmpl, resume, time.Now())
	var ee exitError
	if errors.As(err, &ee) {
		return exitError{msg: ee.msg + "\n" + t.DBPathOnExit(path), code: ee.code}
	}
	if err != nil {
		return exitError{msg: t.DBPathOnExit(path) + "\n" + t.FaultText(err), code: 1}
	}
	wid := ch.id
	if resume.WorkshopID != wid || !meetingOf(st, resume.MeetingID, wid) {
		resume = model.Resume{WorkshopID: wid, Projector: resume.Projector && resume.WorkshopID == wid}
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
	app := tui.New(c, st, resume)
	if ch.change != nil { // the template differs: show what changes before home
		app.OfferTemplate(templatediff.Offer{File: o.template, Template: tmpl.tmpl, SHA: tmpl.sha, Diff: *ch.change})
	}
	p := tea.NewProgram(app)
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

// meetingOf reports whether meeting id (0: none) is one of workshop
// wid's: a template change may have removed the meeting the resume point
// names.
func meetingOf(st *db.Store, id, wid int64) bool {
	if id == 0 {
		return true
	}
	m, _, err := st.Meeting(id)
	return err == nil && m.WorkshopID == wid
}

// parsedTemplate is a template file read and checked.
type parsedTemplate struct {
	tmpl   model.Template
	sha    string
	file   string // as given on the command line
	dbPath string // the database it is opened with, for messages
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
	return &parsedTemplate{tmpl: tm, sha: template.SHA256(data), file: file}, nil
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
