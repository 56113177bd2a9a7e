/// How the classes of two codes relate, which decides how a comparison opens: two codes
/// of one class differ in detail, two of different classes differ in what the client does.
public enum ClassRelation: Hashable, Sendable {
    case sameClass(ReplyClass)
    case differentClasses(ReplyClass, ReplyClass)

    /// Nil when either code has no class a conforming server sends (101, X.7.1).
    public init?(_ first: ReplyCode, _ second: ReplyCode) {
        guard let a = first.replyClass, let b = second.replyClass else { return nil }
        self = a == b ? .sameClass(a) : .differentClasses(a, b)
    }
}

extension ReplyCode {
    /// The basic class a code belongs to, for enhanced codes the one it must travel with.
    public var replyClass: ReplyClass? {
        switch self {
        case .basic(let code): code.replyClass
        case .enhanced(let code): code.statusClass.basicClass
        }
    }
}
