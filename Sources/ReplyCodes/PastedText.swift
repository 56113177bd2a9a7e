/// A paste split into lines the way the server sent them. Two undoings come first, both of
/// things libraries do when they print a reply: Python shows a reply's bytes as a literal,
/// so its line breaks arrive as `\n` and its non-ASCII letters as `\xc4\xb1`; and
/// Windows, old Macs and Unix end lines three ways.
enum PastedText {
    static func lines(of text: String) -> [String] {
        var text = text
        if text.contains("\\") {
            text = unescapingLineBreaks(text)
            if text.contains("b'") || text.contains("b\"") {
                text = decodingByteEscapes(text)
            }
        }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map(String.init)
    }

    /// `\r\n` or `\n` written out as characters, before a code digit: a multi-line reply
    /// printed as one literal (`...blocked\n5.7.1 using ...`).
    static func unescapingLineBreaks(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        var offset = 0
        while offset < characters.count {
            if let length = escapedBreakLength(characters, offset),
                offset + length < characters.count,
                ("2"..."5").contains(characters[offset + length])
            {
                result.append("\n")
                offset += length
            } else {
                result.append(characters[offset])
                offset += 1
            }
        }
        return result
    }

    private static func escapedBreakLength(_ characters: [Character], _ offset: Int) -> Int? {
        func isEscape(_ at: Int, _ letter: Character) -> Bool {
            at + 1 < characters.count && characters[at] == "\\" && characters[at + 1] == letter
        }
        if isEscape(offset, "r"), isEscape(offset + 2, "n") { return 4 }
        if isEscape(offset, "n") { return 2 }
        return nil
    }

    /// Runs of `\xHH` that together are valid UTF-8 become the letters they encode; any
    /// other run is left as it was typed.
    static func decodingByteEscapes(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        var offset = 0
        while offset < characters.count {
            var bytes: [UInt8] = []
            var end = offset
            while let byte = escapedByte(characters, end) {
                bytes.append(byte)
                end += 4
            }
            if !bytes.isEmpty, let decoded = String(validating: bytes, as: UTF8.self) {
                result += decoded
                offset = end
            } else {
                result.append(characters[offset])
                offset += 1
            }
        }
        return result
    }

    private static func escapedByte(_ characters: [Character], _ offset: Int) -> UInt8? {
        guard offset + 3 < characters.count, characters[offset] == "\\",
            characters[offset + 1] == "x",
            let high = characters[offset + 2].hexDigitValue,
            let low = characters[offset + 3].hexDigitValue
        else { return nil }
        return UInt8(high << 4 | low)
    }
}
