import Foundation
import Testing
@testable import DocketCore

/// `FileSystem.markdownFiles` lists each regular `.md` file once with its own stamp, for a
/// folder listed on one thread and for one long enough to be split between two.
@Suite struct FolderListingTests {
    @Test(arguments: [10, FileSystem.parallelStatThreshold + 7])
    func everyRegularMarkdownFileIsListedOnceWithItsSize(count: Int) throws {
        let project = TestProject(initialized: false)
        let folder = project.path("folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for number in 0..<count {
            project.write("folder/\(number).md", String(repeating: "x", count: number % 50))
        }
        project.write("folder/notes.txt", "not an issue")
        project.write("folder/.hidden.md", "hidden")
        try FileManager.default.createDirectory(atPath: folder + "/sub.md", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: folder + "/0.md")

        let entries = try FileSystem.markdownFiles(in: folder)
        #expect(entries.count == count)
        #expect(Set(entries.map(\.name)) == Set((0..<count).map { "\($0).md" }))
        #expect(entries.allSatisfy { Int64(Int($0.name.dropLast(3))! % 50) == $0.size })
    }
}
