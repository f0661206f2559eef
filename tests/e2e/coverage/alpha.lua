scenario { id = "alpha", title = "Alpha", start = "a" }
scene "a" {
  choice { text = "Listen", score = { engaging_stakeholders = 2, communication = 1 }, feedback = "Good.", next = "b" },
  choice { text = "Decide alone", score = { engaging_stakeholders = -1, effective_decision_making = 1 }, feedback = "Fast.", next = "b" },
}
scene "b" {
  choice { text = "Explain", score = { communication = 2 }, feedback = "Clear.", next = "e" },
  choice { text = "Say nothing", score = { communication = -1 }, feedback = "Silent.", next = "e" },
}
scene "e" { ending = "Done" }
