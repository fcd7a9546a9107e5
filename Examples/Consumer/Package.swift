// swift-tools-version: 6.2
// A separate package that depends on PureX509 by path and uses only its public API, as a new
// user would: CI builds it and runs it (Examples/Consumer/run.sh), in debug mode, the
// default for `swift test` in a dependent, whose verification speed it also reports.
import PackageDescription

let package = Package(
    name: "Consumer",
    dependencies: [.package(name: "PureX509", path: "../..")],
    targets: [
        .executableTarget(
            name: "consumer",
            dependencies: [
                .product(name: "PureX509", package: "PureX509"),
                .product(name: "PureX509Foundation", package: "PureX509"),
            ])
    ],
    swiftLanguageModes: [.v6]
)
