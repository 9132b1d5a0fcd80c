-- onrecord's corpus: the articles, the records built on them, and the data version.
-- The JSON columns hold arrays exactly as data/*.json does; every relation the API filters
-- on (actor, topic, source, kind) is a column or a link table with an index.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('data_version', 'empty');

-- A write must fail as a whole when the data changed under it: a batch starts by inserting
-- a row here that violates the CHECK unless the data version is the one it was planned on.
CREATE TABLE write_guard (
  ok INTEGER NOT NULL CHECK (ok = 1)
);

CREATE TABLE sources (
  id         TEXT PRIMARY KEY,
  ord        INTEGER NOT NULL UNIQUE,
  title      TEXT,
  publisher  TEXT,
  url        TEXT,
  date       TEXT,
  date_basis TEXT,
  language   TEXT NOT NULL,
  origin     TEXT,
  sha256     TEXT NOT NULL UNIQUE,
  length     INTEGER NOT NULL
);

CREATE TABLE source_texts (
  source TEXT PRIMARY KEY REFERENCES sources (id),
  text   TEXT NOT NULL
);

CREATE TABLE actors (
  id            TEXT PRIMARY KEY,
  ord           INTEGER NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  role          TEXT,
  role_evidence TEXT NOT NULL,
  names         TEXT NOT NULL,
  kind          TEXT NOT NULL,
  is_new        INTEGER
);

CREATE TABLE topics (
  id          TEXT PRIMARY KEY,
  ord         INTEGER NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  description TEXT NOT NULL
);

CREATE TABLE statements (
  id          TEXT PRIMARY KEY,
  ord         INTEGER NOT NULL UNIQUE,
  source      TEXT NOT NULL REFERENCES sources (id),
  start       INTEGER NOT NULL,
  speaker     TEXT NOT NULL REFERENCES actors (id),
  kind        TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'paraphrase')),
  text        TEXT NOT NULL,
  attribution TEXT NOT NULL,
  conduit     TEXT,
  occasion    TEXT,
  topics      TEXT NOT NULL,
  continues   TEXT REFERENCES statements (id),
  note        TEXT
);
CREATE INDEX statements_by_speaker ON statements (speaker);
CREATE INDEX statements_by_source ON statements (source, start);
CREATE INDEX statements_by_kind ON statements (kind);
CREATE INDEX statements_by_continues ON statements (continues);

CREATE TABLE statement_topics (
  statement TEXT NOT NULL REFERENCES statements (id),
  topic     TEXT NOT NULL REFERENCES topics (id),
  PRIMARY KEY (statement, topic)
);
CREATE INDEX statement_topics_by_topic ON statement_topics (topic);

CREATE TABLE positions (
  actor    TEXT NOT NULL REFERENCES actors (id),
  topic    TEXT NOT NULL REFERENCES topics (id),
  ord      INTEGER NOT NULL UNIQUE,
  summary  TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (actor, topic)
);
CREATE INDEX positions_by_topic ON positions (topic);

CREATE TABLE position_evidence (
  actor     TEXT NOT NULL,
  topic     TEXT NOT NULL,
  statement TEXT NOT NULL REFERENCES statements (id),
  PRIMARY KEY (actor, topic, statement),
  FOREIGN KEY (actor, topic) REFERENCES positions (actor, topic)
);
CREATE INDEX position_evidence_by_statement ON position_evidence (statement);

CREATE TABLE utterances (
  id         TEXT PRIMARY KEY,
  ord        INTEGER NOT NULL UNIQUE,
  statements TEXT NOT NULL,
  confidence TEXT NOT NULL,
  note       TEXT NOT NULL
);

CREATE TABLE utterance_statements (
  statement TEXT PRIMARY KEY REFERENCES statements (id),
  utterance TEXT NOT NULL REFERENCES utterances (id)
);
CREATE INDEX utterance_statements_by_utterance ON utterance_statements (utterance);

CREATE TABLE non_statements (
  source TEXT NOT NULL REFERENCES sources (id),
  start  INTEGER NOT NULL,
  ord    INTEGER NOT NULL UNIQUE,
  text   TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (source, start)
);

-- The capitalised names of each actor, for finding mentions by lookup instead of by scanning.
CREATE TABLE actor_names (
  name  TEXT NOT NULL,
  actor TEXT NOT NULL REFERENCES actors (id),
  PRIMARY KEY (name, actor)
);

-- Statements by others whose words name an actor ("what others say about them"), found at write time.
CREATE TABLE mentions (
  actor     TEXT NOT NULL REFERENCES actors (id),
  statement TEXT NOT NULL REFERENCES statements (id),
  PRIMARY KEY (actor, statement)
);
CREATE INDEX mentions_by_statement ON mentions (statement);
