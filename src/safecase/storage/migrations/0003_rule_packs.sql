-- Deadline rules and reminders (issue 5). Everything here lives inside the encrypted store.

-- Organisation rule packs: every imported version, as the validated TOML text it came in.
-- Older versions stay, because a caseworker may keep a rule of an older version when an update
-- changes it (see rule_pins).
CREATE TABLE rule_packs (
    pack_id     TEXT NOT NULL,
    version     TEXT NOT NULL,
    toml        TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (pack_id, version)
) STRICT;

-- A caseworker's choice on a pack update, per rule: keep the rule of this pack version
-- ('core' for the core pack), or no rule at all (pack_id NULL: an addition they declined).
-- Rules without a pin come from the latest imported pack that has them, else from core.
CREATE TABLE rule_pins (
    rule_id TEXT PRIMARY KEY NOT NULL,
    pack_id TEXT,
    version TEXT
) STRICT;

-- A compact copy of the deadline columns that recomputation and reminders read, kept by the
-- triggers below in the same transaction as every change. The deadlines table carries each
-- deadline's trace (kilobytes); scanning this instead keeps "recompute all" and the reminder
-- queries off those pages. `live` is 0 while the deadline is in the recycle bin.
CREATE TABLE deadline_digest (
    deadline_id  TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    live         INTEGER NOT NULL DEFAULT 1,
    status       TEXT NOT NULL,
    origin       TEXT NOT NULL,
    due          TEXT NOT NULL,
    time         TEXT,
    tz           TEXT NOT NULL,
    expires_utc  TEXT NOT NULL,
    reminders    TEXT NOT NULL,
    rule_id      TEXT,
    "trigger"    TEXT,
    outer_limit  TEXT,
    confidence   TEXT,
    computed_due TEXT
) STRICT, WITHOUT ROWID;
-- Covers the reminder queries (deadlines expiring in a range), so they never leave the index.
CREATE INDEX deadline_digest_open ON deadline_digest(status, live, expires_utc, due);

-- Reminder state per deadline. `stale` is set by the triggers below whenever a deadline row or
-- its record's deleted state changes, so schedules are rebuilt only for what changed.
CREATE TABLE reminder_deadlines (
    deadline_id      TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    stale            INTEGER NOT NULL DEFAULT 1,
    indexed          INTEGER NOT NULL DEFAULT 0,
    acknowledged_at  TEXT,
    acknowledged_for TEXT,
    snoozed_until    TEXT,
    last_alert_at    TEXT
) STRICT;
CREATE INDEX reminder_deadlines_stale ON reminder_deadlines(stale) WHERE stale = 1;
CREATE INDEX reminder_deadlines_snoozed ON reminder_deadlines(snoozed_until)
    WHERE snoozed_until IS NOT NULL;
CREATE INDEX reminder_deadlines_alerted ON reminder_deadlines(last_alert_at)
    WHERE last_alert_at IS NOT NULL;
-- The few deadlines acknowledged or snoozed, with those answers: reminder queries read this
-- small index instead of looking up every deadline's row.
CREATE INDEX reminder_deadlines_answered
    ON reminder_deadlines(deadline_id, acknowledged_at, acknowledged_for, snoozed_until)
    WHERE acknowledged_at IS NOT NULL OR snoozed_until IS NOT NULL;

-- Reminders of open deadlines that have not fired yet, by the moment they are due (UTC).
CREATE TABLE reminder_schedule (
    reminder_id TEXT PRIMARY KEY NOT NULL,
    deadline_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    at_utc      TEXT NOT NULL,
    lead_days   INTEGER
) STRICT, WITHOUT ROWID;
-- Covers "what is due up to / within": a range read of this index alone.
CREATE INDEX reminder_schedule_at ON reminder_schedule(at_utc, deadline_id, kind, lead_days);
CREATE INDEX reminder_schedule_deadline ON reminder_schedule(deadline_id);

-- Every reminder id fired or superseded: a reminder fires once, across restarts and locks.
CREATE TABLE reminder_fired (
    reminder_id TEXT PRIMARY KEY NOT NULL,
    deadline_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    fired_at    TEXT NOT NULL,
    late        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX reminder_fired_deadline ON reminder_fired(deadline_id, reminder_id);

CREATE TRIGGER deadline_inserted AFTER INSERT ON deadlines BEGIN
    INSERT INTO deadline_digest(deadline_id, live, status, origin, due, time, tz, expires_utc,
                                reminders, rule_id, "trigger", outer_limit, confidence,
                                computed_due)
        VALUES (NEW.id,
                (SELECT deleted_at IS NULL FROM records WHERE id = NEW.id),
                NEW.status, NEW.origin, NEW.due, NEW.time, NEW.tz, NEW.expires_utc,
                NEW.reminders, NEW.rule_id, NEW."trigger", NEW.outer_limit, NEW.confidence,
                NEW.computed_due)
        ON CONFLICT(deadline_id) DO UPDATE SET live = excluded.live, status = excluded.status,
            origin = excluded.origin, due = excluded.due, time = excluded.time,
            tz = excluded.tz, expires_utc = excluded.expires_utc,
            reminders = excluded.reminders, rule_id = excluded.rule_id,
            "trigger" = excluded."trigger", outer_limit = excluded.outer_limit,
            confidence = excluded.confidence, computed_due = excluded.computed_due;
    INSERT INTO reminder_deadlines(deadline_id, stale) VALUES (NEW.id, 1)
        ON CONFLICT(deadline_id) DO UPDATE SET stale = 1;
END;

CREATE TRIGGER deadline_updated AFTER UPDATE ON deadlines BEGIN
    UPDATE deadline_digest SET status = NEW.status, origin = NEW.origin, due = NEW.due,
        time = NEW.time, tz = NEW.tz, expires_utc = NEW.expires_utc,
        reminders = NEW.reminders, rule_id = NEW.rule_id, "trigger" = NEW."trigger",
        outer_limit = NEW.outer_limit, confidence = NEW.confidence,
        computed_due = NEW.computed_due
        WHERE deadline_id = NEW.id;
    INSERT INTO reminder_deadlines(deadline_id, stale) VALUES (NEW.id, 1)
        ON CONFLICT(deadline_id) DO UPDATE SET stale = 1;
END;

CREATE TRIGGER deadline_binned AFTER UPDATE OF deleted_at ON records
    WHEN NEW.kind = 'deadline' BEGIN
    UPDATE deadline_digest SET live = NEW.deleted_at IS NULL WHERE deadline_id = NEW.id;
    UPDATE reminder_deadlines SET stale = 1 WHERE deadline_id = NEW.id;
END;

INSERT INTO deadline_digest(deadline_id, live, status, origin, due, time, tz, expires_utc,
                            reminders, rule_id, "trigger", outer_limit, confidence,
                            computed_due)
    SELECT d.id, m.deleted_at IS NULL, d.status, d.origin, d.due, d.time, d.tz,
           d.expires_utc, d.reminders, d.rule_id, d."trigger", d.outer_limit, d.confidence,
           d.computed_due
    FROM deadlines d JOIN records m ON m.id = d.id;
INSERT INTO reminder_deadlines(deadline_id, stale) SELECT id, 1 FROM deadlines;
