-- The newsroom's desk (issue 11): drafts and their review, corrections, and the audit log.
-- Drafts live apart from the public tables, which keep holding only what is published: the
-- public read path needs no status filter, and publishing moves a draft's approved records
-- into them through the same guarded, rule-checked write as every other addition.

-- An article sent to the desk. `id` is the source id it will have once published.
CREATE TABLE drafts (
  id           TEXT PRIMARY KEY,
  ord          INTEGER NOT NULL UNIQUE,
  sha256       TEXT NOT NULL UNIQUE,
  status       TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  source       TEXT NOT NULL, -- the source record (JSON), as it will be published
  text         TEXT NOT NULL,
  records      TEXT NOT NULL, -- JSON: the actors, topics, utterances and non-statements the plan adds
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  published_at TEXT,
  published_by TEXT
);

-- The quotations the extractor proposes, with their review status. `record` is the statement
-- as it will be published (speaker "" while unknown); `etag` changes with every edit.
CREATE TABLE draft_statements (
  id         TEXT PRIMARY KEY,
  draft      TEXT NOT NULL REFERENCES drafts (id),
  ord        INTEGER NOT NULL,
  record     TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected')),
  confidence REAL NOT NULL,
  rule       TEXT NOT NULL,
  candidates TEXT NOT NULL DEFAULT '[]',
  etag       TEXT NOT NULL
);
CREATE INDEX draft_statements_by_draft ON draft_statements (draft, ord);

-- Positions whose evidence is (partly) in a draft: published with it.
CREATE TABLE draft_positions (
  draft    TEXT NOT NULL REFERENCES drafts (id),
  actor    TEXT NOT NULL,
  topic    TEXT NOT NULL,
  summary  TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (draft, actor, topic)
);

-- What changed in a published statement and why; public (the JSON, the card, the share page).
CREATE TABLE corrections (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  statement TEXT NOT NULL,
  date      TEXT NOT NULL,
  note      TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('changed', 'withdrawn'))
);
CREATE INDEX corrections_by_statement ON corrections (statement);

-- Withdrawn statements, kept whole: their id answers 410 with the correction.
CREATE TABLE withdrawn (
  id     TEXT PRIMARY KEY,
  record TEXT NOT NULL,
  at     TEXT NOT NULL
);

-- Every change made through the desk: when, who, what, and the record before and after (JSON).
CREATE TABLE audit (
  id     INTEGER PRIMARY KEY AUTOINCREMENT,
  at     TEXT NOT NULL,
  who    TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  before TEXT,
  after  TEXT
);
CREATE INDEX audit_by_at ON audit (at);
