-- The strongest choice is shown last at 4 of the 7 decisions (third of three, or fourth of
-- four): cue-position, at the scenario's line. Lengths are alike and every decision has a
-- trade-off, so nothing else warns; explore --styles flags the last-option persona.
scenario { id = "position", title = "Position", start = "d1" }

scene "d1" {
  text = "The board wants an answer on the clinic hours by noon.",
  choice { text = "Write the board a note with your plan", score = { engaging_stakeholders = -1, communication = 2 },
           feedback = "Clear.", next = "d2" },
  choice { text = "Keep the current hours, say nothing", score = { engaging_stakeholders = 1, communication = -2 },
           feedback = "Quiet.", next = "d2" },
  choice { text = "Ask the clinic leads what they need", score = { engaging_stakeholders = 2, communication = 1 },
           feedback = "Heard.", next = "d2" },                      -- strongest, last
}

scene "d2" {
  text = "The budget office offers a one-time grant.",
  choice { text = "Spend it on overtime this quarter", score = { planning_for_action = -1, managing_resources = 2 },
           feedback = "Quick.", next = "d3" },
  choice { text = "Return it and ask again next year", score = { planning_for_action = 1, managing_resources = -2 },
           feedback = "Cautious.", next = "d3" },
  choice { text = "Give it to whoever asks for it first", score = { planning_for_action = -2, managing_resources = -1 },
           feedback = "Loose.", next = "d3" },
  choice { text = "Plan a phased use of it over the year", score = { planning_for_action = 2, managing_resources = 1 },
           feedback = "Planned.", next = "d3" },                    -- strongest, last
}

scene "d3" {
  text = "Two teams both claim the new data analyst.",
  choice { text = "Decide yourself and tell both teams", score = { collaborating_and_working_in_teams = -1, effective_decision_making = 2 },
           feedback = "Fast.", next = "d4" },
  choice { text = "Split the analyst's week between them", score = { collaborating_and_working_in_teams = 1, effective_decision_making = -2 },
           feedback = "Even.", next = "d4" },
  choice { text = "Have the two leads agree on a plan", score = { collaborating_and_working_in_teams = 2, effective_decision_making = 1 },
           feedback = "Shared.", next = "d4" },                     -- strongest, last
}

scene "d4" {
  text = "Wait times rose again last month.",
  choice { text = "Count the wait at each step this week", score = { systems_thinking = -1, measuring_performance = 2 },
           feedback = "Counted.", next = "d5" },
  choice { text = "Add a second intake desk for a month", score = { systems_thinking = 1, measuring_performance = -2 },
           feedback = "Tried.", next = "d5" },
  choice { text = "Tell staff to work faster for a while", score = { systems_thinking = -2, measuring_performance = -1 },
           feedback = "Pushed.", next = "d5" },
  choice { text = "Map where the handoffs slow things", score = { systems_thinking = 2, measuring_performance = 1 },
           feedback = "Mapped.", next = "d5" },                     -- strongest, last
}

scene "d5" {
  text = "A staff survey names you as hard to reach.",
  choice { text = "Hold open office hours every Friday", score = { self_awareness = 2, resiliency = 1 },
           feedback = "Open.", next = "d6" },                       -- strongest, first
  choice { text = "Reply to the survey with a defense", score = { self_awareness = 1, resiliency = -2 },
           feedback = "Defensive.", next = "d6" },
  choice { text = "Take a day off to think it over", score = { self_awareness = -1, resiliency = 2 },
           feedback = "Rested.", next = "d6" },
}

scene "d6" {
  text = "The state offers a pilot for a new intake system.",
  choice { text = "Wait a year, learn from other counties", score = { managing_change = 1, business_acumen = -2 },
           feedback = "Patient.", next = "d7" },
  choice { text = "Join the pilot and train two staff", score = { managing_change = 2, business_acumen = 1 },
           feedback = "Joined.", next = "d7" },                     -- strongest, second
  choice { text = "Ask the vendor for the full cost", score = { managing_change = -1, business_acumen = 2 },
           feedback = "Costed.", next = "d7" },
}

scene "d7" {
  text = "A reporter calls about the wait times.",
  choice { text = "Explain the plan and the numbers", score = { communicating_with_internal_and_external_audiences = 2, managing_work = 1 },
           feedback = "Open.", next = "done" },                     -- strongest, first
  choice { text = "Decline to comment until next month", score = { communicating_with_internal_and_external_audiences = -2, managing_work = -1 },
           feedback = "Closed.", next = "done" },
  choice { text = "Send a short written statement", score = { communicating_with_internal_and_external_audiences = -1, managing_work = 2 },
           feedback = "Brief.", next = "done" },
}

scene "done" { ending = "The year ends" }
