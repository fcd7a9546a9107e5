#!/usr/bin/env python3
"""Writes Sources/PureX509ASN1/OIDRegistry/OID+Constants.swift and OIDRegistry+Table.swift.

Run from the package root: python3 Scripts/generate-oid-registry.py
The dotted forms and the OpenSSL short and long names are read from OpenSSL's own
table, /usr/include/openssl/obj_mac.h (Debian package libssl-dev), so the names are the
ones `openssl x509 -text` and `openssl asn1parse` print. Identifiers OpenSSL does not know
(CA/B Forum policies, some Microsoft ones) are given here with their dotted form and the
names we chose; they are marked `openSSL: false` in the table.

Each line of CATALOGUE below is either a `## heading` (becomes a MARK comment), or
`swiftName opensslMacro` (macro without its SN_/LN_/OBJ_ prefix), or
`swiftName dotted "short" "long"` for an identifier outside OpenSSL's table.
"""
import os
import re
import shlex
import sys

HEADER = os.environ.get("OBJ_MAC_H", "/usr/include/openssl/obj_mac.h")
OUT = "Sources/PureX509ASN1/OIDRegistry"

CATALOGUE = r'''
## X.520 attribute types and other naming attributes (RFC 5280 4.1.2.4, appendix A)
commonName commonName
surname surname
serialNumber serialNumber
countryName countryName
localityName localityName
stateOrProvinceName stateOrProvinceName
streetAddress streetAddress
organizationName organizationName
organizationalUnitName organizationalUnitName
title title
description description
searchGuide searchGuide
businessCategory businessCategory
postalAddress postalAddress
postalCode postalCode
postOfficeBox postOfficeBox
physicalDeliveryOfficeName physicalDeliveryOfficeName
telephoneNumber telephoneNumber
telexNumber telexNumber
facsimileTelephoneNumber facsimileTelephoneNumber
x121Address x121Address
internationaliSDNNumber internationaliSDNNumber
registeredAddress registeredAddress
destinationIndicator destinationIndicator
preferredDeliveryMethod preferredDeliveryMethod
presentationAddress presentationAddress
member member
owner owner
roleOccupant roleOccupant
seeAlso seeAlso
userPassword userPassword
userCertificate userCertificate
cACertificate cACertificate
authorityRevocationList authorityRevocationList
certificateRevocationList certificateRevocationList
crossCertificatePair crossCertificatePair
name name
givenName givenName
initials initials
generationQualifier generationQualifier
x500UniqueIdentifier x500UniqueIdentifier
dnQualifier dnQualifier
distinguishedName distinguishedName
uniqueMember uniqueMember
houseIdentifier houseIdentifier
pseudonym pseudonym
role role
organizationIdentifier organizationIdentifier
countryCode3c countryCode3c
countryCode3n countryCode3n
dnsName dnsName
userID userId
domainComponent domainComponent
rfc822Mailbox rfc822Mailbox
uniqueIdentifier uniqueIdentifier
## X.509 certificate and CRL extensions (RFC 5280 4.2, 5.2, 5.3)
subjectDirectoryAttributes subject_directory_attributes
subjectKeyIdentifier subject_key_identifier
keyUsage key_usage
privateKeyUsagePeriod private_key_usage_period
subjectAltName subject_alt_name
issuerAltName issuer_alt_name
basicConstraints basic_constraints
crlNumber crl_number
crlReason crl_reason
holdInstructionCode hold_instruction_code
invalidityDate invalidity_date
deltaCRLIndicator delta_crl
issuingDistributionPoint issuing_distribution_point
certificateIssuer certificate_issuer
nameConstraints name_constraints
crlDistributionPoints crl_distribution_points
certificatePolicies certificate_policies
anyPolicy any_policy
policyMappings policy_mappings
authorityKeyIdentifier authority_key_identifier
policyConstraints policy_constraints
extendedKeyUsage ext_key_usage
anyExtendedKeyUsage anyExtendedKeyUsage
freshestCRL freshest_crl
inhibitAnyPolicy inhibit_any_policy
targetInformation target_information
noRevocationAvailable no_rev_avail
holdInstructionNone hold_instruction_none
holdInstructionCallIssuer hold_instruction_call_issuer
holdInstructionReject hold_instruction_reject
## PKIX private extensions, qualifiers and access methods (RFC 5280 4.2.2, 4.2.1.4; RFC 7633; RFC 3739)
authorityInfoAccess info_access
biometricInfo biometricInfo
qcStatements qcStatements
subjectInfoAccess sinfo_access
proxyCertInfo proxyCertInfo
tlsFeature tlsfeature
cpsQualifier id_qt_cps
userNoticeQualifier id_qt_unotice
ocsp ad_OCSP
caIssuers ad_ca_issuers
timeStampingAccess ad_timeStamping
caRepository caRepository
## PKIX other names (RFC 4985, 6120, 8398, 4043)
xmppAddr XmppAddr
srvName SRVName
naiRealm NAIRealm
smtpUTF8Mailbox id_on_SmtpUTF8Mailbox
permanentIdentifier id_on_permanentIdentifier
## Extended key usages (RFC 5280 4.2.1.12 and others)
serverAuth server_auth
clientAuth client_auth
codeSigning code_sign
emailProtection email_protect
ipsecEndSystem ipsecEndSystem
ipsecTunnel ipsecTunnel
ipsecUser ipsecUser
timeStamping time_stamp
ocspSigning OCSP_sign
dvcs dvcs
ipsecIKE ipsec_IKE
secureShellClient sshClient
secureShellServer sshServer
bgpsecRouter id_kp_bgpsec_router
brandIndicatorForMessageIdentification id_kp_BrandIndicatorforMessageIdentification
pkInitClientAuth pkInitClientAuth
pkInitKDC pkInitKDC
msCodeInd ms_code_ind
msCodeCom ms_code_com
msCTLSign ms_ctl_sign
msSGC ms_sgc
msEFS ms_efs
msSmartcardLogin ms_smartcard_login
nsSGC ns_sgc
msEFSRecovery 1.3.6.1.4.1.311.10.3.4.1 "msEFSRecovery" "Microsoft EFS File Recovery"
msDocumentSigning 1.3.6.1.4.1.311.10.3.12 "msDocumentSigning" "Microsoft Document Signing"
msKernelModeCodeSigning 1.3.6.1.4.1.311.61.1.1 "msKernelModeCodeSigning" "Microsoft Kernel Mode Code Signing"
## OCSP (RFC 6960 4.4)
ocspBasic id_pkix_OCSP_basic
ocspNonce id_pkix_OCSP_Nonce
ocspCrlID id_pkix_OCSP_CrlID
ocspAcceptableResponses id_pkix_OCSP_acceptableResponses
ocspNoCheck id_pkix_OCSP_noCheck
ocspArchiveCutoff id_pkix_OCSP_archiveCutoff
ocspServiceLocator id_pkix_OCSP_serviceLocator
ocspExtendedStatus id_pkix_OCSP_extendedStatus
## Certificate Transparency (RFC 6962 3.1, 3.3)
ctPrecertificateSCTs ct_precert_scts
ctPrecertificatePoison ct_precert_poison
ctPrecertificateSigner ct_precert_signer
ctCertificateSCTs ct_cert_scts
## CA/Browser Forum (Baseline Requirements 7.1.6.1, EV Guidelines 9.8.2)
cabfEVGuidelines 2.23.140.1.1 "ev-guidelines" "CA/B Forum EV Guidelines"
cabfBaselineRequirements 2.23.140.1.2 "baseline-requirements" "CA/B Forum Baseline Requirements"
cabfDomainValidated 2.23.140.1.2.1 "domain-validated" "CA/B Forum Domain Validated"
cabfOrganizationValidated 2.23.140.1.2.2 "organization-validated" "CA/B Forum Organization Validated"
cabfIndividualValidated 2.23.140.1.2.3 "individual-validated" "CA/B Forum Individual Validated"
cabfEVCodeSigning 2.23.140.1.3 "ev-code-signing" "CA/B Forum EV Code Signing"
cabfCodeSigningRequirements 2.23.140.1.4.1 "code-signing-requirements" "CA/B Forum Code Signing Requirements"
cabfOnionTor 2.23.140.1.31 "onion-EV" "CA/B Forum Tor Service Descriptor"
cabfOrganizationIdentifier 2.23.140.3.1 "cabfOrganizationIdentifier" "CA/B Forum Organization Identifier"
jurisdictionLocalityName jurisdictionLocalityName
jurisdictionStateOrProvinceName jurisdictionStateOrProvinceName
jurisdictionCountryName jurisdictionCountryName
## Microsoft (certificate services, enrollment)
msUPN ms_upn
msExtReq ms_ext_req
msCSPName ms_csp_name
msLocalKeySet LocalKeySet
msCertificateTemplateName 1.3.6.1.4.1.311.20.2 "msCertificateTemplateName" "Microsoft Certificate Template Name"
msCAVersion 1.3.6.1.4.1.311.21.1 "msCAVersion" "Microsoft CA Version"
msPreviousCAHash 1.3.6.1.4.1.311.21.2 "msPreviousCAHash" "Microsoft Previous CA Certificate Hash"
msCertificateTemplate 1.3.6.1.4.1.311.21.7 "msCertificateTemplate" "Microsoft Certificate Template"
msApplicationPolicies 1.3.6.1.4.1.311.21.10 "msApplicationPolicies" "Microsoft Application Policies"
msNTDSCASecurity 1.3.6.1.4.1.311.25.2 "msNTDSCASecurity" "Microsoft NTDS CA Security"
## Netscape (legacy certificate extensions)
netscapeCertType netscape_cert_type
netscapeBaseURL netscape_base_url
netscapeRevocationURL netscape_revocation_url
netscapeCARevocationURL netscape_ca_revocation_url
netscapeRenewalURL netscape_renewal_url
netscapeCAPolicyURL netscape_ca_policy_url
netscapeSSLServerName netscape_ssl_server_name
netscapeComment netscape_comment
netscapeCertSequence netscape_cert_sequence
entrustVersionInfo 1.2.840.113533.7.65.0 "entrustVersionInfo" "Entrust Version Extension"
## PKCS #1 (RFC 8017 appendix C)
rsaEncryption rsaEncryption
md2WithRSAEncryption md2WithRSAEncryption
md4WithRSAEncryption md4WithRSAEncryption
md5WithRSAEncryption md5WithRSAEncryption
sha1WithRSAEncryption sha1WithRSAEncryption
rsaesOAEP rsaesOaep
mgf1 mgf1
pSpecified pSpecified
rsassaPSS rsassaPss
sha256WithRSAEncryption sha256WithRSAEncryption
sha384WithRSAEncryption sha384WithRSAEncryption
sha512WithRSAEncryption sha512WithRSAEncryption
sha224WithRSAEncryption sha224WithRSAEncryption
sha512_224WithRSAEncryption sha512_224WithRSAEncryption
sha512_256WithRSAEncryption sha512_256WithRSAEncryption
sha3_224WithRSAEncryption RSA_SHA3_224
sha3_256WithRSAEncryption RSA_SHA3_256
sha3_384WithRSAEncryption RSA_SHA3_384
sha3_512WithRSAEncryption RSA_SHA3_512
sha1WithRSAOIW sha1WithRSA
## PKCS #3 and X9.42 Diffie-Hellman
dhKeyAgreement dhKeyAgreement
dhPublicNumber dhpublicnumber
## PKCS #5 (RFC 8018 appendix A, B)
pbeWithMD2AndDES_CBC pbeWithMD2AndDES_CBC
pbeWithMD5AndDES_CBC pbeWithMD5AndDES_CBC
pbeWithMD2AndRC2_CBC pbeWithMD2AndRC2_CBC
pbeWithMD5AndRC2_CBC pbeWithMD5AndRC2_CBC
pbeWithSHA1AndDES_CBC pbeWithSHA1AndDES_CBC
pbeWithSHA1AndRC2_CBC pbeWithSHA1AndRC2_CBC
pbkdf2 id_pbkdf2
pbes2 pbes2
pbmac1 pbmac1
## PKCS #7 / CMS content types (RFC 2315 14, RFC 5652)
pkcs7Data pkcs7_data
pkcs7SignedData pkcs7_signed
pkcs7EnvelopedData pkcs7_enveloped
pkcs7SignedAndEnvelopedData pkcs7_signedAndEnveloped
pkcs7DigestedData pkcs7_digest
pkcs7EncryptedData pkcs7_encrypted
cmsAuthData id_smime_ct_authData
cmsTSTInfo id_smime_ct_TSTInfo
cmsCompressedData id_smime_ct_compressedData
cmsAuthEnvelopedData id_smime_ct_authEnvelopedData
## PKCS #9 attributes (RFC 2985) and S/MIME attributes
emailAddress pkcs9_emailAddress
unstructuredName pkcs9_unstructuredName
contentType pkcs9_contentType
messageDigest pkcs9_messageDigest
signingTime pkcs9_signingTime
countersignature pkcs9_countersignature
challengePassword pkcs9_challengePassword
unstructuredAddress pkcs9_unstructuredAddress
extendedCertificateAttributes pkcs9_extCertAttributes
extensionRequest ext_req
smimeCapabilities SMIMECapabilities
friendlyName friendlyName
localKeyID localKeyID
x509CertificateType x509Certificate
sdsiCertificateType sdsiCertificate
x509CRLType x509Crl
signingCertificate id_smime_aa_signingCertificate
signingCertificateV2 id_smime_aa_signingCertificateV2
timeStampToken id_smime_aa_timeStampToken
## PKCS #12 (RFC 7292 appendix C, D)
pbeWithSHA1And128BitRC4 pbe_WithSHA1And128BitRC4
pbeWithSHA1And40BitRC4 pbe_WithSHA1And40BitRC4
pbeWithSHA1And3KeyTripleDES_CBC pbe_WithSHA1And3_Key_TripleDES_CBC
pbeWithSHA1And2KeyTripleDES_CBC pbe_WithSHA1And2_Key_TripleDES_CBC
pbeWithSHA1And128BitRC2_CBC pbe_WithSHA1And128BitRC2_CBC
pbeWithSHA1And40BitRC2_CBC pbe_WithSHA1And40BitRC2_CBC
keyBag keyBag
pkcs8ShroudedKeyBag pkcs8ShroudedKeyBag
certBag certBag
crlBag crlBag
secretBag secretBag
safeContentsBag safeContentsBag
## Digests and MACs (RFC 8017, RFC 8018, FIPS 180-4, FIPS 202)
md2 md2
md4 md4
md5 md5
sha1 sha1
sha224 sha224
sha256 sha256
sha384 sha384
sha512 sha512
sha512_224 sha512_224
sha512_256 sha512_256
sha3_224 sha3_224
sha3_256 sha3_256
sha3_384 sha3_384
sha3_512 sha3_512
shake128 shake128
shake256 shake256
hmacWithMD5 hmacWithMD5
hmacWithSHA1 hmacWithSHA1
hmacWithSHA224 hmacWithSHA224
hmacWithSHA256 hmacWithSHA256
hmacWithSHA384 hmacWithSHA384
hmacWithSHA512 hmacWithSHA512
hmacWithSHA512_224 hmacWithSHA512_224
hmacWithSHA512_256 hmacWithSHA512_256
## Ciphers (PKCS #5, PKCS #8 and PKCS #12 encryption)
desCBC des_cbc
desEDE3CBC des_ede3_cbc
rc2CBC rc2_cbc
rc4 rc4
aes128CBC aes_128_cbc
aes192CBC aes_192_cbc
aes256CBC aes_256_cbc
aes128GCM aes_128_gcm
aes192GCM aes_192_gcm
aes256GCM aes_256_gcm
aes128Wrap id_aes128_wrap
aes192Wrap id_aes192_wrap
aes256Wrap id_aes256_wrap
## DSA (RFC 3279 2.2.2, 2.3.2; RFC 5758 3.1)
dsa dsa
dsaWithSHA1 dsaWithSHA1
dsaWithSHA224 dsa_with_SHA224
dsaWithSHA256 dsa_with_SHA256
dsaWithSHA384 dsa_with_SHA384
dsaWithSHA512 dsa_with_SHA512
dsaOIW dsa_2
dsaWithSHA1OIW dsaWithSHA1_2
## Elliptic curves: keys and ECDSA (RFC 5480, SEC 1, RFC 5758 3.2)
ecPublicKey X9_62_id_ecPublicKey
primeField X9_62_prime_field
characteristicTwoField X9_62_characteristic_two_field
ecdsaWithSHA1 ecdsa_with_SHA1
ecdsaWithRecommended ecdsa_with_Recommended
ecdsaWithSpecified ecdsa_with_Specified
ecdsaWithSHA224 ecdsa_with_SHA224
ecdsaWithSHA256 ecdsa_with_SHA256
ecdsaWithSHA384 ecdsa_with_SHA384
ecdsaWithSHA512 ecdsa_with_SHA512
ecdsaWithSHA3_224 ecdsa_with_SHA3_224
ecdsaWithSHA3_256 ecdsa_with_SHA3_256
ecdsaWithSHA3_384 ecdsa_with_SHA3_384
ecdsaWithSHA3_512 ecdsa_with_SHA3_512
## Named curves: X9.62 prime curves (RFC 5480 2.1.1.1)
prime192v1 X9_62_prime192v1
prime192v2 X9_62_prime192v2
prime192v3 X9_62_prime192v3
prime239v1 X9_62_prime239v1
prime239v2 X9_62_prime239v2
prime239v3 X9_62_prime239v3
prime256v1 X9_62_prime256v1
## Named curves: SEC 2 (certicom-arc 1.3.132.0)
secp112r1 secp112r1
secp112r2 secp112r2
secp128r1 secp128r1
secp128r2 secp128r2
secp160k1 secp160k1
secp160r1 secp160r1
secp160r2 secp160r2
secp192k1 secp192k1
secp224k1 secp224k1
secp224r1 secp224r1
secp256k1 secp256k1
secp384r1 secp384r1
secp521r1 secp521r1
sect113r1 sect113r1
sect113r2 sect113r2
sect131r1 sect131r1
sect131r2 sect131r2
sect163k1 sect163k1
sect163r1 sect163r1
sect163r2 sect163r2
sect193r1 sect193r1
sect193r2 sect193r2
sect233k1 sect233k1
sect233r1 sect233r1
sect239k1 sect239k1
sect283k1 sect283k1
sect283r1 sect283r1
sect409k1 sect409k1
sect409r1 sect409r1
sect571k1 sect571k1
sect571r1 sect571r1
## Named curves: Brainpool (RFC 5639 4.1)
brainpoolP160r1 brainpoolP160r1
brainpoolP160t1 brainpoolP160t1
brainpoolP192r1 brainpoolP192r1
brainpoolP192t1 brainpoolP192t1
brainpoolP224r1 brainpoolP224r1
brainpoolP224t1 brainpoolP224t1
brainpoolP256r1 brainpoolP256r1
brainpoolP256t1 brainpoolP256t1
brainpoolP320r1 brainpoolP320r1
brainpoolP320t1 brainpoolP320t1
brainpoolP384r1 brainpoolP384r1
brainpoolP384t1 brainpoolP384t1
brainpoolP512r1 brainpoolP512r1
brainpoolP512t1 brainpoolP512t1
## Edwards and Montgomery curves (RFC 8410 3)
x25519 X25519
x448 X448
ed25519 ED25519
ed448 ED448
'''


