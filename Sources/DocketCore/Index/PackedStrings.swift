/// Packs a list of strings into one text column and back.
///
/// Each item is written as its UTF-8 length, a colon and its bytes (`3:bug2:ui`), so any
/// character survives, separators and newlines included. The index stores labels,
/// `blocked_by` keys and extra fields this way to rebuild `Issue` values exactly.
enum PackedStrings {
    /// The items in packed form; `""` for no items.
    static func pack(_ items: [String]) -> String {
        var packed = ""
        for item in items {
            packed += String(item.utf8.count)
            packed += ":"
            packed += item
        }
        return packed
    }

    /// The items of a packed text. Text that is not in packed form yields the items read
    /// before the first malformed one (the index wrote it, so that only happens to a damaged row).
    static func unpack(_ packed: String) -> [String] {
        guard !packed.isEmpty else { return [] }
        var text = packed
        return text.withUTF8 { bytes in
            var items: [String] = []
            forEachItem(in: bytes) { items.append(String(decoding: $0, as: UTF8.self)) }
            return items
        }
    }

    /// Calls `body` with the bytes of each item of packed UTF-8 text, as `unpack` reads them.
    static func forEachItem(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var index = 0
        while index < bytes.count {
            var length = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, length < Int.max / 10 - 9 {
                length = length * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard index < bytes.count, bytes[index] == 0x3A, length <= bytes.count - index - 1 else { return }
            index += 1
            body(UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
            index += length
        }
    }

    /// Key and value pairs, packed as alternating items.
    static func pack(_ pairs: [(key: String, value: String)]) -> String {
        pack(pairs.flatMap { [$0.key, $0.value] })
    }

    /// The pairs of a text made by `pack(_:)` from pairs; an odd last item is dropped.
    static func unpackPairs(_ packed: String) -> [(key: String, value: String)] {
        let items = unpack(packed)
        return stride(from: 0, to: items.count - 1, by: 2).map { (key: items[$0], value: items[$0 + 1]) }
    }
}
