#!/usr/bin/env bash
# Files for `x509dump scan` (Tests/PureX509Tests/Scan/, Tests/x509dumpTests/
# ScanCommandTests.swift): a tree of the certificate files a server holds, judged on
# 2026-12-10 with the default thresholds (warn 30 days, error 7 days). Fresh P-256 keys,
# fixed dates and serials (`openssl ca`).
#   tree/root.pem              root CA, 2026-01-01 .. 2036-01-01 (ok)
#   tree/site/fullchain.pem    leaf www.example.com (notAfter 2027-06-01, ok) + root
#   tree/site/soon.crt         leaf soon.example.com, notAfter 2027-01-01 (warning)
#   tree/site/urgent.pem       leaf urgent.example.com, notAfter 2026-12-14 (error)
#   tree/old/expired.cer       leaf old.example.com, notAfter 2026-11-30 (expired)
#   tree/odd/quote.pem         leaf whose CN has a double quote and a backslash (label escaping)
#   tree/root.crl              the root's CRL (DER), nextUpdate 2026-12-20 (warning)
#   tree/site/keystore.p12     urgent.example.com's key and certificate, password "secret"
#   tree/site/site.key         a private key (no expiry: counted, not listed)
#   tree/misc/pgp.asc          PGP armour (not a certificate file: not read, no error)
#   tree/misc/placeholder.crt  prose only, as Debian's /etc/postgresql-common/root.crt
#   tree/misc/notes.txt        a text file (not read)
#   broken/pasted.crt          a certificate body pasted without BEGIN/END lines (error)
#   broken/damaged.pem         a good certificate, then one with a base64 byte replaced
#                              (error at its PEM line; the good one still found)
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
out="$(dirname "$0")/../scan"
rm -rf "$out/tree" "$out/broken"
mkdir -p "$out/tree/site" "$out/tree/old" "$out/tree/odd" "$out/tree/misc" "$out/broken"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

{ ca_config_head; cat <<'CNF'
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[crl_ext]
authorityKeyIdentifier = keyid:always
CNF
} > "$work/ca.cnf"

key root; csr root "/CN=Scan Root CA"; sign root root root 1000 20260101000000Z 20360101000000Z
leaf() { # NAME SUBJECT SERIAL END
    key "$1"; csr "$1" "$2"; sign "$1" root leaf "$3" 20260101000000Z "$4"
}
leaf www "/CN=www.example.com" 1001 20270601000000Z
leaf soon "/CN=soon.example.com" 1002 20270101000000Z
leaf urgent "/CN=urgent.example.com" 1003 20261214000000Z
leaf old "/CN=old.example.com" 1004 20261130000000Z
leaf quote '/CN=Quote " and back\\slash' 1005 20270601000000Z

cp "$work/root.pem" "$out/tree/root.pem"
cat "$work/www.pem" "$work/root.pem" > "$out/tree/site/fullchain.pem"
cp "$work/soon.pem" "$out/tree/site/soon.crt"
cp "$work/urgent.pem" "$out/tree/site/urgent.pem"
openssl x509 -in "$work/old.pem" -outform DER -out "$out/tree/old/expired.cer"
cp "$work/quote.pem" "$out/tree/odd/quote.pem"
cp "$work/www.key" "$out/tree/site/site.key"

# The CRL: fixed thisUpdate and nextUpdate.
: > "$work/index.txt"; echo 01 > "$work/crlnumber"
sed -i 's/^serial = .*/&\ncrlnumber = $ENV::WORK\/crlnumber/' "$work/ca.cnf"
openssl ca -config "$work/ca.cnf" -gencrl -keyfile "$work/root.key" -cert "$work/root.pem" -crlexts crl_ext \
    -crl_lastupdate 20261201000000Z -crl_nextupdate 20261220000000Z -out "$work/root.crl.pem" 2>/dev/null
openssl crl -in "$work/root.crl.pem" -outform DER -out "$out/tree/root.crl"

openssl pkcs12 -export -in "$work/urgent.pem" -inkey "$work/urgent.key" -passout pass:secret \
    -out "$out/tree/site/keystore.p12" 2>/dev/null

cat > "$out/tree/misc/pgp.asc" <<'PGP'
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZb1aBRYJKwYBBAHaRw8BAQdAuTlPz0o0cJk2iR2ZgI4hG9wQ0m5nWkQe7tZx
=Xy1Q
-----END PGP PUBLIC KEY BLOCK-----
PGP
cat > "$out/tree/misc/placeholder.crt" <<'TXT'
This is a dummy root certificate file. To enable client side authentication, add some
certificates to it.
TXT
echo "nothing to see" > "$out/tree/misc/notes.txt"

# A body pasted without its armour lines.
sed '1d;$d' "$work/www.pem" > "$out/broken/pasted.crt"
# One good block, then a damaged one (a base64 character replaced on its third line).
{ cat "$work/soon.pem"; awk 'NR==3 { $0 = "!" substr($0, 2) } { print }' "$work/old.pem"; } > "$out/broken/damaged.pem"
