/// The template `docket init --style protocol` installs: the `ISSUE-NNN` dialect with
/// bracket placeholders. A test keeps it identical to `Templates/ISSUE_TEMPLATE.protocol.md`.
enum IssueNNNDefaultTemplate {
    static let text = """
# ISSUE-[XXX]: [One line that names the problem]

**Severity**: CRITICAL | HIGH | MEDIUM | LOW
**Type**: Bug | Security | Performance | Technical Debt | Enhancement | Accessibility
**Discovered By**: [who noticed it: agent role or person]
**Discovered During**: [phase and task, or "ad-hoc review"]
**Affected Files**: [paths of the files involved]
**Assigned To**: [agent role, person, or unassigned]
**Status**: Open | In Progress | Resolved | Won't Fix

---

## Description

[What is wrong, stated precisely enough that someone else can find it. Quote code where it helps.]

## Reproduction / Evidence

[The steps that show the problem, or what you saw: commands, file paths with line numbers, error output.]

## Impact

[Who or what suffers, and how much: users, data, security, speed, upkeep.]

## Suggested Fix

[The approach you would take, if you have one, and the files it touches.]

## Resolution

[Written when the issue is closed: what changed, in which commit, and what is left to follow up.]

---

*Filed: YYYY-MM-DD*
*Resolved: *

"""
}
