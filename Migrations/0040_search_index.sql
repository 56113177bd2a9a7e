-- Full-text search over every code's texts in every language (https://sqlite.org/fts5.html).
--
-- Turkish has two i's: İ/i and I/ı. The unicode61 tokenizer folds I to i but leaves ı
-- alone, so 'IŞIK' would not find 'ışık'. Texts are therefore folded before indexing —
-- İ, I and ı all become i — and the service folds queries the same way; unicode61 then
-- folds the remaining case and strips diacritics (ç→c, ş→s, ğ→g, ö→o, ü→u). A reader may
-- type with or without Turkish letters and still find the entry.
CREATE VIRTUAL TABLE code_search USING fts5(
    code UNINDEXED,
    lang UNINDEXED,
    field UNINDEXED,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO code_search (code, lang, field, body)
SELECT code, lang, field, replace(replace(replace(body, 'İ', 'i'), 'I', 'i'), 'ı', 'i')
FROM code_texts;

-- Content added by later migrations is indexed as it is written.
CREATE TRIGGER code_texts_search_insert AFTER INSERT ON code_texts BEGIN
    INSERT INTO code_search (code, lang, field, body)
    VALUES (new.code, new.lang, new.field,
        replace(replace(replace(new.body, 'İ', 'i'), 'I', 'i'), 'ı', 'i'));
END;

CREATE TRIGGER code_texts_search_delete AFTER DELETE ON code_texts BEGIN
    DELETE FROM code_search
    WHERE code = old.code AND lang = old.lang AND field = old.field;
END;

CREATE TRIGGER code_texts_search_update AFTER UPDATE ON code_texts BEGIN
    DELETE FROM code_search
    WHERE code = old.code AND lang = old.lang AND field = old.field;
    INSERT INTO code_search (code, lang, field, body)
    VALUES (new.code, new.lang, new.field,
        replace(replace(replace(new.body, 'İ', 'i'), 'I', 'i'), 'ı', 'i'));
END;
