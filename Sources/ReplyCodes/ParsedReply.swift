/// A server reply found in pasted text and taken apart: its codes as the server sent them,
/// its own words, and where each piece sits in the paste so a page can point at it.
public struct ParsedReply: Hashable, Sendable {
    /// The three-digit code, or nil when the paste has none (a .NET exception keeps only
    /// `5.7.1 Unable to relay`; a DNS failure has no reply at all).
    public let basicCode: BasicCode?

    /// The enhanced status code exactly as the server sent it, never derived from the
    /// basic code: 550 alone says nothing about which of the 5.x.x causes it was.
    public let enhancedCode: EnhancedCode?

    /// The server's words: codes removed, continuation lines joined, spaces collapsed.
    public let message: String

    /// The http and https addresses in the message, in order, each once.
    public let urls: [String]

    /// The lines of the paste the reply was read from, with its pieces marked.
    public let lines: [ReplyLine]

    public init(
        basicCode: BasicCode?, enhancedCode: EnhancedCode?, message: String, urls: [String],
        lines: [ReplyLine]
    ) {
        self.basicCode = basicCode
        self.enhancedCode = enhancedCode
        self.message = message
        self.urls = urls
        self.lines = lines
    }

    public var hasCode: Bool { basicCode != nil || enhancedCode != nil }

    /// RFC 3463 §2 (after RFC 2034): the enhanced class must be the basic code's class,
    /// 2xx with 2.x.x, 4xx with 4.x.x, 5xx with 5.x.x. A reply that breaks this is either
    /// a misconfigured server or a proxy that rewrote one code and not the other.
    public var hasClassMismatch: Bool {
        guard let basic = basicCode, let enhanced = enhancedCode else { return false }
        return basic.replyClass != enhanced.statusClass.basicClass
    }

    /// The class a sending server acts on: the basic code's, since RFC 5321 clients decide
    /// on it alone; the enhanced class when only that was kept.
    public var replyClass: ReplyClass? {
        basicCode?.replyClass ?? enhancedCode?.statusClass.basicClass
    }
}

/// One line of the paste and the pieces of a reply on it, in order, never overlapping.
public struct ReplyLine: Hashable, Sendable {
    public let text: String
    public let highlights: [ReplyHighlight]

    public init(text: String, highlights: [ReplyHighlight]) {
        self.text = text
        self.highlights = highlights
    }

    /// The whole line cut at the highlights: plain text has no kind. Joining the texts gives
    /// the line back, so a page can escape and mark each piece without losing a character.
    public var segments: [Segment] {
        var segments: [Segment] = []
        var position = text.startIndex
        for highlight in highlights {
            if position < highlight.range.lowerBound {
                segments.append(Segment(text: text[position..<highlight.range.lowerBound]))
            }
            segments.append(Segment(text: text[highlight.range], kind: highlight.kind))
            position = highlight.range.upperBound
        }
        if position < text.endIndex {
            segments.append(Segment(text: text[position...]))
        }
        return segments
    }

    public struct Segment: Hashable, Sendable {
        public let text: Substring
        public let kind: ReplyHighlight.Kind?

        init(text: Substring, kind: ReplyHighlight.Kind? = nil) {
            self.text = text
            self.kind = kind
        }
    }
}

/// A piece of a line that belongs to the reply.
public struct ReplyHighlight: Hashable, Sendable {
    /// The raw values are the CSS classes the explain page marks the pieces with.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case basicCode = "basic"
        case enhancedCode = "enhanced"
        case message
        case url
    }

    public let kind: Kind
    public let range: Range<String.Index>

    public init(kind: Kind, range: Range<String.Index>) {
        self.kind = kind
        self.range = range
    }
}
