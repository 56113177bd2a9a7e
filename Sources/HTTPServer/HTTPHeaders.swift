/// Header fields in the order they were received or added (RFC 9110 §5).
///
/// Order is kept because field lines with the same name form one list in order (§5.3). Names
/// are looked up ASCII case-insensitively (§5.1) and stored exactly as given, so a response goes
/// out with the spelling its author chose.
public struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral,
    CustomStringConvertible
{
    public typealias Element = (name: String, value: String)

    private var fields: [Element]

    public init(_ pairs: [(String, String)] = []) {
        fields = pairs.map { (name: $0.0, value: $0.1) }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// Builds headers from fields the parser has already validated, without copying.
    init(validatedFields: [Element]) {
        fields = validatedFields
    }

    public var count: Int { fields.count }

    public var isEmpty: Bool { fields.isEmpty }

    public var description: String {
        fields.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
    }

    public func makeIterator() -> IndexingIterator<[Element]> {
        fields.makeIterator()
    }

    /// The first value of the field `name`, or nil when it is absent.
    public subscript(name: String) -> String? {
        firstIndex(of: name).map { fields[$0].value }
    }

    /// Where the first field line named `name` is. Reads the names in place: a lookup runs
    /// several times per request and should not retain and release every field it passes.
    private func firstIndex(of name: String) -> Int? {
        fields.withUnsafeBufferPointer { fields in
            fields.indices.first { ASCII.equalsIgnoringCase(fields[$0].name, name) }
        }
    }

    /// Every value of the field `name`, in order: one entry per field line.
    public func values(for name: String) -> [String] {
        guard firstIndex(of: name) != nil else { return [] }
        return fields.compactMap { ASCII.equalsIgnoringCase($0.name, name) ? $0.value : nil }
    }

    /// How many field lines are named `name`, without collecting their values.
    public func count(of name: String) -> Int {
        fields.withUnsafeBufferPointer { fields in
            fields.indices.reduce(0) {
                $0 + (ASCII.equalsIgnoringCase(fields[$1].name, name) ? 1 : 0)
            }
        }
    }

    /// Whether the field `name` is present at all.
    public func contains(_ name: String) -> Bool {
        firstIndex(of: name) != nil
    }

    /// Whether a comma-separated field such as `Connection` lists `token`, ignoring case.
    public func containsToken(_ token: String, in name: String) -> Bool {
        guard firstIndex(of: name) != nil else { return false }
        for field in fields where ASCII.equalsIgnoringCase(field.name, name) {
            for element in ASCII.listElements(field.value)
            where ASCII.equalsIgnoringCase(String(element), token) {
                return true
            }
        }
        return false
    }

    /// Appends a field line, keeping any existing ones with the same name.
    public mutating func add(name: String, value: String) {
        fields.append((name: name, value: value))
    }

    /// Replaces the first field line named `name` and drops the others, or appends one.
    public mutating func replaceOrAdd(name: String, value: String) {
        guard let first = fields.firstIndex(where: { ASCII.equalsIgnoringCase($0.name, name) })
        else {
            fields.append((name: name, value: value))
            return
        }
        fields[first] = (name: name, value: value)
        var index = fields.index(after: first)
        while index < fields.endIndex {
            if ASCII.equalsIgnoringCase(fields[index].name, name) {
                fields.remove(at: index)
            } else {
                index += 1
            }
        }
    }

    /// Removes every field line named `name`.
    public mutating func remove(name: String) {
        fields.removeAll { ASCII.equalsIgnoringCase($0.name, name) }
    }
}
