/// Finds the SMTP reply in whatever a person pasted: a bounce message, a log line, a
/// library's exception, a Python tuple, or the bare reply. Pure: text in, parts out.
///
/// A reply (RFC 5321 §4.2) is lines of `code SP text`, every line but the last written
/// `code - text`; with RFC 2034 each text starts with the enhanced status code. Around it
/// come whatever the sending software printed, which is why a code is taken only where it
/// stands as a reply code: first on its line, after a colon or `said`, or followed by an
/// enhanced code. A paste with several replies (a whole SMTP transcript) is explained by
/// its first failure, the one the person is asking about.
/// A delivery report whose diagnostic is the reporting MTA's own words, with no reply code
/// in it, is read by its fields instead (`DeliveryReport`).
public enum ReplyParser {
    public static func parse(_ text: String) -> ParsedReply {
        let lines = PastedText.lines(of: text).map(ScannedLine.init)
        let starts = basicStarts(in: lines)
        if starts.isEmpty, let report = DeliveryReport.reply(in: lines) { return report }
        let candidates = starts.isEmpty ? enhancedStarts(in: lines) : starts

        var replies: [ReplyReading] = []
        var lastLine = -1
        for start in candidates where start.line > lastLine {
            let reading = ReplyReading(lines: lines, start: start)
            replies.append(reading)
            lastLine = reading.lastLine
        }
        let failure = replies.first { ($0.reply.replyClass?.rawValue ?? 0) >= 4 }
        return failure?.reply ?? replies.first?.reply ?? ReplyPieces.withoutCode(lines)
    }

    /// Where a reply starts: a line, the offset of its code, and which code it is.
    struct Start {
        let line: Int
        let offset: Int
        let basic: BasicCode?
    }

    /// The first code on each line that stands as a reply code.
    static func basicStarts(in lines: [ScannedLine]) -> [Start] {
        lines.indices.compactMap { number in
            basicStart(on: lines[number]).map {
                Start(line: number, offset: $0, basic: lines[number].basicCode(at: $0))
            }
        }
    }

    /// A code after punctuation or first on its line is taken; after a word such as `with`
    /// or `error` only if servers commonly send it, so `Error 404` is not read as SMTP.
    static func basicStart(on line: ScannedLine) -> Int? {
        line.characters.indices.first { offset in
            guard let code = line.basicCode(at: offset) else { return false }
            switch line.anchor(before: offset) {
            case .lineStart, .punctuation: return true
            case .word where commonCodes.contains(code.value): return true
            default: return line.enhancedCode(at: codeTextStart(line, afterBasicAt: offset)) != nil
            }
        }
    }

    /// RFC 5321 §4.2.3 and the extensions' codes, and 571, which servers still send.
    static let commonCodes: Set<Int> = [
        211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421, 432, 450, 451, 452, 454, 455,
        500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556,
        571,
    ]

    /// Enhanced codes standing alone (`The server response was: 5.7.1 Unable to relay`),
    /// for pastes whose basic code was dropped by the software that printed them.
    static func enhancedStarts(in lines: [ScannedLine]) -> [Start] {
        lines.indices.compactMap { number in
            enhancedStart(on: lines[number]).map { Start(line: number, offset: $0, basic: nil) }
        }
    }

    static func enhancedStart(on line: ScannedLine) -> Int? {
        line.characters.indices.first { offset in
            guard line.enhancedCode(at: offset) != nil else { return false }
            return line.anchor(before: offset) >= .word
                || (offset > 0 && "([#".contains(line.characters[offset - 1]))
        }
    }

    /// Where the text after a basic code begins: past the `-` or space, a Python bytes
    /// opening (`, b'`), a quote and a `#` (`550 #5.1.0`).
    static func codeTextStart(_ line: ScannedLine, afterBasicAt offset: Int) -> Int {
        var position = offset + 3
        if let separator = line.character(position), " \t-,".contains(separator) {
            position += 1
        }
        position = line.skippingSpaces(from: position)
        position += openingQuoteLength(line, at: position)
        if line.character(position) == "#" { position += 1 }
        return position
    }

    /// `b'` or `b"` (Python bytes) is two characters, a bare quote one, anything else none.
    static func openingQuoteLength(_ line: ScannedLine, at position: Int) -> Int {
        guard let character = line.character(position) else { return 0 }
        if character == "b", let quote = line.character(position + 1), "'\"".contains(quote) {
            return 2
        }
        return "'\"".contains(character) ? 1 : 0
    }
}