def load_openssl(path):
    text = open(path).read()
    obj, sn, ln = {}, {}, {}
    for m in re.finditer(r'#define\s+(OBJ|SN|LN)_(\w+)\s+(.+)', text):
        kind, name, value = m.groups()
        value = value.strip()
        {"OBJ": obj, "SN": sn, "LN": ln}[kind][name] = value.strip('"')
    cache = {}

    def resolve(name):
        if name not in cache:
            arcs = []
            for part in obj[name].split(','):
                part = part.strip()
                if part.endswith('L') and part[:-1].isdigit():
                    arcs.append(part[:-1])
                else:
                    arcs.extend(resolve(part[len("OBJ_"):]).split('.'))
            cache[name] = '.'.join(arcs)
        return cache[name]

    table = {}
    for name in obj:
        short, long_ = sn.get(name), ln.get(name)
        # OpenSSL's objects.pl fills a missing short or long name from the other.
        table[name] = (resolve(name), short or long_, long_ or short)
    return table


def der_content(dotted):
    arcs = [int(a) for a in dotted.split('.')]
    out = []
    for value in [arcs[0] * 40 + arcs[1]] + arcs[2:]:
        septets = [value & 0x7F]
        value >>= 7
        while value:
            septets.append((value & 0x7F) | 0x80)
            value >>= 7
        out.extend(reversed(septets))
    return out


