#!/usr/bin/env python3
"""Compares what `x509dump show --json` prints for every certificate in the given files with
OpenSSL's view (`openssl x509`), field by field: subject and issuer (OpenSSL's one-line form
and RFC 2253/4514), serial, notBefore/notAfter, subjectAltName (DNS, IP, email, URI), key
type and size, SHA-256 and SHA-1 fingerprints.

    compare.py SHOW_JSON FILE...

SHOW_JSON is the output of `x509dump show --json FILE...`. Certificates are matched by file
and the line of their -----BEGIN line (PEM) or by file (DER). Prints every disagreement and
exits 1 when there is one that is not in INTENTIONAL below (each explained)."""
import base64, concurrent.futures, datetime, ipaddress, json, os, re, subprocess, sys

# Intentional differences, each explained; they are listed in the output, not counted.
INTENTIONAL = {
    # PureX509 is strict DER; OpenSSL parses some BER and some invalid certificates. And
    # PureX509 refuses a PEM block whose END label is not its BEGIN label (RFC 7468 section
    # 2: "the type of data encoded is the same" on both lines), which OpenSSL reads
    # (TestVectors/scenarios/pem-label-mismatch, a diagnosis scenario, is one).
    "refused": "PureX509 refuses certificates that are not strict DER (X.690 section 10), break "
               "RFC 5280 structure rules, or sit in a PEM block whose END label differs from its BEGIN "
               "label (RFC 7468), all of which OpenSSL tolerates; each is listed with our error.",
}
# Differences of form, not of value, normalized before comparing:
# - serial numbers: OpenSSL pads to whole bytes with leading zeros ("0A"), we print the
#   minimal hex; both are compared without leading zeros, case-insensitively.
# - IP addresses: OpenSSL 3 prints IPv6 uncompressed and in upper case
#   ("2001:DB8:0:0:0:0:0:1"), we print RFC 5952 ("2001:db8::1"); both are compared as
#   parsed addresses.
# - fingerprints: colon-separated upper-case hex on both sides, compared as plain lower hex.
# - key size: OpenSSL's -text prints no size for Ed25519, Ed448, X25519 and X448 keys, so
#   it is compared only where OpenSSL prints one (RSA, DSA, EC).
UNSIZED = {"Ed25519", "Ed448", "X25519", "X448"}

KEY_TYPES = {
    "rsaEncryption": "RSA", "rsassaPss": "RSA-PSS", "id-ecPublicKey": "EC", "ED25519": "Ed25519",
    "ED448": "Ed448", "X25519": "X25519", "X448": "X448", "dsaEncryption": "DSA",
}
BEGIN = ("-----BEGIN CERTIFICATE-----", "-----BEGIN TRUSTED CERTIFICATE-----")


def certificates_in(path):
    """[(line or None, begin, end, der)]: each certificate block with its BEGIN line, or the
    whole file for DER."""
    data = open(path, "rb").read()
    if b"-----BEGIN" not in data:
        return [(None, None, None, data)]
    found, current, start = [], None, 0
    for number, line in enumerate(data.decode("latin-1").split("\n"), start=1):
        if line.startswith(BEGIN):
            current, start = [line], number
        elif current is not None:
            current.append(line)
            if line.startswith("-----END"):
                found.append((start, start, number, "\n".join(current) + "\n"))
                current = None
    return found


def der_of(block):
    """The DER of a PEM certificate block: the base64 decoded, or for OpenSSL's TRUSTED
    CERTIFICATE (certificate + trust settings) the certificate as `openssl x509` reads it."""
    if block.startswith(BEGIN[0]):
        lines = block.strip().split("\n")[1:-1]
        return base64.b64decode("".join(line.strip() for line in lines if ":" not in line))
    return subprocess.run(["openssl", "x509", "-outform", "der"], input=block.encode("latin-1"),
                          capture_output=True).stdout


def openssl(der, *args):
    return subprocess.run(["openssl", "x509", "-inform", "der", "-noout", *args], input=der,
                          capture_output=True, check=True).stdout.decode("utf-8", "replace")


def epoch_openssl(text):
    # "Nov 22 12:00:00 2026 GMT"
    return int(datetime.datetime.strptime(text.strip(), "%b %d %H:%M:%S %Y %Z")
               .replace(tzinfo=datetime.timezone.utc).timestamp())


def epoch_rfc3339(text):
    # "2026-11-22T12:00:00Z"
    return int(datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
               .replace(tzinfo=datetime.timezone.utc).timestamp())


def plain_hex(text):
    return (text or "").replace(":", "").strip().lower()


def serial(text):
    return plain_hex(text).lstrip("0") or "0"


def address(text):
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return text.lower()


