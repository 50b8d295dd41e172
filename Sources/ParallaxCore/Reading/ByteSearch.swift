extension String {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes. The generic
    /// `firstRange(of:)` looks up type metadata on every call, which made asking it of every
    /// paragraph of a corpus a fifth of the time to read one.
    func containsBytes(of needle: String) -> Bool {
        var text = self, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { wanted in
                guard let first = wanted.first else { return true }
                guard haystack.count >= wanted.count else { return false }
                for start in 0...(haystack.count - wanted.count) where haystack[start] == first {
                    if (1..<wanted.count).allSatisfy({ haystack[start + $0] == wanted[$0] }) { return true }
                }
                return false
            }
        }
    }
}
