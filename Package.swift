// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Docket",
    products: [
        .executable(name: "docket", targets: ["docket"]),
        .library(name: "DocketCore", targets: ["DocketCore"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "DocketCore", dependencies: ["CSQLite"]),
        .executableTarget(name: "docket", dependencies: ["DocketCore"]),
        .executableTarget(name: "docket-bench", dependencies: ["DocketCore"]),
        .testTarget(name: "DocketCoreTests", dependencies: ["DocketCore"], exclude: ["Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DocketCore", "docket"], exclude: ["Fixtures"]),
    ]
)
