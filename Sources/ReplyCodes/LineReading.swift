/// One line of a reply read from where its code (or its text) starts: the codes on it,
/// where the server's words are, and whether the reply goes on past this line.
struct LineReading {
    private(set) var codes: [(kind: ReplyHighlight.Kind, range: Range<Int>)] = []
    private(set) var enhanced: EnhancedCode?
    /// The server's words on this line: one range, or several where repeated codes cut it.
    private(set) var messages: [Range<Int>] = []

    /// The character after the last basic code on the line: `-` says more lines follow
    /// (RFC 5321 §4.2.1). Nil when the line has none, and the reply stays as it was.
    private(set) var separator: Character?

    /// The codes a multi-line reply repeats on every line, set by its first line.
    private(set) var marker: LineMarker?

    /// A quote that opened before the text and has not closed on this line.
    private(set) var openQuote: Quote?

    /// Whether a quote around the reply closed on this line, which ends the reply.
    private(set) var closedQuote = false

    /// - Parameters:
    ///   - offset: where the code, or for a wrapped line the text, begins.
    ///   - basic: the reply's basic code, read here when the line starts with it.
    ///   - quote: a quote still open from the lines before.
    ///   - marker: the codes the reply repeats, cut out wherever they stand in the text.
    init(
        _ line: ScannedLine, from offset: Int, basic: BasicCode?, quote: Quote?,
        marker: LineMarker? = nil
    ) {
        var position = offset
        var quote = quote
        self.marker = marker
        if let basic, line.basicCode(at: position) == basic {
            codes.append((.basicCode, position..<position + 3))
            separator = line.character(position + 3)
            let textStart = ReplyParser.codeTextStart(line, afterBasicAt: position)
            let opening = Self.openingQuote(line, before: textStart)
            if quote == nil, let opening { quote = opening }
            position = textStart
        }

        position = line.skippingSpaces(from: position)
        if let (code, end) = line.enhancedCode(at: position) {
            codes.append((.enhancedCode, position..<end))
            enhanced = code
            position = line.skippingSpaces(from: end)
        }
        if self.marker == nil, separator == "-", let basic {
            self.marker = LineMarker(basic: basic, enhanced: enhanced)
        }

        var end = line.count
        if let quote {
            if let close = quote.end(in: line.characters[position..<end]) {
                end = close
                closedQuote = true
            } else {
                openQuote = quote
            }
        }
        while end > position, line.characters[end - 1].isWhitespace { end -= 1 }
        guard position < end else { return }
        guard let marker = self.marker else {
            messages = [position..<end]
            return
        }
        let (pieces, repeats) = marker.split(position..<end, on: line)
        messages = pieces
        codes += repeats.flatMap(\.codes)
        separator = repeats.last?.separator ?? separator
    }

    /// The quote `codeTextStart` stepped over, if it stepped over one.
    private static func openingQuote(_ line: ScannedLine, before textStart: Int) -> Quote? {
        var position = textStart - 1
        if line.character(position) == "#" { position -= 1 }
        guard let character = line.character(position), "'\"".contains(character) else {
            return nil
        }
        return Quote(character: character, isBytesLiteral: line.character(position - 1) == "b")
    }

    /// A quote around a reply's text. Python writes bytes as `b'…'` and escapes the same
    /// quote inside, so its literal ends at the first bare quote; a quote someone typed
    /// around a reply (`returned '550 … weren't sent'`) ends at the last one on the line.
    struct Quote: Hashable {
        let character: Character
        let isBytesLiteral: Bool

        func end(in text: ArraySlice<Character>) -> Int? {
            guard isBytesLiteral else { return text.lastIndex(of: character) }
            return text.indices.first { index in
                text[index] == character && (index == text.startIndex || text[index - 1] != "\\")
            }
        }
    }
}
