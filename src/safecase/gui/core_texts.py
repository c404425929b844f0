# ruff: noqa: E501 - each text is one literal, exactly as the core writes it, so it can be found
"""The English texts the core (domain, services, storage) hands to the GUI to show, marked for
translation under the context the GUI translates them in.

The core has no Qt, so its words (vocabulary values, validation reasons, passphrase advice,
health findings, field names) cannot be marked where they are written. They are listed here
for `make translations` (with, for now, one GUI constant from a module still being written);
tests/gui/test_translations.py checks that the list still covers what
the core can say, so a new enum value or reason fails the test run until it is added here.
"""

from __future__ import annotations

from safecase.gui.translatable import translatable

VOCABULARY = (
    translatable("Vocabulary", "Low"),
    translatable("Vocabulary", "Medium"),
    translatable("Vocabulary", "High"),
    translatable("Vocabulary", "Critical"),
    translatable("Vocabulary", "Lawyer"),
    translatable("Vocabulary", "Family"),
    translatable("Vocabulary", "Journalist"),
    translatable("Vocabulary", "Authority"),
    translatable("Vocabulary", "Court"),
    translatable("Vocabulary", "Consulate"),
    translatable("Vocabulary", "Other"),
    translatable("Vocabulary", "Asylum application"),
    translatable("Vocabulary", "Asylum appeal"),
    translatable("Vocabulary", "Extradition request"),
    translatable("Vocabulary", "Extradition detention"),
    translatable("Vocabulary", "Dublin procedure"),
    translatable("Vocabulary", "Residence permit"),
    translatable("Vocabulary", "Open"),
    translatable("Vocabulary", "Pending"),
    translatable("Vocabulary", "Granted"),
    translatable("Vocabulary", "Rejected"),
    translatable("Vocabulary", "Appealed"),
    translatable("Vocabulary", "Closed"),
    translatable("Vocabulary", "Withdrawn"),
    translatable("Vocabulary", "Detained"),
    translatable("Vocabulary", "Released"),
    translatable("Vocabulary", "Hearing"),
    translatable("Vocabulary", "Application lodged"),
    translatable("Vocabulary", "Appeal lodged"),
    translatable("Vocabulary", "Transferred"),
    translatable("Vocabulary", "Deported"),
    translatable("Vocabulary", "Travelled"),
    translatable("Vocabulary", "Done"),
    translatable("Vocabulary", "Missed"),
    translatable("Vocabulary", "Manual"),
    translatable("Vocabulary", "Computed"),
    translatable("Vocabulary", "Plain"),
    translatable("Vocabulary", "Markdown"),
    # A rule's confidence (domain/deadlines/rules.py), for `Vocabulary.text(confidence)`:
    # "high" and "medium" read like Risk's values above.
    translatable("Vocabulary", "Unverified"),
)
"""Stored vocabulary values as `Vocabulary.text` reads them (the special readings, such as
"UN body", are marked in models/vocabulary.py)."""

RECORD_FIELDS = (
    translatable("RecordFields", "Name"),
    translatable("RecordFields", "Id"),
    translatable("RecordFields", "Other names"),
    translatable("RecordFields", "Birth date"),
    translatable("RecordFields", "Citizenship"),
    translatable("RecordFields", "Ethnicity"),
    translatable("RecordFields", "Languages"),
    translatable("RecordFields", "Country"),
    translatable("RecordFields", "Location"),
    translatable("RecordFields", "Status"),
    translatable("RecordFields", "Risk"),
    translatable("RecordFields", "Flags"),
    translatable("RecordFields", "Tags"),
    translatable("RecordFields", "Summary"),
    translatable("RecordFields", "Kind"),
    translatable("RecordFields", "Organisation"),
    translatable("RecordFields", "Phones"),
    translatable("RecordFields", "Emails"),
    translatable("RecordFields", "Handles"),
    translatable("RecordFields", "Safety"),
    translatable("RecordFields", "Notes"),
    translatable("RecordFields", "Title"),
    translatable("RecordFields", "Jurisdiction"),
    translatable("RecordFields", "Authority"),
    translatable("RecordFields", "References"),
    translatable("RecordFields", "Opened"),
    translatable("RecordFields", "Closed"),
    translatable("RecordFields", "Charges"),
    translatable("RecordFields", "Date"),
    translatable("RecordFields", "Time"),
    translatable("RecordFields", "Tz"),
    translatable("RecordFields", "Case id"),
    translatable("RecordFields", "Person id"),
    translatable("RecordFields", "Due"),
    translatable("RecordFields", "Reminders"),
    translatable("RecordFields", "Origin"),
    translatable("RecordFields", "Rule id"),
    translatable("RecordFields", "Trigger event id"),
    translatable("RecordFields", "Trigger"),
    translatable("RecordFields", "Trace"),
    translatable("RecordFields", "Outer limit"),
    translatable("RecordFields", "Confidence"),
    translatable("RecordFields", "Computed due"),
    translatable("RecordFields", "Override reason"),
    translatable("RecordFields", "Body"),
    translatable("RecordFields", "Format"),
    translatable("RecordFields", "Target id"),
    translatable("RecordFields", "File name"),
    translatable("RecordFields", "Media type"),
    translatable("RecordFields", "Size"),
    translatable("RecordFields", "Sha256"),
    translatable("RecordFields", "Script"),
    translatable("RecordFields", "Language"),
    translatable("RecordFields", "Flag"),
    translatable("RecordFields", "Reason"),
    translatable("RecordFields", "Since"),
)
"""Record field names as the recycle bin and the history show them."""

