scenario { id = "beta", title = "Beta", start = "a" }
scene "a" {
  choice { text = "Plan", score = { planning_for_action = 2, communication = 1 }, feedback = "Planned.", next = "e" },
  choice { text = "Improvise", score = { planning_for_action = -1 }, feedback = "Risky.", next = "e" },
}
scene "e" { ending = "Done" }
