import Foundation
@testable import DocketCore

/// A temporary directory with a Docket project in it, and a way to run `docket` in-process.
final class TestProject {
    let root: String
    var environment: [String: String] = ["USER": "tester", "DOCKET_ACTOR": "tester", "NO_COLOR": "1"]
    var now = Date(timeIntervalSince1970: 1_795_000_000)

    init(initialized: Bool = true) {
        let template = NSTemporaryDirectory() + "docket-test-XXXXXX"
        var bytes = Array(template.utf8CString)
        root = bytes.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        if initialized { run("init") }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Runs docket with `arguments` from the project root (or `directory`).
    @discardableResult
    func run(_ arguments: String..., stdin: String = "", in directory: String? = nil) -> Outcome {
        run(arguments, stdin: stdin, in: directory)
    }

    @discardableResult
    func run(_ arguments: [String], stdin: String = "", in directory: String? = nil) -> Outcome {
        let fixed = now
        return Docket.run(Invocation(
            arguments: arguments, environment: environment, currentDirectory: directory ?? root,
            standardInput: Data(stdin.utf8), now: { fixed }
        ))
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func read(_ relative: String) -> String {
        (try? String(contentsOfFile: path(relative), encoding: .utf8)) ?? ""
    }

    func write(_ relative: String, _ text: String) {
        let full = path(relative)
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    /// File names in `open/` or `closed/`, sorted.
    func files(_ state: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(".project/issues/\(state)"))) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
    }
}
