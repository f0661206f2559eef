-- The Twelve Percent
--
-- A state Medicaid director has five days to find 12% of the agency's state
-- funds for next year's budget. There is no painless answer; the scenario
-- rewards leaders who clarify the ask, protect members' access, understand
-- how Medicaid money works (and what federal law now allows), bring people
-- along, and tell the truth about trade-offs.
--
-- The policy setting: December 2026, in a state that expanded Medicaid. The
-- federal budget law of July 2025 (H.R. 1) is in force: no state may add a
-- provider tax or raise the rate of one it has, and the ceiling on existing
-- taxes in expansion states starts to come down in October 2027. Rate cuts
-- need a state plan amendment, public notice before they take effect and an
-- access analysis; capitation rates must stay actuarially sound. The state's
-- regular match rate (FMAP) is about 60%, so most services draw $1.50 of
-- federal money per state dollar; expansion adults are matched at 90%, $9 per
-- state dollar, so a cut that reaches them loses far more.
--
-- How this file is built (copy it to start your own):
--   * scenario { } describes the whole thing: meters, reflection questions.
--   * scene "id" { } is one screen. A scene with choices is a decision; one
--     with `next` is narration (Continue); one with `ending` ends the story.
--   * Weights in `score` follow docs/scoring-rubric.md: +3 exemplary,
--     +2 strong, +1 helpful, -1 unhelpful, -2 harmful, -3 seriously harmful.
--     Only score the competencies a choice really tests.
--   * Options read alike: similar length, equal care, each one something a
--     real director might choose for a real reason. The strongest sits at a
--     different place from one decision to the next, and at many decisions a
--     second option is within a point or two of it, stronger on a different
--     competency (a trade-off the debrief shows as one). Weak options carry a
--     real strength too (speed, loyalty, a rule that exists), so `check`
--     finds no answer-key cue.
--   * Each choice has an `id`, so saves and logs name it even if the order of
--     the options changes.
--   * Flags on the state `s` (s.asked_revenue, s.dental_cut, ...) carry early
--     choices forward: look for `when`, function `text`, `next` and `effects`.
--   * s.random gives good process its share of bad luck (the rebate bid, the
--     dental model), the same way every time for a given seed.
--   * `notes` on the pivotal scenes are for a facilitator; players never see
--     them.

scenario {
  id = "twelve-percent",
  title = "The Twelve Percent",
  role = "Director, State Medicaid Agency",
  summary = "December 2026. The Governor's budget for the year starting July 1 takes 12% of "
         .. "your agency's state funds, $300 million, and your package is due on her desk by "
         .. "Friday at 5 p.m. Your program covers 1.4 million people, and since H.R. 1 the "
         .. "state can no longer raise a provider tax to fill the hole.",
  minutes = 20,
  start = "briefing",
  meters = {
    gap    = { label = "Savings still to find ($M)", value = 300, min = 0, max = 400, order = 1,
               better = "lower" },
    access = { label = "Members' access to care", value = 75, order = 2 },
    trust  = { label = "Stakeholder trust", value = 50, order = 3 },
    morale = { label = "Staff morale", value = 60, order = 4 },
  },
  reflection = {
    "Which of your early choices made the rest of the week easier or harder, and why?",
    "Whose voices shaped your package, and whose were missing until it was too late?",
    "Where did you trade members' access for savings? Would you defend that trade in front of the members affected?",
    "What did you learn this week about how Medicaid money works, and what federal law now allows, that you wish you had known on Monday?",
  },
  closing = "Name one thing you would do in the first hour of the next budget crisis that you did not do this time.",
}

-- ---------------------------------------------------------------- Monday

