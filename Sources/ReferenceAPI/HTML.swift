/// The few operations every page needs: escaping text from the database or the request,
/// and turning the catalogue's plain-text bodies into paragraphs.
enum HTML {
    /// Escapes the five characters that matter in text and in quoted attribute values.
    static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Plain text to paragraphs: a blank line separates paragraphs, a single newline
    /// breaks a line.
    static func paragraphs(_ body: String) -> String {
        body.split(separator: "\n\n").map { paragraph in
            let lines = paragraph.split(separator: "\n").map { escape($0) }
            return "<p>" + lines.joined(separator: "<br>") + "</p>"
        }.joined(separator: "\n")
    }
}
