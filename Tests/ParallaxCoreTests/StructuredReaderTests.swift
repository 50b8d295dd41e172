import Foundation
import Testing
@testable import ParallaxCore

@Suite struct NewsPleaseReaderTests {
    @Test func readsFieldsAndNamesTheOutlet() throws {
        let json = """
        {"title": "Missile launch condemned", "maintext": "Missile launch condemned\\nBEIJING -- China said on Friday it opposes the launch.\\nSecond paragraph.",
         "source_domain": "www.theguardian.com", "date_publish": "2017-09-15 17:52:00", "authors": ["Jane Roe", "Ann Lee"],
         "url": "https://example.com/a"}
        """
        let article = try ArticleReader.read(data: Data(json.utf8), path: "x/abc.json")
        #expect(article.id == "abc")
        #expect(article.metadata.title == "Missile launch condemned")
        #expect(!article.metadata.titleIsDerived)
        #expect(article.metadata.outlet == "The Guardian")
        #expect(article.metadata.date?.description == "2017-09-15")
        #expect(article.metadata.byline == "Jane Roe and Ann Lee")
        #expect(article.metadata.url == "https://example.com/a")
        // The title repeated as the first line is dropped.
        #expect(article.blockTexts.first?.hasPrefix("BEIJING") == true)
    }

    @Test func theStringNoneMeansNothing() throws {
        let json = #"{"title": "None", "text": "Body text here.", "source_domain": "None", "date_publish": "None", "authors": "None"}"#
        let article = try ArticleReader.read(data: Data(json.utf8), path: "a.json")
        #expect(article.metadata.outlet == nil)
        #expect(article.metadata.date == nil)
        #expect(article.metadata.byline == nil)
        #expect(article.metadata.titleIsDerived)
    }

    @Test func unknownDomainIsShownWithoutWWW() {
        #expect(OutletNames.name(forDomain: "www.kearneyhub.com") == "kearneyhub.com")
        #expect(OutletNames.name(forDomain: "edition.cnn.com") == "CNN")
        #expect(OutletNames.name(forDomain: "africa.chinadaily.com.cn") == "China Daily")
    }

    @Test func brokenJSONAndJSONWithoutTextAreRefused() {
        #expect(throws: ReadError("broken JSON")) { try ArticleReader.read(data: Data("{\"title\": ".utf8), path: "a.json") }
        #expect(throws: ReadError("JSON has no maintext or text")) { try ArticleReader.read(data: Data("{\"title\": \"x\"}".utf8), path: "a.json") }
        #expect(throws: ReadError("JSON is not an article object")) { try ArticleReader.read(data: Data("[1, 2]".utf8), path: "a.json") }
    }
}

@Suite struct FrontMatterReaderTests {
    @Test func readsFrontMatterAndMarkdown() throws {
        let text = """
        ---
        title: "Flood waters rise"
        outlet: The Daily Planet
        date: 2024-03-05
        author: [Lois Lane, Clark Kent]
        url: https://planet.example/flood
        ---
        # Flood waters rise

        The river **rose** by two metres, [officials](https://x.example) said.

        ## What comes next

        More rain is expected.
        """
        let article = try ArticleReader.read(data: Data(text.utf8), path: "notes/flood.md")
        #expect(article.metadata.title == "Flood waters rise")
        #expect(article.metadata.outlet == "The Daily Planet")
        #expect(article.metadata.date?.description == "2024-03-05")
        #expect(article.metadata.byline == "Lois Lane and Clark Kent")
        #expect(article.metadata.url == "https://planet.example/flood")
        #expect(article.blocks.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(article.blockTexts[0] == "The river rose by two metres, officials said.")
        #expect(article.blockTexts[1] == "What comes next")
    }

