/// The fields of a delivery status notification (RFC 3464) that quote no reply. Its
/// `Diagnostic-Code` carries a reply only when its type is `smtp` (§2.3.6); an MTA that never
/// got one (the domain did not resolve, the connection failed) writes its own words under
/// its own type, `X-Postfix; Host or domain name not found`. The code is then only in
/// `Status` (§2.3.4): an enhanced code with no basic code beside it.
enum DeliveryReport {
    /// The report's first diagnostic with the status of the same recipient's fields, or nil
    /// when the paste has no `Diagnostic-Code` field.
    static func reply(in lines: [ScannedLine]) -> ParsedReply? {
        let diagnostic = lines.firstIndex { valueStart(of: "diagnostic-code", on: $0) != nil }
        guard let diagnostic else { return nil }

        var pieces = ReplyPieces()
        let fields = recipientFields(around: diagnostic, lines)
        for number in fields {
            guard let start = valueStart(of: "status", on: lines[number]),
                let (code, end) = lines[number].enhancedCode(at: start)
            else { continue }
            pieces.add(enhanced: code, at: start..<end, line: number)
            break
        }

        let line = lines[diagnostic]
        pieces.add(
            LineReading(line, from: textStart(diagnostic: line), basic: nil, quote: nil),
            line: diagnostic)
        for number in fields where number > diagnostic {
            let line = lines[number]
            guard line.indentation > 0 else { break }
            pieces.add(
                LineReading(line, from: line.indentation, basic: nil, quote: nil), line: number)
        }
        return pieces.reply(basic: nil, lines: lines)
    }

    /// Where the value of the field `name` (lower case) begins on `line`, if the line is
    /// that field. Field names are matched ASCII-only and without case (RFC 5322 §2.2).
    static func valueStart(of name: String, on line: ScannedLine) -> Int? {
        let head = line.characters.dropFirst(line.indentation).prefix(name.count + 1)
        let matches = zip(head, name + ":").allSatisfy { $0.isASCII && $0.lowercased() == "\($1)" }
        guard head.count == name.count + 1, matches else { return nil }
        return line.skippingSpaces(from: line.indentation + head.count)
    }

    /// Past the diagnostic type and its semicolon: `X-Postfix; ` or `smtp; `.
    private static func textStart(diagnostic line: ScannedLine) -> Int {
        let start = valueStart(of: "diagnostic-code", on: line) ?? line.indentation
        guard let semicolon = line.characters[start...].firstIndex(of: ";") else { return start }
        return line.skippingSpaces(from: semicolon + 1)
    }

    /// The lines of the recipient's group of fields (§2.3): a blank line ends each group.
    /// A field folded onto more lines goes on with indented lines (RFC 5322 §2.2.3).
    private static func recipientFields(around line: Int, _ lines: [ScannedLine]) -> [Int] {
        var first = line
        while first > 0, !lines[first - 1].isBlank { first -= 1 }
        var last = line
        while last + 1 < lines.count, !lines[last + 1].isBlank { last += 1 }
        return Array(first...last)
    }
}
