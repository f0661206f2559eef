-- The strongest choice is by far the longest (at least 1.3 times the next longest and 20
-- characters longer) at d1, d4 and, on most paths, d5; d2 and d3 each miss one of the two
-- tests. Lengths count characters, not bytes (d2's dashes are three bytes each). Three of
-- the five decisions show the strongest second, but five are too few for cue-position.
scenario { id = "longest", title = "Longest", start = "d1" }

scene "d1" {                                                        -- cue-longest: 98 characters against 43
  text = "The board wants an answer on the clinic hours by noon.",
  choice { text = "Ask the two clinic leads what their staff need, then write the board a note that explains the plan",
           score = { engaging_stakeholders = 2, communication = 1 }, feedback = "Heard.",
           next = function(s) s.listened = true; return "d2" end },
  choice { text = "Write the board a clear note with your plan", score = { engaging_stakeholders = -1, communication = 2 },
           feedback = "Clear.", next = "d2" },
  choice { text = "Keep the current hours and say nothing", score = { engaging_stakeholders = 1, communication = -2 },
           feedback = "Quiet.", next = "d2" },
}

scene "d2" {                                                        -- no cue: 1.7 times, but only 19 characters longer
  text = "The budget office offers a one-time grant.",
  choice { text = "Spend it all on overtime now", score = { planning_for_action = -1, managing_resources = 2 },
           feedback = "Quick.", next = "d3" },
  choice { text = "Plan it — phase it — over the year — with staff",
           score = { planning_for_action = 2, managing_resources = 1 }, feedback = "Planned.", next = "d3" },
  choice { text = "Return it and ask next year", score = { planning_for_action = 1, managing_resources = -2 },
           feedback = "Cautious.", next = "d3" },
}

scene "d3" {                                                        -- no cue: 20 characters longer, but only 1.25 times
  text = "Two teams both claim the new data analyst.",
  choice { text = "Decide yourself today, tell both teams why, and look at the split again in June", score = { collaborating_and_working_in_teams = -1, effective_decision_making = 2 },
           feedback = "Fast.", next = "d4" },
  choice { text = "Split the analyst's week evenly between the two teams", score = { collaborating_and_working_in_teams = 1, effective_decision_making = -2 },
           feedback = "Even.", next = "d4" },
  choice { text = "Have the two team leads agree on a shared plan for the analyst's first three months, with your help",
           score = { collaborating_and_working_in_teams = 2, effective_decision_making = 1 }, feedback = "Shared.", next = "d4" },
}

scene "d4" {                                                        -- cue-longest: a function text, as shown
  text = "Wait times rose again last month.",
  choice { text = "Count the wait at each step this week", score = { systems_thinking = -1, measuring_performance = 2 },
           feedback = "Counted.", next = "d5" },
  choice { text = function(s) return ("Map where the %d handoffs slow things down, with the staff who make them every day"):format(12) end,
           score = { systems_thinking = 2, measuring_performance = 1 }, feedback = "Mapped.", next = "d5" },
  choice { text = "Add a second intake desk for a month", score = { systems_thinking = 1, measuring_performance = -2 },
           feedback = "Tried.", next = "d5" },
}

scene "d5" {                                                        -- cue-longest, on the paths where d1's first choice was not taken
  text = "The state offers a pilot for a new intake system.",
  choice { text = "Ask the vendor for the full cost up front", score = { managing_change = -1, business_acumen = 2 },
           feedback = "Costed.", next = "done" },
  choice { text = function(s)
             if s.listened then return "Join the pilot and train two staff" end
             return "Join the pilot, train two staff first, and report back to the board each month"
           end,
           score = { managing_change = 2, business_acumen = 1 }, feedback = "Joined.", next = "done" },
  choice { text = "Wait a year and learn from other counties", score = { managing_change = 1, business_acumen = -2 },
           feedback = "Patient.", next = "done" },
}

scene "done" { ending = "The year ends" }
