import ReplyCodes

extension SampleReply {
    /// Single replies in English, bare or with little around them.
    public static let english: [SampleReply] = [
        .init(
            "Exim bounce of a Gmail-style multi-line reply",
            """
            SMTP error from remote mail server after RCPT TO:<someone@example.org>:
            550-5.1.1 The email account that you tried to reach does not exist. Please try
            550-5.1.1 double-checking the recipient's email address for typos or
            550 5.1.1 unnecessary spaces. https://support.example.com/mail/?p=NoSuchUser
            """,
            basic: "550", enhanced: "5.1.1", .userUnknown,
            urls: ["https://support.example.com/mail/?p=NoSuchUser"],
            message: "The email account that you tried to reach does not exist. Please try "
                + "double-checking the recipient's email address for typos or unnecessary "
                + "spaces. https://support.example.com/mail/?p=NoSuchUser",
            retry: .doNotRetryUnchanged),
        .init(
            "CRLF multi-line reply that repeats the enhanced code only once",
            "550-5.1.1 <ana@example.org> No such user here\r\n550-Please check the address\r\n"
                + "550 and the domain\r\n",
            basic: "550", enhanced: "5.1.1", .userUnknown,
            message: "<ana@example.org> No such user here Please check the address and the domain"),
        .init(
            "a bare 421 with an IP in brackets",
            "421 4.7.0 [192.0.2.10] Try again later, closing connection.",
            basic: "421", enhanced: "4.7.0", .temporaryFailure,
            message: "[192.0.2.10] Try again later, closing connection.", retry: .retryLater),
        .init(
            "535 without an enhanced code", "535 Authentication failed: Bad username / password",
            basic: "535", enhanced: nil, .authFailed,
            message: "Authentication failed: Bad username / password", retry: .doNotRetryUnchanged),
        .init(
            "odd spacing around the codes", "   550     5.7.1    Message   rejected   as   spam   ",
            basic: "550", enhanced: "5.7.1", .spamOrPolicy, message: "Message rejected as spam"),
        .init(
            "Postfix relay refusal", "554 5.7.1 <dev@example.net>: Relay access denied",
            basic: "554", enhanced: "5.7.1", .relayDenied),
        .init(
            "enhanced code only", "5.7.1 Unable to relay", basic: nil, enhanced: "5.7.1",
            .relayDenied, message: "Unable to relay", retry: .doNotRetryUnchanged),
        .init(
            "Gmail over quota, transient",
            """
            452-4.2.2 The email account that you tried to reach is over quota. Please direct
            452-4.2.2 the recipient to
            452 4.2.2  https://support.example.com/mail/?p=OverQuotaTemp a1si1234567wmq.12 - gsmtp
            """,
            basic: "452", enhanced: "4.2.2", .mailboxFull,
            urls: ["https://support.example.com/mail/?p=OverQuotaTemp"], retry: .retryLater),
        .init(
            "Gmail bad credentials through Nodemailer",
            """
            Error: Invalid login: 535-5.7.8 Username and Password not accepted. \
            For more information, go to
            535 5.7.8  https://support.example.com/mail/?p=BadCredentials b2sm1234567ejb.12 - gsmtp
            """,
            basic: "535", enhanced: "5.7.8", .authFailed,
            urls: ["https://support.example.com/mail/?p=BadCredentials"]),
        .init(
            "authentication required", "530 5.7.0 Authentication Required. Learn more at "
                + "https://support.example.com/mail/?p=WantAuthError",
            basic: "530", enhanced: "5.7.0", .authRequired,
            urls: ["https://support.example.com/mail/?p=WantAuthError"]),
        .init(
            "PHPMailer reporting Exchange Online",
            "SMTP ERROR: MAIL FROM command failed: 530 5.7.57 Client not authenticated to send "
                + "mail. [AM0PR01CA0001.eurprd01.prod.example.com]",
            basic: "530", enhanced: "5.7.57", .authRequired),
        .init(
            "STARTTLS demanded with the code of missing authentication",
            "530 5.7.0 Must issue a STARTTLS command first. c3sm1234567wmq.3 - gsmtp",
            basic: "530", enhanced: "5.7.0", .tlsRequired, codeSuggests: .authRequired),
        .init(
            "encryption required for a mechanism",
            "538 5.7.11 Encryption required for requested authentication mechanism",
            basic: "538", enhanced: "5.7.11", .tlsRequired),
        .init(
            "Gmail spam verdict over four lines",
            """
            550-5.7.1 [192.0.2.44] Our system has detected that this message is
            550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,
            550-5.7.1 this message has been blocked. Please visit
            550 5.7.1  https://support.example.com/mail/?p=UnsolicitedMessageError z7si1.42 - gsmtp
            """,
            basic: "550", enhanced: "5.7.1", .spamOrPolicy,
            urls: ["https://support.example.com/mail/?p=UnsolicitedMessageError"]),
        .init(
            "DMARC rejection",
            "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's "
                + "DMARC policy.",
            basic: "550", enhanced: "5.7.26", .spamOrPolicy),
        .init(
            "content filter", "554 5.7.1 This message was blocked because its content presents "
                + "a potential security issue.",
            basic: "554", enhanced: "5.7.1", .spamOrPolicy),
        .init(
            "DNSBL listing with a lookup link",
            "554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using "
                + "zen.example.net; https://www.example.net/query/ip/198.51.100.23",
            basic: "554", enhanced: "5.7.1", .blockedIPOrReputation,
            urls: ["https://www.example.net/query/ip/198.51.100.23"]),
        .init(
            "banned sending IP",
            "550 5.7.606 Access denied, banned sending IP [198.51.100.7]. To request removal "
                + "from this list please visit https://sender.example.com/ and follow the "
                + "directions.",
            basic: "550", enhanced: "5.7.606", .blockedIPOrReputation,
            urls: ["https://sender.example.com/"]),
        .init(
            "rate limited over four lines",
            """
            421-4.7.28 [198.51.100.12      15] Our system has detected an unusual rate of
            421-4.7.28 unsolicited mail originating from your IP address. To protect our
            421-4.7.28 users from spam, mail sent from your IP address has been temporarily
            421 4.7.28 rate limited.
            """,
            basic: "421", enhanced: "4.7.28", .rateLimited, retry: .retryLater),
        .init(
            "rate limit sent as an unknown user",
            "550 5.1.1 Too many messages from this sender, rate limit exceeded",
            basic: "550", enhanced: "5.1.1", .rateLimited, retry: .retryLater,
            codeSuggests: .userUnknown),
        .init(
            "Postgrey", "450 4.2.0 <erin@example.org>: Recipient address rejected: Greylisted, "
                + "see http://postgrey.example.net/help/example.org.html",
            basic: "450", enhanced: "4.2.0", .greylisted,
            urls: ["http://postgrey.example.net/help/example.org.html"], retry: .retryLater),
        .init(
            "greylisting answered with a permanent code",
            "550 Greylisted for 5 minutes, come back later",
            basic: "550", enhanced: nil, .greylisted, retry: .retryLater),
        .init(
            "fixed size limit", "552 5.3.4 Message size exceeds fixed limit",
            basic: "552", enhanced: "5.3.4", .messageTooBig, codeSuggests: .messageTooBig),
        .init(
            "Gmail size limit",
            "552-5.2.3 Your message exceeded the message size limits. Please visit\n"
                + "552 5.2.3  https://support.example.com/mail/?p=MaxSizeError",
            basic: "552", enhanced: "5.2.3", .messageTooBig,
            urls: ["https://support.example.com/mail/?p=MaxSizeError"]),
        .init(
            "mistyped EHLO", "500 5.5.1 Command unrecognized: \"EHLLO example.com\"",
            basic: "500", enhanced: "5.5.1", .syntaxError),
        .init(
            "bad recipient syntax", "501 5.1.3 Bad recipient address syntax",
            basic: "501", enhanced: "5.1.3", .syntaxError),
        .init(
            "bad sequence, stated by the code alone", "503 5.5.1 Error: need RCPT command",
            basic: "503", enhanced: "5.5.1", .syntaxError),
        .init(
            "DNS failure without any code",
            "Host or domain name not found. Name service error for name=example.invalid "
                + "type=MX: Host not found, try again",
            basic: nil, enhanced: nil, .hostUnknown, retry: .doNotRetryUnchanged),
        .init(
            "host unknown with codes", "550 5.1.2 Host unknown (Name server: example.invalid: "
                + "host not found)",
            basic: "550", enhanced: "5.1.2", .hostUnknown),
        .init(
            "local problem", "451 4.3.0 Temporary local problem - please try later",
            basic: "451", enhanced: "4.3.0", .temporaryFailure, retry: .retryLater),
        .init(
            "queued", "250 2.0.0 Ok: queued as 4B7C1A2D3E", basic: "250", enhanced: "2.0.0",
            .success, message: "Ok: queued as 4B7C1A2D3E", retry: .notNeeded),
        .init(
            "authentication accepted", "235 2.7.0 Authentication successful",
            basic: "235", enhanced: "2.7.0", .success, retry: .notNeeded),
        .init(
            "classes disagree on a full mailbox", "452 5.2.2 Over quota",
            basic: "452", enhanced: "5.2.2", .mailboxFull, mismatch: true, retry: .retryLater),
        .init(
            "classes disagree on greylisting", "451 5.7.1 Greylisted, please retry in 300 seconds",
            basic: "451", enhanced: "5.7.1", .greylisted, mismatch: true, retry: .retryLater),
        .init(
            "a success code with a failure class", "250 5.0.0 Message accepted",
            basic: "250", enhanced: "5.0.0", .success, mismatch: true, retry: .notNeeded),
        .init(
            "nothing but the RFC's words", "550 Requested action not taken",
            basic: "550", enhanced: nil, .other, retry: .doNotRetryUnchanged),
        .init(
            "transaction failed", "554 5.0.0 Transaction failed", basic: "554", enhanced: "5.0.0",
            .other),
        .init(
            "Microsoft 365 with SMTP AUTH turned off",
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
                + "the Tenant. Visit https://aka.example.com/smtp_auth_disabled for more "
                + "information. [DM6PR01CA0001.namprd01.prod.example.com]",
            basic: "535", enhanced: "5.7.139", .authFailed,
            urls: ["https://aka.example.com/smtp_auth_disabled"]),
        .init(
            "an enhanced code set off in the text", "421 Service not available (4.3.2), try again",
            basic: "421", enhanced: "4.3.2", .temporaryFailure),
    ]
}
