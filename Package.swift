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
        .testTarget(name: "ReplyCodesTests", dependencies: ["ReplyCodes"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog"]),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer"]),
        .testTarget(name: "ReferenceAPITests", dependencies: ["ReferenceAPI"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ReferenceAPI", "Catalog", "HTTPServer"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
