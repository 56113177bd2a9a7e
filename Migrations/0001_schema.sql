-- The catalogue's shape. Facts about a code are stored once; every text a person reads is
-- stored per (thing, language, field), so a missing translation is a missing row that the
-- reader can detect and fall back from, and a new language is new rows, never new columns.

CREATE TABLE languages (
    tag      TEXT PRIMARY KEY CHECK (tag GLOB '[a-z][a-z]'),
    name     TEXT NOT NULL,
    position INTEGER NOT NULL UNIQUE
) STRICT, WITHOUT ROWID;

-- One row per reply code. `code` is the canonical spelling: '235' for a basic code,
-- 'X.7.1' for an enhanced registry entry (the class is applied when it is asked for).
CREATE TABLE codes (
    code   TEXT PRIMARY KEY,
    kind   TEXT NOT NULL CHECK (kind IN ('basic', 'enhanced')),
    status TEXT NOT NULL CHECK (status IN (
        'standard', 'extension', 'registry_only', 'draft', 'experimental',
        'non_standard', 'vendor', 'deprecated'
    )),
    vendor TEXT,
    CHECK (
        (kind = 'basic' AND code GLOB '[1-9][0-9][0-9]')
        OR (kind = 'enhanced' AND code GLOB '[X245].[0-9]*.[0-9]*')
    )
) STRICT, WITHOUT ROWID;

-- The texts of a code, one row per field and language.
--   title        short name, e.g. 'Authentication successful'
--   description  what the reply means
--   seen_when    when and after which command it shows up
--   how_to_fix   what the sender or the administrator should do
--   retry        whether and when to try again
--   note         where sources disagree or popular lists are wrong (optional)
CREATE TABLE code_texts (
    code  TEXT NOT NULL REFERENCES codes (code),
    lang  TEXT NOT NULL REFERENCES languages (tag),
    field TEXT NOT NULL CHECK (field IN (
        'title', 'description', 'seen_when', 'how_to_fix', 'retry', 'note'
    )),
    body  TEXT NOT NULL CHECK (length(trim(body)) > 0),
    PRIMARY KEY (code, lang, field)
) STRICT, WITHOUT ROWID;

-- Where a code is defined: 'RFC 5321' and '4.2.3', in the order they should be cited.
CREATE TABLE code_references (
    code     TEXT NOT NULL REFERENCES codes (code),
    position INTEGER NOT NULL,
    document TEXT NOT NULL,
    section  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (code, position)
) STRICT, WITHOUT ROWID;

-- Codes a reader of one code should also look at, in the order they are offered.
CREATE TABLE related_codes (
    code     TEXT NOT NULL REFERENCES codes (code),
    related  TEXT NOT NULL REFERENCES codes (code),
    position INTEGER NOT NULL,
    PRIMARY KEY (code, related),
    CHECK (code <> related)
) STRICT, WITHOUT ROWID;

