import Testing
@testable import DocketCore

/// How `--everywhere` groups the copies of an ID and what it flags.
@Suite struct EverywhereGroupingTests {
    private static let here = IssueLocation(kind: .worktree, name: "/a", isHere: true)
    private static let feature = IssueLocation(kind: .branch, name: "feature", isHere: false)
    private static let remote = IssueLocation(kind: .remote, name: "origin/feature", isHere: false)

    private func copy(_ number: Int, _ title: String, _ state: IssueState = .open, at location: IssueLocation) -> IssueCopy {
        IssueCopy(issue: Issue(key: IssueKey(number: number), title: title, state: state, path: ".project/issues/\(state)/x.md"), location: location)
    }

    @Test func theSameIDWithDifferentTitlesIsACollision() throws {
        let groups = EverywhereIssue.group([copy(5, "Alpha", at: Self.here), copy(5, "Beta", at: Self.feature)], query: Query())
        let five = try #require(groups.first)
        #expect(five.collides)
        #expect(five.notes == ["collision: #5 is \"Alpha\" (here) vs \"Beta\" (feature); resolve before merging"])
    }

    @Test func theSameIssueInTwoPlacesIsNoCollision() throws {
        let groups = EverywhereIssue.group([copy(5, "Alpha", at: Self.here), copy(5, "Alpha", at: Self.remote)], query: Query())
        #expect(groups.count == 1)
        #expect(try #require(groups.first).collides == false)
        #expect(groups.first?.locationList == "here, origin/feature")
    }

    @Test func closedOnABranchButOpenHereIsFlagged() throws {
        let groups = EverywhereIssue.group([copy(5, "Alpha", at: Self.here), copy(5, "Alpha", .closed, at: Self.feature)], query: Query())
        let five = try #require(groups.first)
        #expect(five.closedElsewhere == [Self.feature])
        #expect(five.notes == ["closed on feature but open here"])
    }

    @Test func closedHereAndOpenOnABranchIsListedFromTheBranch() throws {
        let groups = EverywhereIssue.group([copy(5, "Alpha", .closed, at: Self.here), copy(5, "Alpha", at: Self.feature)], query: Query(state: .open))
        let five = try #require(groups.first)
        #expect(five.issue.state == .open)
        #expect(five.closedElsewhere.isEmpty)
    }

    @Test func anIDNoCopyOfWhichMatchesIsLeftOut() {
        let groups = EverywhereIssue.group([copy(5, "Alpha", .closed, at: Self.here)], query: Query(state: .open))
        #expect(groups.isEmpty)
    }

    @Test func theJSONHasLocationsCollisionAndClosedOn() throws {
        let groups = EverywhereIssue.group([copy(5, "Alpha", at: Self.here), copy(5, "Alpha", .closed, at: Self.feature)], query: Query())
        let json = try #require(groups.first).json(includeBody: false)
        #expect(json["collision"] == .bool(false))
        #expect(json["closed_on"] == .array([.string("feature")]))
        guard case .array(let locations)? = json["locations"] else {
            Testing.Issue.record("no locations")
            return
        }
        #expect(locations.map { $0["name"] } == [.string("/a"), .string("feature")])
        #expect(locations.map { $0["kind"] } == [.string("worktree"), .string("branch")])
        #expect(locations.map { $0["state"] } == [.string("open"), .string("closed")])
    }

    @Test(arguments: [
        ([String](), nil),
        (["#5"], "docket: ID #5 names different issues in different worktrees or branches; renumber one side before merging"),
        (["#1", "#2"], "docket: IDs #1, #2 name different issues in different worktrees or branches; renumber one side before merging"),
        ((1...12).map { "#\($0)" }, "docket: IDs #1, #2, #3, #4, #5, #6, #7, #8, #9, #10 and 2 more name different issues in different worktrees or branches; renumber one side before merging"),
    ] as [([String], String?)])
    func theCollisionSummaryNamesTenIDsAndCountsTheRest(ids: [String], summary: String?) {
        #expect(EverywherePrinter.collisionSummary(ids) == summary)
    }

    @Test func everywhereOutsideGitIsAnError() {
        let project = TestProject()
        let outcome = project.run("list", "--everywhere")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("--everywhere needs a git repository"))
    }

    @Test func everywhereDoesNotTakeAFormat() {
        let project = TestProject()
        #expect(project.run("list", "--everywhere", "--format", "{{id}}").exitCode == 64)
    }
}
