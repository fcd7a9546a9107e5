/// Opening PKCS#7 and PKCS#12 containers for the diagnosis.
///
/// PENDING: the container readers (`PKCS7Bundle`, `PKCS12Bundle`, Sources/PureX509/
/// Containers) land with the `keys` work; until they are on main, containers are recognised
/// (and reported) but their certificates are not read.
enum ContainerReader {
    /// The certificates of a PKCS#7 SignedData bundle (DER), empty when it cannot be read.
    static func pkcs7Certificates(_ der: [UInt8]) -> [Certificate] {
        []
    }

    /// The certificates and private keys (DER PKCS#8) of a PKCS#12 archive that opens
    /// without a password or with the empty one.
    static func pkcs12Contents(_ der: [UInt8]) -> (certificates: [Certificate], keys: [[UInt8]]) {
        ([], [])
    }
}
