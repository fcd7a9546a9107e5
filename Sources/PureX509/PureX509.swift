// PureX509: the certificate model, keys, containers, verification and diagnosis.
// Importing PureX509 also makes the DER/PEM layer (PureX509ASN1) available: its types (OID,
// ASN1Time, DERError, PEM) appear in almost every signature. The crypto layer is not
// re-exported: a program that also imports swift-crypto or swift-certificates would see two
// `SHA256`s; write `import PureX509Crypto` where the hashes or big integers are needed.
@_exported import PureX509ASN1
