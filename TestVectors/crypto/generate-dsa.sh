#!/usr/bin/env bash
# DSA signature vectors for Tests/PureX509CryptoTests/DSA (OpenSSL 3.x CLI), FIPS 186-4.
#
# Writes into TestVectors/crypto/dsa/:
#   keys/NAME.key.pem      private keys (domain parameters made by `openssl genpkey
#                          -genparam`); generated only when missing, so re-running keeps them
#   NAME.csr.der           PKCS#10 requests, one per (key, hash): the key's SubjectPublicKeyInfo
#                          with Dss-Parms, the signature AlgorithmIdentifier as OpenSSL encodes
#                          it (id-dsa-with-sha1, dsa-with-sha224, dsa-with-sha256), and the
#                          Dss-Sig-Value over the CertificationRequestInfo
#   manifest.txt           one line per request: name key hash
# DSA signatures are randomized (fresh k): every run changes them.
set -euo pipefail
cd "$(dirname "$0")"
out=dsa
mkdir -p "$out/keys"

key() { # name pbits qbits
    local name=$1 pbits=$2 qbits=$3
    [ -f "$out/keys/$name.key.pem" ] && return
    openssl genpkey -genparam -algorithm DSA -pkeyopt "dsa_paramgen_bits:$pbits" -pkeyopt "dsa_paramgen_q_bits:$qbits" \
        -out "$out/keys/$name.params.pem" 2>/dev/null
    openssl genpkey -paramfile "$out/keys/$name.params.pem" -out "$out/keys/$name.key.pem" 2>/dev/null
    rm -f "$out/keys/$name.params.pem"
}

# FIPS 186-4 section 4.2 (L, N): (1024, 160), (2048, 224), (2048, 256), (3072, 256).
key dsa1024 1024 160
key dsa2048q224 2048 224
key dsa2048 2048 256
key dsa3072 3072 256

manifest="$out/manifest.txt"
: > "$manifest"
echo "# name key hash" >> "$manifest"
csr() { # name key hash
    openssl req -new -key "$out/keys/$2.key.pem" -subj "/CN=$1" "-$3" -outform DER -out "$out/$1.csr.der"
    echo "$1 $2 $3" >> "$manifest"
}
csr dsa1024-sha1 dsa1024 sha1
csr dsa1024-sha256 dsa1024 sha256
csr dsa2048q224-sha224 dsa2048q224 sha224
csr dsa2048q224-sha256 dsa2048q224 sha256
csr dsa2048-sha1 dsa2048 sha1
csr dsa2048-sha224 dsa2048 sha224
csr dsa2048-sha256 dsa2048 sha256
csr dsa3072-sha256 dsa3072 sha256
