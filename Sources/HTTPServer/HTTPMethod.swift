/// An HTTP request method (RFC 9110 §9).
///
/// A struct over the method token rather than an enum, so a handler can name a method this module
/// does not list; the parser still answers `501 Not Implemented` to tokens outside ``known``.
/// Methods are case-sensitive (RFC 9110 §9.1): `get` is not `GET`.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method token exactly as it appears on the request line.
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static let get = HTTPMethod(rawValue: "GET")
    public static let head = HTTPMethod(rawValue: "HEAD")
    public static let post = HTTPMethod(rawValue: "POST")
    public static let put = HTTPMethod(rawValue: "PUT")
    public static let delete = HTTPMethod(rawValue: "DELETE")
    public static let options = HTTPMethod(rawValue: "OPTIONS")
    public static let patch = HTTPMethod(rawValue: "PATCH")
    public static let trace = HTTPMethod(rawValue: "TRACE")

    /// The methods the server accepts on the wire: those RFC 9110 §9.3 defines, less
    /// CONNECT (its authority-form target names a tunnel, never a resource here), plus
    /// PATCH. A route that does not take one answers 405 with `Allow`; any other valid
    /// token gets a 501.
    public static let known: [HTTPMethod] = [
        .get, .head, .post, .put, .delete, .options, .patch, .trace,
    ]

    /// Recognises a known method from request-line bytes without building a `String` first.
    static func known(bytes: UnsafeBufferPointer<UInt8>) -> HTTPMethod? {
        switch bytes.count {
        case 3:
            if matches(bytes, "GET") { return .get }
            if matches(bytes, "PUT") { return .put }
        case 4:
            if matches(bytes, "HEAD") { return .head }
            if matches(bytes, "POST") { return .post }
        case 5:
            if matches(bytes, "PATCH") { return .patch }
            if matches(bytes, "TRACE") { return .trace }
        case 6:
            if matches(bytes, "DELETE") { return .delete }
        case 7:
            if matches(bytes, "OPTIONS") { return .options }
        default:
            break
        }
        return nil
    }

    private static func matches(
        _ bytes: UnsafeBufferPointer<UInt8>, _ token: StaticString
    ) -> Bool {
        guard bytes.count == token.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: token.utf8Start, count: token.utf8CodeUnitCount)
        return bytes.elementsEqual(expected)
    }
}
