print("docket-bench: not yet")
