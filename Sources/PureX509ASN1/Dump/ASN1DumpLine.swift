/// One line of the text form of an `ASN1Dump`.
public struct ASN1DumpLine: Hashable, Sendable {
    /// The text, without a line end.
    public let text: String
    /// True for a line that reports an error (a renderer may colour it).
    public let isError: Bool

    /// A line of `text`, marked as an error line when `isError`.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
