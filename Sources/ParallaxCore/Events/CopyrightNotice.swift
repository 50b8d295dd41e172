/// A page's notice of copyright ("Copyright 2018 The Associated Press. All rights reserved. This
/// material may not be published…"). It is furniture on any page, even the only one of its
/// outlet: wire copy carries the agency's notice whichever outlet prints it, so unrelated
/// stories would share its words and the agency's name, and a page whose body is little more
/// than the notice would look like no report of its event.
enum CopyrightNotice {
    /// Whether `paragraph` opens as a notice does: "Copyright", then "©" or a year.
    static func isNotice(_ paragraph: Substring) -> Bool {
        // Only the opening is read, and only past a first letter c: lowering every paragraph costs.
        guard let first = paragraph.utf8.first, first | 0x20 == UInt8(ascii: "c") else { return false }
        let opening = paragraph.prefix(12).lowercased()
        guard opening.hasPrefix("copyright") else { return false }
        let rest = opening.dropFirst("copyright".count).drop { $0 == " " }
        return rest.first.map { $0 == "©" || $0.isNumber } ?? false
    }
}