def openssl_view(der):
    """OpenSSL's view in two runs of `openssl x509` (process start-up dominates the time)."""
    view = {}
    text = openssl(der, "-subject", "-issuer", "-serial", "-startdate", "-enddate", "-fingerprint", "-sha256",
                   "-text", "-certopt", "no_header,no_version,no_serial,no_signame,no_validity,"
                                        "no_subject,no_issuer,no_sigdump,no_aux")
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key == "subject": view["subject"] = value.strip()
        elif key == "issuer": view["issuer"] = value.strip()
        elif key == "serial": view["serial"] = serial(value)
        elif key == "notBefore": view["not_before"] = epoch_openssl(value)
        elif key == "notAfter": view["not_after"] = epoch_openssl(value)
        elif key.lower().startswith("sha256 fingerprint"): view["sha256"] = plain_hex(value)
    for line in openssl(der, "-subject", "-issuer", "-nameopt", "RFC2253,-esc_msb", "-fingerprint", "-sha1").splitlines():
        key, _, value = line.partition("=")
        if key in ("subject", "issuer"): view[key + "_rfc4514"] = value.strip()
        elif key.lower().startswith("sha1 fingerprint"): view["sha1"] = plain_hex(value)
    match = re.search(r"Public Key Algorithm: (\S+)", text)
    view["key_type"] = KEY_TYPES.get(match.group(1), match.group(1)) if match else "unknown"
    match = re.search(r"(?:Public-Key|RSA Public-Key): \((\d+) bit\)", text)
    view["key_bits"] = int(match.group(1)) if match else None
    san = {"san_dns": [], "san_ip": [], "san_email": [], "san_uri": []}
    match = re.search(r"X509v3 Subject Alternative Name:.*?\n\s+(.*)\n", text)
    if match:
        for item in match.group(1).split(", "):
            kind, _, value = item.partition(":")
            if kind == "DNS": san["san_dns"].append(value)
            elif kind == "IP Address": san["san_ip"].append(address(value))
            elif kind == "email": san["san_email"].append(value)
            elif kind == "URI": san["san_uri"].append(value)
    view.update(san)
    return view


SAN_TYPES = {"dNSName": "san_dns", "iPAddress": "san_ip", "rfc822Name": "san_email",
             "uniformResourceIdentifier": "san_uri"}


def show_view(item):
    """The same fields from one `kind: certificate` item of `x509dump show --json`."""
    key = item["subjectPublicKeyInfo"]
    view = {
        "subject": item["subject"]["text"], "issuer": item["issuer"]["text"],
        "subject_rfc4514": item["subject"]["rfc4514"], "issuer_rfc4514": item["issuer"]["rfc4514"],
        "serial": serial(item["serialNumber"]),
        "not_before": epoch_rfc3339(item["notBefore"]), "not_after": epoch_rfc3339(item["notAfter"]),
        "key_type": key["type"], "key_bits": key["bits"],
        "sha256": plain_hex(item["sha256"]), "sha1": plain_hex(item["sha1"]),
        "san_dns": [], "san_ip": [], "san_email": [], "san_uri": [],
    }
    for extension in item["extensions"]:
        if extension["oid"] == "2.5.29.17":
            for name in extension.get("value") or []:
                field = SAN_TYPES.get(name["type"])
                if field:
                    view[field].append(address(name["value"]) if field == "san_ip" else name["value"])
    return view


FIELDS = ["subject", "issuer", "subject_rfc4514", "issuer_rfc4514", "serial", "not_before", "not_after",
          "san_dns", "san_ip", "san_email", "san_uri", "key_type", "key_bits", "sha256", "sha1"]


def check(path, line, begin, end, raw, ours, problems):
    """(disagreement lines, refused entry or None, checked count) for one certificate."""
    where = "%s%s" % (path, "" if line is None else " line %d" % line)
    mine = ours.get((path, line))
    if mine is None:
        # Refused by us: a problem reported for this block (or this DER file).
        reasons = [p["text"] for p in problems.get(path, [])
                   if line is None or (p["line"] is not None and begin <= p["line"] <= end)]
        if reasons:
            # Does OpenSSL read it? If not, both refuse it: an agreement, not listed.
            try:
                der = raw if isinstance(raw, bytes) else der_of(raw)
                if der:
                    openssl(der, "-subject")
                    return [], (where, "; ".join(reasons)), 0
            except (subprocess.CalledProcessError, ValueError):
                pass
            return [], None, 0
        return ["MISSING  %s: no certificate and no problem in x509dump show --json" % where], None, 0
    der = raw if isinstance(raw, bytes) else der_of(raw)
    try:
        theirs = openssl_view(der)
    except subprocess.CalledProcessError:
        return ["OPENSSL-REFUSED  %s (PureX509 parsed it)" % where], None, 0
    view = show_view(mine)
    out = []
    for field in FIELDS:
        a, b = view.get(field), theirs.get(field)
        if field == "key_bits" and b is None and view["key_type"] in UNSIZED:
            continue
        if a != b:
            out.append("DIFF  %s %s\n      ours:    %r\n      openssl: %r" % (where, field, a, b))
    return out, None, 1


def main():
    show = json.load(open(sys.argv[1]))
    files = sys.argv[2:]
    ours, problems = {}, {}
    for entry in show["inputs"]:
        for item in entry["items"]:
            if item["kind"] == "certificate" and item["source"]["container"] is None:
                source = item["source"]
                ours[(source["file"], source["line"])] = item
        problems[entry["file"]] = entry["problems"]
    jobs = [(path,) + block for path in files for block in certificates_in(path)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda job: check(*job, ours, problems), jobs))
    disagreements, checked, refused = 0, 0, []
    for lines, refusal, count in results:
        for line in lines:
            print(line)
            disagreements += 0 if line.startswith("OPENSSL-REFUSED") else 1
        if refusal:
            refused.append(refusal)
        checked += count
    for where, error in refused:
        print("REFUSED  %s (OpenSSL reads it): %s" % (where, error))
    both = sum(1 for lines, refusal, count in results if not lines and refusal is None and count == 0)
    print("checked %d certificates in %d files; %d refused by both; %d refused by PureX509 only (intentional: %s); "
          "%d disagreements" % (checked, len(files), both, len(refused), INTENTIONAL["refused"], disagreements))
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
