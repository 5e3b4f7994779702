import Testing
@testable import DocketCore

@Suite struct LosslessUTF8Tests {
    static let samples: [[UInt8]] = [
        [],
        Array("plain ASCII\n".utf8),
        Array("naïve 日本語 🎉\r\n".utf8),
        [0xFF, 0xFE, 0x41],                  // bytes that start no character
        [0x63, 0x61, 0x66, 0xE9, 0x0A],      // Latin-1 "café"
        [0xE2, 0x82],                        // a character cut short at the end
        [0xC0, 0xAF],                        // an overlong encoding
        [0xED, 0xA0, 0x80],                  // an encoded surrogate
        [0xF4, 0x90, 0x80, 0x80],            // past U+10FFFF
        [0xF4, 0x8F, 0xBE, 0x80],            // a valid U+10FF80: the stand-ins' own range
        [0xEF, 0xBB, 0xBF, 0x2D, 0x2D, 0x2D], // a BOM
    ]

    @Test(arguments: samples)
    func everyByteSequenceRoundTrips(_ bytes: [UInt8]) {
        #expect(LosslessUTF8.encode(LosslessUTF8.decode(bytes)) == bytes)
    }

    @Test func validTextDecodesAsUsual() {
        let text = "naïve 日本語 🎉\r\n"
        #expect(LosslessUTF8.decode(Array(text.utf8)) == text)
    }

    @Test func anInvalidByteBecomesItsStandInCodePoint() {
        let scalars = Array(LosslessUTF8.decode([0x61, 0xFF]).unicodeScalars)
        #expect(scalars.map(\.value) == [0x61, 0x10_FFFF])
        #expect(LosslessUTF8.rawByte(scalars[1]) == 0xFF)
    }

    @Test func randomBytesRoundTrip() {
        var generator = SplitMix64(seed: 10)
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...64, using: &generator)
            // Bias towards the bytes that make and break multi-byte sequences.
            let alphabet: [UInt8] = [0x41, 0x0A, 0x0D, 0x80, 0x8F, 0xBE, 0xBF, 0xC2, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xFF]
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            #expect(LosslessUTF8.encode(LosslessUTF8.decode(bytes)) == bytes, "\(bytes)")
        }
    }
}
