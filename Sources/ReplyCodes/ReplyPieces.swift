/// The pieces of a reply gathered line by line and laid out at the end. This is where the
/// message is tidied (a log's closing parenthesis and Postfix's `(in reply to RCPT TO
/// command)` are not the server's words), where URLs are found, and where highlights are
/// cut so that they never overlap.
struct ReplyPieces {
    typealias Mark = (kind: ReplyHighlight.Kind, range: Range<Int>)

    private var marks: [Int: [Mark]] = [:]
    private var messages: [(line: Int, range: Range<Int>)] = []
    private var enhanced: EnhancedCode?
    private var lineSpan: ClosedRange<Int>?

    mutating func add(_ reading: LineReading, line: Int) {
        marks[line, default: []] += reading.codes
        enhanced = enhanced ?? reading.enhanced
        for message in reading.messages { add(message: message, line: line) }
        widenSpan(to: line)
    }

    /// An enhanced code read from a field of its own, as a report's `Status: 5.0.0`.
    mutating func add(enhanced code: EnhancedCode, at range: Range<Int>, line: Int) {
        marks[line, default: []].append((.enhancedCode, range))
        enhanced = enhanced ?? code
        widenSpan(to: line)
    }

    mutating func add(message: Range<Int>, line: Int) {
        messages.append((line, message))
        widenSpan(to: line)
    }

    /// Lines may come out of order (a report's `Status:` field after its diagnostic).
    private mutating func widenSpan(to line: Int) {
        lineSpan = min(lineSpan?.lowerBound ?? line, line)...max(lineSpan?.upperBound ?? line, line)
    }

    /// A paste without any code: its text is the message, read from where a log says what
    /// happened (`status=deferred (connect to …: Connection timed out)`).
    static func withoutCode(_ lines: [ScannedLine]) -> ParsedReply {
        var pieces = ReplyPieces()
        for (number, line) in lines.enumerated() where !line.isBlank {
            let start = statusStart(line) ?? line.indentation
            var end = line.count
            while end > start, line.characters[end - 1].isWhitespace { end -= 1 }
            if start < end { pieces.add(message: start..<end, line: number) }
        }
        return pieces.reply(basic: nil, lines: lines)
    }

    func reply(basic: BasicCode?, lines: [ScannedLine]) -> ParsedReply {
        let messages = tidied(lines)
        var marks = self.marks
        var enhanced = self.enhanced
        if enhanced == nil, basic != nil, let found = Self.enhancedInText(messages, lines) {
            enhanced = found.code
            marks[found.line, default: []].append((.enhancedCode, found.range))
        }

        var urls: [String] = []
        var replyLines: [ReplyLine] = []
        for number in lineSpan.map(Array.init) ?? [] {
            let line = lines[number]
            var lineMarks = marks[number] ?? []
            for message in messages where message.line == number {
                let found = URLScanner.urls(in: line, message.range)
                urls += found.map { String(line.characters[$0]) }
                lineMarks += found.map { (.url, $0) }
                lineMarks += Self.gaps(in: message.range, around: lineMarks, line)
            }
            let highlights = lineMarks.sorted { $0.range.lowerBound < $1.range.lowerBound }.map {
                let range = line.index($0.range.lowerBound)..<line.index($0.range.upperBound)
                return ReplyHighlight(kind: $0.kind, range: range)
            }
            replyLines.append(ReplyLine(text: line.text, highlights: highlights))
        }

        let text = messages.map { String(lines[$0.line].characters[$0.range]) }
        return ParsedReply(
            basicCode: basic, enhancedCode: enhanced,
            message: text.joined(separator: " ").split(whereSeparator: \.isWhitespace)
                .joined(separator: " "),
            urls: urls.reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
            lines: replyLines)
    }

    /// The message ranges with the last one's trailing noise cut: parentheses closed more
    /// often than opened, then Postfix's own note on which command was answered.
    private func tidied(_ lines: [ScannedLine]) -> [(line: Int, range: Range<Int>)] {
        guard let last = messages.last else { return messages }
        let characters = lines[last.line].characters
        let all = messages.flatMap { lines[$0.line].characters[$0.range] }
        var surplus = all.filter { $0 == ")" }.count - all.filter { $0 == "(" }.count
        let start = last.range.lowerBound
        var end = last.range.upperBound

        func trimSpaces() {
            while end > start, characters[end - 1].isWhitespace { end -= 1 }
        }
        while surplus > 0, end > start, characters[end - 1] == ")" {
            end -= 1
            surplus -= 1
            trimSpaces()
        }
        if end > start, characters[end - 1] == ")",
            let open = characters[start..<end].lastIndex(of: "("),
            String(characters[open..<end]).lowercased().hasPrefix("(in reply to ")
        {
            end = open
            trimSpaces()
        }

        var result = messages.dropLast().map { $0 }
        if start < end { result.append((last.line, start..<end)) }
        return result
    }

    /// An enhanced code inside the text, set off as one: `(4.7.0)`, `[5.7.1]`, `#5.1.0`.
    private static func enhancedInText(
        _ messages: [(line: Int, range: Range<Int>)], _ lines: [ScannedLine]
    ) -> (line: Int, range: Range<Int>, code: EnhancedCode)? {
        for message in messages {
            let line = lines[message.line]
            for offset in message.range where offset > 0 {
                guard "([#".contains(line.characters[offset - 1]),
                    let (code, end) = line.enhancedCode(at: offset), end <= message.range.upperBound
                else { continue }
                return (message.line, offset..<end, code)
            }
        }
        return nil
    }

    /// The parts of a message range not already marked, trimmed of spaces at their edges.
    private static func gaps(
        in range: Range<Int>, around marks: [Mark], _ line: ScannedLine
    ) -> [Mark] {
        let inside = marks.map(\.range).filter { range.overlaps($0) }
            .sorted { $0.lowerBound < $1.lowerBound }
        var gaps: [Mark] = []
        var position = range.lowerBound
        for mark in inside + [range.upperBound..<range.upperBound] {
            var start = position
            var end = min(mark.lowerBound, range.upperBound)
            while start < end, line.characters[start].isWhitespace { start += 1 }
            while end > start, line.characters[end - 1].isWhitespace { end -= 1 }
            if start < end { gaps.append((.message, start..<end)) }
            position = max(position, mark.upperBound)
        }
        return gaps
    }

    /// After `status=bounced (` or `status=deferred (` in a Postfix log line.
    private static func statusStart(_ line: ScannedLine) -> Int? {
        guard let status = line.text.firstRange(of: "status=") else { return nil }
        let offset = line.text.distance(from: line.text.startIndex, to: status.upperBound)
        return line.characters[offset...].firstIndex(of: "(").map { $0 + 1 }
    }
}