    @Test func markdownWithoutFrontMatter() throws {
        let text = "# Big title\n\nThe *first* paragraph.\n\n## Next part\n\nMore [text](https://x.example)."
        let article = try ArticleReader.read(data: Data(text.utf8), path: "notes/plain.md")
        #expect(article.blocks.map(\.kind) == [.heading, .paragraph, .heading, .paragraph])
        #expect(article.blockTexts == ["Big title", "The first paragraph.", "Next part", "More text."])
        #expect(!article.text.unicodeScalars.contains("\u{F8FF}"), "the heading marker never reaches the text")
    }

    @Test func frontMatterInPlainText() throws {
        let text = "---\ntitle: A note\n---\nBody of the note."
        let article = try ArticleReader.read(data: Data(text.utf8), path: "a.txt")
        #expect(article.metadata.title == "A note")
        #expect(article.blockTexts == ["Body of the note."])
    }

    @Test func brokenFrontMatterIsRefused() {
        #expect(throws: ReadError("front matter is not valid YAML")) {
            try ArticleReader.read(data: Data("---\ntitle: [unclosed\n---\nBody.".utf8), path: "a.md")
        }
        #expect(throws: ReadError("front matter is not closed by ---")) {
            try ArticleReader.read(data: Data("---\ntitle: x\nBody.".utf8), path: "a.md")
        }
    }
}

@Suite struct CorpusLoaderTests {
    @Test func mixedFolderLoadsArticlesAndSkipsTheRestWithReasons() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nested = folder.appendingPathComponent("nested")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data("A good story.".utf8).write(to: folder.appendingPathComponent("good.txt"))
        try Data("{\"text\": \"Nested story.\"}".utf8).write(to: nested.appendingPathComponent("n.json"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data("{broken".utf8).write(to: folder.appendingPathComponent("broken.json"))
        try Data([0, 1, 2, 3]).write(to: folder.appendingPathComponent("image.png"))
        try Data("hidden".utf8).write(to: folder.appendingPathComponent(".hidden.txt"))
        let before = try snapshot(folder)

        let result = CorpusLoader.load(paths: [folder.path, folder.appendingPathComponent("missing").path])

        #expect(result.articles.map(\.id).sorted() == ["good", "n"])
        let reasons = Dictionary(uniqueKeysWithValues: result.warnings.map { (($0.path as NSString).lastPathComponent, $0.reason) })
        #expect(reasons == ["broken.json": "broken JSON", "empty.txt": "empty file",
                            "image.png": "binary data, not text", "missing": "no such file or folder"])
        #expect(try snapshot(folder) == before, "loading never changes the corpus")
    }

    @Test func sameNameInTwoFoldersGetsDistinctIds() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["a", "b"] {
            let dir = folder.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data("Story \(sub).".utf8).write(to: dir.appendingPathComponent("story.txt"))
        }
        let ids = CorpusLoader.load(paths: [folder.path]).articles.map(\.id)
        #expect(ids == ["story", "story-2"])
    }

    @Test func readingOnEveryCoreKeepsPathOrder() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in 0..<40 {
            let name = String(format: "%02d", number)
            try Data((number % 7 == 0 ? "" : "Story number \(name).").utf8).write(to: folder.appendingPathComponent("\(name).txt"))
        }
        let result = CorpusLoader.load(paths: [folder.path])
        let expected = (0..<40).filter { $0 % 7 != 0 }.map { String(format: "%02d", $0) }
        #expect(result.articles.map(\.id) == expected)
        #expect(result.warnings.map { ($0.path as NSString).lastPathComponent } == ["00.txt", "07.txt", "14.txt", "21.txt", "28.txt", "35.txt"])
    }

    @Test func suffixedIdsNeverClashWithRealOnes() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (sub, name) in [("a", "story"), ("a", "story-2"), ("b", "story")] {
            let dir = folder.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data("Story \(sub) \(name).".utf8).write(to: dir.appendingPathComponent("\(name).txt"))
        }
        let ids = CorpusLoader.load(paths: [folder.path]).articles.map(\.id)
        #expect(Set(ids).count == 3, "\(ids)")
    }

    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)!
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: full)
            }
        }
        return files
    }
}
