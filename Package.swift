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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
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
        // The cache and the reading state, in SQLite.
        .target(
            name: "ParallaxStore",
            dependencies: ["ParallaxCore", .product(name: "GRDB", package: "GRDB.swift")]
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
        // One call to the C allocator, made by the executables at start.
        .target(name: "MemoryTuning"),
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
                "ParallaxStore",
                "MemoryTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A made-up news corpus of any size, the same for the same seed: for the benchmark.
        .target(name: "SyntheticNews"),
        // Figures for speed on large made-up corpora; not part of the app.
        .executableTarget(
            name: "parallax-bench",
            dependencies: [
                "ParallaxCore",
                "ParallaxUI",
                "ParallaxStore",
                "SyntheticNews",
                "MemoryTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SyntheticNewsTests",
            dependencies: ["SyntheticNews"]
        ),
        .testTarget(
            name: "ParallaxStoreTests",
            dependencies: ["ParallaxStore", "ParallaxCore", .product(name: "GRDB", package: "GRDB.swift")]
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
