#!/usr/bin/env bash
# Chains for the certificate policy tests (RFC 5280 6.1, Tests/PureX509Tests/Verification/
# PolicyProcessingTests.swift): fresh P-256 keys, fixed dates and serials (openssl ca
# -startdate/-enddate, as in 50-verification.sh). Every certificate is valid on 2026-06-01.
# Policies are the NIST PKITS test policies P1..P8 = 2.16.840.1.101.3.2.1.48.1..8.
# All chains end at root.pem (no policy extensions; a trust anchor is not processed).
#   ica-none        no certificatePolicies             leaf-none   no certificatePolicies
#   ica-p1p2        P1, P2                             leaf-p1     P1 (issued by ica-p1p2)
#                                                      leaf-p3     P3 (issued by ica-p1p2)
#   ica-any         anyPolicy                          any-leaf-p1   P1 (issued by ica-any)
#                                                      any-leaf-any  anyPolicy (issued by ica-any)
#   ica-rep0        P1, requireExplicitPolicy 0        rep0-leaf-none (no policies), rep0-leaf-p1
#   ica-map         P1, policyMappings P1:P2           map-leaf-p2 P2; map-leaf-p1 P1
#   ica-ipm0        P1, inhibitPolicyMapping 0         ipm0-map: P1 + P1:P2 under ica-ipm0;
#                                                      ipm0-leaf-p2 P2 under ipm0-map
#   ica-ipm1        P1, inhibitPolicyMapping 1         ipm1-map, ipm1-leaf-p2 likewise
#   ica-iap0        anyPolicy, inhibitAnyPolicy 0      iap0-any: anyPolicy under ica-iap0;
#                                                      iap0-leaf-p1 P1 under iap0-any
#   ica-iap1        anyPolicy, inhibitAnyPolicy 1      iap1-any, iap1-leaf-p1 likewise
#   ica-self        anyPolicy, requireExplicitPolicy 2, inhibitAnyPolicy 0 (CN=Policy ICA Self)
#   ica-self-roll   anyPolicy, self-issued (CN=Policy ICA Self, its own key) under ica-self
#                   self-leaf-none (no policies), self-leaf-p1 (P1), both under ica-self-roll
#   ica-map-any     P1, policyMappings P1:anyPolicy    map-any-leaf-p1 P1
#   ica-none-rep0   ica-none's subject and key again, with P1 and requireExplicitPolicy 0
#                   (a second path for leaf-none that fails while ica-none's passes)
#   bomb-1..bomb-4  P1..P8, each mapped to all of P1..P8 (64 mappings), a chain
#                   bomb-1 <- bomb-2 <- bomb-3 <- bomb-4; bomb-leaf P1..P8 under bomb-4:
#                   the valid_policy_tree has 8^k nodes at depth k
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$(dirname "$0")/../policies"
cd "$(dirname "$0")/../policies"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

P=2.16.840.1.101.3.2.1.48
ALL="$P.1, $P.2, $P.3, $P.4, $P.5, $P.6, $P.7, $P.8"
BOMB_MAP=""
for i in 1 2 3 4 5 6 7 8; do
    for j in 1 2 3 4 5 6 7 8; do
        BOMB_MAP="$BOMB_MAP${BOMB_MAP:+, }$P.$i:$P.$j"
    done
done

ca_ext() {
    cat <<EXT
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
EXT
}
leaf_ext() {
    cat <<EXT
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:www.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
EXT
}

{
ca_config_head
echo "[ca_none]"; ca_ext
echo "[ca_p1p2]"; ca_ext; echo "certificatePolicies = $P.1, $P.2"
echo "[ca_p1]"; ca_ext; echo "certificatePolicies = $P.1"
echo "[ca_any]"; ca_ext; echo "certificatePolicies = anyPolicy"
echo "[ca_rep0]"; ca_ext; echo "certificatePolicies = $P.1"; echo "policyConstraints = critical, requireExplicitPolicy:0"
echo "[ca_map]"; ca_ext; echo "certificatePolicies = $P.1"; echo "policyMappings = $P.1:$P.2"
echo "[ca_ipm0]"; ca_ext; echo "certificatePolicies = $P.1"; echo "policyConstraints = critical, inhibitPolicyMapping:0"
echo "[ca_ipm1]"; ca_ext; echo "certificatePolicies = $P.1"; echo "policyConstraints = critical, inhibitPolicyMapping:1"
echo "[ca_iap0]"; ca_ext; echo "certificatePolicies = anyPolicy"; echo "inhibitAnyPolicy = critical, 0"
echo "[ca_iap1]"; ca_ext; echo "certificatePolicies = anyPolicy"; echo "inhibitAnyPolicy = critical, 1"
echo "[ca_self]"; ca_ext; echo "certificatePolicies = anyPolicy"
echo "policyConstraints = critical, requireExplicitPolicy:2"; echo "inhibitAnyPolicy = critical, 0"
echo "[ca_map_any]"; ca_ext; echo "certificatePolicies = $P.1"; echo "policyMappings = $P.1:anyPolicy"
echo "[ca_bomb]"; ca_ext; echo "certificatePolicies = $ALL"; echo "policyMappings = $BOMB_MAP"
echo "[leaf_none]"; leaf_ext
echo "[leaf_p1]"; leaf_ext; echo "certificatePolicies = $P.1"
echo "[leaf_p2]"; leaf_ext; echo "certificatePolicies = $P.2"
echo "[leaf_p3]"; leaf_ext; echo "certificatePolicies = $P.3"
echo "[leaf_any]"; leaf_ext; echo "certificatePolicies = anyPolicy"
echo "[leaf_bomb]"; leaf_ext; echo "certificatePolicies = $ALL"
} > "$work/ca.cnf"

