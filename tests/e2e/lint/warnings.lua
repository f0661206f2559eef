-- Loads without errors, but check should warn about every line marked below.
scenario { id = "lint-warnings", title = "Lint warnings", start = "a",
  meters = { trust = { label = "Trust", value = 50 } } }

scene "a" {
  text = "Two choices tie; one says nothing; one has no feedback.",
  choice { text = "Tie one", score = { communication = 2 }, feedback = "Fine.", next = "b" },
  choice { text = "Tie two", score = { resiliency = 2 }, feedback = "Fine.", next = "b" },   -- tied-strongest
  choice { text = "Says nothing", feedback = "Nothing to say.", next = "b" },               -- no-score
  choice { text = "No feedback", score = { communication = -1 }, next = "b" },              -- no-feedback
}

scene "b" {
  text = "Only ever penalized: managing_work.",
  choice { text = "Good", score = { communication = 1 }, feedback = "Fine.", next = "c" },
  choice { text = "Poor", score = { managing_work = -2 }, feedback = "Poor.", next = "c" },
  choice { text = "Wander off", score = { communication = -1 }, feedback = "Lost.", next = "loop_a" },
}

scene "c" {
  text = "A function next that fails on one branch.",
  choice { text = "Safe", score = { systems_thinking = 1 }, feedback = "Fine.", next = "done" },
  choice { text = "Broken", score = { systems_thinking = -1 }, feedback = "Poor.",
           next = function(s) return "nowhere" end },                                      -- runtime error, found by playing
}

scene "done" { ending = "The end" }
scene "orphan" { text = "Nothing leads here.", next = "done" }                              -- unreachable
scene "loop_a" { text = "Round", next = "loop_b" }                                          -- dead end
scene "loop_b" { text = "and round", next = "loop_a" }
