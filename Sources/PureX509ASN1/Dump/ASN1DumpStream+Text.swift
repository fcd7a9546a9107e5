extension ASN1DumpStream {
    /// The dump as text, one line at a time: the same lines as `ASN1Dump.textLines`, passed
    /// to `body` as they are made so that nothing but the current line is kept.
    public func forEachTextLine(redactValues: Bool = false, previewBytes: Int = 16, _ body: (ASN1DumpLine) -> Void) {
        let offsetWidth = max(5, String(bytes.count).count)
        let lengthWidth = max(4, String(bytes.count).count)
        walk(
            enter: { entry in
                let text = ASN1Dump.line(
                    bytes, element: entry.element, depth: entry.depth, value: entry.value, error: entry.error,
                    childCount: entry.childCount, encapsulates: entry.encapsulates, isComplete: entry.isComplete,
                    offsetWidth: offsetWidth, lengthWidth: lengthWidth, redact: redactValues, preview: previewBytes)
                body(ASN1DumpLine(text, isError: entry.error != nil))
            },
            leave: { _ in })
        if let failure {
            body(ASN1DumpLine(ASN1Dump.failureLine(failure, depth: failureDepth, offsetWidth: offsetWidth, lengthWidth: lengthWidth),
                              isError: true))
        }
    }

    /// Every text line at once (for tests and small inputs).
    public func textLines(redactValues: Bool = false, previewBytes: Int = 16) -> [ASN1DumpLine] {
        var lines: [ASN1DumpLine] = []
        forEachTextLine(redactValues: redactValues, previewBytes: previewBytes) { lines.append($0) }
        return lines
    }
}
