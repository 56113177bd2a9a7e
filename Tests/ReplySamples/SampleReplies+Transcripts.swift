import ReplyCodes

extension SampleReply {
    /// Replies inside what software printed around them: logs, exceptions, bounces,
    /// transcripts.
    public static let transcripts: [SampleReply] = [
        .init(
            "Postfix log line",
            "Mar  3 10:42:13 mx1 postfix/smtp[4242]: 3F1A2B4C5D: to=<anna@example.org>, "
                + "relay=mx.example.org[192.0.2.25]:25, delay=0.42, delays=0.1/0/0.2/0.12, "
                + "dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.25] said: 550 5.1.1 "
                + "<anna@example.org>: Recipient address rejected: User unknown in local "
                + "recipient table (in reply to RCPT TO command))",
            basic: "550", enhanced: "5.1.1", .userUnknown,
            message: "<anna@example.org>: Recipient address rejected: User unknown in local "
                + "recipient table"),
        .init(
            "Postfix log line without any reply",
            "Mar  4 08:15:02 mx1 postfix/smtp[5151]: 7A8B9C0D1E: to=<frank@example.org>, "
                + "relay=none, delay=30, delays=0.02/0/30/0, dsn=4.4.1, status=deferred "
                + "(connect to mx.example.org[192.0.2.25]:25: Connection timed out)",
            basic: nil, enhanced: nil, .temporaryFailure,
            message: "connect to mx.example.org[192.0.2.25]:25: Connection timed out",
            retry: .retryLater),
        .init(
            "Python smtplib refusing a recipient",
            "smtplib.SMTPRecipientsRefused: {'bob@example.org': (550, b'5.7.1 "
                + "<bob@example.org>: Relay access denied')}",
            basic: "550", enhanced: "5.7.1", .relayDenied,
            message: "<bob@example.org>: Relay access denied"),
        .init(
            "Python bytes with a line break and a blocklist",
            #"smtplib.SMTPDataError: (554, b'5.7.1 Service unavailable; Client host "#
                + #"[198.51.100.30] blocked using\n5.7.1 bl.example.net; see "#
                + #"https://bl.example.net/lookup?198.51.100.30')"#,
            basic: "554", enhanced: "5.7.1", .blockedIPOrReputation,
            urls: ["https://bl.example.net/lookup?198.51.100.30"],
            message: "Service unavailable; Client host [198.51.100.30] blocked using "
                + "bl.example.net; see https://bl.example.net/lookup?198.51.100.30"),
        .init(
            "Python bytes with Turkish letters escaped",
            #"smtplib.SMTPRecipientsRefused: {'zeynep@example.com.tr': (550, "#
                + #"b'5.1.1 Kullan\xc4\xb1c\xc4\xb1 bulunamad\xc4\xb1')}"#,
            basic: "550", enhanced: "5.1.1", .userUnknown, message: "Kullanıcı bulunamadı"),
        .init(
            "JavaMail nested exception",
            "javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n"
                + "\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 "
                + "<carol@example.org>... User unknown\n",
            basic: "550", enhanced: "5.1.1", .userUnknown,
            message: "<carol@example.org>... User unknown"),
        .init(
            ".NET keeping only the enhanced code",
            "System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: "
                + "5.7.1 Unable to relay",
            basic: nil, enhanced: "5.7.1", .relayDenied, message: "Unable to relay"),
        .init(
            "Outlook quoting an Exchange reply",
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
                + "found by SMTP address lookup'",
            basic: "550", enhanced: "5.1.10", .userUnknown,
            message: "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            codeSuggests: .hostUnknown),
        .init(
            "Exim bounce wrapping a one-line reply",
            """
              SMTP error from remote mail server after RCPT TO:<gina@example.org>:
              550 5.1.1 <gina@example.org>: Recipient address rejected:
              User unknown in virtual mailbox table

            """,
            basic: "550", enhanced: "5.1.1", .userUnknown,
            message: "<gina@example.org>: Recipient address rejected: User unknown in virtual "
                + "mailbox table"),
        .init(
            "Postfix bounce wrapping after the codes",
            """
            <hank@example.org>: host mx.example.org[192.0.2.25] said: 552 5.2.2
                <hank@example.org>: Mailbox full (in reply to RCPT TO command)
            """,
            basic: "552", enhanced: "5.2.2", .mailboxFull,
            message: "<hank@example.org>: Mailbox full"),
        // 5.7.26 is the registry's "multiple authentication checks failed": SPF and DKIM
        // vouch for the sender's domain, not for a login, so this is spam_or_policy (as
        // the classifier files DMARC, SPF and DKIM), not auth_failed or auth_required,
        // which are about SMTP AUTH (RFC 4954) and are fixed with a password, not DNS.
        .init(
            "Postfix bounce rewrapping a Gmail multi-line reply",
            """
            <bob@example.com>: host mx.example.com[203.0.113.5] said: 550-5.7.26 This mail
                has been blocked because the sender is unauthenticated. Gmail requires all
                senders to authenticate with either SPF or DKIM. 550-5.7.26  550-5.7.26
                Authentication results: 550-5.7.26  DKIM = did not pass 550-5.7.26  SPF
                [example.com] with ip: [192.0.2.7] = did not pass 550-5.7.26  550-5.7.26  For
                instructions on setting up authentication, go to 550 5.7.26
                https://support.example.com/mail/answer/81126#authentication
                a1b2c3d4e5f.22 - gsmtp (in reply to end of DATA command)
            """,
            basic: "550", enhanced: "5.7.26", .spamOrPolicy,
            urls: ["https://support.example.com/mail/answer/81126#authentication"],
            message: "This mail has been blocked because the sender is unauthenticated. Gmail "
                + "requires all senders to authenticate with either SPF or DKIM. "
                + "Authentication results: DKIM = did not pass SPF [example.com] with ip: "
                + "[192.0.2.7] = did not pass For instructions on setting up authentication, "
                + "go to https://support.example.com/mail/answer/81126#authentication "
                + "a1b2c3d4e5f.22 - gsmtp",
            retry: .doNotRetryUnchanged, codeSuggests: .spamOrPolicy),
        .init(
            "PHPMailer debug output, prefix on every line",
            """
            SERVER -> CLIENT: 535-5.7.8 Username and Password not accepted. Learn more at
            SERVER -> CLIENT: 535 5.7.8  https://support.example.com/mail/?p=BadCredentials
            """,
            basic: "535", enhanced: "5.7.8", .authFailed,
            urls: ["https://support.example.com/mail/?p=BadCredentials"],
            message: "Username and Password not accepted. Learn more at "
                + "https://support.example.com/mail/?p=BadCredentials"),
        .init(
            "a whole transcript, explained by its failure",
            """
            220 mx.example.org ESMTP ready
            250-mx.example.org
            250-PIPELINING
            250 SIZE 10240000
            250 2.1.0 Ok
            550 5.7.1 <ivan@example.org>: Recipient address rejected: Access denied
            """,
            basic: "550", enhanced: "5.7.1", .spamOrPolicy,
            message: "<ivan@example.org>: Recipient address rejected: Access denied"),
        .init(
            "delivery status notification fields",
            "Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n",
            basic: "552", enhanced: "5.2.2", .mailboxFull, message: "Mailbox full"),
        // RFC 3464 §2.3.6: a Diagnostic-Code of a type other than smtp is the reporting
        // MTA's own words, not a reply; the code is then only in Status (§2.3.4).
        .init(
            "delivery status notification with a Postfix diagnostic",
            """
            Final-Recipient: rfc822; someone@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
                name=example.org type=MX: Host not found, try again
            """,
            basic: nil, enhanced: "5.0.0", .hostUnknown,
            message: "Host or domain name not found. Name service error for name=example.org "
                + "type=MX: Host not found, try again",
            retry: .doNotRetryUnchanged),
        .init(
            "a reply in double quotes after a colon",
            #"Delivery failed: "451 4.7.1 Please try again later (greylisting in action)""#,
            basic: "451", enhanced: "4.7.1", .greylisted,
            message: "Please try again later (greylisting in action)"),
        .init(
            "the code in words, 'responded with'",
            "The server responded with 552 Message too large for this system",
            basic: "552", enhanced: nil, .messageTooBig, codeSuggests: .mailboxFull),
        .init(
            "DNS failure in a log",
            "Name service error for name=mail.example.invalid type=A: Host not found",
            basic: nil, enhanced: nil, .hostUnknown),
        .init(
            "acceptance without a code", "Message accepted for delivery",
            basic: nil, enhanced: nil, .success, retry: .notNeeded),
    ]
}
