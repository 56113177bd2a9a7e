import ReplyCodes

/// What a handler answers instead of a page. One edge, `ReferenceApplication`, turns it
/// into a JSON or HTML error in the reader's language; the cases carry what the message
/// needs, and callers and tests match the case, never the text.
enum APIError: Error, Equatable {
    case malformedCode(String)
    case unknownCode(String)
    case unregisteredEnhancedCode(EnhancedCode)
    case notFound(path: String)
    case unknownCommand(String, known: [String])
    case methodNotAllowed(method: String, allowed: [String])
    case unsupportedLanguage(String, [String])
    case unsupportedFormat(String)
    case invalidParameter(name: String, value: String, allowed: [String])
    case explain(ExplainError)
    case internalError

    var status: Int {
        switch self {
        case .malformedCode, .unsupportedLanguage, .unsupportedFormat, .invalidParameter: 400
        case .unknownCode, .unregisteredEnhancedCode, .notFound, .unknownCommand: 404
        case .methodNotAllowed: 405
        case .explain(let error): error.status
        case .internalError: 500
        }
    }

    /// The message in the reader's language, from the interface strings.
    func message(in text: InterfaceText) -> String {
        switch self {
        case .malformedCode(let input):
            text.fill("error.malformed_code", ["input": input])
        case .unknownCode(let code):
            text.fill("error.unknown_code", ["code": code])
        case .unregisteredEnhancedCode(let code):
            Self.unregistered(code, in: text)
        case .notFound(let path):
            text.fill("error.not_found", ["path": path])
        case .unknownCommand(let verb, let known):
            text.fill(
                "error.unknown_command", ["verb": verb, "known": known.joined(separator: ", ")])
        case .methodNotAllowed(let method, let allowed):
            text.fill(
                "error.method_not_allowed",
                ["method": method, "allowed": allowed.joined(separator: ", ")])
        case .unsupportedLanguage(let input, let supported):
            text.fill(
                "error.unsupported_language",
                ["input": input, "supported": supported.joined(separator: ", ")])
        case .unsupportedFormat(let input):
            text.fill("error.unsupported_format", ["input": input])
        case .invalidParameter(let name, let value, let allowed):
            text.fill(
                "error.invalid_parameter",
                ["name": name, "value": value, "allowed": allowed.joined(separator: ", ")])
        case .explain(let error):
            error.message(in: text)
        case .internalError:
            text["error.internal"]
        }
    }

    /// Why a well-formed enhanced code has no page: not registered, or a subject RFC 3463
    /// does not define at all.
    private static func unregistered(_ code: EnhancedCode, in text: InterfaceText) -> String {
        let values = [
            "code": code.description,
            "class_digit": code.statusClass.symbol,
            "class_name": text["enhanced_class.\(code.statusClass.symbol)"],
            "subject_digit": String(code.subject),
            "subject_name": code.knownSubject.map { text["subject.\($0.rawValue)"] } ?? "",
        ]
        guard code.knownSubject != nil else { return text.fill("error.undefined_subject", values) }
        return text.fill("error.unregistered_enhanced", values)
    }
}
