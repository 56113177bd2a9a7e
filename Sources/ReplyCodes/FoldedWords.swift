/// Text reduced to the words a phrase can match: case folded, accents dropped, punctuation
/// turned into word breaks. Server messages arrive in any case and in many languages, and
/// a Turkish message may have been upper-cased by software that knows nothing of Turkish,
/// so the four Turkish i's (İ, I, ı, i) all fold to `i`, the same rule the search index
/// uses (Migrations/0040_search_index.sql). `lowercased()` alone would turn `İ` into `i̇`
/// and leave `ı` apart from `I`.
struct FoldedWords: Hashable, Sendable {
    let words: [String]

    init(_ text: some StringProtocol) {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            for folded in Self.fold(scalar) {
                if folded.properties.isAlphabetic || folded.properties.numericType != nil {
                    current.unicodeScalars.append(folded)
                } else if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
            }
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
    }

    /// Whether `phrase` occurs as consecutive whole words; see `Phrase` for stems.
    func contains(_ phrase: Phrase) -> Bool {
        let count = phrase.words.count
        guard count > 0, count <= words.count else { return false }

        return (0...(words.count - count)).contains { start in
            phrase.words.indices.allSatisfy { offset in
                phrase.words[offset].matches(words[start + offset])
            }
        }
    }

    /// One scalar folded: the Turkish i's to `i`, the rest lower-cased and stripped of
    /// accents. A combining mark folds to nothing, so decomposed input matches too.
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar {
        case "İ", "I", "ı", "i": return ["i"]
        case "\u{0300}"..."\u{036F}": return []
        default: break
        }
        var result: [Unicode.Scalar] = []
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            result += Self.baseLetters[lower].map { Array($0.unicodeScalars) } ?? [lower]
        }
        return result
    }

    /// Latin letters with accents, as used by the languages mail servers answer in, mapped
    /// to their base letters. A table rather than Unicode decomposition keeps the module
    /// free of Foundation, and also covers letters that do not decompose (ı, ø, ł, ß).
    static let baseLetters: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"),
            ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ìíîïĩīĭįı", "i"),
            ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
            ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"),
            ("ùúûüũūŭůűų", "u"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        var table: [Unicode.Scalar: String] = ["ß": "ss", "æ": "ae", "œ": "oe"]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}

/// Words to look for in a server message, written naturally ("kullanıcı bulunamadı",
/// "Postfach voll") and folded like the message. A word ending in `*` is a stem that
/// matches any word it begins, for suffixes: `greylist*` finds greylisted and greylisting,
/// `dol*` finds Turkish dolu and doldu.
struct Phrase: Hashable, Sendable, ExpressibleByStringLiteral {
    struct Word: Hashable, Sendable {
        let text: String
        let isStem: Bool

        func matches(_ word: String) -> Bool {
            isStem ? word.hasPrefix(text) : word == text
        }
    }

    let words: [Word]

    init(_ text: String) {
        words = text.split(separator: " ").flatMap { part -> [Word] in
            let isStem = part.hasSuffix("*")
            let folded = FoldedWords(isStem ? part.dropLast() : part[...]).words
            return folded.enumerated().map { index, word in
                Word(text: word, isStem: isStem && index == folded.count - 1)
            }
        }
    }

    init(stringLiteral value: String) {
        self.init(value)
    }
}
