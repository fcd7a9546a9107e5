#!/usr/bin/env python3
"""Turn package-benchmark results, bench-info and hyperfine output into one table.

Usage: report.py RESULTS_DIR INFO_JSON E2E_DIR [--markdown] [--e2e-only]

RESULTS_DIR holds package-benchmark's `--format histogramPercentiles` files (one TSV per
benchmark and metric; the line for percentile 50 is the median). Benchmarks are named
`group.case.implementation`; each row below pairs PureX509 with its peer and checks the
goal the issues set. Figures are medians of thread CPU time per operation.
"""
import glob
import json
import os
import re
import sys

results_dir, info_path, e2e_dir = sys.argv[1:4]
markdown = "--markdown" in sys.argv
# --e2e-only: only the x509dump whole-process rows (compare.sh --e2e-only)
e2e_only = "--e2e-only" in sys.argv

# --- read package-benchmark percentiles -------------------------------------------------
medians = {}  # (benchmark name, metric) -> median
for path in glob.glob(os.path.join(results_dir, "*.histogram.percentiles.tsv")):
    base = os.path.basename(path)[: -len(".histogram.percentiles.tsv")]
    # <baseline>.<target>.<name>.<metric>; names contain dots, so split from both ends
    parts = base.split(".")
    metric = parts[-1]
    name = ".".join(parts[2:-1])
    with open(path) as f:
        lines = f.read().splitlines()
    header = lines[0] if lines else ""
    scale = 1.0
    m = re.search(r"\((K|M|G)\)", header)
    if m:
        scale = {"K": 1e3, "M": 1e6, "G": 1e9}[m.group(1)]
    for line in lines[1:]:
        p, _, v = line.partition("\t")
        if p == "50":
            medians[(name, metric)] = float(v) * scale

def cpu(name):
    return medians.get((name, "cpuNsPerOp"))

def mallocs_per_item(name):
    total = medians.get((name, "mallocCountTotal"))
    items = medians.get((name, "itemsPerIteration"))
    if total is None or not items:
        return None
    return total / items

info = {}
if os.path.exists(info_path):
    with open(info_path) as f:
        info = json.load(f)
avg_der = (info.get("derBytes", 0) / info["certificates"]) if info.get("certificates") else None

e2e = {}
e2e_cpu = {}
for path in glob.glob(os.path.join(e2e_dir, "*.json")):
    with open(path) as f:
        data = json.load(f)
    for r in data.get("results", []):
        e2e[os.path.basename(path)[:-5] + ":" + r.get("command_label", r["command"])] = r["median"] * 1e9  # ns
        if r.get("user") is not None and r.get("system") is not None:
            # CPU time (user + system, mean over the runs): x509dump renders long runs of
            # certificates on every processor, so its wall time is less than its CPU time.
            e2e_cpu[os.path.basename(path)[:-5] + ":" + r.get("command_label", r["command"])] = \
                (r["user"] + r["system"]) * 1e9  # ns

# --- formatting ------------------------------------------------------------------------
def fmt_time(ns):
    if ns is None:
        return None
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"

def fmt_mbps(ns, size):
    return None if ns is None else f"{size / ns * 1e3:.0f} MB/s"

rows = []

def row(bench, ours, peer, peer_name, ratio, goal, met):
    rows.append((bench, ours or "pending", peer or "n/a", peer_name, ratio or "—", goal, met))

def verdict(checks):
    """checks: list of booleans or None (None = cannot tell yet)."""
    if not checks or any(c is None for c in checks):
        return "pending"
    return "met" if all(checks) else "NOT met"

def ratio_of(a, b):
    return None if a is None or b is None or b == 0 else a / b

def fmt_ratio(r):
    return None if r is None else f"{r:.2f}x"

n_certs = info.get("certificates")
source = info.get("source", "?")

# parse
ours, peer = cpu("parse.bundle.PureX509"), cpu("parse.bundle.swift-certificates")
r = ratio_of(ours, peer)
row("parse: CA bundle, full certificate (per cert)", fmt_time(ours), fmt_time(peer), "swift-certificates",
    fmt_ratio(r), "≤ 1.5 µs and ≤ 1/13 of peer (issue 3)",
    verdict([None if ours is None else ours <= 1500, None if r is None else r <= 1 / 13]))
if cpu("parse.vectors.swift-certificates") is not None or cpu("parse.vectors.PureX509") is not None:
    ours, peer = cpu("parse.vectors.PureX509"), cpu("parse.vectors.swift-certificates")
    r = ratio_of(ours, peer)
    row("parse: TestVectors certificates both accept (per cert)", fmt_time(ours), fmt_time(peer), "swift-certificates",
        fmt_ratio(r), "≤ 1/13 of peer (issue 3)", verdict([None if r is None else r <= 1 / 13]))

