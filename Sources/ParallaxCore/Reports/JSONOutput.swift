import Foundation

/// JSON as the headless commands print it: pretty, keys sorted, slashes unescaped, and every
/// control character escaped (the encoder leaves DEL and C1 raw, which a terminal may obey).
public enum JSONOutput {
    public static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(value), as: UTF8.self)
        guard json.unicodeScalars.contains(where: VisibleText.isControl) else { return json }
        var out = ""
        for scalar in json.unicodeScalars {
            if VisibleText.isControl(scalar) && scalar != "\n" {
                out += String(format: "\\u%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
