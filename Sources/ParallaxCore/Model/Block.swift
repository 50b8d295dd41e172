/// A block of an article: a paragraph, a heading or a trailer.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// Body text.
        case paragraph
        /// An inline subheading ("Mayors in Trump-targeted cities respond").
        case heading
        /// The label that opens a section ("Author’s Opinion").
        case label
        /// Matter after the story: image credits, "… contributed to this post."
        case trailer
    }

    public let kind: Kind
    /// The block's scalars in the article's text, which alone holds its words (`Article.blockTexts`).
    public let range: Range<Int>
    /// Sentences, as scalar ranges in the article's text.
    public let sentences: [Range<Int>]
    /// The label of the section the block belongs to, if a label opened one.
    public let section: String?
    /// Scalars at the start of the block that are a dateline ("(CNN) —", "UNITED STATES").
    public let datelineLength: Int

    public init(kind: Kind, range: Range<Int>, sentences: [Range<Int>], section: String?, datelineLength: Int, wordCount: Int) {
        self.wordCount = wordCount
        self.kind = kind
        self.range = range
        self.sentences = sentences
        self.section = section
        self.datelineLength = datelineLength
    }

    /// Words in the block, counted once when the article is read.
    public let wordCount: Int
}

extension Block {
    /// What event grouping needs of a block, kept with a shelved article so that it never
    /// reads the text back: a print of the paragraph compared without case or figures (so
    /// "Copyright 2017" is "Copyright 2018"), and whether it is a notice of copyright.
    struct Print: Sendable, Equatable {
        let value: UInt64
        let isNotice: Bool
    }

    /// The print is a 64-bit FNV-1a hash of the bytes, ASCII letters lowered and every digit
    /// one, because building a folded copy of every paragraph of a large corpus cost more than
    /// the grouping.
    static func print(of text: Substring) -> Print {
        var hash = FNV1a()
        for byte in text.utf8 {
            hash.add(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte >= 0x30 && byte <= 0x39 ? UInt8(ascii: "#") : byte)
        }
        return Print(value: hash.value, isNotice: CopyrightNotice.isNotice(text))
    }
}
