import Testing

@testable import ReplyCodes
import ReplySamples

@Suite("Finding a reply in a paste")
struct ReplyParserTests {
    static let gmail = """
        SMTP error from remote mail server after RCPT TO:<someone@example.org>:
        550-5.1.1 The email account that you tried to reach does not exist. Please try
        550-5.1.1 double-checking the recipient's email address for typos or
        550 5.1.1 unnecessary spaces. https://support.example.com/mail/?p=NoSuchUser
        """

    @Test("the lines of the reply are kept with each piece marked")
    func highlights() throws {
        let reply = ReplyParser.parse(Self.gmail)
        #expect(reply.lines.count == 3)

        let first = reply.lines[0].segments
        #expect(first.map(\.kind) == [.basicCode, nil, .enhancedCode, nil, .message])
        #expect(first.map(\.text) == [
            "550", "-", "5.1.1", " ",
            "The email account that you tried to reach does not exist. Please try",
        ])

        let last = try #require(reply.lines.last)
        let url = last.segments.first { $0.kind == .url }
        #expect(url?.text == "https://support.example.com/mail/?p=NoSuchUser")
    }

    @Test("segments give back every character of their line")
    func segmentsRoundTrip() {
        for sample in SampleReply.all {
            for line in ReplyParser.parse(sample.text).lines {
                #expect(line.segments.map(\.text).joined() == line.text, "\(sample.name)")
            }
        }
    }

    @Test("CRLF, CR and LF line ends read alike")
    func lineEnds() {
        let lf = ReplyParser.parse(Self.gmail)
        let crlf = ReplyParser.parse(Self.gmail.split(separator: "\n").joined(separator: "\r\n"))
        let cr = ReplyParser.parse(Self.gmail.split(separator: "\n").joined(separator: "\r"))
        #expect(crlf.message == lf.message)
        #expect(cr.message == lf.message)
        #expect(crlf.enhancedCode == lf.enhancedCode)
    }

    @Test("an enhanced code is never made up from the basic code")
    func noInventedEnhancedCode() {
        let reply = ReplyParser.parse("550 Requested action not taken: mailbox unavailable")
        #expect(reply.basicCode == BasicCode("550"))
        #expect(reply.enhancedCode == nil)

        let logged = ReplyParser.parse(
            "dsn=5.0.0, status=bounced (host mx.example.org[192.0.2.25] said: 550 Rejected)")
        #expect(logged.enhancedCode == nil, "Postfix's dsn= is Postfix's, not the server's")
    }

    @Test("numbers that are not reply codes are left alone")
    func notCodes() {
        let reply = ReplyParser.parse(
            "connect to mx.example.org[192.0.2.25]:587: port 587 refused after 250 ms")
        #expect(!reply.hasCode)
    }

    @Test("a mismatch needs both codes; X never comes from a server")
    func mismatch() {
        #expect(ReplyParser.parse("550 4.2.2 Mailbox full").hasClassMismatch)
        #expect(!ReplyParser.parse("550 5.2.2 Mailbox full").hasClassMismatch)
        #expect(!ReplyParser.parse("4.2.2 Mailbox full").hasClassMismatch)
        #expect(ReplyParser.parse("550 X.7.1 Denied").enhancedCode == nil)
    }

    @Test("several addresses are listed once each, without trailing punctuation")
    func urls() {
        let reply = ReplyParser.parse(
            "550 5.7.1 Blocked, see https://a.example.com/x (or https://b.example.com/y). "
                + "Again: https://a.example.com/x.")
        #expect(reply.urls == ["https://a.example.com/x", "https://b.example.com/y"])
    }
}

@Suite("Finding a reply in a paste: edge cases")
struct ReplyParserEdgeTests {
    @Test("a Python bytes literal ends at its own closing quote")
    func bytesLiteral() {
        let reply = ReplyParser.parse(
            "smtplib.SMTPSenderRefused: (530, b'5.7.0 Authentication Required.', "
                + "'me@example.com')")
        #expect(reply.message == "Authentication Required.")
    }

    @Test("a typed quote ends at the last quote, apostrophes inside kept")
    func typedQuote() {
        let reply = ReplyParser.parse(
            "Remote Server returned '550 5.7.1 Messages from [192.0.2.1] weren't sent'")
        #expect(reply.message == "Messages from [192.0.2.1] weren't sent")
    }

    @Test("after an ordinary word, only codes servers send count")
    func commonCodesOnly() {
        #expect(!ReplyParser.parse("Error 404 page not found").hasCode)
        #expect(ReplyParser.parse("Error 550 mailbox unavailable").basicCode == BasicCode("550"))
    }
}

@Suite("Finding a reply in a paste: rewrapped replies and delivery reports")
struct ReplyParserRewrapTests {
    @Test("codes a rewrapped multi-line reply repeats mid-line are marked, not read as words")
    func repeatsInsideLines() throws {
        let sample = try #require(SampleReply.all.first { $0.text.contains("550-5.7.26") })
        let reply = ReplyParser.parse(sample.text)
        #expect(reply.lines.count == 8)

        let marked = reply.lines[2].segments.filter { $0.kind != nil }
        let kinds: [ReplyHighlight.Kind] = [
            .message, .basicCode, .enhancedCode, .basicCode, .enhancedCode,
        ]
        #expect(marked.map(\.kind) == kinds)
        #expect(marked.first?.text == "senders to authenticate with either SPF or DKIM.")
    }

    @Test("a multi-line reply joined onto one log line loses its repeated codes")
    func repeatsOnOneLine() {
        let reply = ReplyParser.parse(
            "status=bounced (host mx.example.org[192.0.2.25] said: 550-5.7.1 Blocked as "
                + "550-5.7.1 spam, see 550 5.7.1 https://example.org/help (in reply to end "
                + "of DATA command))")
        #expect(reply.message == "Blocked as spam, see https://example.org/help")
        #expect(reply.urls == ["https://example.org/help"])
    }

    @Test("the reply's own number among its words is kept")
    func numberInWords() {
        let reply = ReplyParser.parse(
            "550-5.7.1 We take 550 messages a day\n550 5.7.1 from each sender, 550- at most")
        #expect(reply.message == "We take 550 messages a day from each sender, 550- at most")
    }

    @Test("a report's status is marked on its own line, wherever the field stands")
    func deliveryReportStatus() throws {
        let reply = ReplyParser.parse(
            "Diagnostic-Code: X-Unix; mail forwarding loop for\n  someone@example.org\n"
                + "Status: 5.4.6\n\nStatus: 4.4.1\n")
        #expect(reply.basicCode == nil)
        #expect(reply.enhancedCode?.description == "5.4.6")
        #expect(reply.message == "mail forwarding loop for someone@example.org")
        #expect(reply.lines.count == 3)

        let status = try #require(reply.lines.last).segments
        #expect(status.map(\.kind) == [nil, .enhancedCode])
    }
}
