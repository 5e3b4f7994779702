/// An issue form as the template `docket new` files from: the form's keys are the defaults
/// and the body is the filled form, which `new` places as `{{body}}`.
extension IssueTemplate {
    init(form: IssueForm) {
        self.form = form
        name = form.name
        about = form.description
        titlePrefix = form.titlePrefix
        labels = form.labels
        priority = nil
        assignee = form.assignees.first
        fields = form.type.map { [("type", $0)] } ?? []
        source = "{{body}}\n"
        path = form.path
        bodyLineOffset = 0
    }
}
