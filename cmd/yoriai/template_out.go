package main

import (
	"io"

	"yoriai/i18n"
	"yoriai/template"
)

// writeTemplate writes the template to out: the default one, or with --db
// the workshop as it now stands in that database (its dates, places and
// agendas as edited on the day, skipped items marked), so that next year's
// series starts from this year's. The database is only read.
func writeTemplate(out io.Writer, t *i18n.Catalog, o *options, fromDB bool) error {
	if !fromDB {
		_, err := out.Write(template.Default())
		return err
	}
	st, err := openForReading(t, o)
	if err != nil {
		return err
	}
	defer st.Close()
	wid, err := existingWorkshop(t, st)
	if err != nil {
		return err
	}
	tm, err := st.WorkshopTemplate(wid)
	if err != nil {
		return storeError(t, err)
	}
	data, err := template.Encode(tm)
	if err != nil {
		return err
	}
	_, err = out.Write(data)
	return err
}
