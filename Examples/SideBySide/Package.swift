// swift-tools-version: 6.2
// PureX509 beside swift-crypto and swift-certificates, as a program that uses all three would
// be written. Those two packages cannot be dependencies of this repository, so two local
// modules stand in for them under their real module names: `Crypto` declares a public
// `SHA256` and `X509` a public `Certificate`, the names that clash. The program uses
// `SHA256` unqualified (it must mean Crypto's) and `PureX509.Certificate` module-qualified;
// it stops compiling if PureX509 ever re-exports PureX509Crypto again (two `SHA256`s).
// Run: Examples/SideBySide/run.sh (CI does).
import PackageDescription

let package = Package(
    name: "SideBySide",
    dependencies: [.package(name: "PureX509", path: "../..")],
    targets: [
        // Stand-in for swift-crypto's `Crypto`: its own SHA-256, no dependency (an import of
        // PureX509Crypto here would let Crypto's `SHA256` shadow PureX509Crypto's and hide
        // the clash).
        .target(name: "Crypto"),
        // Stand-in for swift-certificates' `X509`.
        .target(name: "X509"),
        .executableTarget(
            name: "sidebyside",
            dependencies: ["Crypto", "X509", .product(name: "PureX509", package: "PureX509")]),
    ],
    swiftLanguageModes: [.v6]
)
