/// A block cipher as the CBC code sees it: one block at a time, through raw pointers to
/// exactly `blockSize` bytes (input and output may be the same buffer).
protocol BlockCipher: Sendable {
    /// Block size in bytes.
    static var blockSize: Int { get }
    /// Encrypts one block.
    func encryptBlock(_ input: UnsafeRawPointer, _ output: UnsafeMutableRawPointer)
    /// Decrypts one block.
    func decryptBlock(_ input: UnsafeRawPointer, _ output: UnsafeMutableRawPointer)
}

extension BlockCipher {
    /// Applies `operation` to a single block held in an array, for the public block APIs.
    func transform(
        block: [UInt8], name: String,
        _ operation: (UnsafeRawPointer, UnsafeMutableRawPointer) -> Void
    ) throws(CryptoError) -> [UInt8] {
        guard block.count == Self.blockSize else {
            throw .malformed("\(name): block must be \(Self.blockSize) bytes, got \(block.count)")
        }
        var output = [UInt8](repeating: 0, count: Self.blockSize)
        block.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                guard let source = input.baseAddress, let target = out.baseAddress else { return }
                operation(source, target)
            }
        }
        return output
    }
}
