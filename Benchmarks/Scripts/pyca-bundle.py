#!/usr/bin/env python3
"""The peer of `x509dump bundle --json` (issue 18): pyca/cryptography loads a PEM bundle,
fingerprints and decodes every certificate (subject in RFC 4514, validity, key type and
size, basic constraints) and prints a JSON audit with the fields of x509dump's entries:
count, distinct, expired, non-CA and repeated certificates.

Usage: pyca-bundle.py FILE [AT]   (AT: YYYY-MM-DD, default 2026-11-22)
Needs `pip install cryptography`.
"""
import datetime
import json
import sys
import warnings

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa

# Some roots have a negative serial number; cryptography warns about each on stderr.
warnings.simplefilter("ignore")

path = sys.argv[1]
at = datetime.datetime.fromisoformat((sys.argv[2] if len(sys.argv) > 2 else "2026-11-22") + "T00:00:00+00:00")

with open(path, "rb") as f:
    certificates = x509.load_pem_x509_certificates(f.read())


def key_summary(key):
    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA {key.key_size}"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"EC {key.curve.name}"
    if isinstance(key, dsa.DSAPublicKey):
        return f"DSA {key.key_size}"
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "Ed25519"
    if isinstance(key, ed448.Ed448PublicKey):
        return "Ed448"
    return type(key).__name__


entries, seen, expired, repeated, not_ca = [], {}, [], [], []
for index, certificate in enumerate(certificates, 1):
    sha256 = certificate.fingerprint(hashes.SHA256()).hex()
    try:
        is_ca = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    entry = {
        "index": index,
        "subject": certificate.subject.rfc4514_string(),
        "sha256": sha256,
        "notBefore": certificate.not_valid_before_utc.isoformat(),
        "notAfter": certificate.not_valid_after_utc.isoformat(),
        "key": key_summary(certificate.public_key()),
        "isCA": is_ca,
    }
    entries.append(entry)
    if certificate.not_valid_after_utc < at:
        expired.append(entry)
    if not is_ca:
        not_ca.append(entry)
    if sha256 in seen:
        repeated.append({"certificate": entry, "firstIndex": seen[sha256]})
    else:
        seen[sha256] = index

json.dump({"bundle": path, "count": len(entries), "distinct": len(seen), "expired": expired,
           "notCA": not_ca, "repeated": repeated}, sys.stdout, indent=2)
print()
