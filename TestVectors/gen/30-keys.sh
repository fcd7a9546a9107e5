#!/usr/bin/env bash
# Keys of every type, encrypted with each scheme; certificates for them; PKCS#7 bundles;
# PKCS#12 files made by OpenSSL 3 (default and -legacy); mismatched key/certificate pairs.
# Output: TestVectors/keys/. Checked by Tests/PureX509Tests/{Keys,PrivateKeys,Containers,
# Formats}/ and described in TestVectors/keys/README.md.
#
# openssl CLI only (OpenSSL 3.x). Keys are generated once and kept (they are throwaway test
# keys); certificates have fixed dates and serials; re-running changes only randomized
# signatures, salts and IVs. What OpenSSL extracts from every container is recorded next to
# it (*.extracted-*.pem), so the round-trip tests compare against it without shelling out.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p keys
cd keys

PASS='test-password'          # every encrypted key and most containers
UPASS='pässwörd-😀'            # non-ASCII (and non-BMP) password for PKCS#12
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- private keys (generated once) --------------------------------------------------------
gen() {  # gen NAME ARGS...  (PKCS#8 PEM)
    local name=$1; shift
    [ -f "$name.pem" ] || openssl genpkey "$@" -out "$name.pem" 2>/dev/null
}
for suffix in "" "-other"; do
    gen "rsa-2048$suffix" -algorithm RSA -pkeyopt rsa_keygen_bits:2048
    gen "ec-p256$suffix" -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -pkeyopt ec_param_enc:named_curve
    gen "ed25519$suffix" -algorithm ED25519
done
gen rsa-3072-e3 -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -pkeyopt rsa_keygen_pubexp:3
gen rsa-pss -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:2048
gen rsa-pss-params -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:2048 \
    -pkeyopt rsa_pss_keygen_md:sha256 -pkeyopt rsa_pss_keygen_mgf1_md:sha256 -pkeyopt rsa_pss_keygen_saltlen:32
gen ec-p384 -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -pkeyopt ec_param_enc:named_curve
gen ec-p521 -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -pkeyopt ec_param_enc:named_curve
gen ec-secp256k1 -algorithm EC -pkeyopt ec_paramgen_curve:secp256k1 -pkeyopt ec_param_enc:named_curve
gen ec-brainpoolP256r1 -algorithm EC -pkeyopt ec_paramgen_curve:brainpoolP256r1 -pkeyopt ec_param_enc:named_curve
gen ed448 -algorithm ED448
gen x25519 -algorithm X25519
gen x448 -algorithm X448
if [ ! -f dsa.pem ]; then
    openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:2048 -out "$work/dsa-params.pem" 2>/dev/null
    openssl genpkey -paramfile "$work/dsa-params.pem" -out dsa.pem 2>/dev/null
fi
# An EC key with explicit curve parameters (SEC1 and PKCS#8), from the P-256 key.
openssl ec -in ec-p256.pem -param_enc explicit -out ec-p256-explicit.sec1.pem 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in ec-p256-explicit.sec1.pem -out ec-p256-explicit.pem

KEYS="rsa-2048 rsa-2048-other rsa-3072-e3 rsa-pss rsa-pss-params ec-p256 ec-p256-other ec-p384 ec-p521
      ec-secp256k1 ec-brainpoolP256r1 ed25519 ed25519-other ed448 x25519 x448 dsa"

# --- other encodings of the same keys -------------------------------------------------------
for key in $KEYS; do
    openssl pkcs8 -topk8 -nocrypt -in "$key.pem" -outform DER -out "$key.der"
    openssl pkey -in "$key.pem" -pubout -out "$key.pub.pem"
    openssl pkey -in "$key.pem" -pubout -outform DER -out "$key.pub.der"
done
for key in rsa-2048 rsa-3072-e3; do
    openssl rsa -in "$key.pem" -traditional -out "$key.pkcs1.pem" 2>/dev/null
    openssl rsa -in "$key.pem" -traditional -outform DER -out "$key.pkcs1.der" 2>/dev/null
    openssl rsa -in "$key.pem" -RSAPublicKey_out -out "$key.rsapub.pem" 2>/dev/null
done
for key in ec-p256 ec-p384 ec-p521 ec-secp256k1; do
    openssl ec -in "$key.pem" -out "$key.sec1.pem" 2>/dev/null
    openssl ec -in "$key.pem" -outform DER -out "$key.sec1.der" 2>/dev/null
    openssl ec -in "$key.pem" -no_public -out "$key.sec1-nopub.pem" 2>/dev/null
