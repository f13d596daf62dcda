// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "dubao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dubao", targets: ["dubao"]),
        .library(name: "DubaoCore", targets: ["DubaoCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "CNcursesw",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(name: "DubaoCore"),
        .target(name: "DubaoStore", dependencies: ["DubaoCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "DubaoTUI", dependencies: ["DubaoCore", "DubaoStore", "CNcursesw"]),
        .executableTarget(
            name: "dubao",
            dependencies: [
                "DubaoCore", "DubaoStore", "DubaoTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.embedInCode("seeds")]
        ),
        .testTarget(
            name: "DubaoCoreTests",
            dependencies: ["DubaoCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DubaoTUITests", dependencies: ["DubaoTUI", "DubaoStore", "DubaoCore"]),
        .testTarget(name: "DubaoStoreTests", dependencies: ["DubaoStore", "DubaoCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "dubaoTests", dependencies: ["DubaoCore", "DubaoStore", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
