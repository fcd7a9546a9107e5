#!/bin/sh
# A/B of the SHA-256 and SHA-512 compression functions in one process: the compressors of
# git revision OLD (default: the last commit before the vectorised schedule) against those of
# the working tree, copied side by side into one scratch program, built with
# `swiftc -O -wmo`, alternated REPS times over a 16 KiB message (and, with --single, over
# the same message one block per call, as HMAC and PBKDF2 use them). Prints the best,
# 10th percentile and median MB/s of thread CPU time for each. First it checks that both
# give the same state after 1, 2, 3, 7 and 256 (128) blocks.
#
#   Benchmarks/Scripts/sha-ab.sh [--single] [OLD [REPS]]
set -eu
single=""
if [ "${1:-}" = "--single" ]; then single="single"; shift; fi
old=${1:-e918875}
reps=${2:-80}
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
hash="Sources/PureX509Crypto/Hash"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$root/$hash/BlockCompressor.swift" "$dir/"
for n in 256 512; do
    git -C "$root" show "$old:$hash/SHA${n}Compressor.swift" | sed "s/SHA${n}Compressor/SHA${n}Old/g" > "$dir/old$n.swift"
    sed "s/SHA${n}Compressor/SHA${n}New/g" "$root/$hash/SHA${n}Compressor.swift" > "$dir/new$n.swift"
done
cat > "$dir/main.swift" <<'SWIFT'
import Glibc

// Two functions, not one with a branch: each then holds one inlined copy of the compressor,
// as the package does (two copies of the unrolled SHA-256 body measured 20% slower).
@inline(never)
func run<C: BlockCompressor>(_ c0: C, _ p: UnsafeRawPointer, _ blocks: Int) -> [UInt8] {
    var c = c0
    c.compress(p, count: blocks)
    return c.digest(length: 32)
}

@inline(never)
func runSingles<C: BlockCompressor>(_ c0: C, _ p: UnsafeRawPointer, _ blocks: Int) -> [UInt8] {
    var c = c0
    for i in 0..<blocks { c.compress(p + i * C.blockSize, count: 1) }
    return c.digest(length: 32)
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1e9 + Double(ts.tv_nsec)
}

let size = 16384
let single = CommandLine.arguments[2] == "single"
let reps = Int(CommandLine.arguments[1]) ?? 80
let buf = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64)
var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
for i in 0..<size {
    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    buf.storeBytes(of: UInt8(truncatingIfNeeded: seed >> 33), toByteOffset: i, as: UInt8.self)
}
let iv256: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
    (0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A, 0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19)
let iv512: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
    (0x6A09_E667_F3BC_C908, 0xBB67_AE85_84CA_A73B, 0x3C6E_F372_FE94_F82B, 0xA54F_F53A_5F1D_36F1,
     0x510E_527F_ADE6_82D1, 0x9B05_688C_2B3E_6C1F, 0x1F83_D9AB_FB41_BD6B, 0x5BE0_CD19_137E_2179)

struct Variant { let name: String; let blockSize: Int; let f: (UnsafeRawPointer, Int) -> [UInt8] }
func variant<C: BlockCompressor>(_ name: String, _ c: C) -> Variant {
    Variant(name: name, blockSize: C.blockSize, f: single ? { runSingles(c, $0, $1) } : { run(c, $0, $1) })
}
let pairs = [
    (variant("SHA-256 old", SHA256Old(iv256)), variant("SHA-256 new", SHA256New(iv256))),
    (variant("SHA-512 old", SHA512Old(iv512)), variant("SHA-512 new", SHA512New(iv512))),
]
for (a, b) in pairs {
    for n in [1, 2, 3, 7, size / a.blockSize] where a.f(buf, n) != b.f(buf, n) {
        print("MISMATCH", a.name, b.name, n)
        exit(1)
    }
}
let all = pairs.flatMap { [$0.0, $0.1] }
var times = [[Double]](repeating: [], count: all.count)
for _ in 0..<reps {
    for (i, v) in all.enumerated() {
        let t0 = now()
        for _ in 0..<4 { _ = v.f(buf, size / v.blockSize) }
        times[i].append((now() - t0) / 4)
    }
}
print(single ? "16 KiB, one block per call:" : "16 KiB in one call:")
for (i, v) in all.enumerated() {
    let s = times[i].sorted()
    func mbs(_ ns: Double) -> Int { Int((Double(size) / ns * 1000).rounded()) }
    print("  \(v.name): best \(mbs(s[0])) MB/s, p10 \(mbs(s[s.count / 10])), median \(mbs(s[s.count / 2]))")
}
SWIFT
swiftc -O -wmo -module-name shaab "$dir/BlockCompressor.swift" "$dir"/old*.swift "$dir"/new*.swift \
    "$dir/main.swift" -o "$dir/sha-ab"
"$dir/sha-ab" "$reps" "${single:-oneshot}"