done
openssl pkey -in dsa.pem -traditional -out dsa.trad.pem
# PKCS#8 without the embedded EC public key (RFC 5915 makes it optional).
openssl ec -in ec-p256.pem -no_public 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -out ec-p256.nopub.pem

# PKCS#8 v2 (OneAsymmetricKey, RFC 5958) with the public key, built with asn1parse -genconf
# from the v1 encoding (OpenSSL 3.0 writes only v1).
oak() {  # oak KEY ALG-OID
    local key=$1 oid=$2
    local priv pub
    # The privateKey OCTET STRING content starts at byte 14 (short lengths throughout).
    priv=$(openssl pkey -in "$key.pem" -outform DER | tail -c +15 | od -An -v -tx1 | tr -d ' \n')
    pub=$(openssl pkey -in "$key.pem" -pubout -outform DER | tail -c "$3" | od -An -v -tx1 | tr -d ' \n')
    cat > "$work/oak.cnf" <<CNF
asn1 = SEQUENCE:oak
[oak]
version = INTEGER:1
algorithm = SEQUENCE:alg
privateKey = FORMAT:HEX,OCTETSTRING:$priv
publicKey = IMPLICIT:1,FORMAT:HEX,BITSTRING:$pub
[alg]
oid = OID:$oid
CNF
    openssl asn1parse -genconf "$work/oak.cnf" -noout -out "$key.v2.der" >/dev/null
    openssl base64 -in "$key.v2.der" | { echo "-----BEGIN PRIVATE KEY-----"; cat; echo "-----END PRIVATE KEY-----"; } > "$key.v2.pem"
}
oak ed25519 1.3.101.112 32
oak x25519 1.3.101.110 32
oak ed448 1.3.101.113 57

# --- encrypted private keys -------------------------------------------------------------------
enc() {  # enc KEY NAME pkcs8-args...
    local key=$1 name=$2; shift 2
    openssl pkcs8 -topk8 -in "$key.pem" -passout "pass:$PASS" "$@" -out "$key.$name.pem" 2>/dev/null
}
enc rsa-2048 pbes2-aes256-sha256 -v2 aes-256-cbc -v2prf hmacWithSHA256
enc rsa-2048 pbes2-aes128-sha1 -v2 aes-128-cbc -v2prf hmacWithSHA1
enc rsa-2048 pbes2-des3-sha1 -v2 des3 -v2prf hmacWithSHA1
enc rsa-2048 pkcs12-3des -v1 PBE-SHA1-3DES
enc ec-p256 pbes2-aes256-sha256 -v2 aes-256-cbc -v2prf hmacWithSHA256
enc ec-p256 pbes2-aes192-sha512 -v2 aes-192-cbc -v2prf hmacWithSHA512
enc ec-p256 pbes2-des3-sha256 -v2 des3 -v2prf hmacWithSHA256
enc ec-p256 pkcs12-3des -v1 PBE-SHA1-3DES
enc ec-p256 pkcs12-2des -v1 PBE-SHA1-2DES
enc ec-p256 pkcs12-rc2-40 -v1 PBE-SHA1-RC2-40 -provider legacy -provider default
enc ec-p256 pbes1-md5-des -v1 PBE-MD5-DES -provider legacy -provider default
enc ec-p256 pbes2-scrypt -scrypt -scrypt_N 1024 -scrypt_r 8 -scrypt_p 1
enc ed25519 pbes2-aes256-sha256 -v2 aes-256-cbc -v2prf hmacWithSHA256
enc x448 pbes2-aes256-sha256 -v2 aes-256-cbc -v2prf hmacWithSHA256
enc rsa-pss pbes2-aes256-sha256 -v2 aes-256-cbc -v2prf hmacWithSHA256
openssl pkcs8 -topk8 -in ec-p256.pem -passout "pass:$PASS" -v2 aes-256-cbc -v2prf hmacWithSHA256 \
    -outform DER -out ec-p256.pbes2-aes256-sha256.der
# Legacy OpenSSL PEM encryption (RFC 1421 Proc-Type/DEK-Info headers).
openssl rsa -in rsa-2048.pem -traditional -aes256 -passout "pass:$PASS" -out rsa-2048.legacy-aes256.pem 2>/dev/null
openssl ec -in ec-p256.pem -des3 -passout "pass:$PASS" -out ec-p256.legacy-des3.pem 2>/dev/null
openssl ec -in ec-p256.pem -aes128 -passout "pass:$PASS" -out ec-p256.legacy-aes128.pem 2>/dev/null

