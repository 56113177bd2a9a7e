// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "smtp-codes",
    products: [
        .executable(name: "smtp-codes", targets: ["smtp-codes"])
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "ReplyCodes"),
        .target(name: "Catalog", dependencies: ["CSQLite", "CZlib", "ReplyCodes"]),
        .target(name: "HTTPServer"),
        .target(name: "ReferenceAPI", dependencies: ["Catalog", "HTTPServer", "ReplyCodes"]),
        .executableTarget(
            name: "smtp-codes",
            dependencies: ["ReferenceAPI", "Catalog", "HTTPServer"]
        ),
        // The table of realistic pasted replies, shared by the parser's unit tests and the
        // end-to-end tests of /explain; a library only tests depend on.
        .target(name: "ReplySamples", dependencies: ["ReplyCodes"], path: "Tests/ReplySamples"),
        .testTarget(name: "ReplyCodesTests", dependencies: ["ReplyCodes", "ReplySamples"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog"]),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer"]),
        .testTarget(name: "ReferenceAPITests", dependencies: ["ReferenceAPI"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ReferenceAPI", "Catalog", "HTTPServer", "ReplySamples"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
