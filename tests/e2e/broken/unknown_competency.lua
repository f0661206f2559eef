scenario { id = "broken-competency", title = "Broken", start = "a" }
scene "a" {
  choice {
    text = "Talk to everyone",
    score = { engaging_stakeholder = 2, comunication = 1 },
    next = "end",
  },
}
scene "end" { ending = "Done" }