# ca NAME ISSUER EXTENSIONS SERIAL [CN]: an intermediate valid 2025-2035.
ca() {
    key "$1"; csr "$1" "/O=PureX509 Tests/CN=${5:-Policy ICA $1}"
    sign "$1" "$2" "$3" "$4" 20250101000000Z 20350101000000Z
}
# leaf NAME ISSUER EXTENSIONS SERIAL: www.example.com valid 2026-2027.
leaf() {
    key "$1"; csr "$1" "/CN=www.example.com"
    sign "$1" "$2" "$3" "$4" 20260101000000Z 20270101000000Z
}

key root; csr root "/O=PureX509 Tests/CN=Policy Test Root"; sign root root root 6001 20250101000000Z 20400101000000Z

ca ica-none root ca_none 6101;          leaf leaf-none ica-none leaf_none 6201
cp "$work/ica-none.csr" "$work/ica-none-rep0.csr"
sign ica-none-rep0 root ca_rep0 6121 20250101000000Z 20350101000000Z
ca ica-p1p2 root ca_p1p2 6102;          leaf leaf-p1 ica-p1p2 leaf_p1 6202; leaf leaf-p3 ica-p1p2 leaf_p3 6203
ca ica-any root ca_any 6103;            leaf any-leaf-p1 ica-any leaf_p1 6204; leaf any-leaf-any ica-any leaf_any 6205
ca ica-rep0 root ca_rep0 6104;          leaf rep0-leaf-none ica-rep0 leaf_none 6206; leaf rep0-leaf-p1 ica-rep0 leaf_p1 6207
ca ica-map root ca_map 6105;            leaf map-leaf-p2 ica-map leaf_p2 6208; leaf map-leaf-p1 ica-map leaf_p1 6209
ca ica-ipm0 root ca_ipm0 6106;          ca ipm0-map ica-ipm0 ca_map 6107; leaf ipm0-leaf-p2 ipm0-map leaf_p2 6210
ca ica-ipm1 root ca_ipm1 6108;          ca ipm1-map ica-ipm1 ca_map 6109; leaf ipm1-leaf-p2 ipm1-map leaf_p2 6211
ca ica-iap0 root ca_iap0 6110;          ca iap0-any ica-iap0 ca_any 6111; leaf iap0-leaf-p1 iap0-any leaf_p1 6212
ca ica-iap1 root ca_iap1 6112;          ca iap1-any ica-iap1 ca_any 6113; leaf iap1-leaf-p1 iap1-any leaf_p1 6213
ca ica-self root ca_self 6114 "Policy ICA Self"
ca ica-self-roll ica-self ca_any 6115 "Policy ICA Self"
leaf self-leaf-none ica-self-roll leaf_none 6214; leaf self-leaf-p1 ica-self-roll leaf_p1 6215
ca ica-map-any root ca_map_any 6116;    leaf map-any-leaf-p1 ica-map-any leaf_p1 6216
ca bomb-1 root ca_bomb 6117; ca bomb-2 bomb-1 ca_bomb 6118; ca bomb-3 bomb-2 ca_bomb 6119; ca bomb-4 bomb-3 ca_bomb 6120
leaf bomb-leaf bomb-4 leaf_bomb 6217

for name in root ica-none leaf-none ica-none-rep0 ica-p1p2 leaf-p1 leaf-p3 ica-any any-leaf-p1 any-leaf-any \
    ica-rep0 rep0-leaf-none rep0-leaf-p1 ica-map map-leaf-p2 map-leaf-p1 \
    ica-ipm0 ipm0-map ipm0-leaf-p2 ica-ipm1 ipm1-map ipm1-leaf-p2 \
    ica-iap0 iap0-any iap0-leaf-p1 ica-iap1 iap1-any iap1-leaf-p1 \
    ica-self ica-self-roll self-leaf-none self-leaf-p1 ica-map-any map-any-leaf-p1 \
    bomb-1 bomb-2 bomb-3 bomb-4 bomb-leaf; do
    openssl x509 -in "$work/$name.pem" -out "$name.pem"
done
