/// The default `ISSUE_TEMPLATE.md`, embedded so that the `docket` binary works when it is
/// installed alone. A test keeps it identical to `Templates/ISSUE_TEMPLATE.md`.
enum DefaultTemplate {
    static let text = """
---
name: Issue
about: Docket's default template for a new issue.
labels: []
priority: medium
---

## Description

{{#body}}
{{body}}
{{/body}}
{{^body}}
What happened, and what did you expect instead?
{{/body}}

## Steps to reproduce

1.

## Notes

Filed by {{author}} on {{date}}{{#branch}} (branch `{{branch}}`){{/branch}}.

"""
}
