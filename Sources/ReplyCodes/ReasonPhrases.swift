/// The wording servers use for each cause, in English and in the languages people most
/// often paste here (Turkish, German, Spanish, French, Portuguese, Italian, Dutch).
///
/// `specific` phrases name a cause and outrank the reply code, because receivers misuse
/// codes (a 5.1.1 on a rate limit). They are tried in order, narrowest cause first:
/// greylisting and rate limits before the words "try again"; a TLS or DNS failure before
/// the words "authentication" or "does not exist"; a full mailbox before an account that
/// "you tried to reach". `stock` phrases are the RFC's default texts and vague verdicts
/// ("mailbox unavailable", "try again later", "access denied"): weaker than a code.
enum ReasonPhrases {
    static let specific: [(ReasonCategory, [Phrase])] = [
        (
            .greylisted,
            [
                "greylist*", "graylist*", "grey list*", "gray list*", "postgrey", "gri liste*",
                "lista gris", "liste grise",
            ]
        ),
        (
            .rateLimited,
            [
                "rate limit*", "ratelimit*", "too many messages", "too many connections",
                "too many recipients", "too many emails", "too many mails", "too many concurrent",
                "sending limit*", "sending quota", "send limit*", "receive limit*",
                "message limit*",
                "sending rate", "too quickly", "too fast", "unusual rate", "unexpected volume",
                "throttl*", "slow down", "mail flood", "connection limit*", "çok fazla",
                "gönderim sınır*", "gönderim limit*", "gönderim hız*", "limit aşıldı",
                "zu viele",
                "sendelimit*", "demasiados", "límite de envío", "trop de messages",
                "trop de connexions", "troppi messaggi", "te veel",
            ]
        ),
        (
            .temporaryFailure,
            [
                "tls not available", "local problem", "insufficient system storage",
                "system resources", "timed out", "timeout", "connection refused",
                "connection reset",
                "network is unreachable", "no route to host", "lost connection", "server busy",
                "too busy", "zaman aşım*", "bağlantı reddedildi",
            ]
        ),
        (
            .tlsRequired,
            [
                "starttls", "tls required", "requires tls", "require tls", "tls is required",
                "must use tls", "encryption required", "encryption needed", "requiretls",
                "secure connection required", "ssl required", "unencrypted", "tls zorunlu*",
                "tls gerek*", "şifreli bağlantı", "şifreleme gerek*",
                "verschlüsselung erforderlich",
                "tls erforderlich", "se requiere cifrado", "cifrado requerido",
                "chiffrement requis",
            ]
        ),
        (
            .authFailed,
            [
                "authentication failed", "auth failed", "authentication unsuccessful",
                "authentication credentials invalid", "invalid credentials", "credentials invalid",
                "bad credentials", "password not accepted", "bad username", "bad password",
                "wrong password", "invalid password", "incorrect password", "invalid login",
                "login failed", "login denied", "incorrect authentication data",
                "authentication rejected", "smtpclientauthentication",
                "application specific password", "app password", "web login required",
                "log in via your web browser", "mechanism is too weak", "mechanism too weak",
                "kimlik doğrulama başarısız*", "kimlik doğrulaması başarısız*",
                "kimlik bilgileri geçersiz", "parola hatalı", "şifre hatalı", "yanlış parola",
                "yanlış şifre", "kullanıcı adı veya parola", "kullanıcı adı ya da parola",
                "kullanıcı adı veya şifre", "giriş başarısız",
                "authentifizierung fehlgeschlagen",
                "anmeldung fehlgeschlagen", "falsches passwort", "autenticación fallida",
                "fallo de autenticación", "contraseña incorrecta", "échec de l authentification",
                "authentification échouée", "mot de passe incorrect", "falha na autenticação",
                "senha incorreta", "autenticazione fallita",
            ]
        ),
        (
            .authRequired,
            [
                "authentication required", "authentication is required", "auth required",
                "authentication needed", "must authenticate", "must be authenticated",
                "not authenticated", "please authenticate", "authenticate first",
                "requires authentication", "not logged in", "kimlik doğrulama gerek*",
                "kimlik doğrulaması gerek*", "kimlik doğrulaması yapılmamış",
                "oturum açmanız gerek*",
                "authentifizierung erforderlich", "anmeldung erforderlich",
                "autenticación requerida",
                "se requiere autenticación", "authentification requise",
                "autenticação necessária",
                "autenticazione richiesta",
            ]
        ),
        (
            .relayDenied,
            [
                "relay access denied", "relaying denied", "relay denied", "relay not permitted",
                "relaying not permitted", "not permitted to relay", "unable to relay",
                "cannot relay",
                "relay not allowed", "relaying not allowed", "not allowed to relay",
                "relaying disallowed", "relaying is not allowed", "relay prohibited",
                "we do not relay", "no relaying", "not an open relay", "relay refused",
                "aktarma reddedil*", "aktarmaya izin veril*", "aktarma izni", "relay izni",
                "relaying verweigert", "relay nicht erlaubt", "relaying nicht erlaubt",
                "retransmisión denegada", "relay no permitido", "relais refusé",
                "relais non autorisé",
            ]
        ),
        (
            .mailboxFull,
            [
                "mailbox full", "mailbox is full", "full mailbox", "inbox is full", "inbox full",
                "over quota", "overquota", "quota*", "exceeded storage", "exceeds storage",
                "storage allocation", "out of storage", "insufficient storage",
                "mailbox size limit",
                "mailbox size exceeded", "not enough space", "kutusu dol*", "kota*",
                "depolama alanı dol*", "yer kalmadı", "postfach voll", "postfach ist voll",
                "mailbox voll", "speicherplatz", "buzón lleno", "buzón está lleno",
                "boîte pleine",
                "boîte aux lettres pleine", "caixa postal cheia", "caixa de correio cheia",
                "caixa cheia", "casella piena", "casella di posta piena", "mailbox vol",
                "postvak vol",
            ]
        ),
        (
            .messageTooBig,
            [
                "message size exceeds", "message too big", "message too large",
                "message is too large", "message is too big", "size exceeds", "exceeds size limit",
                "maximum message size", "message size limit*", "size limit*", "too large",
                "too big",
                "message length exceeds", "email is too large", "çok büyük", "ileti boyutu",
                "boyut sınır*", "boyutu aş*", "zu groß", "demasiado grande", "trop volumineux",
                "troppo grande", "te groot",
            ]
        ),
        (
            .hostUnknown,
            [
                "host not found", "host or domain name not found", "domain not found",
                "domain name not found", "name service error", "unknown host", "host unknown",
                "no such domain", "domain does not exist", "domain doesn't exist", "nxdomain",
                "no mx", "null mx", "unrouteable domain", "unroutable domain", "could not resolve",
                "cannot resolve", "unable to resolve", "dns lookup fail*", "dns error",
                "name or service not known", "unresolvable", "does not accept mail",
                "alan adı bulunamadı", "alan adı yok", "sunucu bulunamadı", "dns hatası",
                "alan adı çözümlenemedi", "domain nicht gefunden", "domäne existiert nicht",
                "host nicht gefunden", "dominio no encontrado", "dominio inexistente",
                "dominio no existe", "domaine introuvable", "domaine inconnu", "hôte inconnu",
            ]
        ),
        (
            .userUnknown,
            [
                "user unknown", "unknown user", "no such user", "no such recipient",
                "no such mailbox", "no such account", "recipient unknown", "unknown recipient",
                "recipient not found", "user not found", "mailbox not found", "address not found",
                "account not found", "does not exist", "doesn't exist", "invalid recipient",
                "invalid mailbox", "not a valid mailbox", "unrouteable address",
                "unroutable address",
                "recipnotfound", "recipientnotfound", "account that you tried to reach is disabled",
                "mailbox disabled", "mailbox inactive", "no longer active", "access denied as",
                "kullanıcı bulunamadı", "kullanıcı yok", "böyle bir kullanıcı",
                "alıcı bulunamadı",
                "alıcı bilinmiyor", "bilinmeyen kullanıcı", "bilinmeyen alıcı",
                "geçersiz alıcı",
                "posta kutusu bulunamadı", "posta kutusu yok", "adres bulunamadı",
                "hesap bulunamadı",
                "alıcı mevcut değil", "kullanıcı mevcut değil", "adres mevcut değil",
                "hesap mevcut değil", "benutzer unbekannt", "unbekannter benutzer",
                "empfänger unbekannt", "unbekannter empfänger", "existiert nicht",
                "usuario desconocido", "destinatario desconocido", "usuario no encontrado",
                "no existe", "utilisateur inconnu", "destinataire inconnu", "n existe pas",
                "usuário desconhecido", "não existe", "utente sconosciuto", "non esiste",
                "onbekende gebruiker", "bestaat niet",
            ]
        ),
        (
            .blockedIPOrReputation,
            [
                "blocked using", "blacklist*", "blocklist*", "block list*", "black list*", "dnsbl",
                "rbl", "spamhaus", "spamcop", "barracuda", "sorbs", "listed at", "listed on",
                "listed in", "reputation", "banned sending ip", "your ip", "sending ip",
                "ip blocked",
                "ip address blocked", "client host rejected", "client host blocked", "reverse dns",
                "reverse lookup", "ptr record*", "rdns", "cannot find your hostname",
                "cannot find your reverse hostname", "user complaints", "dynamic ip",
                "residential ip", "tss04", "kara liste*", "ip adresi engellen*",
                "ip adresiniz engellen*", "itibar", "itibarı*", "ters dns", "ptr kayd*",
                "schwarze liste*", "sperrliste*", "ip gesperrt", "lista negra", "lista de bloqueo",
                "ip bloqueada", "reputación", "liste noire", "réputation", "lista nera",
                "zwarte lijst",
            ]
        ),
        (
            .syntaxError,
            [
                "syntax*", "command unrecognized", "unrecognized command", "unrecognised command",
                "command not recognized", "command not implemented", "not implemented",
                "bad sequence", "invalid command", "unknown command", "line too long", "malformed",
                "invalid address", "not a valid rfc", "parameters not recognized",
                "invalid parameter", "invalid argument", "sözdizimi", "söz dizimi",
                "geçersiz komut",
                "bilinmeyen komut", "hatalı komut", "syntaxfehler", "unbekannter befehl",
                "error de sintaxis", "comando desconocido", "erreur de syntaxe",
                "commande inconnue",
            ]
        ),
        (
            .spamOrPolicy,
            [
                "spam*", "unsolicited", "junk", "phish*", "virus*", "malware", "infected", "policy",
                "policies", "content", "message rejected", "dmarc", "spf", "dkim",
                "unauthenticated",
                "not authorized", "not authorised", "sender denied", "suspicious", "security issue",
                "istenmeyen", "politika*", "içerik*", "virüs*", "zararlı", "şüpheli",
                "spamverdacht",
                "richtlinie*", "correo no deseado", "política", "contenido", "sospechoso",
                "indésirable", "politique", "conteúdo",
            ]
        ),
    ]

    static let stock: [(ReasonCategory, [Phrase])] = [
        (.userUnknown, ["mailbox unavailable", "mailbox not available"]),
        (.spamOrPolicy, ["access denied", "message refused", "refused", "denied"]),
        (
            .temporaryFailure,
            [
                "try again later", "try later", "please try again", "retry later", "temporarily",
                "temporary", "service unavailable", "service not available", "deferred", "geçici",
                "daha sonra tekrar dene*", "daha sonra yeniden dene*", "vorübergehend", "später",
                "temporalmente", "más tarde", "temporairement", "plus tard", "temporariamente",
                "mais tarde", "temporaneamente", "più tardi",
            ]
        ),
    ]

    /// Words of acceptance, used only when no code contradicts them.
    static let success: [Phrase] = [
        "queued as", "message accepted", "accepted for delivery", "mail action okay",
        "authentication successful", "message queued", "kuyruğa alındı", "ileti kabul edildi",
    ]

    /// The first category in `table` one of whose phrases occurs in `words`.
    static func firstMatch(
        in words: FoldedWords, _ table: [(ReasonCategory, [Phrase])]
    ) -> ReasonCategory? {
        table.first { _, phrases in phrases.contains(where: words.contains) }?.0
    }
}