scene "briefing" {
  title = "Monday, December 7, 7:45 a.m.",
  speaker = "Dana Ortiz, Chief Financial Officer",
  text = [[
    Dana is waiting at your office door with a one-page memo from the
    Governor's budget office. Next year's revenue forecast came in low, and
    the Governor's budget, which goes to the legislature in January, will cut
    12% from every agency's state general fund base for the fiscal year that
    starts July 1. For you that is $300 million, due as a package on the
    Governor's desk by Friday at 5 p.m.

    "You know what this means for us," Dana says. "For most of what we buy,
    every state dollar we cut from services costs us about a dollar fifty in
    federal match, and for the expansion adults it's nine. Three hundred
    million of state money is at least seven hundred fifty million in care.
    And the old escape hatch is shut: since H.R. 1, we can't raise the
    hospital assessment or start a new one."

    Your leadership team meets at ten. The budget office's analyst, Kevin
    Marsh, has left a voicemail offering to talk.
  ]],
  notes = [[
    The first hour sets the week. Both strong openings are defensible: the
    call to Kevin learns what the Governor will accept, and the early team
    meeting builds ownership before anyone anchors on numbers. Ask the room
    which they would do first and what each costs. The across-the-board email
    and the solo draft are the common real-world moves; draw out why they
    feel fair or responsible, and what they give away.
  ]],

  choice {
    id = "convene_team",
    text = "Move the ten o'clock up to 8:30 and frame the problem with the team before anyone drafts numbers",
    score = { collaborating_and_working_in_teams = 2, planning_for_action = 1 },
    effects = { morale = 5 },
    feedback = [[Bringing the team in early builds shared ownership of a painful
      package and surfaces options you would not see alone. You have not yet
      tested what the budget office will accept, so some of that early work may
      aim at the wrong target; a call to Kevin first would have learned that,
      at the cost of an hour of the team's time.]],
    next = function(s) s.open_options = true; return "team_meeting" end,
  },
  choice {
    id = "call_budget_office",
    text = "Call Kevin Marsh first, to learn what is behind the number and what will count toward it",
    score = { business_acumen = 2, engaging_stakeholders = 1, effective_decision_making = 1 },
    effects = { trust = 2 },
    feedback = [[Clarifying the ask before designing the answer is sound public
      administration: the same target can be met many ways, and the budget office
      knows which ones the Governor will accept. It also starts a working
      relationship with the people who will judge your package. The team waits
      until ten, and hears the frame from you rather than building it.]],
    next = "budget_office",
  },
  choice {
    id = "across_the_board",
    text = "Ask each division chief for a plan to cut 12% by Wednesday, so every area shares the load",
    score = { managing_resources = -1, systems_thinking = -2, developing_directing_and_delegating = 1 },
    effects = { morale = -5 },
    feedback = [[Across-the-board targets feel fair and delegate the work
      quickly. But they treat every dollar as equal, and in Medicaid they are
      not: administration draws a different federal match from services, and
      cutting prevention avoids nothing later. Deciding where the money comes
      from is the director's job.]],
    next = function(s) s.across_the_board = true; return "team_meeting" end,
  },
  choice {
    id = "draft_alone",
    text = "Close your door and draft a cut list yourself, so the ten o'clock has something concrete",
    score = { collaborating_and_working_in_teams = -2, planning_for_action = 1, self_awareness = -1 },
    effects = { morale = -5 },
    feedback = [[A concrete draft can speed a group up, and your instinct to take
      responsibility is a good one. But a director's draft anchors the
      discussion: people defend or attack your list instead of bringing their own
      knowledge, and they notice they were not asked.]],
    next = "solo_draft",
  },
}

scene "solo_draft" {
  title = "Monday, 9:50 a.m.",
  text = [[
    Your list is done by ten: a 5% provider rate cut, ending adult dental,
    tighter prior authorization. It gets most of the way to the number. When
    you hand it round, the room goes quiet, and Dr. Okafor, your medical
    director, asks whether anyone looked at what ending dental did to
    emergency visits the last time a state tried it. Nobody had.
  ]],
  next = function(s) s.drafted_alone = true; return "team_meeting" end,
}

scene "budget_office" {
  title = "Monday, 8:15 a.m.",
  speaker = "Kevin Marsh, Governor's Office of Budget and Management",
  text = [[
    Kevin is candid. "The number is firm. The Governor will not accept cuts to
    children's coverage, and she hates gimmicks that just move the hole into
    the year after. Beyond that, it's your call." He pauses. "Off the record,
    the financing side is not closed. If you brought me a real proposal, not a
    trick, I could count it."
  ]],

  choice {
    id = "push_back",
    text = "Tell Kevin that 12% in five days is not realistic, and ask him to lower the target",
    score = { managing_conflict_and_negotiating = -1, engaging_stakeholders = -1, communication = 1 },
    effects = { trust = -3 },
    feedback = [[Naming a real constraint plainly has value, and someone should
      say it. But opening with refusal before you have any analysis signals that
      you will be a problem rather than a partner, and Kevin has already told
      you the number is firm. Spend that credibility later, on specific
      trade-offs, with evidence.]],
    next = "team_meeting",
  },
  choice {
    id = "bigger_assessment",
    text = "Ask whether a larger hospital assessment would count; the hospitals offered to pay more before",
    score = { business_acumen = -2, technical_learning = -1, managing_resources = 1 },
    effects = { trust = -2 },
    feedback = [[It was the standard answer for thirty years, and the hospitals
      did once offer. But H.R. 1 bars any state from raising a provider tax or
      starting a new one, and Kevin has to remind you. He will still count a
      real financing proposal, but you have shown him how much of the new
      federal law you have yet to learn.]],
    next = function(s) s.asked_revenue = true; return "team_meeting" end,
  },
  choice {
    id = "what_counts",
    text = "Ask what financing would count, and whether redirecting part of the existing assessment would",
    score = { business_acumen = 3, technical_learning = 1 },
    feedback = [[Asking precisely which solutions count turns a cut exercise into
      a financing problem with more than one lever. You cannot grow the hospital
      assessment, but how its proceeds are used is a state choice; knowing on
      Monday that Kevin would count that gives you the week to build it
      properly, and to face the hospitals about it.]],
    next = function(s) s.asked_revenue = true; return "team_meeting" end,
  },
  choice {
    id = "confirm",
    text = "Thank him, confirm the Friday deadline, and promise a complete package on time",
    score = { communication = 1, engaging_stakeholders = 1, business_acumen = -1 },
    feedback = [[Courteous and clear, and you learned the Governor's two red
      lines. But Kevin offered an opening and you let it pass: understanding
      what counts toward the target is part of the business of public
      budgeting.]],
    next = "team_meeting",
  },
}

scene "team_meeting" {
  title = "Monday morning",
  speaker = "Your leadership team",
  -- A function text lets earlier choices change what the player reads.
  text = function(s)
    local opening
    if s.across_the_board then
      opening = [[The division chiefs arrive already defensive: your email asked
        each of them for 12%, and Luis Reyes, your operations deputy, points
        out that 12% of eligibility staff would stall renewals in three
        counties just as the new federal work requirements start in January.]]
    elseif s.drafted_alone then
      opening = [[The team has your list in front of them. Everyone is polite.
        Nobody proposes anything that is not already on it.]]
    else
      opening = [[The team is all here: Dana from finance, Dr. Amara Okafor,
        Luis Reyes from operations, and Priya Shah from pharmacy.]]
    end
    return opening .. [[


      Dana puts the number on the whiteboard: $300 million, by Friday. How do
      you want the team to work this week?]]
  end,

  choice {
    id = "deputy_targets",
    text = "Give each deputy a savings target for their area, and ask for options by tomorrow morning",
    score = { developing_directing_and_delegating = 1, managing_work = 1, managing_resources = 1, systems_thinking = -1 },
    feedback = [[Clear assignments and a deadline will produce options quickly,
      and your deputies know their areas. Splitting the target by area,
      however, hides the trade-offs between them: a pharmacy saving and a
      hospital cut land on the same members, and only you can weigh one
      against the other.]],
    next = "monday_night",
  },
  choice {
    id = "every_idea",
    text = "Ask for every idea on the table, financing and redesign included, and sort them together tomorrow",
    score = { leading_innovation = 2, collaborating_and_working_in_teams = 2, planning_for_action = -1 },
    effects = { morale = 4 },
    feedback = [[Opening the field invites second-order ideas, not just trims to
      the current system, and the team feels it. Without criteria, though,
      tomorrow's sorting will be a contest of advocates, and the loudest idea
      may win rather than the best.]],
    next = function(s) s.open_options = true; return "monday_night" end,
  },
  choice {
    id = "data_only",
    text = "Ask the team for data only, and make the hard calls yourself, so any blame lands on you and not on them",
    score = { collaborating_and_working_in_teams = -2, developing_directing_and_delegating = -1, self_awareness = -1 },
    effects = { morale = -6 },
    feedback = [[Wanting to carry the weight yourself is generous, but it wastes
      the judgment of people who know these programs better than you do, and
      it tells them they are analysts rather than leaders. Protection that
      shuts people out rarely feels like protection to them.]],
    next = "monday_night",
  },
  choice {
    id = "set_criteria",
    text = "Agree criteria first: protect children and core care, keep federal match, only what starts July 1",
    score = { vision_and_purpose = 2, planning_for_action = 2, managing_work = 1 },
    effects = { morale = 3 },
    feedback = [[Criteria agreed in advance turn a fight over dollars into a
      shared judgment about values, and they will let you explain every item
      on Friday. Federal match as a criterion shows you know how it multiplies
      state cuts, and "only what can start July 1" keeps the list to what the
      agency can deliver. It narrows the field early; a wilder idea or two may
      never get said.]],
    next = function(s) s.criteria = true; s.open_options = true; return "monday_night" end,
  },
}

scene "monday_night" {
  title = "Monday, 9:40 p.m.",
  text = function(s)
    -- s.random is deterministic for a given seed, so replays are exact.
    local callers = { "the hospital association", "the dental society", "a legislator's chief of staff" }
    return [[Dana's options memo arrives with a list of levers and what each
      would save in a full year from July 1. Your phone has three missed
      calls; word is already out, and the first was from ]] .. callers[s.random(1, #callers)] .. [[.

      Tomorrow you will have to start choosing.]]
  end,
  next = "pharmacy",
}

-- ---------------------------------------------------------------- Tuesday

scene "pharmacy" {
  title = "Tuesday, 8:00 a.m.",
  speaker = "Priya Shah, Pharmacy Director",
  text = [[
    Priya walks you through pharmacy, the fastest-growing line in the budget.
    Her team estimates $45 million from moving more drugs onto the preferred
    drug list and negotiating supplemental rebates with manufacturers.

    "We could get more," she says, "by putting prior authorization on every
    high-cost drug. By law each request gets an answer within 24 hours, and
    the pharmacy can hand out a 72-hour emergency supply while it waits. But
    prescribers will revolt, our call center will drown, and some people
    will walk away from the counter when the supply runs out and the
    paperwork hasn't."
  ]],

  choice {
    id = "learn_rebates",
    text = "Ask Priya to walk you through the rebate math before you commit to any number",
    score = { technical_learning = 3, business_acumen = 2 },
    -- Good process, uncertain luck: the second bidder may or may not come in.
    effects = function(s)
      if s.random(1, 3) == 1 then
        s.gap = s.gap - 40; s.rebate_bid = "lost"
      else
        s.gap = s.gap - 50; s.rebate_bid = "won"
      end
      s.access = s.access - 1
    end,
    feedback = [[Twenty minutes of learning show that part of the estimate
      counted federal rebates the state already receives, and that a second
      manufacturer might bid. Whether it does is out of your hands, but the
      number you commit to is one you can defend line by line, and you will be
      able to explain it to legislators yourself.]],
    next = function(s) s.understands_rebates = true; return "rebate_result" end,
  },
  choice {
    id = "book_pdl",
    text = "Book the $45 million from the drug list and rebates, and move straight on to rates",
    score = { managing_resources = 2, business_acumen = 1, balancing_strategic_focus_and_agility = 1 },
    effects = { gap = -45, access = -1 },
    feedback = [[A solid, defensible saving that protects access, booked fast in
      a week with no time to spare. You took the estimate on trust, though, and
      rebate estimates are easy to double-count; a director need not do the
      math, but should know it well enough to tell which numbers are soft.]],
    next = "rates",
  },
  choice {
    id = "blanket_pa",
    text = "Put prior authorization on every high-cost drug and book the larger $75 million",
    score = { managing_resources = 1, improving_health_outcomes = -2, engaging_stakeholders = -1 },
    effects = { gap = -75, access = -6, trust = -4 },
    feedback = [[The number is bigger, and the 24-hour answer and emergency
      supply mean nobody is refused outright. But blanket prior authorization
      works by adding friction for people with cancer, HIV and serious mental
      illness, and the cost of the gaps often lands in hospitals later.
      Savings that work by making care harder to reach are paid for by
      members.]],
    next = "rates",
  },
  choice {
    id = "purchasing_pool",
    text = "Leave pharmacy for now; the multistate purchasing pool will pay off in two years",
    score = { leading_innovation = 1, managing_resources = -2, balancing_strategic_focus_and_agility = -1 },
    feedback = [[A purchasing pool is a genuine second-order idea, and worth
      pursuing. But it does nothing for Friday, and setting aside the one lever
      that protects access leaves harder cuts for everything else. Long-term
      strategy has to coexist with this year's obligations.]],
    next = function(s) s.pool = true; return "rates" end,
  },
}

scene "rebate_result" {
  title = "Tuesday, 10:30 a.m.",
  speaker = "Priya Shah, Pharmacy Director",
  text = function(s)
    if s.rebate_bid == "lost" then
      return [[The second manufacturer declines to bid. Without the double
        count, Priya's defensible number is $40 million, a little less than
        the first estimate. "At least it's real," she says.]]
    end
    return [[The second manufacturer bids. Without the double count and with
      the new offer, Priya's number is $50 million, and every line of it will
      survive a legislative audit.]]
  end,
  next = "rates",
}

scene "rates" {
  title = "Tuesday, 11:30 a.m.",
  speaker = "Dana Ortiz, Chief Financial Officer",
  text = [[
    Provider payments are the biggest lever, and none of them moves before
    July 1: a rate change needs a state plan amendment, public notice before
    it takes effect, and an analysis showing members can still find care.

    - A 5% cut to every fee-for-service rate, carried into the plans'
      capitation rates, would save about $130 million in a full year.
    - Freezing July's inflation updates for nursing facilities and home
      health, and setting the plans' administrative allowance at the low end
      of the actuary's sound range, while protecting primary care, dental and
      rural hospitals, would save about $80 million.
    - Dr. Okafor adds that the plans have been slow to reduce avoidable
      emergency visits and readmissions. The actuary could build an
      efficiency adjustment for them into July's rates, with a withhold the
      plans earn back by meeting targets: about $60 million, if the data hold.
  ]],
  notes = [[
    A genuine close call between the targeted freeze and the efficiency
    adjustment: one is surer money and protects the fragile providers, the
    other pays for results and builds measurement the agency will need. Ask
    who in the room would pick each, and why. Note the process facts: no
    rate change "saves at once", and capitation can only move within what
    the actuary can certify as sound.
  ]],

  choice {
    id = "leave_rates",
    text = "Leave provider rates alone this year; too many providers are already leaving Medicaid",
    score = { managing_resources = -2, effective_decision_making = -1, improving_health_outcomes = 1 },
    effects = { trust = 4 },
    feedback = [[You are right that rates are fragile, and protecting access
      matters. But payments to providers are most of the budget; ruling them
      out entirely leaves $300 million to come from much smaller lines, which
      will be cut far deeper. Avoiding a hard decision is itself a decision.]],
    next = "benefits",
  },
  choice {
    id = "flat_cut",
    text = "Cut every fee-for-service rate by 5% from July 1, and carry the cut into the plans' capitation rates",
    score = { business_acumen = 1, improving_health_outcomes = -2, systems_thinking = -2 },
    effects = { gap = -130, access = -12, trust = -12 },
    feedback = [[It closes a large part of the gap in one stroke, and you knew
      the mechanics: the amendment, the notice, the pass-through to the plans.
      But Medicaid rates are already below what many providers accept; a flat
      cut pushes dentists, rural hospitals and specialists out and moves costs
      into emergency rooms, and the access analysis will say so in writing.]],
    next = function(s) s.rate_cut = true; return "benefits" end,
  },
  choice {
    id = "targeted_freeze",
    text = "Freeze nursing-home and home-health updates, trim plan admin to the floor, protect primary care",
    score = { managing_resources = 2, systems_thinking = 2, improving_health_outcomes = 1 },
    effects = { gap = -80, access = -2, trust = -4 },
    feedback = [[A targeted freeze asks the most of those with the most room,
      and protects the providers whose loss would hurt access most. It is the
      kind of trade-off you can explain with your criteria. Nursing homes will
      fight it, and home-health agencies, already short of aides, will tell
      you who it hurts.]],
    next = "benefits",
  },
  choice {
    id = "efficiency_adjustment",
    text = "Have the actuary price avoidable ER visits and readmissions into July's rates, with a withhold",
    score = { measuring_performance = 2, leading_innovation = 2, business_acumen = 1, improving_health_outcomes = 1 },
    effects = function(s)
      -- Whether the data support the full adjustment is not in your hands.
      if s.random(1, 4) == 1 then s.gap = s.gap - 45 else s.gap = s.gap - 60 end
      s.access = s.access - 2
      s.trust = s.trust - 3
    end,
    feedback = [[Paying for results puts the savings where care can improve,
      and an efficiency adjustment the actuary can certify, with a withhold the
      plans can really earn back, keeps the rates sound. It rests on data the
      actuary must accept, so the saving is less certain than a freeze, and
      the plans will contest every assumption in it.]],
    next = function(s) s.efficiency = true; return "benefits" end,
  },
}

scene "benefits" {
  title = "Tuesday, 2:00 p.m.",
  speaker = "Dr. Amara Okafor, Medical Director",
  text = [[
    Optional benefits for adults are next: dental, vision, podiatry. Federal
    law does not require them, so they are always on the list. Ending adult
    dental from July 1 would save $55 million. Limiting it to preventive and
    emergency care, with an annual cap, would save $25 million.

    "When another state ended adult dental," Dr. Okafor says, "emergency
    visits for dental pain rose sharply, and so did complications for people
    with diabetes. I can model what it would do here, but not by tonight, and
    the claims vendor has missed dates before."
  ]],

  choice {
    id = "end_dental",
    text = "End optional adult dental coverage from July 1, and book the full $55 million it saves",
    score = { managing_resources = 1, improving_health_outcomes = -2, systems_thinking = -2 },
    effects = { gap = -55, access = -10, trust = -8 },
    feedback = [[The saving is real on paper, and "optional" is the word budget
      offices look for. But much of it returns as emergency visits,
      extractions instead of treatment and worse control of chronic disease.
      Cutting prevention is a classic way to move cost from one line to
      another.]],
    next = function(s) s.dental_cut = true; return "leak" end,
  },
  choice {
    id = "limit_dental",
    text = "Keep adult dental, limited to preventive and emergency care with an annual cap",
    score = { managing_resources = 1, improving_health_outcomes = 1, systems_thinking = 1, business_acumen = 1 },
    effects = { gap = -25, access = -3, trust = -3 },
    feedback = [[A limit keeps the care that prevents the most expensive
      problems while still contributing savings. Members lose some restorative
      care, which you should be ready to say plainly, but the core benefit that
      keeps people out of emergency rooms survives.]],
    next = function(s) s.dental_limited = true; return "leak" end,
  },
  choice {
    id = "model_dental",
    text = "Ask Dr. Okafor to model the downstream costs by Thursday, and make the call then",
    score = { systems_thinking = 2, measuring_performance = 1, effective_decision_making = -1 },
    feedback = [[Evidence on second-order costs is exactly what this decision
      needs, and asking for it shows you see the system. But it spends two of
      your five days and depends on a vendor; deferring is only wise with a
      fallback ready in case the model is late.]],
    -- The model may or may not arrive in time: good process, uncertain luck.
    next = function(s)
      s.dental_modeled = true
      s.model_ready = s.random(1, 3) > 1
      return "leak"
    end,
  },
  choice {
    id = "spare_benefits",
    text = "Leave the optional benefits alone, and look for the money in the larger lines",
    score = { improving_health_outcomes = 1, managing_resources = -1 },
    effects = { trust = 2 },
    feedback = [[Protecting benefits that prevent harm is defensible. But you
      have not said where else the money comes from, and every lever you set
      aside makes the remaining ones deeper. Leaders protect priorities by
      choosing what to cut instead, not by declining to choose.]],
    next = "leak",
  },
}

scene "leak" {
  title = "Tuesday, 6:20 p.m.",
  speaker = "Jordan Pike, Capitol Ledger",
  text = function(s)
    local list = "a 5% provider rate cut and the end of adult dental"
    if s.drafted_alone then
      list = "your own Monday draft, with your initials on it"
    end
    return [[A reporter is on the line. She has a copy of an options memo:
      ]] .. list .. [[. "Advocates are calling it a war on the poor," she says.
      "My story runs at nine. Does the Medicaid director want to comment?"

      The Governor's budget is embargoed until she releases it in January.]]
  end,
  notes = [[
    A scene where speaking up on your own is the tempting mistake. The
    on-the-record quote is calm, true and good for trust, and many in the
    room will choose it; it also speaks for a budget that is not yet the
    director's to speak for. Draw out the difference between transparency
    and going around the people you work for, and what the strongest move
    does with the two hours before nine.
  ]],

  choice {
    id = "on_record",
    text = "Go on record yourself: nothing is final, and the agency's test is protecting coverage and access",
    score = { communicating_with_internal_and_external_audiences = 2, resiliency = 1, collaborating_and_working_in_teams = -1 },
    effects = { trust = 4 },
    feedback = [[Your quote is calm and true, and advocates notice that someone
      answered. But the budget is the Governor's until January, and her office
      learns from the Ledger that you spoke for it. A statement about process
      was worth making, agreed with her press office rather than around it.]],
    next = function(s) s.on_record = true; return "town_hall" end,
  },
  choice {
    id = "no_comment",
    text = "Decline to comment on draft budget documents, and let the story run without you",
    score = { communicating_with_internal_and_external_audiences = -1, resiliency = 1 },
    effects = { trust = -4 },
    feedback = [["No comment" respects the embargo and keeps you out of a fight
      you cannot win tonight. But the story will run framed entirely by others,
      and members who rely on dental care will read it without hearing from
      anyone responsible for their coverage.]],
    next = "town_hall",
  },
  choice {
    id = "hunt_leak",
    text = "Refer her to the Governor's press office, then find out tonight who leaked the memo",
    score = { resiliency = -2, self_awareness = -1, communicating_with_internal_and_external_audiences = -1 },
    effects = { trust = -3, morale = -10 },
    feedback = [[A leak feels like betrayal, and the urge to find the source is
      human. But a hunt on the night before staff must work hardest spreads
      fear, rarely finds anyone, and spends your energy on your own hurt rather
      than on the people the story is about.]],
    next = function(s) s.leak_hunt = true; return "town_hall" end,
  },
  choice {
    id = "joint_and_calls",
    text = "Agree a short statement with the Governor's press office, then call the hospitals and advocates",
    score = { collaborating_and_working_in_teams = 2, engaging_stakeholders = 2, communicating_with_internal_and_external_audiences = 1 },
    effects = { trust = 5 },
    feedback = [[The statement is cautious, as joint statements are, but it is
      the Governor's budget and her office stands behind what it says. You
      spent the two hours before nine where they mattered: the hospital
      association and the advocates hear from you that nothing is final,
      before they read otherwise.]],
    next = function(s) s.joint_statement = true; return "town_hall" end,
  },
}

-- ---------------------------------------------------------------- Wednesday

scene "town_hall" {
  title = "Wednesday, 8:30 a.m.",
  speaker = "Luis Reyes, Deputy Director for Operations",
  text = function(s)
    local mood = "The eligibility floor is quiet in the wrong way."
    if s.leak_hunt then
      mood = "Word of last night's search for the leaker has gone round the building."
    end
    return mood .. [[ The Ledger's story quoted a line about "reducing
      eligibility contractor staff", and people have read "layoffs". The
      same staff are being trained for the federal work requirements and
      six-month renewals that start in January. Luis says two experienced
      caseworkers asked him this morning whether they should start looking
      for other jobs.]]
  end,

  choice {
    id = "managers_lead",
    text = "Email everyone what is known and not, and have Luis and the eligibility chief meet worried teams, with you there",
    score = { developing_directing_and_delegating = 2, communicating_with_internal_and_external_audiences = 2,
              collaborating_and_working_in_teams = 1 },
    effects = { morale = 12 },
    feedback = [[Everyone hears the same facts at once, and the managers closest
      to the work lead the conversation where the worry is greatest, with you
      beside them to answer what they cannot. That builds their standing
      instead of going around them, which matters for the months of change
      ahead.]],
    next = function(s) s.told_staff = true; return "dana_feedback" end,
  },
  choice {
    id = "all_staff",
    text = "Hold an all-staff call at noon: what is known and not, no state layoffs planned, and decisions heard from you first",
    score = { communicating_with_internal_and_external_audiences = 2, communication = 1, resiliency = 1 },
    effects = { morale = 12 },
    feedback = [[Staff can work through bad news; what wears them down is
      silence and rumor. Saying plainly what you know, what you do not, and
      when they will hear more is the most powerful thing a leader can offer in
      an uncertain week. Be sure "no state layoffs" is a promise the package
      keeps, and note that the managers closest to the work stood behind you
      rather than beside you.]],
    next = function(s) s.told_staff = true; return "dana_feedback" end,
  },
  choice {
    id = "stay_focused",
    text = "Send a short email: no decisions have been made, so please stay focused on January's renewals",
    score = { communicating_with_internal_and_external_audiences = -1, managing_work = 1 },
    effects = { morale = -3 },
    feedback = [[True, brief, and it points people at work that really is due.
      It is also what every anxious employee expected you to say, and it
      answers none of their questions. "Stay focused" asks people to set aside
      a fear that you have not addressed.]],
    next = "dana_feedback",
  },
  choice {
    id = "say_nothing",
    text = "Say nothing until Friday so nothing else leaks, then brief the whole agency on the settled package",
    score = { communicating_with_internal_and_external_audiences = -2, self_awareness = -1 },
    effects = { morale = -8 },
    feedback = [[A settled package is easier to explain, and you would not be
      guessing. But silence to prevent leaks treats your staff as the risk
      rather than as the people who will carry out whatever you decide, and
      they will fill the silence with the worst reading of the memo.]],
    next = "dana_feedback",
  },
}

scene "dana_feedback" {
  title = "Wednesday, 12:40 p.m.",
  speaker = "Dana Ortiz, Chief Financial Officer",
  text = function(s)
    local what = "The team feels you have already decided and are going through the motions"
    if s.criteria then
      what = "The criteria helped, but in yesterday's rates discussion you cut people off when they disagreed"
    end
    return [[Dana closes the door. "This isn't easy to say. ]] .. what .. [[.
      People have stopped telling you what they really think."]]
  end,

  choice {
    id = "ask_example",
    text = "Thank her, and ask for a specific example and what she would do in your place",
    score = { self_awareness = 2, receiving_feedback = 1 },
    effects = { morale = 4 },
    feedback = [[Asking for an example tells you exactly what people saw, and
      asking what she would do treats her as an adviser, not a messenger. It
      is the right first move. It changes nothing the team can see yet; that
      depends on what you do at the next meeting.]],
    next = function(s) s.took_feedback = true; return "revenue" end,
  },
  choice {
    id = "explain_pressure",
    text = "Explain the pressure you are under this week, and why speed has to matter more than consensus",
    score = { receiving_feedback = -1, self_awareness = -1 },
    feedback = [[The pressure is real, and there are weeks when speed has to
      win. But explaining it in reply to feedback sounds like a defense, and
      Dana hears that the problem is hers to understand. Next time, she may not
      bother to tell you.]],
    next = "revenue",
  },
  choice {
    id = "credit_dana",
    text = "Agree, and at the next meeting invite disagreement, crediting Dana for raising it",
    score = { receiving_feedback = 1, self_awareness = 1, collaborating_and_working_in_teams = -1 },
    effects = { morale = -2 },
    feedback = [[Acting on feedback quickly is good, and inviting disagreement in
      public sets a norm. Naming Dana in front of her peers, though, exposes her
      for her candor; the message others take is that speaking up gets you
      singled out.]],
    next = "revenue",
  },
  choice {
    id = "change_meeting",
    text = "Ask her to stop you in the room when it happens, and start the next meeting with objections",
    score = { receiving_feedback = 2, self_awareness = 1, collaborating_and_working_in_teams = 1 },
    effects = { morale = 5 },
    feedback = [[You changed your behavior where the team will see it, and gave
      Dana standing to hold you to it, which matters more than any apology.
      You did not ask her what exactly she saw, so you are fixing the pattern
      she named without yet knowing its details.]],
    next = function(s) s.took_feedback = true; return "revenue" end,
  },
}

scene "revenue" {
  title = "Wednesday, 3:00 p.m.",
  speaker = "Dana Ortiz, Chief Financial Officer",
  text = function(s)
    local hint = ""
    if s.asked_revenue then
      hint = [[ She has read your note from Monday: Kevin said a real financing
        proposal would count.]]
    end
    return ("Dana updates the tally: you are still $%d million short."):format(s.gap) .. hint
      .. [[ The options left are larger structural moves, and one-time money
      that would fill next year's hole but not the year after's.]]
  end,
  notes = [[
    When the assessment option is on screen, it and the home-care shift are
    close: one is money this year (from a source H.R. 1 has frozen and will
    shrink), the other is the better long-run system with little money now.
    Ask the room what the Governor's "no gimmicks" rule means for each, and
    who pays for the assessment move.
  ]],

  choice {
    id = "rebalance_ltc",
    text = "Speed the move of long-term care from nursing homes to home and community-based services",
    score = { leading_innovation = 2, systems_thinking = 2, improving_health_outcomes = 2, planning_for_action = -1 },
    effects = { gap = -20, access = 2 },
    feedback = [[Most people would rather receive care at home, and it usually
      costs less; rebalancing is one of the best long-term moves in Medicaid.
      Next year it saves only $20 million, and moving faster than home-care
      capacity grows risks gaps in care, so it needs a careful plan.]],
    next = function(s) s.rebalancing = true; return "advocates" end,
  },
  choice {
    id = "admin_cuts",
    text = "Cut administrative contracts and freeze hiring at the agency for the coming year",
    score = { managing_resources = 1, business_acumen = -1, managing_work = -1 },
    effects = { gap = -25, morale = -6 },
    feedback = [[Trimming overhead before services is a reasonable instinct, and
      $25 million of state money is real. But administration draws 50 to 90%
      federal match, so every state dollar cut gives up federal dollars with
      it, and a hiring freeze lands on the eligibility staff who are about to
      run the new federal renewals.]],
    next = "advocates",
  },
  choice {
    id = "redirect_assessment",
    text = "Redirect part of the existing hospital assessment, at today's rate, to the state share of rates",
    -- Only someone who asked Kevin about revenue, or kept the options open on
    -- Monday, sees this option.
    when = function(s) return s.asked_revenue or s.open_options end,
    score = { business_acumen = 3, managing_resources = 1, leading_innovation = 1, balancing_strategic_focus_and_agility = 1 },
    feedback = [[It is lawful financing rather than a cut to care: the tax rate
      does not rise, and its proceeds already draw federal match. But the
      money comes out of hospitals' supplemental payments, the assessment
      statute dedicates those proceeds, and under H.R. 1 the ceiling on the
      tax starts to fall in October 2027. Tomorrow's conversation with the
      hospitals decides whether it is real.]],
    next = "hospitals",
  },
  choice {
    id = "sweep_reserves",
    text = "Sweep $80 million of one-time reserve balances into the package, and close most of the gap at once",
    score = { business_acumen = -2, managing_resources = -1, balancing_strategic_focus_and_agility = -1 },
    effects = { gap = -80 },
    feedback = [[One-time money makes next year balance and leaves the same
      structural hole the year after, usually with fewer options. Kevin told
      you the Governor dislikes exactly this. Reserves have a place in a
      crisis, but as a bridge to a plan, not a substitute for one.]],
    next = function(s) s.one_time = true; return "advocates" end,
  },
}

-- ---------------------------------------------------------------- Thursday

scene "hospitals" {
  title = "Thursday, 9:00 a.m.",
  speaker = "Gail Brenner, President, State Hospital Association",
  text = [[
    Gail has heard you out. "Our members were burned last time," she says.
    "We paid the assessment and the state kept the federal money for the
    general fund. Now you want more of what we pay to plug your hole. The
    statute dedicates that money to hospitals, and changing it takes a bill
    my members can stop. Why would we trust this one?" She pauses. "What
    would make it work is simple: promise every hospital it gets back more
    than it pays in."
  ]],
  notes = [[
    Gail's last line is the trap: a promise that each hospital gets back
    more than it pays is a hold-harmless guarantee, which federal rules
    forbid for a provider tax. It is also exactly what she asked for, which
    is why it tempts. The strongest move answers the interest (that the money
    reaches hospitals) without the guarantee.
  ]],

  choice {
    id = "guarantee",
    text = "Give her what she asked for: a written promise that every hospital gets back more than it pays",
    score = { managing_conflict_and_negotiating = 1, engaging_stakeholders = 1, business_acumen = -3 },
    effects = function(s)
      s.gap = s.gap - 30; s.hospital_deal = "flagged"
      s.trust = s.trust - 4
    end,
    feedback = [[It answers her directly, and a yes on Thursday is worth a lot.
      But a promise that each taxpayer gets its money back is a hold-harmless
      guarantee, which federal rules forbid for a provider tax: it would put
      the whole assessment's federal match at risk. Your counsel catches it
      before it is signed, and withdrawing it costs more trust than never
      offering it.]],
    next = function(s) s.assessment = true; return "hospitals_outcome" end,
  },
  choice {
    id = "in_writing",
    text = "Put in writing what stays with hospitals, a rural fund and joint oversight; ask what else they need",
    score = { managing_conflict_and_negotiating = 3, engaging_stakeholders = 2, business_acumen = 1 },
    -- Function effects: the deal she agrees to depends on how much she trusts
    -- you. s.hospital_deal records it, so the next scene tells the same story.
    effects = function(s)
      if s.trust >= 40 then
        s.gap = s.gap - 120; s.hospital_deal = "full"
      else
        s.gap = s.gap - 70; s.hospital_deal = "partial"
      end
      s.trust = s.trust + 6
    end,
    feedback = [[You addressed the interest under her objection (that the money
      reaches hospitals, and the rural ones most) without the guarantee federal
      rules forbid, and you asked what a yes would take. Written commitments
      and shared oversight are how public agencies rebuild trust that an
      earlier decision spent.]],
    next = function(s) s.assessment = true; return "hospitals_outcome" end,
  },
  choice {
    id = "threaten",
    text = "Tell her plainly that the Governor expects the association's support, and the alternative is a rate cut",
    score = { managing_conflict_and_negotiating = -2, engaging_stakeholders = -2, business_acumen = 1 },
    effects = function(s)
      if s.trust >= 60 then
        s.gap = s.gap - 90; s.hospital_deal = "full"
      else
        s.gap = s.gap - 30; s.hospital_deal = "partial"
      end
      s.trust = s.trust - 10
    end,
    feedback = [[The alternative is real, and she should know it. But said this
      way it confirms Gail's fear that the state will take what it can, and her
      members will remember it when you next need them. Power used to force a
      deal makes the deal fragile.]],
    next = function(s) s.assessment = true; return "hospitals_outcome" end,
  },
  choice {
    id = "smaller_share",
    text = "Propose taking a smaller share, with no dedication language, to keep the Governor's flexibility",
    score = { managing_conflict_and_negotiating = 1, balancing_strategic_focus_and_agility = 1, business_acumen = -1 },
    effects = { gap = -45, trust = -2 },
    feedback = [[Meeting in the middle keeps the talks alive, and flexibility has
      real value in a year like this. But what Gail needed was a commitment,
      not a smaller number; without it the association agrees only to a token
      amount, and most of the opportunity is lost.]],
    next = function(s) s.assessment = true; s.hospital_deal = "token"; return "hospitals_outcome" end,
  },
}

scene "hospitals_outcome" {
  title = "Thursday, 11:00 a.m.",
  text = function(s)
    if s.hospital_deal == "full" then
      return [[Gail calls back within the hour: the association's board will
        support the bill. Dana revises the tally and, for the first time this
        week, smiles.]]
    elseif s.hospital_deal == "partial" then
      return [[The association agrees, but only to part of what you hoped, and
        Gail's statement to members is pointedly cool.]]
    elseif s.hospital_deal == "flagged" then
      return [[Your general counsel reads the draft and calls within the hour:
        a promise that every hospital gets back more than it pays is a
        hold-harmless guarantee, and it would put the assessment's federal
        match at risk. You withdraw it. Gail agrees to a much smaller
        redirection, and tells her members the state cannot keep its word.]]
    end
    return [[The association signs on to the smaller redirection and not a
      dollar more. Without a commitment, Gail will not ask her members for
      anything larger, and her statement to them is pointedly cool.]]
  end,
  next = "friday",
}

scene "advocates" {
  title = "Thursday, 9:00 a.m.",
  speaker = "Maria Delgado, Health Access Coalition",
  text = [[
    The coalition of consumer advocates has asked for an urgent meeting. They
    represent people with disabilities, older adults and low-income families.
    Maria is direct: "We read the Ledger. We know there have to be cuts. We
    want to know whether we'll be heard before they're final."
  ]],

  choice {
    id = "meet_them",
    text = "Meet them with Dr. Okafor, share the target and the options, and ask which harms they would rank worst",
    score = { engaging_stakeholders = 3, managing_conflict_and_negotiating = 1, improving_health_outcomes = 1 },
    effects = { trust = 10 },
    feedback = [[You treated the advocates as people with knowledge you need,
      not as opposition to be managed, and asked a question only they can
      answer. They will not like every cut, but people accept hard decisions
      far better when they were heard and can see how the decision was made.]],
    next = function(s) s.advocates_heard = true; return "friday" end,
  },
  choice {
    id = "send_luis",
    text = "Send Luis, who ran the disability programs for years, to hear them properly while you finish the numbers",
    score = { developing_directing_and_delegating = 2, engaging_stakeholders = -1, managing_work = 1 },
    effects = { trust = 3 },
    feedback = [[Luis knows these advocates and their programs better than you
      do, and he will hear them well; your time on the numbers is real time.
      But the coalition asked for the person who decides, and however good the
      listener, a deputy tells them where they rank this week.]],
    next = function(s) s.advocates_heard = true; return "friday" end,
  },
  choice {
    id = "after_release",
    text = "Offer to meet them once the Governor's budget is public, so nothing looks like bargaining in the press",
    score = { engaging_stakeholders = -2, communicating_with_internal_and_external_audiences = -1 },
    effects = { trust = -8 },
    feedback = [[The budget is under embargo, and your worry is understandable.
      But a meeting after release is a briefing, not a consultation; the
      coalition will now speak about the cuts without knowing your reasons,
      and the people they represent will have had no voice in decisions about
      their own care.]],
    next = "friday",
  },
  choice {
    id = "present_settled",
    text = "Meet them, but present the package as settled, so nobody leaves with false hope",
    score = { engaging_stakeholders = -1, communication = 1, managing_conflict_and_negotiating = -1 },
    effects = { trust = -4 },
    feedback = [[Not raising false hope is a kind of honesty, and meeting shows
      respect. Presenting a done deal before it is done takes that respect
      away: consultation after the decision is notification, and people can
      tell the difference.]],
    next = "friday",
  },
}

-- ---------------------------------------------------------------- Friday

-- A Friday lever reads differently depending on what it would do to the gap:
-- a margin once the target is met, the rest when it covers it, less otherwise.
local function lever(s, saves, what)
  if s.gap <= 0 then return "Add a margin with " .. what end
  if s.gap <= saves then return "Close the rest with " .. what end
  return "Narrow the gap with " .. what
end

scene "friday" {
  title = "Friday, 2:30 p.m.",
  speaker = "Dana Ortiz, Chief Financial Officer",
  text = function(s)
    local model = ""
    if s.dental_modeled and not s.model_ready then
      model = [[ Dr. Okafor's dental model is not back: the claims vendor
        missed its delivery, and the decision you deferred is still open.]]
    elseif s.dental_modeled then
      model = [[ Dr. Okafor's dental model is in: a limited benefit avoids
        most of the emergency costs that ending it would cause.]]
    end
    if s.gap <= 0 then
      return [[The tally is complete: on paper, your package meets the target,
        and Kevin wants it by five. Dana warns that estimates made this fast
        tend to slip, and asks whether you want a margin before it goes.]] .. model
    end
    return ("The package is due at five and you are still $%d million short. "):format(s.gap)
      .. [[Dana has costed what is left, and Kevin has said he would rather
      have an honest package than a perfect-looking one.]] .. model
  end,
  notes = [[
    The end of the week tests whether the criteria survive the deadline. If
    the dental model arrived, using it is close to sending the honest
    package, and stronger on evidence. If the vendor was late, the player who
    deferred did the right thing and still has nothing to show: a good moment
    to talk about process and luck.
  ]],

  choice {
    id = "late_rate_cut",
    text = function(s) return lever(s, 80, "a further 3% cut to every fee-for-service rate from July 1") end,
    score = { improving_health_outcomes = -2, systems_thinking = -1, managing_resources = 1 },
    effects = { gap = -80, access = -9, trust = -8 },
    feedback = [[It is the quickest lever left, and meeting commitments matters.
      But a last-minute rate cut lands on providers who are already stretched,
      without the analysis behind the rest of the package. Deadlines are where
      good criteria get abandoned.]],
    next = function(s) s.rate_cut = true; return "hearing" end,
  },
  choice {
    id = "honest_package",
    -- A function text: the same move, worded for a package that is short or not.
    text = function(s)
      if s.gap <= 0 then
        return "Send it as it stands, with the soft estimates flagged and two costed fallbacks if they slip"
      end
      return "Send it with the gap stated plainly, two costed ways to close it, and what each means for members"
    end,
    score = { effective_decision_making = 2, communication = 2, business_acumen = 1 },
    feedback = [[You owned the package's weak points instead of hiding them, and
      gave the Governor real choices with their consequences. Decision-makers
      trust agencies that show their work, and a problem stated plainly in
      December is far better than one discovered in March.]],
    next = function(s) s.costed_options = true; return "hearing" end,
  },
  choice {
    id = "use_dental_model",
    text = "Use Dr. Okafor's model: limit dental to preventive and emergency care, and show the costs it avoids",
    when = function(s) return s.dental_modeled and s.model_ready end,
    score = { measuring_performance = 2, improving_health_outcomes = 2 },
    effects = { gap = -25, access = -2 },
    feedback = [[The deferral paid off because you came back to it and the model
      came in. Evidence that a limited benefit avoids emergency costs turns a
      cut into a defensible design, and gives the Governor an answer when
      advocates ask. The package still goes without the note on its soft
      spots.]],
    next = function(s) s.dental_limited = true; return "hearing" end,
  },
  choice {
    id = "late_reserves",
    text = function(s) return lever(s, 80, "one-time reserve balances the budget office can count") end,
    -- Someone who already swept the reserves has nothing left to sweep.
    when = function(s) return not s.one_time end,
    score = { business_acumen = -2, managing_resources = -1, balancing_strategic_focus_and_agility = -1 },
    effects = { gap = -80 },
    feedback = [[It props up next year's numbers and hands the year after the
      same hole with less to work with. The Governor asked specifically to
      avoid this; if you use reserves, say so plainly and pair them with a plan.]],
    next = function(s) s.one_time = true; return "hearing" end,
  },
}

scene "hearing" {
  title = "January: Senate Finance Committee",
  speaker = "Senator Ruth Calloway",
  text = function(s)
    local concern = "the rural hospitals in my district"
    if s.dental_cut then
      concern = "the dental clinics in my district, which tell me they will close their Medicaid chairs"
    elseif s.rate_cut then
      concern = "the doctors in my district who say they cannot take new Medicaid patients at these rates"
    end
    -- What the player said to the press on Tuesday follows them here.
    local clipping = ""
    if s.on_record then
      clipping = [[ December's Ledger story is open in front of her, your quote
        about protecting coverage and access underlined.]]
    end
    return [[The Governor's budget, released last week, includes most of your
      package. Senator Calloway, who represents a rural district, leans into
      her microphone.]] .. clipping .. [[ "Director, I want to ask about ]] .. concern .. [[.
      What exactly did you cut, who does it hurt, and how will we know?"]]
  end,

  choice {
    id = "how_built",
    text = "Walk the committee through how the package was built, and the federal financing behind each item",
    score = { communicating_with_internal_and_external_audiences = 1, technical_learning = 1, business_acumen = 1 },
    effects = { trust = 2 },
    feedback = [[Clear and well informed, and the financing detail helps members
      see that the cuts were weighed. But the senator asked about people in her
      district, and a tour of the method does not quite answer her.]],
    next = "verdict",
  },
  choice {
    id = "governors_call",
    text = "Say these were the Governor's decisions, and refer the detailed questions to her budget office",
    score = { communicating_with_internal_and_external_audiences = -2, vision_and_purpose = -1, receiving_feedback = -1 },
    effects = { trust = -8 },
    feedback = [[Technically true, since it is now the Governor's budget, and a
      reasonable instinct to stay in your lane. But you built the package and
      everyone in the room knows it. Stepping back from your own
      recommendations costs the credibility you will need next session.]],
    next = "verdict",
  },
  choice {
    id = "who_and_how",
    text = "Say plainly who is affected and by how much, and commit to quarterly access reports with a trigger",
    score = { communicating_with_internal_and_external_audiences = 2, measuring_performance = 2, receiving_feedback = 1 },
    effects = { trust = 6 },
    feedback = [[You answered the question she asked, owned the trade-offs, and
      offered a way for the committee to hold you to account. Committing to
      measure access publicly, with a point at which you would revisit, is how
      an agency earns permission to make hard choices again.]],
    next = "verdict",
  },
  choice {
    id = "district_math",
    text = function(s)
      local which = "rebate and assessment"
      if not s.assessment then which = "rebate" elseif not s.understands_rebates then which = "assessment" end
      return "Explain the " .. which .. " math line by line, and offer her staff a district briefing"
    end,
    when = function(s) return s.understands_rebates or s.assessment end,
    score = { technical_learning = 2, engaging_stakeholders = 1, communicating_with_internal_and_external_audiences = 1 },
    effects = { trust = 4 },
    feedback = [[Because you learned the financing yourself, you can answer
      without turning to staff, and the district briefing gives her something
      to take home. The committee gets command of the detail; what it does not
      get is a way to know, next year, whether members were hurt.]],
    next = "verdict",
  },
}

-- The verdict: a narration whose function `next` picks the ending from what
-- the week added up to. Each ending's text then fills in the details.

scene "verdict" {
  title = "Spring 2028",
  text = "The package took effect on July 1. Nine months on, it has met the real world.",
  next = function(s)
    if s.gap > 60 then return "sent_back" end
    if s.access < 55 then return "paper_balance" end
    if s.one_time then return "same_hole" end
    if s.trust < 35 or s.morale < 35 then return "lost_the_room" end
    return "holds"
  end,
}

local function epilogue(s)
  local lines = {}
  if s.dental_cut then
    lines[#lines + 1] = "Emergency visits for dental pain are up by a third since coverage ended."
  elseif s.dental_limited then
    lines[#lines + 1] = "The limited dental benefit is holding; emergency dental visits are flat."
  end
  if s.rebalancing then
    lines[#lines + 1] = "The first two hundred people have moved from nursing homes to care at home."
  end
  if s.pool then
    lines[#lines + 1] = "Two other states have joined talks on your drug purchasing pool."
  end
  if s.advocates_heard then
    lines[#lines + 1] = "The advocates' coalition now brings its members' stories to you before it takes them to the press."
  end
  if s.took_feedback then
    lines[#lines + 1] = "Dana says people disagree with you out loud in meetings now, and the decisions are better for it."
  end
  if s.morale < 40 then
    lines[#lines + 1] = "Turnover in eligibility is the highest in a decade."
  elseif s.told_staff then
    lines[#lines + 1] = "Staff still mention Wednesday's straight answers as the moment the week felt survivable."
  end
  return table.concat(lines, " ")
end

scene "holds" {
  ending = "A budget that holds",
  text = function(s)
    local result = "The package meets the target"
    if s.gap > 0 then
      result = ("The package comes within $%d million of the target, a gap small enough for the budget office to close,"):format(s.gap)
    end
    -- Every path meets either the hospitals or the advocates on Thursday.
    local calls = "the advocates still take your calls"
    if s.visits.hospitals then calls = "the hospital association still takes your calls" end
    return result .. [[ without breaking the parts of the system members rely
      on most. Legislators argue about individual items but not about whether
      the agency was straight with them, and ]] .. calls .. ". " .. epilogue(s)
  end,
}

scene "paper_balance" {
  ending = "Balanced on paper",
  text = function(s)
    local balances = "The budget balances"
    if s.gap > 0 then
      balances = ("With the budget office covering the last $%d million, the budget balances"):format(s.gap)
    end
    return balances .. [[, and within months the cost is visible elsewhere:
      fewer dentists and specialists take Medicaid, waits are longer, and
      emergency rooms are busier. Part of the saving is coming back as
      higher costs in other lines. ]] .. epilogue(s)
  end,
}

scene "same_hole" {
  ending = "The same hole next year",
  text = function(s)
    local balances = "The year balances."
    if s.gap > 0 then
      balances = ("The budget office covers the last $%d million, and the year balances."):format(s.gap)
    end
    return balances .. [[ But the reserves are gone, and the next forecast
      shows the same structural gap with less to fill it. Kevin's
      note on your package says, politely, that the Governor had asked for
      real savings. ]] .. epilogue(s)
  end,
}

scene "lost_the_room" {
  ending = "Lost the room",
  text = function(s)
    return [[The numbers work, but the people do not. Stakeholders who felt
      shut out are lobbying to reverse pieces of the package, and inside the
      agency the people you need to carry it out are tired and wary. A plan
      that nobody owns is hard to implement. ]] .. epilogue(s)
  end,
}

scene "sent_back" {
  ending = "Sent back",
  text = function(s)
    local plan = " without a credible plan to close it"
    if s.costed_options then
      plan = "; you said so and costed two ways to close it, but that was too much to leave open this late"
    end
    return ("Your package came in $%d million short%s. "):format(s.gap, plan)
      .. [[The Governor's office wrote its own cuts for the rest: a flat rate
      reduction, decided by people who do not run the program. ]]
      .. epilogue(s)
  end,
}
