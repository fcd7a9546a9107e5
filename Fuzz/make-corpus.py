#!/usr/bin/env python3
"""Writes the committed seed corpora Fuzz/corpus/<harness>/ from TestVectors/ and a few
certificates of the system CA bundle (converted with the openssl CLI). Seeds stay small:
a handful of files per harness. Re-run after adding a harness or new test vectors; the
output is deterministic for a given TestVectors/ and CA bundle (TestVectors/generate.sh
re-signs, so its certificates change): `make-corpus.py limbo chain` writes only the named
harnesses' seeds."""
import glob, hashlib, json, os, struct, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Fuzz", "corpus")
TV = os.path.join(ROOT, "TestVectors")
BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
MAX_SEED = 8192
ONLY = set(sys.argv[1:])


def put(harness, data, name=None):
    if ONLY and harness not in ONLY:
        return
    if len(data) > MAX_SEED * 2:
        return
    folder = os.path.join(CORPUS, harness)
    os.makedirs(folder, exist_ok=True)
    name = name or hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def pem_blocks(text):
    blocks, current = [], None
    for line in text.splitlines(keepends=True):
        if line.startswith("-----BEGIN "):
            current = [line]
        elif current is not None:
            current.append(line)
            if line.startswith("-----END "):
                blocks.append("".join(current))
                current = None
    return blocks


def pem_to_der(pem):
    return subprocess.run(["openssl", "x509", "-outform", "der"], input=pem.encode(),
                          capture_output=True, check=True).stdout


def der_children(data, start=0, end=None):
    """(tag, header_start, content_start, end) of each element in data[start:end]."""
    end = len(data) if end is None else end
    out, i = [], start
    while i < end:
        tag = data[i]
        length = data[i + 1]
        j = i + 2
        if length & 0x80:
            n = length & 0x7F
            length = int.from_bytes(data[j:j + n], "big")
            j += n
        out.append((tag, i, j, j + length))
        i = j + length
    return out


def cert_parts(der):
    """tbs, signatureAlgorithm, signature bits, SPKI of a certificate."""
    (_, _, c0, c1), = der_children(der)
    tbs, alg, sig = der_children(der, c0, c1)
    fields = der_children(der, tbs[2], tbs[3])
    index = 1 if fields[0][0] == 0xA0 else 0
    spki = fields[index + 5]
    return (der[tbs[1]:tbs[3]], der[alg[1]:alg[3]], der[sig[2] + 1:sig[3]], der[spki[1]:spki[3]], spki)


def bundle_certs(count):
    if not os.path.exists(BUNDLE):
        return []
    return pem_blocks(open(BUNDLE).read())[:count]


def chunk16(data, maximum):
    return struct.pack(">H", len(data)) + data if len(data) <= maximum else None


