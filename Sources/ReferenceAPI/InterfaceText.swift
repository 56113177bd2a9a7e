/// The interface strings of one language, read once at start-up, with the one operation
/// templates need: filling `{name}` placeholders.
struct InterfaceText: Sendable {
    let language: String
    private let strings: [String: String]

    init(language: String, strings: [String: String]) {
        self.language = language
        self.strings = strings
    }

    /// The string for `key`; the key itself when missing, so a gap shows on the page and in
    /// the content tests instead of crashing a request.
    subscript(key: String) -> String { strings[key] ?? key }

    /// Fills each `{name}` in the template `key` with `values[name]`, in one pass, so a
    /// value that itself contains braces is never filled again.
    func fill(_ key: String, _ values: [String: String]) -> String {
        let template = self[key]
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"),
            let close = rest[open...].firstIndex(of: "}")
        {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The keys this language has; used by the content tests.
    var keys: Dictionary<String, String>.Keys { strings.keys }
}
