scenario { id = "budget", title = "Budget", start = "a" }

scene "a" {
  text = "A decision.",
  choice { text = "Ask first", score = { communication = 1 }, feedback = "Good.", next = "b" },
  choice { text = "Decide alone", score = { communication = -1 }, feedback = "Less good.", next = "b" },
}

scene "b" { ending = "Done", text = "The end." }