# --- certificates -----------------------------------------------------------------------------
touch "$work/index.txt"
echo 01 > "$work/crlnumber"
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $work/index.txt
serial = $work/serial
crlnumber = $work/crlnumber
new_certs_dir = $work
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
default_crl_days = 30
[any]
commonName = supplied
organizationName = optional
[ca_ext]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[leaf_ext]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:leaf.test
CNF
issue() {  # issue SERIAL CSR CA-CERT|selfsign CA-KEY EXT OUT [extra ca args]
    local serial=$1 csr=$2 cacert=$3 cakey=$4 ext=$5 out=$6; shift 6
    echo "$serial" > "$work/serial"
    local which=(-cert "$cacert")
    [ "$cacert" = selfsign ] && which=(-selfsign)
    openssl ca -batch -config "$work/ca.cnf" "${which[@]}" -keyfile "$cakey" -in "$csr" -extensions "$ext" \
        -startdate 20260101000000Z -enddate 20360101000000Z -notext -out "$work/out.pem" "$@" 2>/dev/null
    openssl x509 -in "$work/out.pem" -out "$out"
}
# A chain: root (EC P-384) -> intermediate (EC P-256) -> leaf (RSA 2048).
[ -f ca-root.key.pem ] || openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out ca-root.key.pem
[ -f ca-intermediate.key.pem ] || openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ca-intermediate.key.pem
openssl req -new -key ca-root.key.pem -subj "/O=PureX509 tests/CN=PureX509 Test Root" -out "$work/root.csr"
issue 1000 "$work/root.csr" selfsign ca-root.key.pem ca_ext ca-root.cert.pem
openssl req -new -key ca-intermediate.key.pem -subj "/O=PureX509 tests/CN=PureX509 Test Intermediate" -out "$work/int.csr"
issue 1001 "$work/int.csr" ca-root.cert.pem ca-root.key.pem ca_ext ca-intermediate.cert.pem
# One leaf certificate per key type that can sign a CSR, issued by the intermediate.
serial=2000
for key in rsa-2048 rsa-3072-e3 rsa-pss ec-p256 ec-p384 ec-p521 ec-secp256k1 ec-brainpoolP256r1 ed25519 ed448 dsa; do
    openssl req -new -key "$key.pem" -subj "/O=PureX509 tests/CN=$key" -out "$key.csr.pem"
    issue "$serial" "$key.csr.pem" ca-intermediate.cert.pem ca-intermediate.key.pem leaf_ext "$key.cert.pem"
    serial=$((serial + 1))
done
openssl req -in rsa-2048.csr.pem -outform DER -out rsa-2048.csr.der
openssl x509 -in rsa-2048.cert.pem -outform DER -out rsa-2048.cert.der
# X25519 and X448 cannot sign: their certificates carry the key with -force_pubkey.
for key in x25519 x448; do
    openssl x509 -req -in ec-p256.csr.pem -CA ca-intermediate.cert.pem -CAkey ca-intermediate.key.pem \
        -set_serial "$serial" -force_pubkey "$key.pub.pem" -subj "/O=PureX509 tests/CN=$key" \
        -days 3650 -out "$key.cert.pem" 2>/dev/null
    serial=$((serial + 1))
done
cat rsa-2048.cert.pem ca-intermediate.cert.pem ca-root.cert.pem > chain.pem
# The same chain root first (for leaf-first ordering).
cat ca-root.cert.pem ca-intermediate.cert.pem rsa-2048.cert.pem > chain-reversed.pem

# A CRL from the intermediate revoking the ec-p384 leaf.
openssl ca -config "$work/ca.cnf" -cert ca-intermediate.cert.pem -keyfile ca-intermediate.key.pem \
    -revoke ec-p384.cert.pem -crl_reason keyCompromise 2>/dev/null
openssl ca -config "$work/ca.cnf" -gencrl -cert ca-intermediate.cert.pem -keyfile ca-intermediate.key.pem \
    -crl_lastupdate 20260201000000Z -crl_nextupdate 20260301000000Z -out intermediate.crl.pem 2>/dev/null
openssl crl -in intermediate.crl.pem -outform DER -out intermediate.crl.der