-- A code can mean different things after different commands or extensions (454 after
-- AUTH is not 454 after STARTTLS). Each usage names its context and where it is defined.
CREATE TABLE code_usages (
    code     TEXT NOT NULL REFERENCES codes (code),
    position INTEGER NOT NULL,
    context  TEXT NOT NULL,
    document TEXT NOT NULL,
    section  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (code, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE usage_texts (
    code     TEXT NOT NULL,
    position INTEGER NOT NULL,
    lang     TEXT NOT NULL REFERENCES languages (tag),
    meaning  TEXT NOT NULL CHECK (length(trim(meaning)) > 0),
    PRIMARY KEY (code, position, lang),
    FOREIGN KEY (code, position) REFERENCES code_usages (code, position)
) STRICT, WITHOUT ROWID;

-- Hand-written comparisons for pairs people confuse. The pair is stored in one order
-- (code_a < code_b); a request for the other order reads the same row. Codes are written
-- as a reader asks for them ('5.7.1', not the registry's 'X.7.1'), so instead of a foreign
-- key a trigger checks that each resolves to a catalogue entry.
CREATE TABLE comparisons (
    code_a TEXT NOT NULL,
    code_b TEXT NOT NULL,
    PRIMARY KEY (code_a, code_b),
    CHECK (code_a < code_b)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER comparisons_codes_known_insert
BEFORE INSERT ON comparisons
WHEN NOT EXISTS (SELECT 1 FROM codes
                 WHERE code = NEW.code_a
                    OR (NEW.code_a GLOB '[245].*' AND code = 'X' || substr(NEW.code_a, 2)))
  OR NOT EXISTS (SELECT 1 FROM codes
                 WHERE code = NEW.code_b
                    OR (NEW.code_b GLOB '[245].*' AND code = 'X' || substr(NEW.code_b, 2)))
BEGIN
    SELECT RAISE(ABORT, 'comparisons: code not in the catalogue');
END;

CREATE TRIGGER comparisons_codes_known_update
BEFORE UPDATE OF code_a, code_b ON comparisons
WHEN NOT EXISTS (SELECT 1 FROM codes
                 WHERE code = NEW.code_a
                    OR (NEW.code_a GLOB '[245].*' AND code = 'X' || substr(NEW.code_a, 2)))
  OR NOT EXISTS (SELECT 1 FROM codes
                 WHERE code = NEW.code_b
                    OR (NEW.code_b GLOB '[245].*' AND code = 'X' || substr(NEW.code_b, 2)))
BEGIN
    SELECT RAISE(ABORT, 'comparisons: code not in the catalogue');
END;

CREATE TABLE comparison_texts (
    code_a TEXT NOT NULL,
    code_b TEXT NOT NULL,
    lang   TEXT NOT NULL REFERENCES languages (tag),
    field  TEXT NOT NULL CHECK (field IN ('summary', 'key_differences', 'when_to_use')),
    body   TEXT NOT NULL CHECK (length(trim(body)) > 0),
    PRIMARY KEY (code_a, code_b, lang, field),
    FOREIGN KEY (code_a, code_b) REFERENCES comparisons (code_a, code_b)
) STRICT, WITHOUT ROWID;

-- Interface strings: section headings, class names, labels, sentence templates.
CREATE TABLE ui_strings (
    key   TEXT NOT NULL,
    lang  TEXT NOT NULL REFERENCES languages (tag),
    value TEXT NOT NULL CHECK (length(trim(value)) > 0),
    PRIMARY KEY (key, lang)
) STRICT, WITHOUT ROWID;

-- The SMTP commands a reader can look up, and the replies each can get, in the order a
-- reader meets them (success first, then transient, then permanent failures).
CREATE TABLE commands (
    verb     TEXT PRIMARY KEY CHECK (verb GLOB '[A-Z]*'),
    document TEXT NOT NULL,
    section  TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;

CREATE TABLE command_texts (
    verb  TEXT NOT NULL REFERENCES commands (verb),
    lang  TEXT NOT NULL REFERENCES languages (tag),
    field TEXT NOT NULL CHECK (field IN ('title', 'description')),
    body  TEXT NOT NULL CHECK (length(trim(body)) > 0),
    PRIMARY KEY (verb, lang, field)
) STRICT, WITHOUT ROWID;

CREATE TABLE command_replies (
    verb     TEXT NOT NULL REFERENCES commands (verb),
    code     TEXT NOT NULL REFERENCES codes (code),
    position INTEGER NOT NULL,
    PRIMARY KEY (verb, code)
) STRICT, WITHOUT ROWID;

-- The terms that recur across the texts, fixed once per language so that every page
-- calls a relay, a mailbox or greylisting by the same name.
CREATE TABLE glossary (
    concept TEXT NOT NULL,
    lang    TEXT NOT NULL REFERENCES languages (tag),
    term    TEXT NOT NULL CHECK (length(trim(term)) > 0),
    PRIMARY KEY (concept, lang)
) STRICT, WITHOUT ROWID;
