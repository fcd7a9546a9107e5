import PureX509ASN1

extension BufferedOutput {
    /// Writes `der` as a PEM block under `label`, encoded straight into the buffer.
    func writePEM(_ der: [UInt8], label: PEMLabel) {
        let size = PEMWriter.encodedLength(der.count, label: label)
        guard size <= BufferedOutput.capacity else { return write(PEMWriter.encodeBytes(der, label: label)) }
        der.withUnsafeBufferPointer { input in
            reserve(size) { PEMWriter.encode(input, label: label, into: $0) }
        }
    }
}
