// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "unlint",
    products: [
        .executable(name: "unlint", targets: ["unlint"]),
        .library(name: "UNLint", targets: ["UNLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.7.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libpcre2-8 through pkg-config; the shim header selects the 8-bit code unit width.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        .target(
            name: "UNLint",
            dependencies: ["PCRE2", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "unlint",
            dependencies: [
                "UNLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(
            name: "UNLintTests",
            dependencies: [
                "UNLint",
                .product(name: "CustomDump", package: "swift-custom-dump"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
