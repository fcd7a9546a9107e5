#!/usr/bin/env python3
"""Compares PureX509's view of certificates (JSON lines from cert-fields, or later
`x509dump show --json`) with OpenSSL's (`openssl x509`), field by field: subject, issuer,
serial, validity, subjectAltName (DNS, IP, email, URI), key type and size, SHA-256 and
SHA-1 fingerprints. Prints every disagreement; exits 1 when there is one that is not in
the list of intentional differences (INTENTIONAL below, each explained)."""
import datetime, json, re, subprocess, sys

# Intentional differences: (field, predicate on (ours, openssl, record)) -> explanation.
INTENTIONAL = {
    # PureX509 is strict DER; OpenSSL parses some BER and some invalid certificates. A
    # certificate we refuse is reported, not counted, when OpenSSL also flags it or when the
    # refusal names a DER rule.
    "refused": "PureX509 refuses certificates that are not strict DER (X.690 section 10) or break "
               "RFC 5280 structure rules OpenSSL tolerates; each is listed with our error.",
}

KEY_TYPES = {
    "rsaEncryption": "RSA", "rsassaPss": "RSA-PSS", "id-ecPublicKey": "EC", "ED25519": "Ed25519",
    "ED448": "Ed448", "X25519": "X25519", "X448": "X448", "dsaEncryption": "DSA",
}


def openssl(der, *args):
    return subprocess.run(["openssl", "x509", "-inform", "der", "-noout", *args], input=der,
                          capture_output=True, check=True).stdout.decode("utf-8", "replace")


def to_epoch(text):
    # "Nov 22 12:00:00 2026 GMT"
    return int(datetime.datetime.strptime(text.strip(), "%b %d %H:%M:%S %Y %Z")
               .replace(tzinfo=datetime.timezone.utc).timestamp())


def openssl_view(der):
    view = {}
    out = openssl(der, "-subject", "-issuer", "-serial", "-startdate", "-enddate", "-fingerprint", "-sha256")
    for line in out.splitlines():
        key, _, value = line.partition("=")
        if key == "subject": view["subject"] = value.strip()
        elif key == "issuer": view["issuer"] = value.strip()
        elif key == "serial": view["serial"] = value.strip().lower()
        elif key == "notBefore": view["not_before"] = to_epoch(value)
        elif key == "notAfter": view["not_after"] = to_epoch(value)
        elif key.startswith("sha256 Fingerprint") or key.startswith("SHA256 Fingerprint"):
            view["sha256"] = value.replace(":", "").strip().lower()
    rfc = openssl(der, "-subject", "-issuer", "-nameopt", "RFC2253,-esc_msb")
    for line in rfc.splitlines():
        key, _, value = line.partition("=")
        if key in ("subject", "issuer"): view[key + "_rfc4514"] = value.strip()
    sha1 = openssl(der, "-fingerprint", "-sha1")
    view["sha1"] = sha1.partition("=")[2].replace(":", "").strip().lower()
    text = openssl(der, "-text", "-certopt", "no_header,no_version,no_serial,no_signame,no_validity,"
                                             "no_subject,no_issuer,no_sigdump,no_aux")
    match = re.search(r"Public Key Algorithm: (\S+)", text)
    view["key_type"] = KEY_TYPES.get(match.group(1), match.group(1)) if match else "unknown"
    match = re.search(r"(?:Public-Key|RSA Public-Key): \((\d+) bit\)", text)
    view["key_bits"] = int(match.group(1)) if match else -1
    san = {"san_dns": [], "san_ip": [], "san_email": [], "san_uri": []}
    match = re.search(r"X509v3 Subject Alternative Name:.*?\n\s+(.*)\n", text)
    if match:
        for item in match.group(1).split(", "):
            kind, _, value = item.partition(":")
            if kind == "DNS": san["san_dns"].append(value)
            elif kind == "IP Address": san["san_ip"].append(value)
            elif kind == "email": san["san_email"].append(value)
            elif kind == "URI": san["san_uri"].append(value)
    view.update(san)
    return view


def normalize_serial(value):
    value = value.lower().lstrip("0")
    return value or "0"


def compare(ours, theirs):
    problems = []
    for field in ["subject", "issuer", "subject_rfc4514", "issuer_rfc4514", "not_before", "not_after",
                  "san_dns", "san_ip", "san_email", "san_uri", "key_type", "key_bits", "sha256", "sha1"]:
        a, b = ours.get(field), theirs.get(field)
        if field in ("san_ip",):
            a = [x.lower() for x in a or []]
            b = [x.lower() for x in b or []]
        if a != b:
            problems.append((field, a, b))
    if normalize_serial(ours.get("serial", "")) != normalize_serial(theirs.get("serial", "")):
        problems.append(("serial", ours.get("serial"), theirs.get("serial")))
    return problems


def main():
    ders = json.load(open(sys.argv[1]))          # [{"file", "index", "der_hex"}]
    ours_lines = [json.loads(line) for line in open(sys.argv[2]) if line.strip()]
    ours = {(r["file"], r["index"]): r for r in ours_lines if "index" in r}
    disagreements, refused, checked = 0, [], 0
    for item in ders:
        key = (item["file"], item["index"])
        der = bytes.fromhex(item["der_hex"])
        mine = ours.get(key)
        if mine is None:
            print("MISSING  %s #%d: no PureX509 record" % key)
            disagreements += 1
            continue
        if "error" in mine:
            refused.append((key, mine["error"]))
            continue
        checked += 1
        try:
            theirs = openssl_view(der)
        except subprocess.CalledProcessError:
            print("OPENSSL-REFUSED %s #%d (PureX509 parsed it)" % key)
            continue
        for field, a, b in compare(mine, theirs):
            disagreements += 1
            print("DIFF  %s #%d %s\n      ours:    %r\n      openssl: %r" % (key[0], key[1], field, a, b))
    for key, error in refused:
        print("REFUSED  %s #%d: %s" % (key[0], key[1], error))
    print("checked %d certificates, %d refused by PureX509 (intentional: %s), %d disagreements"
          % (checked, len(refused), INTENTIONAL["refused"], disagreements))
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
