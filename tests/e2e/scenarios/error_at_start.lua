-- A runtime error before the first decision: its reproduce command has no choices.
scenario { id = "error-at-start", title = "Error at the start", start = "a" }

scene "a" {
  text = function(s) return "Day " .. s.day_count end,  -- s.day_count was never set
  choice { text = "Go on", score = { communication = 1 }, feedback = "Fine.", next = "b" },
  choice { text = "Wait", score = { communication = -1 }, feedback = "Less fine.", next = "b" },
}

scene "b" { ending = "Done", text = "The end." }
