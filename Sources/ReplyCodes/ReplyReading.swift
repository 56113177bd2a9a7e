/// A reply read from its first line to its last: the continuation lines of a multi-line
/// reply, the rest of a quoted literal, or the lines a bounce message wrapped it onto.
struct ReplyReading {
    let reply: ParsedReply
    let lastLine: Int

    /// More wrapped lines than this are not part of a reply but a paste that goes on.
    static let maximumWrappedLines = 10

    init(lines: [ScannedLine], start: ReplyParser.Start) {
        let first = lines[start.line]
        var pieces = ReplyPieces()
        var reading = LineReading(
            first, from: start.offset, basic: start.basic, quote: Self.quote(first, start.offset))
        pieces.add(reading, line: start.line)
        let marker = reading.marker
        var separator = reading.separator

        var number = start.line
        var wrapped = 0
        while number + 1 < lines.count {
            let line = lines[number + 1]
            if let quote = reading.openQuote {
                reading = LineReading(
                    line, from: line.indentation, basic: start.basic, quote: quote, marker: marker)
            } else if separator == "-", let basic = start.basic,
                let offset = Self.continuation(of: basic, on: line, after: first, start)
            {
                reading = LineReading(line, from: offset, basic: basic, quote: nil, marker: marker)
            } else if !reading.closedQuote, wrapped < Self.maximumWrappedLines,
                Self.isWrapped(line, after: first, start, marker)
            {
                wrapped += 1
                reading = LineReading(
                    line, from: line.indentation, basic: nil, quote: nil, marker: marker)
            } else {
                break
            }
            number += 1
            separator = reading.separator ?? separator
            pieces.add(reading, line: number)
        }

        lastLine = number
        reply = pieces.reply(basic: start.basic, lines: lines)
    }

    /// The quote right before a code, when the reply is quoted: `returned '550 ...'`.
    private static func quote(_ line: ScannedLine, _ offset: Int) -> LineReading.Quote? {
        guard let before = line.character(offset - 1), "'\"".contains(before) else { return nil }
        return .init(character: before, isBytesLiteral: line.character(offset - 2) == "b")
    }

    /// Where the same basic code continues the reply on `line`: at the same column after
    /// the same prefix (`SERVER -> CLIENT: 535-…` printed per line), or first on the line.
    private static func continuation(
        of basic: BasicCode, on line: ScannedLine, after first: ScannedLine,
        _ start: ReplyParser.Start
    ) -> Int? {
        let prefix = first.characters[..<start.offset]
        let candidates = [start.offset, line.indentation]
        return candidates.first { offset in
            guard line.basicCode(at: offset) == basic else { return false }
            guard offset == line.indentation
                || line.characters.starts(with: prefix) else { return false }
            return line.character(offset + 3).map { " \t-".contains($0) } ?? true
        }
    }

    /// Whether `line` carries on the text of a reply that software wrapped: it is indented
    /// (Postfix bounces indent the rest of a reply, a multi-line one joined into one), or
    /// the reply began its line and this line is indented as far. A new code (other than
    /// the codes a multi-line reply repeats), a header such as `Action: failed`, a blank
    /// line or a new log line ends the reply.
    private static func isWrapped(
        _ line: ScannedLine, after first: ScannedLine, _ start: ReplyParser.Start,
        _ marker: LineMarker?
    ) -> Bool {
        let code = ReplyParser.basicStart(on: line)
        guard !line.isBlank, let lead = line.character(line.indentation), !lead.isNumber,
            code == nil || code.flatMap({ marker?.found(on: line, at: $0) }) != nil,
            ReplyParser.enhancedStart(on: line) == nil, !isHeaderOrLogLine(line)
        else { return false }

        let beganLine = first.anchor(before: start.offset) == .lineStart
        return line.indentation > 0 || (beganLine && line.indentation >= first.indentation)
    }

    private static func isHeaderOrLogLine(_ line: ScannedLine) -> Bool {
        let words = line.text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard let word = words.first else { return false }
        if line.indentation == 0, word.hasSuffix(":"),
            word.dropLast().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
        {
            return true
        }
        let isDay = words.count > 1 && words[1].allSatisfy(\.isNumber)
        return isDay && word.count == 3 && months.contains(word.lowercased())
    }

    private static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
}