def swift_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    openssl = load_openssl(HEADER)
    entries = []  # (kind, ...) heading or (swift, dotted, sn, ln, fromOpenSSL)
    for raw in CATALOGUE.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith('## '):
            entries.append(('heading', line[3:]))
            continue
        parts = shlex.split(line)
        if len(parts) == 2:
            swift, macro = parts
            if macro not in openssl:
                sys.exit(f"unknown OpenSSL object {macro}")
            dotted, short, long_ = openssl[macro]
            entries.append(('oid', swift, dotted, short, long_, True))
        elif len(parts) == 4:
            swift, dotted, short, long_ = parts
            entries.append(('oid', swift, dotted, short, long_, False))
        else:
            sys.exit(f"bad line: {line}")

    oids = [e for e in entries if e[0] == 'oid']
    for index, key in ((1, 'Swift name'), (2, 'dotted form'), (3, 'short name'), (4, 'long name')):
        seen = {}
        for e in oids:
            if e[index] in seen and not (index == 4 and e[4] == e[3]):
                sys.exit(f"duplicate {key}: {e[index]} ({seen[e[index]]} and {e[1]})")
            seen[e[index]] = e[1]

    constants = [
        "// Generated by Scripts/generate-oid-registry.py from OpenSSL's obj_mac.h; do not edit.",
        "",
        "extension OID {",
    ]
    table = [
        "// Generated by Scripts/generate-oid-registry.py from OpenSSL's obj_mac.h; do not edit.",
        "",
        "extension OIDRegistry {",
        "    /// Every identifier with a name: the constant, OpenSSL's short and long names, and",
        "    /// whether OpenSSL knows it (false for names PureX509 chose).",
        "    static let table: [Entry] = [",
    ]
    first = True
    for e in entries:
        if e[0] == 'heading':
            if not first:
                constants.append("")
            constants.append(f"    // MARK: {e[1]}")
            constants.append("")
            table.append(f"        // {e[1]}")
            first = False
            continue
        _, swift, dotted, short, long_, known = e
        content = ', '.join(f"0x{b:02X}" for b in der_content(dotted))
        source = "OpenSSL" if known else "no OpenSSL name; ours"
        constants.append(f"    /// {dotted}: {long_} ({short}; {source}).")
        constants.append(f"    public static let {swift} = OID(known: [{content}])")
        table.append(f"        Entry(.{swift}, {swift_string(short)}, {swift_string(long_)}, openSSL: {'true' if known else 'false'}),")
    constants.append("}")
    table.append("    ]")
    table.append("}")
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "OID+Constants.swift"), "w") as f:
        f.write("\n".join(constants) + "\n")
    with open(os.path.join(OUT, "OIDRegistry+Table.swift"), "w") as f:
        f.write("\n".join(table) + "\n")
    # The dotted forms, for the round-trip test: written independently of the DER
    # content octets above, so the test compares two encodings of each identifier.
    with open("Tests/PureX509ASN1Tests/OIDRegistryExpected.swift", "w") as f:
        f.write("// Generated by Scripts/generate-oid-registry.py; do not edit.\n")
        f.write("@testable import PureX509ASN1\n\n")
        f.write("/// Every registry constant with its dotted form and OpenSSL-style names.\n")
        f.write("let registryExpected: [(name: String, oid: OID, dotted: String, short: String, long: String)] = [\n")
        for e in oids:
            f.write(f"    ({swift_string(e[1])}, .{e[1]}, {swift_string(e[2])}, {swift_string(e[3])}, {swift_string(e[4])}),\n")
        f.write("]\n")
    print(f"{len(oids)} identifiers")


if __name__ == "__main__":
    main()