def main():
    pems = bundle_certs(6)
    ders = [pem_to_der(p) for p in pems]
    vectors_der = sorted(glob.glob(os.path.join(TV, "malformed", "*.der")))
    vectors_pem = sorted(glob.glob(os.path.join(TV, "malformed", "*.pem")))
    keys = os.path.join(TV, "keys")

    # der: real certificates and every malformed DER vector.
    for d in ders[:4]:
        put("der", d)
    for path in vectors_der:
        put("der", read(path), os.path.basename(path))

    # certificate: real certificates (DER, and one PEM), the malformed-certificate vectors.
    for d in ders:
        put("certificate", d)
    if pems:
        put("certificate", pems[0].encode(), "pem")
    for path in vectors_der:
        if os.path.basename(path).startswith(("base-cert", "cert-")):
            put("certificate", read(path), os.path.basename(path))
    for path in sorted(glob.glob(os.path.join(TV, "certs", "*.der")))[:12]:
        put("certificate", read(path), os.path.basename(path))

    def pem_file_der(path):
        return pem_to_der(open(path).read())

    # privatekey: a mode byte (0 no password, 1 the test password) then a key file.
    key_files = ["rsa-2048.pem", "ec-p256.der", "ec-p256.sec1.der", "ec-p256.pbes2-aes256-sha256.der",
                 "ec-p256.pkcs12-3des.pem", "ec-p256.legacy-aes128.pem", "dsa.der", "ed25519.pem",
                 "x25519.v2.der", "ec-p256-explicit.pem", "ec-p256.pbes2-scrypt.pem", "rsa-2048.legacy-aes256.pem"]
    for name in key_files:
        path = os.path.join(keys, name)
        if os.path.exists(path):
            encrypted = any(word in name for word in ("pbes", "pkcs12-", "legacy", "scrypt"))
            put("privatekey", bytes([1 if encrypted else 0x80]) + read(path), name)

    # pkcs7: bundles (DER and PEM).
    for name in ["chain.p7b", "chain.p7b.der", "chain-crl.p7b"]:
        path = os.path.join(keys, name)
        if os.path.exists(path):
            put("pkcs7", read(path), name)

    # pkcs12: a mode byte then the file; the small ones with the test password or none.
    for name in ["default.p12", "certs-only.p12", "key-only.p12", "legacy-3des.p12", "empty-password.p12",
                 "ec.p12", "corrupt.p12"]:
        path = os.path.join(keys, name)
        if os.path.exists(path):
            put("pkcs12", bytes([0 if "empty" in name else 1]) + read(path), name)

    # csr and crl: the requests and CRLs of the vectors.
    for path in sorted(glob.glob(os.path.join(keys, "*.csr.pem")))[:6]:
        put("csr", read(path), os.path.basename(path))
    for path in sorted(glob.glob(os.path.join(TV, "**", "*.crl*"), recursive=True))[:6]:
        put("crl", read(path), os.path.basename(path))

    # sketch: damaged certificates (TestVectors/gen/15-damaged.sh), a sound one, a
    # two-block bundle with one damaged block.
    for path in sorted(glob.glob(os.path.join(TV, "damaged", "*"))):
        if not path.endswith(".p12"):
            put("sketch", read(path), os.path.basename(path))

    # trustsettings: the X509_CERT_AUX after the certificate of each TRUSTED CERTIFICATE
    # block of the vectors (trusted, rejected, alias), and an empty one.
    import base64
    for path in sorted(glob.glob(os.path.join(TV, "verification", "revocation", "root-*.pem"))):
        for block in pem_blocks(open(path).read()):
            if "TRUSTED CERTIFICATE" not in block.splitlines()[0]:
                continue
            der = base64.b64decode("".join(block.splitlines()[1:-1]))
            first = der_children(der)[0]
            put("trustsettings", der[first[3]:], os.path.basename(path))
    put("trustsettings", bytes([0x30, 0x00]), "empty")

    # hostname: presented name (1-byte length) then the reference.
    for presented, reference in [(b"*.example.com", b"www.example.com"), (b"example.com", b"EXAMPLE.com."),
                                 (b"*.co.uk", b"a.co.uk"), (b"xn--bcher-kva.example", b"xn--bcher-kva.example"),
                                 (b"\x7f\x00\x00\x01", b"\x7f\x00\x00\x01"), (b"user@example.com", b"user@EXAMPLE.com")]:
        put("hostname", bytes([len(presented)]) + presented + reference)

    # chain: count, anchor mask, host, then certificates (2-byte lengths): leaf, intermediate, root.
    chain_files = [os.path.join(keys, n) for n in ["rsa-2048.cert.pem", "ca-intermediate.cert.pem", "ca-root.cert.pem"]]
    if all(os.path.exists(p) for p in chain_files):
        certs = [pem_file_der(p) for p in chain_files]
        host = b"rsa-2048"
        body = b"".join(chunk16(c, 4096) for c in certs)
        put("chain", bytes([2, 0b100, len(host)]) + host + body, "leaf-intermediate-root")
        put("chain", bytes([1, 0b10, 0]) + chunk16(certs[1], 4096) + chunk16(certs[2], 4096), "intermediate-root")

    # diagnose: roles, host, then files separated by a separator line.
    sep = b"\n=====\n"
    chain_pem = os.path.join(keys, "chain.pem")
    key_pem = os.path.join(keys, "rsa-2048.pem")
    root_pem = os.path.join(keys, "ca-root.cert.pem")
    if all(os.path.exists(p) for p in [chain_pem, key_pem, root_pem]):
        put("diagnose", bytes([0b1011, 8]) + b"rsa-2048" + read(chain_pem) + sep + read(key_pem) + sep + read(root_pem),
            "chain-key-root")
        put("diagnose", bytes([0]) + bytes([0]) + read(os.path.join(keys, "rsa-2048.cert.pem")), "leaf-only")

    # limbo: odd mode byte, then a testcase field by field (id, expected, kind, time, peer
    # names, usages, depth, shape, then leaf / anchors / intermediates / CRLs, each a wrap
    # flag and a 2-byte-length chunk); even mode byte, then JSON text. Small hand-written
    # cases over the TestVectors chain, never copies of limbo.json.
    leaf_pem, inter_pem, root_pem = (os.path.join(keys, n) for n in
                                     ["ec-p256.cert.pem", "ca-intermediate.cert.pem", "ca-root.cert.pem"])
    crl_der = os.path.join(keys, "intermediate.crl.der")
    if all(os.path.exists(p) for p in [leaf_pem, inter_pem, root_pem, crl_der]):
        leaf, inter, root = (pem_file_der(p) for p in [leaf_pem, inter_pem, root_pem])
        crl = read(crl_der)

        def field(data, wrap=True):
            return bytes([1 if wrap else 0]) + chunk16(data, 4096)

        def case(ident, kind, time, names, usages, depth, shape, parts):
            out = bytes([1, len(ident)]) + ident + bytes([1, kind, len(time)]) + time
            out += bytes([len(names)])
            for name_kind, value in names:
                out += bytes([name_kind, len(value)]) + value
            return out + bytes([usages, depth, shape]) + b"".join(parts)
        time = b"2027-01-01T00:00:00+00:00"
        put("limbo", case(b"chain", 0, time, [(0, b"leaf.test")], 0b00010001, 8 + 1, 0b0101,
                          [field(leaf), field(root), field(inter)]), "fields-chain")
        put("limbo", case(b"crl", 1, b"2027-01-01T00:00:00.5Z", [(1, b"192.0.2.1"), (2, b"a@leaf.test")], 0b00100000,
                          255, 0b10101, [field(leaf), field(root), field(inter), field(crl)]), "fields-crl")
        put("limbo", case(b"raw", 2, b"", [], 0, 0, 0b0001,
                          [field(b"-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n", False),
                           field(root)]), "fields-raw-pem")

        def pem_text(path):
            return open(path).read()
        suite = {"version": 1, "testcases": [{
            "id": "fuzz::chain", "features": None, "description": "leaf, intermediate, root",
            "validation_kind": "SERVER", "trusted_certs": [pem_text(root_pem)],
            "untrusted_intermediates": [pem_text(inter_pem)], "peer_certificate": pem_text(leaf_pem),
            "validation_time": "2027-01-01T00:00:00Z", "signature_algorithms": [], "key_usage": ["digitalSignature"],
            "extended_key_usage": ["serverAuth"], "expected_result": "SUCCESS",
            "expected_peer_name": {"kind": "DNS", "value": "leaf.test"}, "expected_peer_names": [],
            "max_chain_depth": None, "crls": []}, {
            "id": "fuzz::garbage", "validation_kind": "CLIENT", "trusted_certs": None,
            "untrusted_intermediates": None, "peer_certificate": "not PEM", "validation_time": None,
            "expected_result": "FAILURE", "expected_peer_names": [{"kind": "IP", "value": "::1"}]}]}
        put("limbo", b"\x00" + json.dumps(suite, sort_keys=True).encode(), "json-suite")
        put("limbo", b"\x00" + json.dumps({"version": 1, "cases": [
            {"id": "fuzz::chain", "actual": "FAILURE", "reason": "why"}]}).encode(), "json-expectations")
        put("limbo", b'\x00{"version": 1, "testcases": [{"id": "x", "validation_kind": "SERVER", '
                     b'"peer_certificate": "", "expected_result": "FAILURE", "max_chain_depth": -1}]}', "json-tiny")

    # pem: malformed PEM vectors, single certificates, a small bundle.
    for path in vectors_pem:
        put("pem", read(path), os.path.basename(path))
    for p in pems[:2]:
        put("pem", p.encode())
    put("pem", "".join(pems[:3]).encode(), "bundle-3")

    # tfserving: configs carrying PEM inline.
    def quoted(text):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if pems:
        put("tfserving", ("server_cert: " + quoted(pems[0]) + "\nclient_verify: true\n").encode(), "cert")
        put("tfserving", ("# comment\ncustom_ca: " + quoted(pems[1]) + "\n'adjacent' \"x\"\n").encode(), "ca")
    put("tfserving", b"server_key: 'a\\x41\\101\\n', client_verify: f; custom_ca: \"\"\n", "escapes")

    # symmetric: one seed per operation selector (byte 2) with short parameters.
    for op in range(6):
        put("symmetric", bytes([op, op % 4, op]) + bytes(range(40)), "op%d" % op)

    # signature: algorithm | issuer SPKI (2-byte length) | signature (2-byte length) | message,
    # from certificates and their issuers (RSA, RSA-PSS, EC, Ed25519).
    intermediate = os.path.join(keys, "ca-intermediate.cert.pem")
    pairs = [(d, d) for d in ders[:1]]
    if os.path.exists(intermediate):
        issuer = pem_file_der(intermediate)
        for name in ["rsa-2048.cert.pem", "rsa-pss.cert.pem", "ec-p256.cert.pem", "ec-p384.cert.pem",
                     "ec-p521.cert.pem", "ed25519.cert.pem"]:
            path = os.path.join(keys, name)
            if os.path.exists(path):
                pairs.append((pem_file_der(path), issuer))
        root = os.path.join(keys, "ca-root.cert.pem")
        if os.path.exists(root):
            pairs.append((issuer, pem_file_der(root)))
    for cert, issuer in pairs:
        tbs, alg, sig, _, _ = cert_parts(cert)
        _, _, _, issuer_spki, _ = cert_parts(issuer)
        k, s = chunk16(issuer_spki, 2048), chunk16(sig, 1100)
        if k and s and len(alg) <= 255:
            put("signature", bytes([len(alg)]) + alg + k + s + tbs)

    for folder in sorted(ONLY or os.listdir(CORPUS)):
        files = os.listdir(os.path.join(CORPUS, folder))
        print("%-12s %3d seeds, %6d bytes" % (folder, len(files),
              sum(os.path.getsize(os.path.join(CORPUS, folder, f)) for f in files)))


if __name__ == "__main__":
    sys.exit(main())
