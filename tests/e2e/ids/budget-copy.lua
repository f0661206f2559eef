-- Copied from another scenario, with the id left as it was: check warns, since
-- `leadsim play budget-copy` and results by id would mix the two up.
scenario { id = "budget", title = "Budget", start = "a" }

scene "a" {
  text = "A decision.",
  choice { text = "Ask first", score = { communication = 1 }, feedback = "Good.", next = "b" },
  choice { text = "Decide alone", score = { communication = -1 }, feedback = "Less good.", next = "b" },
}

scene "b" { ending = "Done", text = "The end." }
