-- Interface strings of the per-command pages.
INSERT INTO ui_strings (key, lang, value) VALUES
    ('section.commands', 'en', 'SMTP Commands'),
    ('section.commands', 'tr', 'SMTP komutları'),
    ('section.replies', 'en', 'Replies This Command Can Get'),
    ('section.replies', 'tr', 'Bu komuta gelebilecek yanıtlar'),
    ('label.defined_in', 'en', 'Defined in'),
    ('label.defined_in', 'tr', 'Tanımlandığı yer'),
    ('commands.intro', 'en', 'Pick the command your client sent to see every reply it can get, from success to permanent failure.'),
    ('commands.intro', 'tr', 'İstemcinizin gönderdiği komutu seçin; başarıdan kalıcı hataya kadar alabileceği bütün yanıtları görün.'),
    ('error.unknown_command', 'en', 'There is no page for the command ''{verb}''; known commands: {known}.'),
    ('error.unknown_command', 'tr', '''{verb}'' komutu için bir sayfa yok; bilinen komutlar: {known}.');
