#!/usr/bin/env bash
# Kubernetes TLS Secrets and a kubeconfig as kubectl prints them (`kubectl get secret -o
# yaml` / `-o json`: metadata with uid, resourceVersion and the last-applied-configuration
# annotation as a block scalar, data as one-line base64), for show, pem and diagnose.
# Certificates by openssl with fixed dates and serials (valid on 2026-06-01), P-256 keys
# made fresh each run. Files in TestVectors/kubernetes/:
#   root.pem, intermediate.pem, leaf.pem, leaf.key   www.example.com's chain and key
#   other-root.pem                                   an unrelated root
#   other.key                                        an unrelated key
#   expired.pem                                      www.example.com, expired 2026-03-01
#   secret.yaml        kubernetes.io/tls Secret default/web-tls: tls.crt = leaf +
#                      intermediate, tls.key, ca.crt = intermediate (cert-manager's CA issuer)
#   secret.json        the same Secret as kubectl get -o json prints it
#   list.yaml          a List (kubectl get secrets -o yaml) of web-tls and api-tls (leaf only)
#   stringdata.yaml    a manifest with stringData: PEM in | block scalars, and comments
#   leaf-only.yaml     tls.crt holds the leaf alone
#   ca-unrelated.yaml  ca.crt is other-root.pem
#   key-mismatch.yaml  tls.key is other.key
#   expired.yaml       tls.crt is the expired leaf + intermediate
#   bad-base64.yaml    a "!" inside tls.crt's base64
#   missing-key.yaml   type kubernetes.io/tls without tls.key
#   wrong-type.yaml    the Secret as type Opaque
#   bad-syntax.yaml    a mis-indented key (a YAML error with its line and column)
#   kubeconfig.yaml    users admin (client certificate + key) and ci (certificate only),
#                      cluster prod with certificate-authority-data
# and diagnosis scenarios k8s-bad-base64, k8s-missing-field, k8s-wrong-type and
# ca-crt-unrelated in TestVectors/scenarios/.
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
out="$gen/../kubernetes"
rm -rf "$out"
mkdir -p "$out"
cd "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