ours, peer = cpu("der-walk.bundle.PureX509"), cpu("der-walk.bundle.swift-asn1")
r = ratio_of(ours, peer)
per_kib = None if ours is None or not avg_der else ours / (avg_der / 1024)
goal_txt = "< 1 µs per KiB (issue 2)"
row(f"DER walk, no allocation (per cert{'' if per_kib is None else f'; {per_kib:.0f} ns/KiB'})",
    fmt_time(ours), fmt_time(peer), "swift-asn1 DER.parse", fmt_ratio(r), goal_txt,
    verdict([None if per_kib is None else per_kib < 1000]))
ours = cpu("der-tree.bundle.PureX509")
r = ratio_of(ours, peer)
row("DER tree, ASN1Node.parseAll (per cert)", fmt_time(ours), fmt_time(peer), "swift-asn1 DER.parse",
    fmt_ratio(r), "—", "info")

ours, peer = cpu("pem.bundle.PureX509"), cpu("pem.bundle.swift-asn1")
r = ratio_of(ours, peer)
row("PEM decode of the bundle file (per block)", fmt_time(ours), fmt_time(peer), "swift-asn1 PEMDocument",
    fmt_ratio(r), "—", "info")

ours, peer = mallocs_per_item("parse.bundle.PureX509"), mallocs_per_item("parse.bundle.swift-certificates")
row("mallocs per parsed certificate", None if ours is None else f"{ours:.1f}",
    None if peer is None else f"{peer:.1f}", "swift-certificates",
    fmt_ratio(ratio_of(ours, peer)), "—", "info")

mem = info.get("retainedBytesPerCertificate", {})
ours, peer = mem.get("PureX509"), mem.get("swift-certificates")
row(f"retained heap per certificate (avg DER {avg_der:.0f} B)" if avg_der else "retained heap per certificate",
    None if ours is None else f"{ours:.0f} B", None if peer is None else f"{peer:.0f} B", "swift-certificates",
    fmt_ratio(ratio_of(ours, peer)), "≤ 2x DER size (issue 3)",
    verdict([None if ours is None or not avg_der else ours <= 2 * avg_der]))

# crypto
for algo, goal in (("sha256", 300), ("sha512", 450)):
    ours, peer = cpu(f"{algo}.16KiB.PureX509"), cpu(f"{algo}.16KiB.swift-crypto")
    row(f"{algo.upper().replace('SHA', 'SHA-')} 16 KiB throughput", fmt_mbps(ours, 16384), fmt_mbps(peer, 16384),
        "swift-crypto", fmt_ratio(ratio_of(ours, peer)), f"≥ {goal} MB/s (issue 4)",
        verdict([None if ours is None else 16384 / ours * 1e3 >= goal]))

for key, label, limit, goal in (
    ("rsa2048-pkcs1", "RSA-2048 PKCS#1 v1.5 verify", 1.5, "≤ 1.5x peer (issue 4)"),
    ("rsa4096-pkcs1", "RSA-4096 PKCS#1 v1.5 verify", 1.5, "≤ 1.5x peer (issue 4)"),
    ("rsa2048-pss", "RSA-2048 PSS verify", None, "—"),
    ("p256", "ECDSA P-256 verify", 2.0, "≤ 2x peer (issue 4)"),
    ("p384", "ECDSA P-384 verify", 1.0, "< 1x peer: faster (issue 4)"),
    ("p521", "ECDSA P-521 verify", 1.0, "< 1x peer: faster (issue 4)"),
    ("ed25519", "Ed25519 verify", 2.0, "≤ 2x peer (issue 4)"),
):
    ours, peer = cpu(f"verify.{key}.PureX509"), cpu(f"verify.{key}.swift-crypto")
    r = ratio_of(ours, peer)
    if limit is None:
        v = "info" if ours is not None else "pending"
    elif limit == 1.0:
        v = verdict([None if r is None else r < 1.0])
    else:
        v = verdict([None if r is None else r <= limit])
    row(label, fmt_time(ours), fmt_time(peer), "swift-crypto", fmt_ratio(r), goal, v)

# chain building
chain = {}
for pool in ("10", "1000", "100000"):
    ours, peer = cpu(f"chain.pool{pool}.PureX509"), cpu(f"chain.pool{pool}.swift-certificates")
    chain[pool] = ours
    row(f"chain building, pool of {int(pool):,}", fmt_time(ours), fmt_time(peer), "swift-certificates Verifier",
        fmt_ratio(ratio_of(ours, peer)), "—", "info" if ours is not None else "pending")
