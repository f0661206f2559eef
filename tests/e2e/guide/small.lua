-- A small scenario for the facilitator's guide tests: a decision whose option loops back to
-- itself, a `next` function with two destinations, a choice shown only on some paths, a text
-- written by a function, a way back to the start, two endings, and characters that Markdown
-- and HTML must escape.
scenario {
  id = "guide-small",
  title = "The Small <Test> & Co",
  role = "Director, \"Test\" Agency",
  summary = [[A short scenario for the guide's tests: the budget is *short*
    and the board meets today.]],
  minutes = 5,
  start = "open",
  meters = {
    trust = { label = "Trust", value = 50 },
    gap = { label = "Budget gap ($M)", value = 10, max = 20, better = "lower" },
  },
  reflection = {
    "Who did you consult first, and why?",
    "What would you do differently with <more> time?",
  },
  closing = "Name one person you will bring in earlier next time.",
}

scene "open" {
  title = "Monday, 8:00 a.m.",
  speaker = "Dana Ortiz, Budget Director",
  text = [[
    The budget is short by 5% & the board meets <today>.

    Dana lists what is on the table:
    - a hiring freeze
    - a cut to travel
  ]],
  notes = [[Ask the room what they would do first, and who they would call.
    Calling the team is strongest; deciding alone is a close call.]],
  choice {
    text = "Call the team together before answering",
    score = { collaborating_and_working_in_teams = 2, effective_decision_making = 1 },
    effects = { trust = 10 },
    feedback = "Bringing the team in early builds ownership.",
    next = "team",
  },
  choice {
    text = "Decide alone tonight",
    score = { effective_decision_making = 2, collaborating_and_working_in_teams = -1 },
    effects = { trust = -10 },
    feedback = "Fast, but the team learns of it from the memo.",
    next = function(s) if s.trust < 45 then return "fallout" end return "team" end,
  },
  choice {
    text = "Ask the board for one more day",
    when = function(s) return s.visits.open < 2 end,
    score = { self_awareness = 1, effective_decision_making = -3 },
    feedback = "It buys a day, and costs the board's patience.",
    next = "open",
  },
}

scene "fallout" {
  title = "Monday, noon",
  text = "The team heard about the plan from the memo.",
  choice {
    text = "Apologize and reopen the plan with them",
    score = { receiving_feedback = 2 },
    effects = { trust = 10 },
    feedback = "Owning the misstep restores some trust.",
    next = "team",
  },
  choice {
    text = "Hold the line",
    score = { receiving_feedback = -2 },
    feedback = "The plan stands; the team stops offering ideas.",
    next = "close",
  },
}

scene "team" {
  title = "Tuesday",
  text = function(s) return "The team meets; trust stands at " .. s.trust .. "." end,
  next = "close",
}

scene "close" {
  title = "Friday",
  text = "The board wants the plan.",
  choice {
    text = "Present the plan",
    score = { communication = 2 },
    feedback = "Clear and on time.",
    next = function(s) if s.trust >= 55 then return "good" end return "hard" end,
  },
  choice {
    text = "Start again from Monday",
    when = function(s) return s.visits.open < 2 end,
    score = { communication = -1, resiliency = 1 },
    feedback = "A second try, at the cost of a week.",
    next = "open",
  },
}

scene "good" { ending = "A plan that holds", text = "The board approves the plan." }
scene "hard" { ending = "A hard landing", text = "The board sends the plan back." }
