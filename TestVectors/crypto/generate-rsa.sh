#!/usr/bin/env bash
# RSA signature vectors for Tests/PureX509CryptoTests/Signature (OpenSSL 3.x CLI).
#
# Writes into TestVectors/crypto/rsa/:
#   keys/NAME.key.pem      private keys; generated only when missing, so re-running keeps them
#   NAME.csr.der           PKCS#10 requests, one per (key, signature algorithm); each carries
#                          the key's SubjectPublicKeyInfo, the signature AlgorithmIdentifier
#                          exactly as OpenSSL encodes it, and the signature over the
#                          CertificationRequestInfo
#   manifest.txt           one line per request: name key padding hash mgf1-hash salt-length
# PKCS#1 v1.5 signatures are deterministic, so re-running changes nothing for them; PSS
# signatures are randomized (fresh salt) and change on every run.
set -euo pipefail
cd "$(dirname "$0")"
out=rsa
mkdir -p "$out/keys"

key() { # name algorithm bits [extra genpkey options...]
    local name=$1 algorithm=$2 bits=$3
    shift 3
    [ -f "$out/keys/$name.key.pem" ] && return
    # For odd sizes OpenSSL sometimes returns a modulus one bit short: retry until exact.
    until openssl genpkey -algorithm "$algorithm" -pkeyopt "rsa_keygen_bits:$bits" "$@" \
            -out "$out/keys/$name.key.pem" 2>/dev/null &&
          openssl pkey -in "$out/keys/$name.key.pem" -noout -text | head -1 | grep -q "($bits bit"; do
        :
    done
}

key rsa512 RSA 512
key rsa1024 RSA 1024
key rsa2048 RSA 2048
key rsa1025 RSA 1025
key rsa2048e3 RSA 2048 -pkeyopt rsa_keygen_pubexp:3
key rsa3072 RSA 3072
key rsa4096 RSA 4096
key rsa8192 RSA 8192
key rsapss2048 RSA-PSS 2048
key rsapss2048sha256 RSA-PSS 2048 -pkeyopt rsa_pss_keygen_md:sha256 -pkeyopt rsa_pss_keygen_mgf1_md:sha256 -pkeyopt rsa_pss_keygen_saltlen:32

manifest="$out/manifest.txt"
: > "$manifest"
echo "# name key padding hash mgf1-hash salt-length (- where not applicable)" >> "$manifest"

csr() { # name key padding hash mgf1 salt
    local name=$1 key=$2 padding=$3 hash=$4 mgf1=$5 salt=$6
    local options=("-$hash")
    if [ "$padding" = pss ]; then
        options+=(-sigopt rsa_padding_mode:pss -sigopt "rsa_pss_saltlen:$salt" -sigopt "rsa_mgf1_md:$mgf1")
    fi
    openssl req -new -key "$out/keys/$key.key.pem" -subj "/CN=PureX509 RSA test $name" \
        "${options[@]}" -outform DER -out "$out/$name.csr.der"
    echo "$name $key $padding $hash $mgf1 $salt" >> "$manifest"
}

for hash in sha1 sha224 sha256 sha384 sha512; do
    csr "rsa2048-pkcs1-$hash" rsa2048 pkcs1 "$hash" - -
done
csr rsa512-pkcs1-sha256 rsa512 pkcs1 sha256 - -
csr rsa1024-pkcs1-sha256 rsa1024 pkcs1 sha256 - -
csr rsa1025-pkcs1-sha256 rsa1025 pkcs1 sha256 - -
csr rsa2048e3-pkcs1-sha256 rsa2048e3 pkcs1 sha256 - -
csr rsa3072-pkcs1-sha384 rsa3072 pkcs1 sha384 - -
csr rsa4096-pkcs1-sha512 rsa4096 pkcs1 sha512 - -
csr rsa8192-pkcs1-sha256 rsa8192 pkcs1 sha256 - -

csr rsa2048-pss-sha256-32 rsa2048 pss sha256 sha256 32
csr rsa2048-pss-sha1-20 rsa2048 pss sha1 sha1 20
csr rsa2048-pss-sha256-mgf1sha1-32 rsa2048 pss sha256 sha1 32
csr rsa2048-pss-sha384-0 rsa2048 pss sha384 sha384 0
csr rsa2048-pss-sha512-190 rsa2048 pss sha512 sha512 190
csr rsa1024-pss-sha256-32 rsa1024 pss sha256 sha256 32
csr rsa1025-pss-sha256-32 rsa1025 pss sha256 sha256 32
csr rsa2048e3-pss-sha256-32 rsa2048e3 pss sha256 sha256 32
csr rsa3072-pss-sha384-48 rsa3072 pss sha384 sha384 48
csr rsa4096-pss-sha512-64 rsa4096 pss sha512 sha512 64
csr rsapss2048-pss-sha256-32 rsapss2048 pss sha256 sha256 32
csr rsapss2048sha256-pss-sha256-32 rsapss2048sha256 pss sha256 sha256 32
csr rsapss2048sha256-pss-sha256-40 rsapss2048sha256 pss sha256 sha256 40

# Self-check with OpenSSL itself: every request must verify.
while read -r name _; do
    case "$name" in '#'*) continue ;; esac
    openssl req -in "$out/$name.csr.der" -inform DER -verify -noout 2>/dev/null \
        || { echo "openssl does not verify $name" >&2; exit 1; }
done < "$manifest"
echo "wrote $(grep -vc '^#' "$manifest") RSA requests to TestVectors/crypto/$out"
