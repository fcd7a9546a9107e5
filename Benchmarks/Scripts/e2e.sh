#!/usr/bin/env bash
# x509dump end to end, as whole processes: `show` and `bundle` on the CA bundle and
# `diagnose` on a 3-certificate chain with its key and a host name, beside openssl doing
# the nearest equivalent; then issue 18's large input (the CA bundle repeated 100 times,
# made by make-large-bundle.sh): `bundle --json` beside a pyca/cryptography script
# (pyca-bundle.py; skipped without `pip install cryptography`), `show` and `show --json`
# beside `openssl storeutl -noout -text`, `pem` alone, and each one's peak memory
# (/usr/bin/time -v, maximum resident set size) against the input's size. Times with
# hyperfine (Debian package `hyperfine`) when present, otherwise with a loop under bash's
# clock; writes hyperfine-style JSON per scenario, and large-memory.json.
#
#   Scripts/e2e.sh X509DUMP OUT_DIR QUICK(0|1)
set -euo pipefail
x509dump=$1; out=$2; quick=${3:-0}
mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

bundle=${PUREX509_BENCH_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}
if [ ! -r "$bundle" ]; then
    # No system bundle: the committed vectors, concatenated.
    bundle="$work/bundle.pem"
    find "$(dirname "$0")/../../TestVectors" -name '*.pem' -exec grep -l 'BEGIN CERTIFICATE' {} + 2>/dev/null \
        | sort | xargs -r cat > "$bundle" || true
fi

runs=$([ "$quick" = 1 ] && echo 3 || echo 30)
warmup=$([ "$quick" = 1 ] && echo 1 || echo 3)

has_command() { "$x509dump" --help 2>/dev/null | grep -Eq "^  $1 +"; }

# time NAME LABEL COMMAND [LABEL COMMAND]...: results in $out/NAME.json
time_commands() {
    local name=$1; shift
    if command -v hyperfine >/dev/null; then
        local args=()
        while [ $# -gt 0 ]; do args+=(--command-name "$1" "$2"); shift 2; done
        hyperfine -N --style none --warmup "$warmup" --runs "$runs" -i --export-json "$out/$name.json" "${args[@]}" >/dev/null
    else
        local results=()
        while [ $# -gt 0 ]; do
            local label=$1 cmd=$2; shift 2
            local times=()
            for _ in $(seq "$runs"); do
                local t0 t1; t0=$(date +%s%N); bash -c "$cmd" >/dev/null 2>&1 || true; t1=$(date +%s%N)
                times+=($(( t1 - t0 )))
            done
            local median; median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
            results+=("{\"command\": \"$label\", \"command_label\": \"$label\", \"median\": $(awk "BEGIN {print $median/1e9}")}")
        done
        (IFS=,; echo "{\"results\": [${results[*]}]}") > "$out/$name.json"
    fi
}

# show (openssl is timed even while x509dump's side is pending, so the peer is known)
if has_command show; then
    time_commands show x509dump "$x509dump show --at 2026-11-22 $bundle" \
        openssl "openssl storeutl -noout -text -certs $bundle"
else
    echo "x509dump show: not built yet (pending)"
    time_commands show openssl "openssl storeutl -noout -text -certs $bundle"
fi

# bundle
if has_command bundle; then
    time_commands bundle x509dump "$x509dump bundle --at 2026-11-22 $bundle"
else
    echo "x509dump bundle: not built yet (pending)"
fi

# diagnose: a root, an intermediate and a leaf for bench.example, made here with openssl.
(
    cd "$work"
    openssl ecparam -name prime256v1 -genkey -noout -out root.key 2>/dev/null
    openssl ecparam -name prime256v1 -genkey -noout -out inter.key 2>/dev/null
    openssl ecparam -name prime256v1 -genkey -noout -out leaf.key 2>/dev/null
    openssl req -x509 -new -key root.key -subj "/CN=Bench Root" -days 3650 -out root.pem \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -new -key inter.key -subj "/CN=Bench Intermediate" -out inter.csr 2>/dev/null
    printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n' > inter.ext
    openssl x509 -req -in inter.csr -CA root.pem -CAkey root.key -set_serial 2 -days 3000 \
        -extfile inter.ext -out inter.pem 2>/dev/null
    openssl req -new -key leaf.key -subj "/CN=bench.example" -out leaf.csr 2>/dev/null
    printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:bench.example\n' > leaf.ext
    openssl x509 -req -in leaf.csr -CA inter.pem -CAkey inter.key -set_serial 3 -days 300 \
        -extfile leaf.ext -out leaf.pem 2>/dev/null
    cat leaf.pem inter.pem > chain.pem
)
openssl_verify="openssl verify -CAfile $work/root.pem -untrusted $work/inter.pem -verify_hostname bench.example $work/leaf.pem"
if has_command diagnose; then
    time_commands diagnose \
        x509dump "$x509dump diagnose --cert $work/chain.pem --key $work/leaf.key --ca $work/root.pem --host bench.example" \
        openssl "$openssl_verify"
else
    echo "x509dump diagnose: not built yet (pending)"
    time_commands diagnose openssl "$openssl_verify"
fi

# Issue 18: the large input, each x509dump command beside its peer in the same run.
scripts=$(cd "$(dirname "$0")" && pwd)
large=$("$scripts/make-large-bundle.sh")
large_runs=$([ "$quick" = 1 ] && echo 2 || echo 10)
large_warmup=$([ "$quick" = 1 ] && echo 0 || echo 2)
runs=$large_runs; warmup=$large_warmup
if python3 -c "import cryptography" 2>/dev/null; then
    time_commands large-bundle-json \
        x509dump "$x509dump bundle --json --at 2026-11-22 $large" \
        pyca "python3 $scripts/pyca-bundle.py $large 2026-11-22"
else
    echo "pyca/cryptography not installed (pip install cryptography): bundle --json has no peer"
    time_commands large-bundle-json x509dump "$x509dump bundle --json --at 2026-11-22 $large"
fi
time_commands large-show \
    x509dump "$x509dump show --at 2026-11-22 $large" \
    openssl "openssl storeutl -noout -text -certs $large"
time_commands large-show-json x509dump "$x509dump show --json --at 2026-11-22 $large"
time_commands large-pem x509dump "$x509dump pem $large"

# Peak memory of each, in KiB, with the input's size.
memory() {
    if [ -x /usr/bin/time ]; then
        { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk -F': ' '/Maximum resident set size/ {print $2}'
    else
        echo null
    fi
}
{
    echo "{\"inputBytes\": $(stat -c %s "$large"),"
    echo " \"show\": $(memory "$x509dump" show --at 2026-11-22 "$large"),"
    echo " \"show --json\": $(memory "$x509dump" show --json --at 2026-11-22 "$large"),"
    echo " \"bundle --json\": $(memory "$x509dump" bundle --json --at 2026-11-22 "$large"),"
    echo " \"pem\": $(memory "$x509dump" pem "$large")}"
} > "$out/large-memory.mem"   # JSON, named apart from the timing files report.py globs