growth = ratio_of(chain.get("100000"), chain.get("10"))
row("chain building: pool 100,000 vs pool 10", fmt_ratio(growth), None, "(PureX509 alone)", "—",
    "≤ 2x (issue 6)", verdict([None if growth is None else growth <= 2.0]))

# x509dump end to end
for key, label, limit, peer_label in (
    ("show", "x509dump show, CA bundle (process)", None, "openssl storeutl -text"),
    ("bundle", "x509dump bundle, CA bundle (process)", 200e6, None),
    ("diagnose", "x509dump diagnose, 3-cert chain + key + host (process)", 50e6, "openssl verify"),
):
    ours = e2e.get(f"{key}:x509dump")
    peer = e2e.get(f"{key}:openssl")
    goal = "—" if limit is None else f"< {limit / 1e6:.0f} ms (issue 7)"
    v = ("info" if ours is not None else "pending") if limit is None else verdict([None if ours is None else ours < limit])
    row(label, fmt_time(ours), fmt_time(peer), peer_label or "—", fmt_ratio(ratio_of(ours, peer)), goal, v)

# x509dump on issue 18's large input: the CA bundle repeated 100 times
memory = {}
memory_path = os.path.join(e2e_dir, "large-memory.mem")
if os.path.exists(memory_path):
    with open(memory_path) as f:
        memory = json.load(f)
copies = "CA bundle x100"
def cpu_note(key):
    """ "; CPU 512 ms" for the label: wall time is the goal, CPU time shown beside it."""
    t = e2e_cpu.get(key)
    return f"; CPU {fmt_time(t)}" if t is not None else ""

ours, peer = e2e.get("large-bundle-json:x509dump"), e2e.get("large-bundle-json:pyca")
r = ratio_of(ours, peer)
row(f"x509dump bundle --json, {copies} (process{cpu_note('large-bundle-json:x509dump')})", fmt_time(ours), fmt_time(peer),
    "pyca/cryptography script",
    fmt_ratio(r), "≥ 10x faster than peer (issue 18)", verdict([None if r is None else r <= 0.1]))
peer = e2e.get("large-show:openssl")
for key, label in (("large-show", "show"), ("large-show-json", "show --json")):
    ours = e2e.get(f"{key}:x509dump")
    row(f"x509dump {label}, {copies} (process{cpu_note(key + ':x509dump')})", fmt_time(ours), fmt_time(peer), "openssl storeutl -noout -text",
        fmt_ratio(ratio_of(ours, peer)), "≤ 0.3 s and faster than peer (issue 18)",
        verdict([None if ours is None else ours <= 0.3e9, None if ours is None or peer is None else ours < peer]))
ours = e2e.get("large-pem:x509dump")
row(f"x509dump pem, {copies} (process{cpu_note('large-pem:x509dump')})", fmt_time(ours), None, "—", None, "≤ 0.15 s (issue 18)",
    verdict([None if ours is None else ours <= 0.15e9]))
input_bytes = memory.get("inputBytes")
peaks = {k: v for k, v in memory.items() if k != "inputBytes"}
if input_bytes and peaks and all(isinstance(v, (int, float)) for v in peaks.values()):
    worst = max(peaks, key=peaks.get)
    worst_bytes = peaks[worst] * 1024
    detail = ", ".join(f"{k} {v / 1024:.0f}" for k, v in peaks.items())
    row(f"peak memory, {copies} ({detail} MiB; input {input_bytes / 1048576:.1f} MiB)",
        f"{worst_bytes / 1048576:.0f} MiB ({worst})", None, "—", f"{worst_bytes / input_bytes:.2f}x input",
        "≤ 3x input size (issue 18)", verdict([worst_bytes <= 3 * input_bytes]))
else:
    row(f"peak memory, {copies}", None, None, "—", None, "≤ 3x input size (issue 18)", "pending")

# --- print -----------------------------------------------------------------------------
if e2e_only:
    rows = [r for r in rows if r[0].startswith(("x509dump", "peak memory"))]
headers = ("benchmark", "PureX509 (median)", "peer (median)", "peer", "ratio", "goal", "status")
if e2e_only:
    print("x509dump rows only (compare.sh --e2e-only): wall time per process, median; ratio = x509dump / peer")
else:
    print(f"inputs: {source}, {n_certs} certificates, {info.get('derBytes', '?')} DER bytes; "
      "times are medians of thread CPU time per operation (x509dump rows: wall time per process); "
      "ratio = PureX509 / peer (below 1 means PureX509 is faster)")
print()
if markdown:
    print("| " + " | ".join(headers) + " |")
    print("|" + "|".join("---" for _ in headers) + "|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
else:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
