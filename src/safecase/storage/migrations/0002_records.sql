-- Case records. Every record has a row in `records` (kind, label, times, recycle-bin state);
-- its fields live in the table of its kind. Lists are JSON arrays in TEXT columns.
-- Links between records that are not part of a record's own fields are in link tables, which
-- cascade on purge; references from events, deadlines, notes and attachments are set NULL on
-- purge, so purging a person never silently destroys the notes written about them.

CREATE TABLE records (
    rid        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN
                   ('person', 'contact', 'case', 'event', 'deadline', 'note', 'attachment')),
    label      TEXT NOT NULL,
    sort_key   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX records_list ON records(kind, deleted_at, sort_key);
CREATE INDEX records_updated ON records(kind, deleted_at, updated_at);

CREATE TABLE people (
    id           TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    other_names  TEXT NOT NULL DEFAULT '[]',
    birth_date   TEXT,
    citizenship  TEXT NOT NULL DEFAULT '[]',
    ethnicity    TEXT NOT NULL DEFAULT '',
    languages    TEXT NOT NULL DEFAULT '[]',
    country      TEXT NOT NULL DEFAULT '',
    location     TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT '',
    risk         TEXT CHECK (risk IN ('low', 'medium', 'high', 'critical')),
    flags        TEXT NOT NULL DEFAULT '[]',
    tags         TEXT NOT NULL DEFAULT '[]',
    summary      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX people_risk ON people(risk);

CREATE TABLE contacts (
    id           TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    phones       TEXT NOT NULL DEFAULT '[]',
    emails       TEXT NOT NULL DEFAULT '[]',
    handles      TEXT NOT NULL DEFAULT '[]',
    safety       TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE cases (
    id           TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    jurisdiction TEXT NOT NULL DEFAULT '',
    authority    TEXT NOT NULL DEFAULT '',
    "references" TEXT NOT NULL DEFAULT '[]',
    status       TEXT NOT NULL,
    opened       TEXT,
    closed       TEXT,
    charges      TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX cases_status ON cases(status);

CREATE TABLE events (
    id        TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    date      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    time      TEXT,
    tz        TEXT,
    case_id   TEXT REFERENCES records(id) ON DELETE SET NULL,
    person_id TEXT REFERENCES records(id) ON DELETE SET NULL,
    summary   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX events_case ON events(case_id, date);
CREATE INDEX events_person ON events(person_id, date);

CREATE TABLE deadlines (
    id               TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    title            TEXT NOT NULL,
    due              TEXT NOT NULL,
    tz               TEXT NOT NULL,
    time             TEXT,
    status           TEXT NOT NULL,
    reminders        TEXT NOT NULL DEFAULT '[]',
    case_id          TEXT REFERENCES records(id) ON DELETE SET NULL,
    person_id        TEXT REFERENCES records(id) ON DELETE SET NULL,
    origin           TEXT NOT NULL DEFAULT 'manual',
    rule_id          TEXT,
    trigger_event_id TEXT REFERENCES records(id) ON DELETE SET NULL,
    "trigger"        TEXT,
    trace            TEXT NOT NULL DEFAULT '[]',
    outer_limit      TEXT,
    confidence       TEXT,
    computed_due     TEXT,
    override_reason  TEXT,
    -- The moment the deadline expires, UTC ISO 8601, for ordering and reminders across zones.
    expires_utc      TEXT NOT NULL
) STRICT;
CREATE INDEX deadlines_due ON deadlines(status, expires_utc);
CREATE INDEX deadlines_case ON deadlines(case_id, due);
CREATE INDEX deadlines_person ON deadlines(person_id, due);

CREATE TABLE notes (
    id        TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL DEFAULT '',
    format    TEXT NOT NULL DEFAULT 'plain',
    target_id TEXT REFERENCES records(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX notes_target ON notes(target_id);

CREATE TABLE attachments (
    id         TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    target_id  TEXT REFERENCES records(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX attachments_target ON attachments(target_id);

CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    data          BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
) STRICT, WITHOUT ROWID;

-- A contact linked to a person or a case; a person linked to a case. With a role.
CREATE TABLE links (
    from_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    to_id   TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    role    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (from_id, to_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX links_to ON links(to_id);

CREATE TABLE history (
    seq       INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    field     TEXT NOT NULL,
    old       TEXT,
    new       TEXT
) STRICT;
CREATE INDEX history_record ON history(record_id, seq);

-- Search. Contentless (the folded text is not stored twice); rowid = records.rid.
-- `folded`: case- and diacritic-folded, Cyrillic transliterated; `keys`: phonetic name keys.
CREATE VIRTUAL TABLE name_index USING fts5(
    folded, keys, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE VIRTUAL TABLE text_index USING fts5(
    folded, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2'
);
