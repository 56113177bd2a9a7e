/// One line of a paste as characters, with the token tests the parser needs. Offsets are
/// character offsets; `index(_:)` turns them into indices of `text` for highlights.
struct ScannedLine {
    let text: String
    let characters: [Character]
    private let indices: [String.Index]

    init(_ text: String) {
        self.text = text
        characters = Array(text)
        indices = Array(text.indices) + [text.endIndex]
    }

    var count: Int { characters.count }

    func index(_ offset: Int) -> String.Index { indices[offset] }

    func character(_ offset: Int) -> Character? {
        characters.indices.contains(offset) ? characters[offset] : nil
    }

    var isBlank: Bool { characters.allSatisfy(\.isWhitespace) }

    /// Offset of the first character that is not white space (`count` on a blank line).
    var indentation: Int { characters.firstIndex { !$0.isWhitespace } ?? count }

    func skippingSpaces(from offset: Int) -> Int {
        var offset = offset
        while let character = character(offset), character == " " || character == "\t" {
            offset += 1
        }
        return offset
    }

    /// A basic code at `offset` standing as a word: `550` in `said: 550 5.1.1` or
    /// `550-5.1.1`, not in `[192.0.2.1]:550`, `pid=5501` or `10.250.1.2`.
    func basicCode(at offset: Int) -> BasicCode? {
        guard offset + 3 <= count, ("2"..."5").contains(characters[offset]),
            characters[offset + 1].isASCIIDigit, characters[offset + 2].isASCIIDigit
        else { return nil }

        let before = character(offset - 1)
        let after = character(offset + 3)
        guard before.map({ $0.isWhitespace || "(\"'`>;«“‘".contains($0) }) ?? true,
            after.map({ $0.isWhitespace || "-,:;)\"'".contains($0) }) ?? true
        else { return nil }

        return BasicCode(String(characters[offset..<offset + 3]))
    }

    /// An enhanced status code at `offset`, with the offset just past it. Class X is the
    /// registry's notation, never a server's, so only 2, 4 and 5 are read.
    func enhancedCode(at offset: Int) -> (code: EnhancedCode, end: Int)? {
        guard let first = character(offset), "245".contains(first),
            character(offset + 1) == "."
        else { return nil }
        if let before = character(offset - 1),
            !(before.isWhitespace || "([\"'`>;#,-:".contains(before))
        {
            return nil
        }

        var end = offset + 2
        var dots = 1
        while let character = character(end),
            character.isASCIIDigit || (character == "." && dots == 1)
        {
            if character == "." { dots += 1 }
            end += 1
        }
        if let after = character(end), after.isLetter || after == "_" || after == "/" {
            return nil
        }
        if character(end) == ".", character(end + 1)?.isASCIIDigit == true { return nil }

        let token = String(characters[offset..<end])
        guard let code = try? EnhancedCode(parsing: token) else { return nil }
        return (code, end)
    }

    /// How a code at `offset` is introduced, which decides whether it is a reply code or
    /// a number that happens to have three digits.
    func anchor(before offset: Int) -> Anchor {
        var position = offset - 1
        while position >= 0,
            characters[position].isWhitespace || "\"'`(>«“‘".contains(characters[position])
        {
            position -= 1
        }
        guard position >= 0 else { return .lineStart }
        if ":;,".contains(characters[position]) { return .punctuation }

        var start = position
        while start > 0, characters[start - 1].isLetter { start -= 1 }
        let word = FoldedWords(String(characters[start...position])).words.first ?? ""
        return Self.anchorWords.contains(word) ? .word : .none
    }

    /// Words that introduce a server's answer in the sentences libraries print around it.
    static let anchorWords: Set<String> = Set(
        [
            "said", "reply", "replied", "response", "responded", "returned", "answered",
            "answer", "error", "code", "status", "with", "was", "got", "received", "yanıt",
            "yanıtı", "cevap", "cevabı", "hata", "hatası", "kod", "kodu", "fehler", "antwort",
            "respuesta", "réponse", "erreur", "resposta", "risposta",
        ].compactMap { FoldedWords($0).words.first })

    /// How firmly a code is introduced, weakest first.
    enum Anchor: Int, Comparable {
        /// After an ordinary word: `port 587`, `I ate 250`.
        case none
        /// After a word that introduces a reply: `said 550`, `returned '550`.
        case word
        /// After a colon, semicolon or comma, quotes and parentheses aside: `said: 550`,
        /// `smtp; 550`, `{'…': (550, b'…')}`.
        case punctuation
        /// First on its line, quotes, parentheses and indentation aside.
        case lineStart

        static func < (lhs: Anchor, rhs: Anchor) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
