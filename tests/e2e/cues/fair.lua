-- No answer-key cues: options of similar length, the strongest at varied positions, and at
-- every decision an alternative that wins on some competency. check finds nothing, and no
-- surface persona of explore --styles beats random play.
scenario { id = "fair", title = "Fair", start = "d1" }

scene "d1" {
  text = "The board wants an answer on the clinic hours by noon.",
  choice { text = "Ask the two clinic leads what they need first",     -- strongest, first
           score = { engaging_stakeholders = 2, communication = 1 }, feedback = "Heard.", next = "d2" },
  choice { text = "Write the board a clear note with your plan", score = { engaging_stakeholders = -1, communication = 2 },
           feedback = "Clear.", next = "d2" },
  choice { text = "Keep the current hours and say nothing", score = { engaging_stakeholders = 1, communication = -2 },
           feedback = "Quiet.", next = "d2" },
}

scene "d2" {
  text = "The budget office offers a one-time grant.",
  choice { text = "Spend it all on overtime this quarter", score = { planning_for_action = -1, managing_resources = 2 },
           feedback = "Quick.", next = "d3" },
  choice { text = "Plan a phased use of it over the year",              -- strongest, second
           score = { planning_for_action = 2, managing_resources = 1 }, feedback = "Planned.", next = "d3" },
  choice { text = "Return it and ask again next year", score = { planning_for_action = 1, managing_resources = -2 },
           feedback = "Cautious.", next = "d3" },
}

scene "d3" {
  text = "Two teams both claim the new data analyst.",
  choice { text = "Decide yourself and tell both teams today", score = { collaborating_and_working_in_teams = -1, effective_decision_making = 2 },
           feedback = "Fast.", next = "d4" },
  choice { text = "Split the analyst's week between them", score = { collaborating_and_working_in_teams = 1, effective_decision_making = -2 },
           feedback = "Even.", next = "d4" },
  choice { text = "Have the two leads agree on a shared plan",         -- strongest, third
           score = { collaborating_and_working_in_teams = 2, effective_decision_making = 1 }, feedback = "Shared.", next = "d4" },
}

scene "d4" {
  text = "Wait times rose again last month.",
  choice { text = "Count the wait at each step this week", score = { systems_thinking = -1, measuring_performance = 2 },
           feedback = "Counted.", next = "d5" },
  choice { text = "Map where the handoffs slow things down",           -- strongest, second
           score = { systems_thinking = 2, measuring_performance = 1 }, feedback = "Mapped.", next = "d5" },
  choice { text = "Add a second intake desk for a month", score = { systems_thinking = 1, measuring_performance = -2 },
           feedback = "Tried.", next = "d5" },
}

scene "d5" {
  text = "A staff survey names you as hard to reach.",
  choice { text = "Reply to the survey with a long defense", score = { self_awareness = 1, resiliency = -2 },
           feedback = "Defensive.", next = "d6" },
  choice { text = "Take a day off to think it over", score = { self_awareness = -1, resiliency = 2 },
           feedback = "Rested.", next = "d6" },
  choice { text = "Hold open office hours every Friday",                -- strongest, third
           score = { self_awareness = 2, resiliency = 1 }, feedback = "Open.", next = "d6" },
}

scene "d6" {
  text = "The state offers a pilot for a new intake system.",
  choice { text = "Join the pilot and train two staff first",           -- strongest, first
           score = { managing_change = 2, business_acumen = 1 }, feedback = "Joined.", next = "done" },
  choice { text = "Ask the vendor for the full cost up front", score = { managing_change = -1, business_acumen = 2 },
           feedback = "Costed.", next = "done" },
  choice { text = "Wait a year and learn from other counties", score = { managing_change = 1, business_acumen = -2 },
           feedback = "Patient.", next = "done" },
}

scene "done" { ending = "The year ends" }
