/// Words between quotation marks: a span of the text with a kind and, where the text says, a speaker.
public struct Quotation: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// Someone's words.
        case quote
        /// A name or a scare quote: “No Kings” in "the “No Kings” protests".
        case term
    }

    /// The text between the marks; the pieces of a quotation over several paragraphs joined by a space.
    public let text: String
    /// The quoted scalars, one range per paragraph (or per paragraph run into another), without the marks.
    public let ranges: [Range<Int>]
    /// The block in which the quotation opens.
    public let paragraph: Int
    public var kind: Kind
    /// The speaker as the article names them, resolved to the fullest name it uses.
    public var speaker: String?
    /// The id of the statement this quotation belongs to when other articles carry the same words.
    public var statement: String?

    public init(text: String, ranges: [Range<Int>], paragraph: Int, kind: Kind, speaker: String?, statement: String? = nil) {
        self.text = text
        self.ranges = ranges
        self.paragraph = paragraph
        self.kind = kind
        self.speaker = speaker
        self.statement = statement
    }

    /// The double quotation marks Parallax pairs: straight, curly, low and guillemets.
    public static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "“" || scalar == "”" || scalar == "„" || scalar == "‟" || scalar == "«" || scalar == "»"
    }

    public static func isMark(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && isMark(character.unicodeScalars.first!)
    }
}
