/// The codes a multi-line reply repeats at the head of each of its lines (`550-5.7.26`),
/// met inside a line. Postfix joins a reply's lines with spaces and wraps the bounce anew,
/// so the repeats land mid-line (`…SPF or DKIM. 550-5.7.26  550-5.7.26`); they are where
/// the server broke its lines, not its words, and are cut out of the message.
struct LineMarker: Hashable {
    let basic: BasicCode
    let enhanced: EnhancedCode?

    /// One repeat in a line: its codes, the character after the basic code (`-` while more
    /// lines follow, RFC 5321 §4.2.1) and where the text after it begins.
    struct Found {
        let codes: [(kind: ReplyHighlight.Kind, range: Range<Int>)]
        let separator: Character?
        let end: Int
    }

    /// The repeat at `offset`, if one stands there. When the reply has an enhanced code the
    /// repeat must carry it too, and without one only `NNN-` counts, so that a number in the
    /// text (`550 messages a day`) is never taken for a line break.
    func found(on line: ScannedLine, at offset: Int) -> Found? {
        guard line.basicCode(at: offset) == basic, let separator = line.character(offset + 3)
        else { return nil }
        let basicRange = offset..<offset + 3
        guard let enhanced else {
            guard separator == "-" else { return nil }
            return Found(codes: [(.basicCode, basicRange)], separator: "-", end: offset + 4)
        }

        let position = line.skippingSpaces(from: offset + 4)
        guard " \t-".contains(separator), let (code, end) = line.enhancedCode(at: position),
            code == enhanced
        else { return nil }
        return Found(
            codes: [(.basicCode, basicRange), (.enhancedCode, position..<end)],
            separator: separator, end: end)
    }

    /// The text of `range` cut at the repeats in it: the pieces that are the server's words,
    /// trimmed and never empty, and the repeats themselves.
    func split(
        _ range: Range<Int>, on line: ScannedLine
    ) -> (pieces: [Range<Int>], found: [Found]) {
        var pieces: [Range<Int>] = []
        var found: [Found] = []
        var pieceStart = range.lowerBound
        var offset = range.lowerBound

        func closePiece(at end: Int) {
            var start = pieceStart
            var end = end
            while start < end, line.characters[start].isWhitespace { start += 1 }
            while end > start, line.characters[end - 1].isWhitespace { end -= 1 }
            if start < end { pieces.append(start..<end) }
        }
        while offset < range.upperBound {
            guard let repeated = self.found(on: line, at: offset),
                repeated.end <= range.upperBound
            else {
                offset += 1
                continue
            }
            closePiece(at: offset)
            found.append(repeated)
            offset = repeated.end
            pieceStart = offset
        }
        closePiece(at: range.upperBound)
        return (pieces, found)
    }
}
