import Foundation

/// File names for new issues (public so the benchmark writes exactly what Docket writes).
public enum Slug {
    /// The title in lowercase ASCII with everything else folded to `-`, at most 50
    /// characters, `issue` when nothing is left.
    public static func make(_ title: String) -> String {
        // Folding diacritics is slow; plain ASCII titles only need lower-casing.
        let folded = title.utf8.allSatisfy { $0 < 0x80 }
            ? title.lowercased()
            : title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.prefix(50))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "issue" : slug
    }

    /// `0012-slug.md`, or `SEC-002-slug.md` for a prefixed key.
    public static func fileName(for key: IssueKey, title: String) -> String {
        let number = key.prefix == nil ? IssueKey.pad(key.number, to: 4) : "\(key.prefix ?? "")-\(IssueKey.pad(key.number, to: 3))"
        return "\(number)-\(make(title)).md"
    }

    /// The key a file name suggests (`0012-x.md` → #12, `SEC-002-x.md` → SEC-002), used to
    /// find an issue without reading every file.
    static func key(fromFileName name: String) -> IssueKey? {
        let stem = name.hasSuffix(".md") ? name.dropLast(3) : Substring(name)
        let parts = stem.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard let first = parts.first else { return nil }
        if let number = IssueKey.number(from: first) { return IssueKey(number: number) }
        guard parts.count >= 2, first.allSatisfy({ $0.isASCII && $0.isUppercase }),
              let number = IssueKey.number(from: parts[1])
        else { return nil }
        return IssueKey(prefix: String(first), number: number)
    }
}
