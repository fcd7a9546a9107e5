// PureX509: the certificate model, keys, containers, verification and diagnosis.
// Importing PureX509 also makes the DER/PEM layer and the crypto layer available.
@_exported import PureX509ASN1
@_exported import PureX509Crypto
