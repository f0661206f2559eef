-- TITLE
--
-- Started from leadsim's template (leadsim new). Replace the placeholders,
-- keep what helps, delete the rest. docs/authoring.md explains every field;
-- docs/scoring-rubric.md says what each weight means.
--
--   leadsim check FILE            errors and warnings, with lines
--   leadsim play FILE --watch     play it; every save reloads it
--   leadsim explore FILE --styles does the scoring separate good play from poor?

scenario {
  id = "ID",
  title = "TITLE",
  role = "Who the player is, e.g. Director, County Health Department",
  summary = "One or two sentences that make someone want to play.",
  minutes = 20,
  start = "opening",
  meters = {
    trust  = { label = "Stakeholder trust", value = 50, order = 1 },
    morale = { label = "Staff morale", value = 60, order = 2 },
  },
  reflection = {
    "A question a room could argue about for ten minutes.",
    "Another, about a choice the player made early.",
    "A third, about what they would do differently.",
  },
}

scene "opening" {
  title = "Monday, 9:00 a.m.",
  speaker = "Someone the player works with",
  text = [[
    Set the situation in a few short paragraphs. Who is asking for what, by
    when, and what is at stake for the people the agency serves?

    End with the question the player must answer.
  ]],

  choice {
    id = "listen",
    text = "A thoughtful move that is strong on what this decision tests",
    score = { engaging_stakeholders = 2, effective_decision_making = 1 },
    effects = { trust = 5 },
    feedback = [[Two to four sentences, written to the player, saying in the
      framework's terms why this helps: what it shows, and what it costs.]],
    next = "consequence",
  },
  choice {
    id = "act",
    text = "A plausible move a busy leader might make for good reasons",
    -- A real trade-off: weaker overall, but stronger than the first on
    -- something, so a thoughtful player could defend it (check warns otherwise).
    score = { effective_decision_making = 2, engaging_stakeholders = -1 },
    effects = { morale = -5 },
    feedback = [[Be fair to the weaker choices too: what makes them tempting,
      and what they cost.]],
    -- A function next sends the story where earlier choices lead.
    next = function(s) s.acted_alone = true; return "consequence" end,
  },
  choice {
    id = "wait",
    text = "A cautious move that avoids the hard part",
    score = { effective_decision_making = -2 },
    feedback = [[Say plainly why avoiding the decision is itself a decision,
      and what it will cost later.]],
    next = "consequence",
  },
}

scene "consequence" {
  title = "Tuesday",
  -- A function text lets an earlier choice come back.
  text = function(s)
    if s.acted_alone then
      return "People noticed they were not asked. What now?"
    end
    return "The meeting went well. What now?"
  end,

  choice {
    text = "Repair what needs repairing, openly",
    when = function(s) return s.acted_alone end,   -- shown only on that path
    score = { receiving_feedback = 2, communication = 1 },
    effects = { trust = 5, morale = 5 },
    feedback = [[Feedback for the choice that only appears after acting alone.]],
    next = "verdict",
  },
  choice {
    text = "Build on the momentum with a clear plan",
    score = { planning_for_action = 2, communication = 1 },
    effects = { morale = 5 },
    feedback = [[Feedback for the strong general move.]],
    next = "verdict",
  },
  choice {
    text = "Move on to the next crisis",
    score = { planning_for_action = -1, communication = -1, effective_decision_making = 1 },
    effects = { trust = -5 },
    feedback = [[Feedback for the weak move: what it gets right, and what it costs.]],
    next = "verdict",
  },
}

-- A narration whose function next chooses the ending from the meters.
scene "verdict" {
  title = "Three months later",
  text = "How it turned out.",
  next = function(s)
    if s.trust >= 55 then return "good_ending" end
    return "hard_ending"
  end,
}

scene "good_ending" { ending = "It held", text = "What went right, and why." }
scene "hard_ending" { ending = "A hard landing", text = "What went wrong, and what it cost." }
