/// Turns any bytes into a `String` and back without losing one, so that a file holding
/// invalid UTF-8 keeps those bytes through a surgical edit.
///
/// A byte that is not part of valid UTF-8 becomes the code point U+10FF00 + byte (U+10FF80
/// to U+10FFFF, the end of plane 16's private use area), and encoding turns each such code
/// point back into its byte. A valid encoding of one of those code points in the input is
/// itself taken apart byte by byte, so every input round-trips exactly. Printers show these
/// code points as `\xNN`.
enum LosslessUTF8 {
    /// The code point that stands for a raw byte.
    static let base: UInt32 = 0x10_FF00

    /// Whether a scalar stands for a raw byte; `byte` is that byte.
    static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= base + 0x80 ? UInt8(truncatingIfNeeded: scalar.value - base) : nil
    }

    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        if let text = bytes.withContiguousStorageIfAvailable({ fastDecode($0) }) ?? nil { return text }
        return slowDecode(Array(bytes))
    }

    static func encode(_ text: String) -> [UInt8] {
        var utf8 = Array(text.utf8)
        // Every stand-in code point is encoded starting F4 8F BE or F4 8F BF.
        guard utf8.contains(0xF4) else { return utf8 }
        utf8.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            if let byte = rawByte(scalar) {
                utf8.append(byte)
            } else {
                utf8.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return utf8
    }

    /// Valid UTF-8 without any stand-in code point decodes as usual.
    private static func fastDecode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        guard bytes.contains(0xF4), text.unicodeScalars.contains(where: { rawByte($0) != nil }) else { return text }
        return nil
    }

    private static func slowDecode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            if let (scalar, length) = scalar(in: bytes, at: index), rawByte(scalar) == nil {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(Unicode.Scalar(base + UInt32(bytes[index]))!)
                index += 1
            }
        }
        return String(scalars)
    }

    /// The well-formed scalar starting at `index`, with its length, or nil.
    private static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: [UInt32] = [0, 0, 0x80, 0x800, 0x10000]
        guard value >= smallest[length], let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
