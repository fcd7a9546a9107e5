extension MontgomeryElement: ModularField {
    static var modulusWords: [UInt64] { Limbs.words(M.modulus) }

    var words: [UInt64] { Limbs.words(plain) }

    init?(canonicalBigEndian bytes: ArraySlice<UInt8>) {
        guard let plain: InlineArray<N, UInt64> = Limbs.fromBigEndian(bytes) else { return nil }
        self.init(canonical: plain)
    }

    init?(reducingBigEndian bytes: ArraySlice<UInt8>) {
        guard let plain: InlineArray<N, UInt64> = Limbs.fromBigEndian(bytes) else { return nil }
        self.init(reducing: plain)
    }

    init?(canonicalWords: [UInt64]) {
        guard canonicalWords.count <= N else { return nil }
        var plain = InlineArray<N, UInt64>(repeating: 0)
        for (i, word) in canonicalWords.enumerated() { plain[i] = word }
        self.init(canonical: plain)
    }
}
