# Shared by the TestVectors/gen parts that issue certificates with `openssl ca` (fixed
# validity dates and serials, which `openssl req -x509` and `openssl x509` of OpenSSL 3.0
# cannot set). Source it after creating the scratch folder:
#
#   work=$(mktemp -d); . "$gen/lib/openssl-ca.sh"
#   { ca_config_head; cat <<'CNF'
#   [leaf]
#   ...further extension sections...
#   CNF
#   } > "$work/ca.cnf"
#
# Not a part of its own: TestVectors/generate.sh runs gen/*.sh only, not gen/lib/.

export WORK="$work"

# The [ca], [local] and [any] sections (a CA database in $WORK, one certificate at a time,
# any subject with a commonName, extensions only from the named section) and [root], the
# extensions of a self-signed root CA.
ca_config_head() {
    cat <<'CNF'
[ca]
default_ca = local
[local]
database = $ENV::WORK/index.txt
new_certs_dir = $ENV::WORK
serial = $ENV::WORK/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
organizationName = optional
[root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
CNF
}

# key NAME: a fresh P-256 key in $work/NAME.key.
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/$1.key" 2>/dev/null; }
# csr NAME SUBJECT: a request for the key of NAME.
csr() { openssl req -new -key "$work/$1.key" -subj "$2" -out "$work/$1.csr"; }
# sign NAME ISSUER EXTENSIONS SERIAL START END: $work/NAME.pem from $work/NAME.csr, issued
# by $work/ISSUER.pem with $work/ISSUER.key (self-signed when NAME equals ISSUER).
sign() {
    : > "$work/index.txt"
    echo "$4" > "$work/serial"
    local selfsign=()
    [ "$1" = "$2" ] && selfsign=(-selfsign)
    openssl ca -batch -config "$work/ca.cnf" -notext "${selfsign[@]}" \
        -keyfile "$work/$2.key" $([ "$1" = "$2" ] || echo "-cert $work/$2.pem") \
        -extensions "$3" -startdate "$5" -enddate "$6" \
        -in "$work/$1.csr" -out "$work/$1.pem" 2>/dev/null
}
