-- yoriai schema, version 2: the briefing's diagrams as data.
ALTER TABLE workshop ADD COLUMN diagrams TEXT NOT NULL DEFAULT '{}'; -- JSON: org, stages, current_stage
ALTER TABLE agenda_item ADD COLUMN diagram TEXT NOT NULL DEFAULT ''
	CHECK (diagram IN ('', 'organisation', 'stages', 'pillars'));
