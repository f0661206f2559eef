-- cue-no-trade-off: at d1 no alternative scores higher than the strongest on any competency;
-- at d3 the one alternative that would is shown only after d1's third choice, so on most
-- visits the decision has a right answer. d2 and d4 have real trade-offs.
scenario { id = "no-trade-off", title = "No trade-off", start = "d1" }

scene "d1" {                                                        -- cue-no-trade-off
  text = "The board wants an answer on the clinic hours by noon.",
  choice { text = "Write the board a note with your plan", score = { engaging_stakeholders = 1, communication = 1 },
           feedback = "Clear.", next = "d2" },
  choice { text = "Ask the clinic leads what they need", score = { engaging_stakeholders = 2, communication = 1 },
           feedback = "Heard.", next = "d2" },                      -- strongest
  choice { text = "Keep the current hours, say nothing", score = { engaging_stakeholders = -1 },
           feedback = "Quiet.", next = function(s) s.quiet = true; return "d2" end },
}

scene "d2" {                                                        -- a trade-off: choice 3 wins on managing_resources
  text = "The budget office offers a one-time grant.",
  choice { text = "Plan a phased use of it over the year", score = { planning_for_action = 2, managing_resources = 1 },
           feedback = "Planned.", next = "d3" },                    -- strongest
  choice { text = "Return it and ask again next year", score = { planning_for_action = 1, managing_resources = -2 },
           feedback = "Cautious.", next = "d3" },
  choice { text = "Spend it on overtime this quarter", score = { planning_for_action = -1, managing_resources = 2 },
           feedback = "Quick.", next = "d3" },
}

scene "d3" {                                                        -- cue-no-trade-off, on 2 visits in 3
  text = "Two teams both claim the new data analyst.",
  choice { text = "Split the analyst's week between them", score = { collaborating_and_working_in_teams = 1, effective_decision_making = -1 },
           feedback = "Even.", next = "d4" },
  choice { text = "Decide yourself and tell both teams", score = { collaborating_and_working_in_teams = -1, effective_decision_making = 2 },
           feedback = "Fast.", next = "d4", when = function(s) return s.quiet end },
  choice { text = "Have the two leads agree on a plan", score = { collaborating_and_working_in_teams = 2, effective_decision_making = 1 },
           feedback = "Shared.", next = "d4" },                     -- strongest
}

scene "d4" {                                                        -- no cue: the trade-off shows on 2 visits in 3
  text = "Wait times rose again last month.",
  choice { text = "Map where the handoffs slow things", score = { systems_thinking = 2, measuring_performance = 1 },
           feedback = "Mapped.", next = "done" },                   -- strongest
  choice { text = "Add a second intake desk for a month", score = { systems_thinking = 1, measuring_performance = -1 },
           feedback = "Tried.", next = "done" },
  choice { text = "Count the wait at each step this week", score = { systems_thinking = -1, measuring_performance = 2 },
           feedback = "Counted.", next = "done", when = function(s) return not s.quiet end },
}

scene "done" { ending = "The year ends" }