# --- PKCS#7 bundles ---------------------------------------------------------------------------
certs_only() { sed -n '/-----BEGIN/,/-----END/p'; }
openssl crl2pkcs7 -nocrl -certfile chain.pem -out chain.p7b
openssl crl2pkcs7 -nocrl -certfile chain.pem -outform DER -out chain.p7b.der
openssl crl2pkcs7 -in intermediate.crl.pem -certfile chain.pem -out chain-crl.p7b
openssl crl2pkcs7 -nocrl -certfile ca-root.cert.pem -out single.p7b
# An empty bundle: no certificates, no CRLs.
openssl crl2pkcs7 -nocrl -out empty.p7b
for p7 in chain chain-crl single; do
    openssl pkcs7 -in "$p7.p7b" -print_certs | certs_only | openssl x509 2>/dev/null > /dev/null || true
    openssl pkcs7 -in "$p7.p7b" -print_certs | certs_only > "$p7.p7b.extracted-certs.pem"
done
openssl pkcs7 -in chain.p7b.der -inform DER -print_certs | certs_only > chain.p7b.der.extracted-certs.pem

# --- PKCS#12 ----------------------------------------------------------------------------------
p12() {  # p12 NAME PASSWORD pkcs12-export-args...
    local name=$1 pass=$2; shift 2
    openssl pkcs12 -export -passout "pass:$pass" "$@" -out "$name.p12" 2>/dev/null
    local legacy=()
    # -legacy reads RC2-40 bags; harmless for the others.
    legacy=(-legacy)
    openssl pkcs12 -in "$name.p12" "${legacy[@]}" -passin "pass:$pass" -nokeys 2>/dev/null | certs_only > "$name.p12.extracted-certs.pem"
    openssl pkcs12 -in "$name.p12" "${legacy[@]}" -passin "pass:$pass" -nocerts -nodes 2>/dev/null | certs_only > "$name.p12.extracted-keys.pem"
    openssl pkcs12 -in "$name.p12" "${legacy[@]}" -passin "pass:$pass" -info -noout > "$name.p12.info.txt" 2>&1 || true
    # No file when OpenSSL extracted nothing of a kind.
    for kind in certs keys; do [ -s "$name.p12.extracted-$kind.pem" ] || rm -f "$name.p12.extracted-$kind.pem"; done
}
LEAF=(-in rsa-2048.cert.pem -inkey rsa-2048.pem -certfile ca-intermediate.cert.pem -name "PureX509 leaf")
p12 default "$PASS" "${LEAF[@]}"
p12 default-sha1mac "$PASS" "${LEAF[@]}" -macalg sha1
p12 legacy "$PASS" "${LEAF[@]}" -legacy
p12 legacy-3des "$PASS" "${LEAF[@]}" -legacy -certpbe PBE-SHA1-3DES
ULEAF=(-in rsa-2048.cert.pem -inkey rsa-2048.pem -certfile ca-intermediate.cert.pem -name "PureX509 ключ")
p12 unicode-password "$UPASS" "${ULEAF[@]}"
p12 unicode-password-legacy "$UPASS" "${ULEAF[@]}" -legacy -certpbe PBE-SHA1-3DES
p12 empty-password "" "${LEAF[@]}"
p12 nomac "$PASS" "${LEAF[@]}" -nomac
p12 unencrypted "" "${LEAF[@]}" -keypbe NONE -certpbe NONE -nomac
p12 ec "$PASS" -in ec-p256.cert.pem -inkey ec-p256.pem -certfile chain.pem -name "ec key"
p12 ed25519 "$PASS" -in ed25519.cert.pem -inkey ed25519.pem -name "ed25519 key"
p12 key-only "$PASS" -nocerts -inkey ec-p384.pem -name "lonely key"
p12 certs-only "$PASS" -nokeys -in chain.pem
p12 high-iter "$PASS" "${LEAF[@]}" -iter 10000 -maciter
# Mismatched: a key with somebody else's certificate (OpenSSL refuses -inkey with the
# wrong key, so the key goes in alone and the certificate through -certfile).
p12 mismatched "$PASS" -nocerts -inkey ec-p256-other.pem -certfile ec-p256.cert.pem -name mismatched
# Corrupted: one byte of the encrypted certificates flipped (the MAC no longer verifies,
# the password still decrypts the key).
python3 - <<'PY'
data = bytearray(open("default.p12", "rb").read())
data[len(data) // 3] ^= 0x01
open("corrupt.p12", "wb").write(bytes(data))
PY
head -c 700 default.p12 > truncated.p12

# --- mismatched key/certificate pairs -----------------------------------------------------------
# Described in README.md: every *-other key against the certificate of its namesake.
echo "done: $(ls | wc -l) files in TestVectors/keys"
