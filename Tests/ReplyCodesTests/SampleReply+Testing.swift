import ReplySamples
import Testing

extension SampleReply: CustomTestStringConvertible {
    public var testDescription: String { name }
}
