/// The web addresses in a server's message. Servers point at their help pages this way
/// (`https://support.example.com/mail/?p=NoSuchUser`), and the explanation lists them.
enum URLScanner {
    /// The http and https addresses within `range`, without the sentence punctuation or
    /// the closing parenthesis that follows them in prose.
    static func urls(in line: ScannedLine, _ range: Range<Int>) -> [Range<Int>] {
        let characters = line.characters
        var found: [Range<Int>] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            guard let scheme = schemeLength(characters, offset, range.upperBound),
                offset == 0 || !characters[offset - 1].isLetter
            else {
                offset += 1
                continue
            }

            var end = offset + scheme
            while end < range.upperBound, !characters[end].isWhitespace,
                !"<>\"'`{}|\\^".contains(characters[end])
            {
                end += 1
            }
            end = trimmedEnd(characters, offset, end)
            if end > offset + scheme { found.append(offset..<end) }
            offset = max(end, offset + 1)
        }
        return found
    }

    private static func schemeLength(
        _ characters: [Character], _ offset: Int, _ limit: Int
    ) -> Int? {
        for scheme in ["https://", "http://"] where offset + scheme.count <= limit {
            let candidate = String(characters[offset..<offset + scheme.count]).lowercased()
            if candidate == scheme { return scheme.count }
        }
        return nil
    }

    private static func trimmedEnd(_ characters: [Character], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start {
            let last = characters[end - 1]
            let url = characters[start..<end]
            func count(_ character: Character) -> Int { url.filter { $0 == character }.count }
            let unbalanced = (last == ")" && count(")") > count("("))
                || (last == "]" && count("]") > count("["))
            guard ".,;:!?".contains(last) || unbalanced else { break }
            end -= 1
        }
        return end
    }
}
