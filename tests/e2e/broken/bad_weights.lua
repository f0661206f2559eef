scenario { id = "broken-weights", title = "Broken", start = "a" }
scene "a" {
  choice { text = "Half", score = { resiliency = 1.5 }, next = "end" },
  choice { text = "Too much", score = { resiliency = 4 }, next = "end" },
  choice { text = "A string", score = { resiliency = "2" }, next = "end" },
}
scene "end" { ending = "Done" }
