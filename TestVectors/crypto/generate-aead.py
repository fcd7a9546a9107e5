#!/usr/bin/env python3
"""Known answers for the probe's cryptography from OpenSSL, through Python `cryptography`
(which calls OpenSSL's EVP AEADs, X25519 and HKDF): TestVectors/crypto/aead/vectors.txt.

The openssl CLI has no AEAD mode (`openssl enc` refuses GCM and ChaCha20-Poly1305), hence
Python. Inputs come from a seeded generator, so re-running writes the same file. Read by
Tests/PureX509CryptoTests/AEAD/OpenSSLAEADVectorTests.swift. One vector a line, fields in hex
("-" for empty):

  aes-gcm KEY NONCE AAD PLAINTEXT CIPHERTEXT||TAG
  chacha20-poly1305 KEY NONCE AAD PLAINTEXT CIPHERTEXT||TAG
  x25519 PRIVATE PEER_PUBLIC PUBLIC SHARED
  hkdf-sha256|hkdf-sha384 IKM SALT INFO OKM
  ecdh-p256|ecdh-p384|ecdh-p521 PRIVATE PEER_PUBLIC PUBLIC SHARED (points uncompressed)
"""
import random
import sys
from pathlib import Path

try:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
except ImportError:
    sys.exit("generate-aead.py needs Python's `cryptography` package (pip install cryptography)")

rng = random.Random(20261206)


def data(n: int) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(n))


def h(b: bytes) -> str:
    return b.hex() if b else "-"


lines = []
lengths = list(range(0, 70)) + [127, 128, 129, 255, 256, 1000, 4099]
for n in lengths:
    for key_size in (16, 24, 32):
        if key_size == 24 and n % 5:
            continue  # fewer AES-192 rows: TLS does not use it
        key, aad, pt = data(key_size), data(rng.choice([0, 5, 13, 16, 17, 40])), data(n)
        nonce = data(12 if n % 7 else rng.choice([8, 16, 60, 128]))
        lines.append(f"aes-gcm {h(key)} {h(nonce)} {h(aad)} {h(pt)} {h(AESGCM(key).encrypt(nonce, pt, aad))}")
    key, nonce, aad, pt = data(32), data(12), data(rng.choice([0, 5, 13, 16, 17, 40])), data(n)
    lines.append(f"chacha20-poly1305 {h(key)} {h(nonce)} {h(aad)} {h(pt)} {h(ChaCha20Poly1305(key).encrypt(nonce, pt, aad))}")

raw = (Encoding.Raw, PublicFormat.Raw)
for _ in range(40):
    private, peer = data(32), X25519PrivateKey.from_private_bytes(data(32)).public_key()
    key = X25519PrivateKey.from_private_bytes(private)
    lines.append(f"x25519 {h(private)} {h(peer.public_bytes(*raw))} {h(key.public_key().public_bytes(*raw))} "
                 f"{h(key.exchange(peer))}")
# Peer keys with bit 255 set or a non-canonical u (p + 9, p + 2^200): RFC 7748 5 ignores the
# top bit and reduces u modulo p.
p = 2**255 - 19
for u in [(2**255 + 9).to_bytes(32, "little"), (p + 9).to_bytes(32, "little"), (p + 2**200).to_bytes(32, "little"),
          bytes(data(31)) + b"\xc3"]:
    private = data(32)
    key = X25519PrivateKey.from_private_bytes(private)
    peer = X25519PublicKey.from_public_bytes(u)
    lines.append(f"x25519 {h(private)} {h(u)} {h(key.public_key().public_bytes(*raw))} {h(key.exchange(peer))}")

for name, algorithm in (("hkdf-sha256", hashes.SHA256()), ("hkdf-sha384", hashes.SHA384())):
    for okm_length in (1, 16, 32, 48, 100, 255 * algorithm.digest_size):
        ikm, salt, info = data(rng.choice([0, 22, 32, 80])), data(rng.choice([0, 13, 32, 48, 200])), data(rng.choice([0, 10, 80]))
        okm = HKDF(algorithm, okm_length, salt or None, info).derive(ikm)
        lines.append(f"{name} {h(ikm)} {h(salt)} {h(info)} {h(okm)}")

uncompressed = (Encoding.X962, PublicFormat.UncompressedPoint)
for name, curve, size in (("ecdh-p256", ec.SECP256R1(), 32), ("ecdh-p384", ec.SECP384R1(), 48), ("ecdh-p521", ec.SECP521R1(), 66)):
    order = {32: 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
             48: int("ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973", 16),
             66: int("01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409", 16)}[size]
    # Fewer random rows for the larger curves: their ladders are slow in debug test runs.
    scalars = [1, 2, order - 1] + [rng.randrange(1, order) for _ in range({32: 12, 48: 5, 66: 3}[size])]
    for d in scalars:
        key = ec.derive_private_key(d, curve)
        peer = ec.derive_private_key(rng.randrange(1, order), curve).public_key()
        lines.append(f"{name} {h(d.to_bytes(size, 'big'))} {h(peer.public_bytes(*uncompressed))} "
                     f"{h(key.public_key().public_bytes(*uncompressed))} {h(key.exchange(ec.ECDH(), peer))}")

out = Path(__file__).resolve().parent / "aead" / "vectors.txt"
out.parent.mkdir(exist_ok=True)
out.write_text("\n".join(lines) + "\n")
print(f"wrote {len(lines)} vectors to {out}")
