-- The languages the catalogue is written in. English is the fallback for any missing text.
INSERT INTO languages (tag, name, position) VALUES
    ('en', 'English', 1),
    ('tr', 'Türkçe', 2);
