import ReplyCodes

extension SampleReply {
    /// Servers that answer in Turkish and other languages, in any letter case.
    public static let otherLanguages: [SampleReply] = [
        .init(
            "Turkish full mailbox", "550 Posta kutusu dolu, ileti teslim edilemedi",
            basic: "550", enhanced: nil, .mailboxFull, retry: .doNotRetryUnchanged),
        .init(
            "Turkish unknown user in capitals with a dotless I",
            "550 KULLANICI BULUNAMADI: ayse@example.org",
            basic: "550", enhanced: nil, .userUnknown,
            message: "KULLANICI BULUNAMADI: ayse@example.org"),
        .init(
            "Turkish unknown recipient with dotted capital İ",
            "554 ALICI BULUNAMADI. LÜTFEN ADRESİ KONTROL EDİN",
            basic: "554", enhanced: nil, .userUnknown),
        .init(
            "Turkish typed without Turkish letters", "550 Kullanici bulunamadi",
            basic: "550", enhanced: nil, .userUnknown),
        .init(
            "Turkish authentication failure",
            "535 5.7.8 Kimlik doğrulama başarısız: kullanıcı adı veya parola hatalı",
            basic: "535", enhanced: "5.7.8", .authFailed),
        .init(
            "Turkish relay refusal", "550 5.7.1 Aktarmaya izin verilmiyor",
            basic: "550", enhanced: "5.7.1", .relayDenied),
        .init(
            "Turkish message size", "552 5.3.4 İleti boyutu izin verilen sınırı aşıyor",
            basic: "552", enhanced: "5.3.4", .messageTooBig),
        .init(
            "Turkish rate limit",
            "421 4.7.0 Çok fazla bağlantı, lütfen daha sonra tekrar deneyin",
            basic: "421", enhanced: "4.7.0", .rateLimited, retry: .retryLater),
        .init(
            "Turkish greylisting", "451 4.7.1 Gri listeye alındınız, lütfen 5 dakika sonra "
                + "yeniden deneyin",
            basic: "451", enhanced: "4.7.1", .greylisted),
        .init(
            "Turkish temporary failure",
            "421 4.3.2 Sistem geçici olarak kullanılamıyor, lütfen "
                + "daha sonra tekrar deneyin",
            basic: "421", enhanced: "4.3.2", .temporaryFailure),
        .init(
            "Turkish blocklist", "554 5.7.1 IP adresiniz kara listede: 198.51.100.5",
            basic: "554", enhanced: "5.7.1", .blockedIPOrReputation),
        .init(
            "German full mailbox", "450 Postfach voll – bitte später erneut versuchen",
            basic: "450", enhanced: nil, .mailboxFull, retry: .retryLater),
        .init(
            "German unknown recipient", "550 Empfänger unbekannt",
            basic: "550", enhanced: nil, .userUnknown),
        .init(
            "German temporary failure", "421 4.4.2 Verbindung vorübergehend nicht möglich",
            basic: "421", enhanced: "4.4.2", .temporaryFailure),
        .init(
            "Spanish full mailbox", "452 4.2.2 El buzón está lleno",
            basic: "452", enhanced: "4.2.2", .mailboxFull),
        .init(
            "Spanish unknown user", "550 El usuario no existe", basic: "550", enhanced: nil,
            .userUnknown),
        .init(
            "Spanish authentication required", "530 5.7.0 Se requiere autenticación",
            basic: "530", enhanced: "5.7.0", .authRequired),
        .init(
            "French unknown user", "550 5.7.1 Adresse d’au moins un destinataire invalide. "
                + "Utilisateur inconnu",
            basic: "550", enhanced: "5.7.1", .userUnknown, codeSuggests: .spamOrPolicy),
        .init(
            "Portuguese unknown user", "554 Usuário não existe", basic: "554",
            enhanced: nil, .userUnknown),
        .init(
            "Spanish syntax error", "501 5.5.2 Error de sintaxis en los parámetros",
            basic: "501", enhanced: "5.5.2", .syntaxError),
    ]
}
