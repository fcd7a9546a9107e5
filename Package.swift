// swift-tools-version: 6.2
// PureX509: a pure-Swift, dependency-free X.509 and PEM library.
// The root package has no package dependencies; peers for comparison live in Benchmarks/.
import PackageDescription

// CI sets PUREX509_WERROR=1 to make every warning an error; consumers of the package are
// never broken by warnings a newer compiler may add.
let warningsAsErrors = Context.environment["PUREX509_WERROR"] != nil

let strict: [SwiftSetting] =
    [.enableUpcomingFeature("ExistentialAny")]
    + (warningsAsErrors ? [.treatAllWarnings(as: .error)] : [])

let package = Package(
    name: "PureX509",
    products: [
        .library(name: "PureX509", targets: ["PureX509"]),
        .library(name: "PureX509ASN1", targets: ["PureX509ASN1"]),
        .library(name: "PureX509Crypto", targets: ["PureX509Crypto"]),
        // Date conveniences for apps; the core products stay Foundation-free.
        .library(name: "PureX509Foundation", targets: ["PureX509Foundation"]),
        .executable(name: "x509dump", targets: ["x509dump"]),
        .executable(name: "limbo-harness", targets: ["limbo-harness"]),
    ],
    targets: [
        .target(name: "PureX509ASN1", swiftSettings: strict),
        .target(name: "PureX509Crypto", dependencies: ["PureX509ASN1"], swiftSettings: strict),
        .target(name: "PureX509", dependencies: ["PureX509ASN1", "PureX509Crypto"], swiftSettings: strict),
        .target(name: "PureX509Foundation", dependencies: ["PureX509"], swiftSettings: strict),
        // Live endpoints: a TLS handshake just far enough to fetch and check the served chain.
        .target(name: "PureX509Probe", dependencies: ["PureX509", "PureX509Crypto"], swiftSettings: strict),
        .executableTarget(name: "x509dump", dependencies: ["PureX509", "PureX509Probe"], swiftSettings: strict),
        // x509-limbo harness: a library runner (Foundation for JSON) and its command-line driver.
        .target(name: "PureX509Limbo", dependencies: ["PureX509"], swiftSettings: strict),
        .executableTarget(name: "limbo-harness", dependencies: ["PureX509Limbo"], swiftSettings: strict),
        .testTarget(name: "PureX509ASN1Tests", dependencies: ["PureX509ASN1"], swiftSettings: strict),
        .testTarget(name: "PureX509CryptoTests", dependencies: ["PureX509Crypto"], swiftSettings: strict),
        .testTarget(name: "PureX509FoundationTests", dependencies: ["PureX509Foundation"], swiftSettings: strict),
        // The diagnosis scenarios of TestVectors/scenarios, read by both the library and the
        // CLI tests.
        .target(name: "PureX509ScenarioSupport", dependencies: ["PureX509"], path: "Tests/PureX509ScenarioSupport", swiftSettings: strict),
        .testTarget(
            name: "PureX509Tests", dependencies: ["PureX509", "PureX509Limbo", "PureX509ScenarioSupport"],
            exclude: [
                "Verification/limbo-expectations.json", "Verification/limbo-client-expectations.json", "Verification/PKITS/pkits-tests.json",
            ], swiftSettings: strict),
        // openssl s_server on 127.0.0.1 for the live probe tests of the library and the CLI.
        .target(name: "PureX509ProbeTestSupport", path: "Tests/PureX509ProbeTestSupport", swiftSettings: strict),
        .testTarget(
            name: "PureX509ProbeTests", dependencies: ["PureX509Probe", "PureX509", "PureX509Crypto", "PureX509ProbeTestSupport"],
            swiftSettings: strict),
        .testTarget(name: "x509dumpTests", dependencies: ["x509dump", "PureX509", "PureX509ScenarioSupport", "PureX509ProbeTestSupport"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
