// swift-tools-version: 6.1
// PureX509 benchmarks against the peers (swift-certificates, swift-asn1, swift-crypto),
// in one process so that the ratios hold on a noisy machine. This is its own package so
// that the root package stays dependency-free. Run everything with `./compare.sh`.
import PackageDescription

let benchmarkPlugin: [Target.PluginUsage] = [.plugin(name: "BenchmarkPlugin", package: "benchmark")]

let package = Package(
    name: "PureX509Benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // The root package, by path; its identity is the folder name, so name it explicitly.
        .package(name: "PureX509", path: ".."),
        // ordo-one/benchmark, formerly package-benchmark (the plugin warns on the old
        // identifier). Only the malloc interposer trait: the default RuntimeInterposer trait needs a
        // package that is not on this machine, and jemalloc is not needed.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-certificates", exact: "1.21.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-asn1", exact: "1.7.4"),
    ],
    targets: [
        // Inputs shared by every benchmark and by the helper tools: the CA bundle as DER,
        // the committed test vectors, fixed messages.
        .target(name: "BenchmarkInputs", path: "Sources/BenchmarkInputs"),
        // Registration helpers (thread CPU time per operation, quick mode).
        .target(
            name: "BenchmarkHarness",
            dependencies: ["BenchmarkInputs", .product(name: "Benchmark", package: "benchmark")],
            path: "Sources/BenchmarkHarness"
        ),
        .executableTarget(
            name: "ParseBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                "BenchmarkHarness",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PureX509", package: "PureX509"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ],
            path: "Benchmarks/ParseBenchmarks",
            plugins: benchmarkPlugin
        ),
        .executableTarget(
            name: "CryptoBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                "BenchmarkHarness",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PureX509Crypto", package: "PureX509"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            path: "Benchmarks/CryptoBenchmarks",
            plugins: benchmarkPlugin
        ),
        .executableTarget(
            name: "ChainBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                "BenchmarkHarness",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PureX509", package: "PureX509"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Benchmarks/ChainBenchmarks",
            plugins: benchmarkPlugin
        ),
        // Prints the facts compare.sh needs to turn medians into per-item figures (how
        // many certificates, how many bytes) and measures retained memory per certificate.
        // glibc's mallinfo2, which the Glibc module does not export.
        .target(name: "CHeapStats", path: "Sources/CHeapStats"),
        .executableTarget(
            name: "bench-info",
            dependencies: [
                "BenchmarkInputs",
                "CHeapStats",
                .product(name: "PureX509", package: "PureX509"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ],
            path: "Sources/bench-info"
        ),
    ],
    swiftLanguageModes: [.v6]
)
