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
    ],
    targets: [
        .target(
            name: "CNcursesw",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(name: "DubaoCore"),
        .target(name: "DubaoTUI", dependencies: ["DubaoCore", "CNcursesw"]),
        .executableTarget(
            name: "dubao",
            dependencies: [
                "DubaoCore", "DubaoTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.embedInCode("seeds")]
        ),
        .testTarget(
            name: "DubaoCoreTests",
            dependencies: ["DubaoCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DubaoTUITests", dependencies: ["DubaoTUI", "DubaoCore"]),
        .testTarget(name: "dubaoTests", dependencies: ["DubaoCore"]),
    ]
)
