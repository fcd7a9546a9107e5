extension InputContents {
    /// Reads the file at `path` (a regular file, at most ``RegularFile/maximumSize`` bytes)
    /// through the one reader; what the file initialisers of every readable type build on.
    /// - Throws: ``ReadError/unreadable(path:reason:)`` when the file cannot be read.
    public init(contentsOfFile path: String, password: String? = nil) throws(ReadError) {
        self.init(bytes: try CertificateFile.readBytes(path), fileName: RawPath.display(path), password: password)
    }

    /// The one item of a file read for a single value: every block readable, exactly one item
    /// that `pick` takes and nothing else. The same bytes get the same verdict from every
    /// file initialiser, because each is this view of the one reader.
    /// - Throws: ``ReadError/unreadableBlocks(path:blocks:)`` when any block could not be
    ///   read (a PKCS#12 file without its password says so and how to open it),
    ///   ``ReadError/unexpectedContents(path:expected:found:hint:)`` when the file holds
    ///   something else, nothing, or more than one.
    func single<T>(expected: String, hint: String? = nil, _ pick: (Content) -> T?) throws(ReadError) -> T {
        let path = fileName ?? "input"
        if !unreadable.isEmpty { throw .unreadableBlocks(path: path, blocks: unreadable) }
        let picked = items.compactMap { pick($0.content) }
        if picked.count == 1, items.count == 1, let value = picked.first { return value }
        throw .unexpectedContents(path: path, expected: expected, found: summary, hint: hint)
    }
}