VALIDATION = (
    translatable("Validation", "expected a time as HH:MM (24-hour)"),
    translatable("Validation", "not an IANA time zone"),
    translatable("Validation", "expected an ISO 8601 duration such as P7D or PT12H"),
    translatable("Validation", "not a duration"),
    translatable("Validation", "expected text"),
    translatable("Validation", "must not be empty"),
    translatable("Validation", "contains a NUL character"),
    translatable("Validation", "expected a country code (PL) or a court code (ECHR)"),
    translatable("Validation", "is before the date the case was opened"),
    translatable("Validation", "a time needs its time zone"),
    translatable("Validation", "a deadline needs the time zone of its authority"),
    translatable("Validation", "is before the due date"),
    translatable("Validation", "changing a computed date needs a reason"),
    translatable("Validation", "must be a file name, not a path"),
    translatable("Validation", "must not be negative"),
    translatable("Validation", "expected 64 lowercase hex digits"),
    translatable("Validation", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
    translatable("Validation", "expected a date as YYYY-MM-DD"),
    translatable("Validation", "not a real calendar date"),
    translatable("Validation", "not an IANA time zone such as Europe/Warsaw"),
    translatable("Validation", "expected a two-letter country code such as KZ"),
    translatable("Validation", "expected digits, spaces and + ( ) - . /"),
    translatable("Validation", "not an e-mail address"),
    translatable("Validation", "only a computed deadline can be overridden"),
    translatable("Validation", "only a computed deadline can be recomputed"),
    translatable("Validation", "the new outer limit is before the date set by hand: review it"),
    translatable("Validation", "no imported pack with these changes: import it again"),
    translatable("Validation", "add attachments with add_attachment"),
    translatable("Validation", "not a sortable column for this list"),
    translatable("Validation", "links to a record of the wrong kind"),
    translatable("Validation", "a record cannot link to itself"),
    translatable("Validation", "belongs to a record of another kind"),
    translatable("Validation", "move the record to the recycle bin before purging"),
    translatable("Validation", "these two kinds of record cannot be linked"),
    translatable("Validation", "longer than 200 characters"),
    translatable("Validation", "links to a record that does not exist"),
    translatable("Validation", "a snooze needs a moment with its time zone"),
    translatable("Validation", "is not in the future"),
    translatable("Validation", "longer than 2000 characters"),
    translatable("Validation", "longer than 5000000 characters"),
    translatable("Validation", "longer than 40 characters"),
    translatable("Validation", "longer than 255 characters"),
)
"""`ValidationError` reasons, shown at the field by editors/field_error.py."""

PASSPHRASE_STRENGTH = (
    translatable("PassphraseStrength", "There is no passphrase yet."),
    translatable("PassphraseStrength", "It is too short: use at least 10 characters."),
    translatable(
        "PassphraseStrength",
        "It uses only one kind of character, such as only lowercase letters or only digits.",
    ),
    translatable(
        "PassphraseStrength", "It is one of the most common passwords, which attackers try first."
    ),
    translatable(
        "PassphraseStrength",
        "It contains a very common password or word, which attackers try early.",
    ),
    translatable("PassphraseStrength", "It contains a run such as abc or 987."),
    translatable(
        "PassphraseStrength", "It repeats characters or a part of itself, such as aaa or abcabc."
    ),
    translatable("PassphraseStrength", "It contains a keyboard pattern, such as qwerty or asdf."),
    translatable("PassphraseStrength", "It contains a date or a year, which attackers try early."),
    translatable(
        "PassphraseStrength",
        "It is too predictable: attackers' word lists and common tricks, such as 0 for o or a capital first letter, would find it.",
    ),
    translatable(
        "PassphraseStrength", "Make up four or more unrelated words that you can remember."
    ),
    translatable(
        "PassphraseStrength",
        "Do not use a well-known password. Make up four or more unrelated words instead.",
    ),
    translatable(
        "PassphraseStrength", "Make it longer: four or more unrelated words are easy to remember."
    ),
    translatable(
        "PassphraseStrength", "Leave out keyboard patterns and add another unrelated word."
    ),
    translatable(
        "PassphraseStrength", "Leave out runs of letters or numbers and add another unrelated word."
    ),
    translatable("PassphraseStrength", "Leave out repeated parts and add another unrelated word."),
    translatable(
        "PassphraseStrength", "Leave out dates and years, especially ones connected to you."
    ),
    translatable(
        "PassphraseStrength", "Add another word or two that are not common or connected to you."
    ),
    translatable("PassphraseStrength", "Add more words, or put a digit or a symbol in the middle."),
    translatable("PassphraseStrength", "Add another unrelated word to make it harder to guess."),
    translatable(
        "PassphraseStrength", "Good. Make sure you can remember it, or keep it somewhere safe."
    ),
)
"""The strength meter"s reasons and suggestions (domain/passphrase_strength.py)."""

HEALTH_CHECK = (
    translatable("HealthCheck", "Every page decrypts and is authentic."),
    translatable("HealthCheck", "The database structure is intact."),
    translatable(
        "HealthCheck",
        "The database structure is damaged (pages missing, truncated or out of date).",
    ),
    translatable("HealthCheck", "Every link between records points at a record that exists."),
)
"""The health check"s findings (storage/health.py), shown by the health check dialog."""

REMINDERS = (
    # TODO(#5): mark it where it is defined, `NEUTRAL_TEXT = translatable("TrayNotifier",
    # …)` in gui/reminders/tray_notifier.py (shown through `self.tr(NEUTRAL_TEXT)`), then drop
    # it here. Until then this line gets it extracted and translated.
    translatable("TrayNotifier", "A SafeCase deadline needs attention"),
)
"""GUI texts defined as constants in modules still being written."""
