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
    /// Read from the name's bytes: at 100,000 names, splitting each into `Substring`s cost
    /// more than listing the folders.
    static func key(fromFileName name: String) -> IssueKey? {
        var name = name
        return name.withUTF8 { bytes in
            let dash = UInt8(ascii: "-")
            let stem = FileSystem.isMarkdownName(bytes) ? bytes.dropLast(3) : bytes[...]
            let firstDash = stem.firstIndex(of: dash)
            let first = stem[..<(firstDash ?? stem.endIndex)]
            if let number = IssueKey.number(from: String(decoding: first, as: UTF8.self)) { return IssueKey(number: number) }
            guard let firstDash, first.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else { return nil }
            let rest = stem[(firstDash + 1)...]
            let second = rest[..<(rest.firstIndex(of: dash) ?? rest.endIndex)]
            guard let number = IssueKey.number(from: String(decoding: second, as: UTF8.self)) else { return nil }
            return IssueKey(prefix: String(decoding: first, as: UTF8.self), number: number)
        }
    }
}