{ ca_config_head; cat <<'CNF'
[intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:www.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
} > "$work/ca.cnf"

key root; csr root "/O=Example Cluster/CN=Example Cluster Root CA"; sign root root root 8001 20250101000000Z 20400101000000Z
key other-root; csr other-root "/O=Old Issuer/CN=Old Issuer Root CA"; sign other-root other-root root 8002 20250101000000Z 20400101000000Z
key intermediate; csr intermediate "/O=Example Cluster/CN=Example Cluster Issuing CA"; sign intermediate root intermediate 8101 20250101000000Z 20350101000000Z
key leaf; csr leaf "/CN=www.example.com"; sign leaf intermediate leaf 8201 20260101000000Z 20270101000000Z
openssl req -new -key "$work/leaf.key" -subj "/CN=www.example.com" -out "$work/expired.csr"
sign expired intermediate leaf 8202 20250301000000Z 20260301000000Z
key admin; csr admin "/O=system:masters/CN=kubernetes-admin"; sign admin root client 8301 20260101000000Z 20270101000000Z
key ci; csr ci "/CN=ci-bot"; sign ci root client 8302 20250101000000Z 20260301000000Z
key other
for name in root other-root intermediate leaf expired admin ci; do openssl x509 -in "$work/$name.pem" -out "$name.pem"; done
cp "$work/leaf.key" leaf.key; cp "$work/other.key" other.key; cp "$work/admin.key" admin.key

python3 - <<'PY'
import base64, json
def b64(*names):
    return base64.b64encode(b"".join(open(n, "rb").read() for n in names)).decode()
def secret_yaml(name, data, type_="kubernetes.io/tls", namespace="default", field="data"):
    applied = json.dumps({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": name, "namespace": namespace},
                          "type": type_}, separators=(",", ":"))
    lines = ["apiVersion: v1", f"{field}:"]
    lines += [f"  {key}: {value}" for key, value in data]
    lines += ["kind: Secret", "metadata:", "  annotations:", "    kubectl.kubernetes.io/last-applied-configuration: |",
              f"      {applied}", "  creationTimestamp: \"2026-05-01T09:30:00Z\"", f"  name: {name}",
              f"  namespace: {namespace}", "  resourceVersion: \"48213\"", "  uid: 3f0b8e52-6c1d-4d0e-9a57-2f1c4b7e9d10",
              f"type: {type_}"]
    return "\n".join(lines) + "\n"
tls = [("ca.crt", b64("intermediate.pem")), ("tls.crt", b64("leaf.pem", "intermediate.pem")), ("tls.key", b64("leaf.key"))]
open("secret.yaml", "w").write(secret_yaml("web-tls", tls))
obj = {"apiVersion": "v1", "data": dict(tls), "kind": "Secret",
       "metadata": {"creationTimestamp": "2026-05-01T09:30:00Z", "name": "web-tls", "namespace": "default",
                    "resourceVersion": "48213", "uid": "3f0b8e52-6c1d-4d0e-9a57-2f1c4b7e9d10"},
       "type": "kubernetes.io/tls"}
open("secret.json", "w").write(json.dumps(obj, indent=4) + "\n")
# kubectl get secrets -o yaml: a List, items at the key's indentation.
api = [("tls.crt", b64("leaf.pem")), ("tls.key", b64("leaf.key"))]
items = []
for text in (secret_yaml("web-tls", tls), secret_yaml("api-tls", api)):
    body = text.splitlines()
    items.append("- " + body[0] + "\n" + "\n".join("  " + line for line in body[1:]))
open("list.yaml", "w").write("apiVersion: v1\nitems:\n" + "\n".join(items) + "\nkind: List\nmetadata:\n  resourceVersion: \"\"\n")
def block(name):
    return "\n".join("    " + line for line in open(name).read().splitlines())
open("stringdata.yaml", "w").write(
    "# The web certificate, applied with kubectl apply -f\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: web-tls  # the Ingress names it\n"
    "  namespace: shop\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n" + block("leaf.pem") + "\n" + block("intermediate.pem")
    + "\n  'tls.key': |-\n" + block("leaf.key") + "\n")
open("leaf-only.yaml", "w").write(secret_yaml("web-tls", [("tls.crt", b64("leaf.pem")), ("tls.key", b64("leaf.key"))]))
open("ca-unrelated.yaml", "w").write(secret_yaml("web-tls", [("ca.crt", b64("other-root.pem"))] + tls[1:]))
open("key-mismatch.yaml", "w").write(secret_yaml("web-tls", [tls[1], ("tls.key", b64("other.key"))]))
open("expired.yaml", "w").write(secret_yaml("web-tls", [("tls.crt", b64("expired.pem", "intermediate.pem")), tls[2]]))
bad = b64("leaf.pem", "intermediate.pem")
open("bad-base64.yaml", "w").write(secret_yaml("web-tls", [("tls.crt", bad[:100] + "!" + bad[101:]), tls[2]]))
open("missing-key.yaml", "w").write(secret_yaml("web-tls", tls[:2]))
open("wrong-type.yaml", "w").write(secret_yaml("web-tls", tls, type_="Opaque"))
good = secret_yaml("web-tls", tls).splitlines()
good[good.index("kind: Secret")] = " kind: Secret"
open("bad-syntax.yaml", "w").write("\n".join(good) + "\n")
open("kubeconfig.yaml", "w").write(f"""apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: {b64("root.pem")}
    server: https://prod.example.com:6443
  name: prod
contexts:
- context:
    cluster: prod
    user: admin
  name: admin@prod
current-context: admin@prod
kind: Config
preferences: {{}}
users:
- name: admin
  user:
    client-certificate-data: {b64("admin.pem")}
    client-key-data: {b64("admin.key")}
- name: ci
  user:
    client-certificate-data: {b64("ci.pem")}
""")
PY

# Diagnosis scenarios (the format of 40-scenarios.sh).
scenarios="$gen/../scenarios"
AT="2026-06-01T12:00:00Z"
CHAIN='["CN=www.example.com", "O=Example Cluster,CN=Example Cluster Issuing CA"]'
scenario() { # CODE FILE DESCRIPTION EXIT FINDINGS [FIXED-CHAIN]
    local dir="$scenarios/$1"
    rm -rf "$dir"; mkdir -p "$dir"
    cp "$2" "$dir/secret.yaml"; cp root.pem "$dir/root.pem"
    cat > "$dir/expected.json" <<JSON
{"description": "$3",
 "args": ["--cert", "secret.yaml", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": $4,
 "findings": $5,
 "fixedChain": ${6:-$CHAIN}}
JSON
}
scenario k8s-bad-base64 bad-base64.yaml "a TLS Secret whose tls.crt is not base64: the API server rejects it" 1 \
    '[{"code": "k8s-bad-base64", "severity": "error", "certificate": null}]' 'null'
scenario k8s-missing-field missing-key.yaml "a kubernetes.io/tls Secret without tls.key" 1 \
    '[{"code": "k8s-missing-field", "severity": "error", "certificate": null}]'
scenario k8s-wrong-type wrong-type.yaml "the TLS fields in an Opaque Secret" 0 \
    '[{"code": "k8s-wrong-type", "severity": "warning", "certificate": null}]'
scenario ca-crt-unrelated ca-unrelated.yaml "ca.crt left from another issuer" 0 \
    '[{"code": "ca-crt-unrelated", "severity": "warning", "certificate": null}]'
