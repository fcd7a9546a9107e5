#!/usr/bin/env python3
"""Records the seed corpus of the `tlsserver` harness: what `openssl s_server` on 127.0.0.1
answers to a fixed TLS 1.2 ClientHello (ServerHello, Certificate, CertificateStatus-free
ServerKeyExchange, CertificateRequest, ServerHelloDone), for the leaves of
TestVectors/probe. Writes Fuzz/corpus/tlsserver/<name>.bin.

    python3 Fuzz/Tools/record-tls-seeds.py
"""
import os
import select
import socket
import struct
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VECTORS = os.path.join(ROOT, "TestVectors", "probe")
OUT = os.path.join(ROOT, "Fuzz", "corpus", "tlsserver")


def vector(length_bytes, body):
    return len(body).to_bytes(length_bytes, "big") + body


def extension(kind, body):
    return struct.pack(">H", kind) + vector(2, body)


def client_hello():
    extensions = b"".join([
        extension(0, vector(2, b"\x00" + vector(2, b"probe.test"))),
        extension(10, vector(2, b"\x00\x1d\x00\x17")),
        extension(11, vector(1, b"\x00")),
        extension(13, vector(2, b"\x04\x03\x08\x04\x04\x01\x08\x07\x05\x03")),
        extension(16, vector(2, vector(1, b"h2"))),
        extension(0xFF01, b"\x00"),
    ])
    body = b"\x03\x03" + bytes(32) + b"\x00" + vector(2, b"\xc0\x2b\xc0\x2f\x00\x9c") + b"\x01\x00" + vector(2, extensions)
    message = b"\x01" + vector(3, body)
    return b"\x16\x03\x01" + vector(2, message)


def record(name, arguments):
    server = subprocess.Popen(
        ["openssl", "s_server", "-accept", "127.0.0.1:0", "-tls1_2"] + arguments,
        cwd=VECTORS, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        port = None
        while port is None:
            line = server.stdout.readline().decode()
            if not line:
                raise SystemExit(f"{name}: s_server did not start")
            if line.startswith("ACCEPT"):
                port = int(line.strip().rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
            connection.sendall(client_hello())
            received = b""
            deadline = time.time() + 2
            while time.time() < deadline:
                ready, _, _ = select.select([connection], [], [], 0.3)
                if not ready:
                    if received:
                        break
                    continue
                chunk = connection.recv(65536)
                if not chunk:
                    break
                received += chunk
        with open(os.path.join(OUT, name + ".bin"), "wb") as out:
            out.write(received)
        print(f"{name}: {len(received)} bytes")
    finally:
        server.kill()
        server.wait()


os.makedirs(OUT, exist_ok=True)
record("p256-chain", ["-cert", "p256.pem", "-key", "p256.key", "-cert_chain", "intermediate.pem"])
record("rsa-chain-alpn", ["-cert", "rsa.pem", "-key", "rsa.key", "-cert_chain", "intermediate.pem", "-alpn", "h2"])
record("ed25519-client-auth", ["-cert", "ed25519.pem", "-key", "ed25519.key", "-verify", "1"])
record("rsa-key-transport", ["-cert", "rsa.pem", "-key", "rsa.key", "-cipher", "AES128-GCM-SHA256"])
record("no-shared-cipher", ["-cert", "rsa.pem", "-key", "rsa.key", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256"])
