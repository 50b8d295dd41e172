// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parallax", targets: ["parallax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(
            name: "ParallaxCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "ParallaxUI",
            dependencies: ["ParallaxCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "CursesShim",
            dependencies: ["CNCursesW"]
        ),
        .target(
            name: "ParallaxTerminal",
            dependencies: ["ParallaxUI", "CNCursesW", "CursesShim"]
        ),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxCore",
                "ParallaxUI",
                "ParallaxTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Figures for speed on large made-up corpora; not part of the app.
        .executableTarget(
            name: "parallax-bench",
            dependencies: [
                "ParallaxCore",
                "ParallaxUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ParallaxCoreTests",
            dependencies: ["ParallaxCore"]
        ),
        .testTarget(
            name: "ParallaxUITests",
            dependencies: ["ParallaxUI", "ParallaxCore"]
        ),
        // The real binary in tmux; it needs the executable built, not linked.
        .testTarget(
            name: "ParallaxEndToEndTests",
            dependencies: []
        ),
    ]
)
