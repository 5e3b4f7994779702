import Foundation
import Synchronization
import Testing
@testable import DocketCore

/// A command acts at one instant: a clock that moves on between two reads never gives one
/// write two different times.
@Suite struct OneInstantTests {
    /// A clock that is one second later every time it is read.
    final class TickingClock: Sendable {
        private let seconds = Mutex(1_795_000_000.0)

        func read() -> Date {
            seconds.withLock { value in
                value += 1
                return Date(timeIntervalSince1970: value)
            }
        }
    }

    private func run(_ project: TestProject, _ arguments: String...) -> Outcome {
        let clock = TickingClock()
        return Docket.run(Invocation(
            arguments: arguments, environment: project.environment, currentDirectory: project.root, now: { clock.read() }
        ))
    }

    private func frontMatterValue(_ key: String, in text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix("\(key): ") }.map { String($0.dropFirst(key.count + 2)) }
    }

    @Test func aCommentsHeadingCarriesTheSameTimeAsUpdated() throws {
        let project = TestProject()
        project.run("new", "Ticks", "-q")
        #expect(run(project, "comment", "1", "-m", "hello").exitCode == 0)
        let text = project.read(".project/issues/open/\(try #require(project.files("open").first))")
        let updated = try #require(frontMatterValue("updated", in: text))
        #expect(text.contains("### Comment by tester on \(updated)"))
    }

    @Test func closingWritesTheSameTimeToClosedAndUpdated() throws {
        let project = TestProject()
        project.run("new", "Ticks", "-q")
        #expect(run(project, "close", "1").exitCode == 0)
        let text = project.read(".project/issues/closed/\(try #require(project.files("closed").first))")
        #expect(frontMatterValue("closed", in: text) != nil)
        #expect(frontMatterValue("closed", in: text) == frontMatterValue("updated", in: text))
    }

    @Test func aNewIssueIsCreatedAndUpdatedAtOneTime() throws {
        let project = TestProject()
        #expect(run(project, "new", "Ticks", "-q").exitCode == 0)
        let text = project.read(".project/issues/open/\(try #require(project.files("open").first))")
        #expect(frontMatterValue("created", in: text) != nil)
        #expect(frontMatterValue("created", in: text) == frontMatterValue("updated", in: text))
    }
}
