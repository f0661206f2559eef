-- The Twelve Percent
--
-- A state Medicaid director has five days to find 12% of the agency's state
-- funds. There is no painless answer; the scenario rewards leaders who clarify
-- the ask, protect members' access, understand how Medicaid money works, bring
-- people along, and tell the truth about trade-offs.
--
-- How this file is built (copy it to start your own):
--   * scenario { } describes the whole thing: meters, reflection questions.
--   * scene "id" { } is one screen. A scene with choices is a decision; one
--     with `next` is narration (Continue); one with `ending` ends the story.
--   * Weights in `score` follow docs/scoring-rubric.md: +3 exemplary,
--     +2 strong, +1 helpful, -1 unhelpful, -2 harmful, -3 seriously harmful.
--     Only score the competencies a choice really tests.
--   * Flags on the state `s` (s.asked_revenue, s.dental_cut, ...) carry early
--     choices forward: look for `when`, function `text`, `next` and `effects`.

scenario {
  id = "twelve-percent",
  title = "The Twelve Percent",
  role = "Director, State Medicaid Agency",
  summary = "The Governor's office wants 12% of your agency's state funds back, "
         .. "$300 million, in a package on the Governor's desk by Friday at 5 p.m. "
         .. "Your program covers 1.4 million people.",
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
    "What did you learn this week about how Medicaid money works that you wish you had known on Monday?",
  },
  closing = "Name one thing you would do in the first hour of the next budget crisis that you did not do this time.",
}

-- ---------------------------------------------------------------- Monday

scene "briefing" {
  title = "Monday, 7:45 a.m.",
  speaker = "Dana Ortiz, Chief Financial Officer",
  text = [[
    Dana is waiting at your office door with a one-page memo from the
    Governor's budget office. Revenues came in below forecast, and every agency
    is asked to return 12% of its state general fund appropriation. For you
    that is $300 million, due as a package on the Governor's desk by Friday at
    5 p.m.

    "You know what this means for us," Dana says. "Every state dollar we cut
    from services costs us about a dollar fifty in federal match. Three hundred
    million of state money is closer to seven hundred fifty million in care."

    Your leadership team meets at ten. The budget office's analyst, Kevin
    Marsh, has left a voicemail offering to talk.
  ]],

  choice {
    id = "call_budget_office",
    text = "Call Kevin Marsh first to understand what is behind the number and what counts toward it",
    score = { business_acumen = 2, effective_decision_making = 1, engaging_stakeholders = 1 },
    effects = { trust = 2 },
    feedback = [[Clarifying the ask before designing the answer is sound public
      administration: the same target can be met many ways, and the budget office
      knows which ones the Governor will accept. It also starts a working
      relationship with the people who will judge your package.]],
    next = "budget_office",
  },
  choice {
    id = "convene_team",
    text = "Move the leadership meeting up to 8:30 and frame the problem together before anyone drafts numbers",
    score = { collaborating_and_working_in_teams = 2, planning_for_action = 1 },
    effects = { morale = 5 },
    feedback = [[Bringing the team in early builds shared ownership of a painful
      package and surfaces options you would not see alone. You have not yet
      tested what the budget office will accept, so some of that early work may
      aim at the wrong target.]],
    next = function(s) s.open_options = true; return "team_meeting" end,
  },
  choice {
    id = "across_the_board",
    text = "Email the division chiefs asking each to propose a 12% reduction by Wednesday",
    score = { managing_resources = -1, systems_thinking = -2, developing_directing_and_delegating = 1 },
    effects = { morale = -5 },
    feedback = [[Across-the-board targets feel fair and delegate the work
      quickly, but they treat every dollar as equal. In Medicaid they are not:
      cutting administration, which draws a different federal match, or
      prevention, which avoids later costs, has very different effects from
      cutting emergency care. Priorities are the leader's job to set.]],
    next = function(s) s.across_the_board = true; return "team_meeting" end,
  },
  choice {
    id = "draft_alone",
    text = "Close your door and draft a cut list yourself so the team has something concrete at ten",
    score = { collaborating_and_working_in_teams = -2, effective_decision_making = 1, self_awareness = -1 },
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
    next year. Beyond that, it's your call." He pauses. "Off the record, the
    revenue side is not closed. If you had a real proposal that brought in
    federal dollars, I could count it."
  ]],

  choice {
    text = "Ask whether a larger hospital provider assessment, which draws federal match, would count toward the target",
    score = { business_acumen = 3, technical_learning = 1, leading_innovation = 1 },
    feedback = [[Asking precisely which solutions count turns a cut exercise into
      a financing problem with more than one lever. Provider assessments are a
      standard, lawful Medicaid financing tool; knowing they are in play on
      Monday gives you the week to build one properly.]],
    next = function(s) s.asked_revenue = true; return "team_meeting" end,
  },
  choice {
    text = "Tell Kevin that 12% in one week is not realistic and ask for the target to be lowered",
    score = { managing_conflict_and_negotiating = -1, engaging_stakeholders = -1, resiliency = -1 },
    effects = { trust = -3 },
    feedback = [[Naming a real constraint can be right, but opening with refusal
      before you have any analysis signals that you will be a problem rather
      than a partner. Kevin has already told you the number is firm; spend your
      credibility on specific trade-offs later, with evidence.]],
    next = "team_meeting",
  },
  choice {
    text = "Thank him, confirm the Friday deadline, and promise a complete package",
    score = { communication = 1, business_acumen = -1 },
    feedback = [[Courteous and clear, and you did learn the Governor's two
      red lines. But Kevin offered you an opening and you did not take it:
      understanding what counts toward the target is part of the business of
      public budgeting.]],
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
        out that 12% of eligibility staff would stop renewals in three counties.]]
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
    id = "set_criteria",
    text = "Agree criteria first: protect children's coverage and access to core care, prefer cuts that keep federal match, and nothing we cannot implement by July",
    score = { vision_and_purpose = 3, planning_for_action = 2, effective_decision_making = 1, technical_learning = 1,
              managing_work = 1 },
    effects = { morale = 5 },
    feedback = [[Criteria agreed in advance turn a fight over dollars into a
      shared judgment about values, and they will let you explain every item
      on Friday. Naming federal match as a criterion shows you understand how
      Medicaid financing multiplies the effect of state cuts, and "nothing we
      cannot implement by July" keeps the work to what the agency can deliver.]],
    next = function(s) s.criteria = true; s.open_options = true; return "monday_night" end,
  },
  choice {
    text = "Ask for every idea on the table, including revenue and redesign, and sort them tomorrow",
    score = { leading_innovation = 2, collaborating_and_working_in_teams = 1, planning_for_action = -1 },
    effects = { morale = 3 },
    feedback = [[Opening the field invites second-order ideas, not just trims to
      the current system. Without criteria, though, tomorrow's sorting will be
      a contest of advocates, and the loudest idea may win rather than the best.]],
    next = function(s) s.open_options = true; return "monday_night" end,
  },
  choice {
    text = "Assign each deputy a savings target for their area and ask for options by tomorrow morning",
    score = { developing_directing_and_delegating = 1, systems_thinking = -1, managing_resources = 1, managing_work = 1 },
    feedback = [[Clear assignments and a deadline will produce options quickly.
      Splitting the target by area, however, hides the trade-offs between areas:
      a pharmacy saving and a hospital cut affect the same members, and only
      you can weigh one against the other.]],
    next = "monday_night",
  },
  choice {
    text = "Ask the team for data only; you will make the calls yourself to protect them from blame",
    score = { collaborating_and_working_in_teams = -2, developing_directing_and_delegating = -1, self_awareness = -1 },
    effects = { morale = -6 },
    feedback = [[Wanting to carry the weight yourself is generous, but it wastes
      the judgment of people who know these programs better than you do, and
      it tells them they are analysts rather than leaders. Protection that
      shuts people out rarely feels like protection to them.]],
    next = "monday_night",
  },
}

scene "monday_night" {
  title = "Monday, 9:40 p.m.",
  text = function(s)
    -- s.random is deterministic for a given seed, so replays are exact.
    local callers = { "the hospital association", "the dental society", "a legislator's chief of staff" }
    return [[Dana's options memo arrives with a list of levers and what each
      would save. Your phone has three missed calls; word is already out, and
      the first was from ]] .. callers[s.random(1, #callers)] .. [[.

      Tomorrow you will have to start choosing.]]
  end,
  next = "pharmacy",
}

-- ---------------------------------------------------------------- Tuesday

scene "pharmacy" {
  title = "Tuesday, 8:00 a.m.",
  speaker = "Priya Shah, Pharmacy Director",
  text = [[
    Priya walks you through pharmacy. Prescription drugs are the fastest-growing
    line in the budget. Her team estimates $45 million from moving more drugs
    onto the preferred drug list and negotiating supplemental rebates with
    manufacturers. "We could get more," she says, "by putting prior
    authorization on every high-cost drug. But prescribers will revolt and some
    patients will go without while the paperwork moves."
  ]],

  choice {
    text = "Book the $45 million from the preferred drug list and supplemental rebates",
    score = { managing_resources = 1, business_acumen = 1 },
    effects = { gap = -45, access = -1 },
    feedback = [[A solid, defensible saving that protects access. You took the
      estimate on trust, though, and rebate estimates are easy to double-count;
      a leader does not need to do the math, but should understand it well
      enough to know which numbers are soft.]],
    next = "rates",
  },
  choice {
    text = "Ask Priya to walk you through the rebate math before you commit to a number",
    score = { technical_learning = 3, business_acumen = 2, effective_decision_making = 1 },
    effects = { gap = -50, access = -1 },
    feedback = [[Twenty minutes of learning reveal that part of the estimate
      counted federal rebates the state already receives, and that a second
      manufacturer is ready to bid. You commit to $50 million you can defend
      line by line, and you will be able to explain it to legislators yourself.]],
    next = function(s) s.understands_rebates = true; return "rates" end,
  },
  choice {
    text = "Put prior authorization on all high-cost drugs to book $75 million",
    score = { managing_resources = 1, improving_health_outcomes = -2, engaging_stakeholders = -1 },
    effects = { gap = -75, access = -6, trust = -4 },
    feedback = [[The number is bigger, but blanket prior authorization delays
      treatment for people with cancer, HIV and serious mental illness, and the
      cost of those delays often lands in hospitals later. Savings that work by
      making care harder to reach are savings paid for by members.]],
    next = "rates",
  },
  choice {
    text = "Leave pharmacy for now; the multistate purchasing pool you are exploring will pay off in two years",
    score = { leading_innovation = 1, managing_resources = -2, balancing_strategic_focus_and_agility = -1 },
    feedback = [[A purchasing pool is a genuine second-order idea, and worth
      pursuing. But it does nothing for Friday, and setting aside the one lever
      that protects access leaves harder cuts for everything else. Long-term
      strategy has to coexist with this year's obligations.]],
    next = function(s) s.pool = true; return "rates" end,
  },
}

scene "rates" {
  title = "Tuesday, 11:30 a.m.",
  speaker = "Dana Ortiz, Chief Financial Officer",
  text = [[
    Provider payments are the biggest lever. Dana lays out the options. A 5%
    cut to every provider rate would save $130 million of state money at once.
    Freezing the scheduled inflation increases for nursing facilities and for
    managed care plans' administrative allowance, while protecting primary
    care, dental and rural hospitals, would save about $80 million. Dr. Okafor
    adds that the plans have been slow to reduce avoidable emergency visits
    and readmissions, and that a smaller capitation cut tied to those results
    might save $60 million.
  ]],

  choice {
    text = "Cut every provider rate by 5%",
    score = { managing_resources = -1, improving_health_outcomes = -2, systems_thinking = -2 },
    effects = { gap = -130, access = -12, trust = -12 },
    feedback = [[It closes a large part of the gap in one stroke, which is why
      across-the-board cuts are so common. But Medicaid rates are already
      below what many providers accept; a flat cut pushes dentists, rural
      hospitals and specialists out of the program and moves costs into
      emergency rooms. It treats the system as a column of numbers.]],
    next = function(s) s.rate_cut = true; return "benefits" end,
  },
  choice {
    text = "Freeze the scheduled increases for nursing facilities and plan administration, protecting primary care, dental and rural hospitals",
    score = { managing_resources = 2, systems_thinking = 2, improving_health_outcomes = 1, business_acumen = 1 },
    effects = { gap = -80, access = -2, trust = -4 },
    feedback = [[A targeted freeze asks the most of those with the most room,
      and protects the providers whose loss would hurt access most. It is the
      kind of trade-off you can explain using the criteria, and it keeps the
      system's weakest points from breaking.]],
    next = "benefits",
  },
  choice {
    text = "Reduce managed care capitation by 2%, tied to measurable cuts in avoidable emergency visits and readmissions",
    score = { measuring_performance = 2, leading_innovation = 1, business_acumen = 1, improving_health_outcomes = 1 },
    effects = { gap = -60, access = -2, trust = -3 },
    feedback = [[Tying payment to results puts the savings where care can
      improve, and it uses data the agency already has. It saves less than a
      freeze this year and depends on the plans delivering, so it needs careful
      measurement and a fallback.]],
    next = "benefits",
  },
  choice {
    text = "Leave provider rates alone; providers are already leaving Medicaid",
    score = { managing_resources = -2, effective_decision_making = -1, improving_health_outcomes = 1 },
    effects = { trust = 4 },
    feedback = [[You are right that rates are fragile, and protecting access
      matters. But payments to providers are most of the budget; ruling them
      out entirely leaves $300 million to come from much smaller lines, which
      will be cut far deeper. Avoiding a hard decision is itself a decision.]],
    next = "benefits",
  },
}

scene "benefits" {
  title = "Tuesday, 2:00 p.m.",
  speaker = "Dr. Amara Okafor, Medical Director",
  text = [[
    Optional benefits for adults are next: dental, vision, podiatry. Federal
    law does not require them, so they are always on the list. Ending adult
    dental would save $55 million. Limiting it to preventive and emergency care,
    with an annual cap, would save $25 million.

    "When another state ended adult dental," Dr. Okafor says, "emergency
    visits for dental pain rose sharply, and so did complications for people
    with diabetes. I can model what it would do here, but not by tonight."
  ]],

  choice {
    text = "End optional adult dental coverage",
    score = { managing_resources = 1, improving_health_outcomes = -2, systems_thinking = -2 },
    effects = { gap = -55, access = -10, trust = -8 },
    feedback = [[The saving is real on paper, but much of it returns as
      emergency visits, extractions instead of treatment and worse control of
      chronic disease. Optional does not mean unimportant; cutting prevention
      is a classic way to move cost from one budget line to another.]],
    next = function(s) s.dental_cut = true; return "leak" end,
  },
  choice {
    text = "Keep dental but limit it to preventive and emergency care, with an annual cap",
    score = { managing_resources = 1, improving_health_outcomes = 1, systems_thinking = 1, business_acumen = 1 },
    effects = { gap = -25, access = -3, trust = -3 },
    feedback = [[A limit keeps the care that prevents the most expensive
      problems while still contributing savings. Members lose some restorative
      care, which you should be ready to say plainly, but the core benefit that
      keeps people out of emergency rooms survives.]],
    next = function(s) s.dental_limited = true; return "leak" end,
  },
  choice {
    text = "Ask Dr. Okafor to model the downstream costs by Thursday and decide then",
    score = { systems_thinking = 2, measuring_performance = 1, effective_decision_making = -1 },
    feedback = [[Evidence on second-order costs is exactly what this decision
      needs, and asking for it shows you see the system. But it costs two of
      your five days; deferring is only wise if you will really decide on
      Thursday, with a fallback ready if the model is late.]],
    next = function(s) s.dental_modeled = true; return "leak" end,
  },
  choice {
    text = "Leave optional benefits alone; look for savings elsewhere",
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
      "My story runs at nine. Does the Medicaid director want to comment?"]]
  end,

  choice {
    text = "Go on record: the agency is weighing options to meet the Governor's request, guided by protecting coverage and access; nothing is final, and stakeholders will be briefed before it is",
    score = { communicating_with_internal_and_external_audiences = 3, communication = 1, resiliency = 1 },
    effects = { trust = 6 },
    feedback = [[You stayed calm, told the truth about the process without
      confirming a draft, and put your criteria on the record. Public agencies
      earn trust by explaining how they decide, especially when the news is
      bad, and you have now committed yourself to briefing stakeholders first.]],
    next = function(s) s.on_record = true; return "town_hall" end,
  },
  choice {
    text = "Decline to comment on draft documents",
    score = { communicating_with_internal_and_external_audiences = -1, communication = -1 },
    effects = { trust = -5 },
    feedback = [["No comment" is safe for the agency and costly for trust. The
      story will run anyway, framed entirely by others, and members who rely on
      dental care will read it without hearing from the person responsible for
      their coverage.]],
    next = "town_hall",
  },
  choice {
    text = "Refer her to the Governor's press office, then spend the evening finding out who leaked the memo",
    score = { resiliency = -2, self_awareness = -1, communicating_with_internal_and_external_audiences = -1 },
    effects = { trust = -3, morale = -10 },
    feedback = [[A leak feels like betrayal, and the urge to find the source is
      human. But a hunt on the night before staff must work hardest spreads
      fear, rarely finds anyone, and spends your energy on your own hurt rather
      than on the people the story is about. Steadiness under pressure is what
      the team needs from you tonight.]],
    next = function(s) s.leak_hunt = true; return "town_hall" end,
  },
  choice {
    text = "Coordinate with the Governor's press office on a short joint statement before nine",
    score = { collaborating_and_working_in_teams = 1, communicating_with_internal_and_external_audiences = 1 },
    effects = { trust = 1 },
    feedback = [[Aligning with the Governor's office avoids mixed messages and
      respects whose decision the final package is. A joint statement tends to
      be cautious, though; it protects the process more than it informs the
      people who are worried.]],
    next = "town_hall",
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
      eligibility contractor staff", and people have read "layoffs". Luis says two
      experienced caseworkers asked him this morning whether they should start
      looking for other jobs.]]
  end,

  choice {
    text = "Hold an all-staff call at noon: say what is known and not known, that no state layoffs are planned, and that staff will hear decisions from you first",
    score = { communicating_with_internal_and_external_audiences = 2, communication = 2, resiliency = 1 },
    effects = { morale = 12 },
    feedback = [[Staff can work through bad news; what wears them down is
      silence and rumor. Saying plainly what you know, what you do not, and
      when they will hear more is the most powerful thing a leader can offer in
      an uncertain week, and it costs you nothing but an hour. Letting the
      managers closest to the work lead the conversation would have built
      their standing too.]],
    next = function(s) s.told_staff = true; return "dana_feedback" end,
  },
  choice {
    text = "Send everyone a short note saying what is known and not, and ask Luis and the eligibility chief to meet the affected teams today, with you there to answer questions",
    score = { developing_directing_and_delegating = 2, communicating_with_internal_and_external_audiences = 2,
              communication = 1, collaborating_and_working_in_teams = 1 },
    effects = { morale = 12 },
    feedback = [[Everyone hears the same facts at once, and the managers closest
      to the work lead the conversation where the worry is greatest, with you
      beside them to answer what they cannot. That strengthens their standing
      instead of going around them, which matters for the months of change
      ahead.]],
    next = function(s) s.told_staff = true; return "dana_feedback" end,
  },
  choice {
    text = "Send a short email: no decisions have been made, please stay focused on the work",
    score = { communication = -1, communicating_with_internal_and_external_audiences = -1 },
    effects = { morale = -3 },
    feedback = [[True, brief and unlikely to leak. It is also what every anxious
      employee expected you to say, and it answers none of their questions.
      "Stay focused" asks people to set aside a fear that you have not
      addressed.]],
    next = "dana_feedback",
  },
  choice {
    text = "Say nothing until Friday so nothing else leaks",
    score = { communication = -2, communicating_with_internal_and_external_audiences = -2, self_awareness = -1 },
    effects = { morale = -8 },
    feedback = [[Silence to prevent leaks treats your staff as the risk rather
      than as the people who will carry out whatever you decide. They will fill
      the silence with the worst reading of the memo, and the best of them have
      options elsewhere.]],
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
    return [[Dana closes the door. "Can I tell you something you won't
      like? ]] .. what .. [[. People have stopped telling you what they
      really think."]]
  end,

  choice {
    text = "Thank her, ask for a specific example, and ask what she would do in your place",
    score = { receiving_feedback = 3, self_awareness = 2 },
    effects = { morale = 5 },
    feedback = [[Thanking the messenger and asking for specifics makes honest
      feedback safe, and Dana will tell others how you took it. Asking what she
      would do turns a criticism into advice, and shows you value her judgment
      as well as her candor.]],
    next = function(s) s.took_feedback = true; return "revenue" end,
  },
  choice {
    text = "Explain the pressure you are under and why speed matters this week",
    score = { receiving_feedback = -1, self_awareness = -1 },
    feedback = [[The pressure is real, but explaining it in response to feedback
      sounds like a defense, and Dana hears that the problem is hers to
      understand. Next time, she may not bother to tell you.]],
    next = "revenue",
  },
  choice {
    text = "Agree, and at the next meeting tell the team you want to hear disagreement, naming Dana as the one who raised it",
    score = { receiving_feedback = 1, self_awareness = 1, collaborating_and_working_in_teams = -1 },
    effects = { morale = -2 },
    feedback = [[Acting on feedback quickly is good, and inviting disagreement in
      public sets a norm. Naming Dana in front of her peers, though, exposes her
      for her candor; the message others take is that speaking up gets you
      singled out.]],
    next = "revenue",
  },
  choice {
    text = "Thank her, and change how you run the next meeting: ask for objections before you give your own view",
    score = { receiving_feedback = 2, self_awareness = 1, collaborating_and_working_in_teams = 1 },
    effects = { morale = 4 },
    feedback = [[You heard it and changed your behavior where the team will see
      it, which matters more than any apology. Asking Dana for a concrete
      example would have sharpened what to change, but the visible shift in
      how you lead will speak for itself.]],
    next = function(s) s.took_feedback = true; return "revenue" end,
  },
}

scene "revenue" {
  title = "Wednesday, 3:00 p.m.",
  speaker = "Dana Ortiz, Chief Financial Officer",
  text = function(s)
    local hint = ""
    if s.asked_revenue then
      hint = [[ She has read your note from Monday: Kevin said a real revenue
        proposal would count.]]
    end
    return ("Dana updates the tally: you are still $%d million short."):format(s.gap) .. hint
      .. [[ The options left on the table are larger structural moves, and
      one-time money that would fill this year's hole but not next year's.]]
  end,

  choice {
    text = "Propose raising the hospital provider assessment: hospitals pay in, federal match comes back, and most of it returns to hospitals as higher payments",
    -- Only someone who asked Kevin about revenue, or kept the options open on
    -- Monday, sees this option.
    when = function(s) return s.asked_revenue or s.open_options end,
    score = { business_acumen = 3, leading_innovation = 2, systems_thinking = 1,
              balancing_strategic_focus_and_agility = 1 },
    feedback = [[This is a second-order solution: instead of cutting care, it
      restructures financing so the state draws more federal match and
      hospitals come out whole. It depends entirely on the hospitals agreeing
      and on careful design, and tomorrow's conversation will decide whether it
      is real.]],
    next = "hospitals",
  },
  choice {
    text = "Accelerate the shift of long-term care from nursing homes to home and community-based services",
    score = { leading_innovation = 2, systems_thinking = 2, improving_health_outcomes = 2, planning_for_action = -1,
              balancing_strategic_focus_and_agility = 1 },
    effects = { gap = -20, access = 2 },
    feedback = [[Most people would rather receive care at home, and it usually
      costs less; rebalancing is one of the best long-term moves in Medicaid.
      This year it saves only $20 million, and moving faster than home care
      capacity grows risks gaps in care, so it needs a careful plan.]],
    next = function(s) s.rebalancing = true; return "advocates" end,
  },
  choice {
    text = "Cut administrative contracts and freeze hiring at the agency",
    score = { managing_resources = 1, business_acumen = 1, managing_work = -1 },
    effects = { gap = -25, morale = -6 },
    feedback = [[Trimming overhead before services is a reasonable instinct, and
      $25 million of state money is real. But administration in Medicaid draws
      50 to 90% federal match, so every state dollar cut gives up federal
      dollars with it, and a hiring freeze lands on the same eligibility staff
      who are already stretched.]],
    next = "advocates",
  },
  choice {
    text = "Sweep $80 million of one-time reserve balances into the package",
    score = { business_acumen = -2, managing_resources = -2, balancing_strategic_focus_and_agility = -1 },
    effects = { gap = -80 },
    feedback = [[One-time money makes this year balance and leaves the same
      structural hole next year, usually with fewer options. Kevin told you the
      Governor dislikes exactly this. Reserves have a place in a crisis, but as
      a bridge to a plan, not a substitute for one.]],
    next = function(s) s.one_time = true; return "advocates" end,
  },
}

-- ---------------------------------------------------------------- Thursday

scene "hospitals" {
  title = "Thursday, 9:00 a.m.",
  speaker = "Gail Brenner, President, State Hospital Association",
  text = [[
    Gail has heard you out. "Our members were burned last time," she says.
    "We paid a bigger assessment and the state kept the federal money for the
    general fund. Why would we trust this one?"
  ]],

  choice {
    text = "Offer to put it in writing: the new revenue is dedicated to hospital payments and a rural hospital fund, with a joint oversight committee; then ask what her members need to say yes",
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
      reaches hospitals) rather than arguing with her history, and you asked
      what a yes would take. Written commitments and shared oversight are how
      public agencies rebuild trust that an earlier decision spent.]],
    next = function(s) s.assessment = true; return "hospitals_outcome" end,
  },
  choice {
    text = "Tell her the Governor expects the association's support, and that the alternative is a rate cut",
    score = { managing_conflict_and_negotiating = -2, engaging_stakeholders = -2 },
    effects = function(s)
      if s.trust >= 60 then
        s.gap = s.gap - 90; s.hospital_deal = "full"
      else
        s.gap = s.gap - 30; s.hospital_deal = "partial"
      end
      s.trust = s.trust - 10
    end,
    feedback = [[A threat may produce grudging agreement this week, but it
      confirms Gail's fear that the state will take what it can, and her
      members will remember it when you next need them. Power used to force a
      deal makes the deal fragile.]],
    next = function(s) s.assessment = true; return "hospitals_outcome" end,
  },
  choice {
    text = "Propose a smaller assessment with no dedication language, to keep the Governor's flexibility",
    score = { managing_conflict_and_negotiating = 1, business_acumen = -1 },
    effects = { gap = -45, trust = -2 },
    feedback = [[Meeting in the middle keeps the talks alive. But the thing Gail
      needed was a guarantee, not a smaller number; without it the association
      agrees only to a token amount, and the financing opportunity is largely
      lost.]],
    next = function(s) s.assessment = true; s.hospital_deal = "token"; return "hospitals_outcome" end,
  },
  choice {
    text = "Drop the idea; without their trust it will not work",
    score = { resiliency = -1, managing_conflict_and_negotiating = -1, effective_decision_making = -1 },
    feedback = [[Reading the room is important, but her objection was an
      opening position with a clear interest behind it. Walking away at the
      first push leaves $100 million or more on the table and the harder cuts
      in place.]],
    next = "hospitals_outcome",
  },
}

scene "hospitals_outcome" {
  title = "Thursday, 11:00 a.m.",
  text = function(s)
    if s.hospital_deal == "full" then
      return [[Gail calls back within the hour: the association's board will
        support the assessment. Dana revises the tally and, for the first time
        this week, smiles.]]
    elseif s.hospital_deal == "partial" then
      return [[The association agrees, but only to part of what you hoped, and
        Gail's statement to members is pointedly cool.]]
    elseif s.hospital_deal == "token" then
      return [[The association signs on to the smaller assessment and not a
        dollar more. Without a guarantee, Gail will not ask her members for
        anything larger, and her statement to them is pointedly cool.]]
    end
    return [[The hospital assessment is off the table. Dana quietly moves on
      to what is left.]]
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
    text = "Meet them yourself: share the target and your criteria, ask which options would do the least harm, and promise an impact summary before Friday",
    score = { engaging_stakeholders = 3, managing_conflict_and_negotiating = 1, improving_health_outcomes = 1 },
    effects = { trust = 10 },
    feedback = [[You treated the advocates as people with knowledge you need,
      not as opposition to be managed. They will not like every cut, but
      people accept hard decisions far better when they were heard and can see
      how the decision was made.]],
    next = function(s) s.advocates_heard = true; return "friday" end,
  },
  choice {
    text = "Send your deputy to listen and take notes",
    score = { engaging_stakeholders = -1, developing_directing_and_delegating = 1 },
    effects = { trust = -2 },
    feedback = [[Luis will listen well, and delegating protects your time. But
      the coalition asked for the person who decides, and sending a deputy
      tells them where they rank this week.]],
    next = "friday",
  },
  choice {
    text = "Decline politely until the package is public, to avoid negotiating in the press",
    score = { engaging_stakeholders = -2, communicating_with_internal_and_external_audiences = -1 },
    effects = { trust = -8 },
    feedback = [[Your worry is understandable, but the coalition will now speak
      about the cuts without knowing your reasons, and the people they
      represent will have had no voice in decisions about their own care.]],
    next = "friday",
  },
  choice {
    text = "Meet them, but present the package as settled so expectations stay realistic",
    score = { engaging_stakeholders = -1, communication = -1, managing_conflict_and_negotiating = -1 },
    effects = { trust = -4 },
    feedback = [[Meeting shows respect; presenting a done deal takes it away.
      Consultation after the decision is notification, and people can tell the
      difference.]],
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
    if s.gap <= 0 then
      return [[The tally is complete: on paper, your package meets the target,
        and Kevin wants it by five. Dana warns that estimates made this fast
        tend to slip, and asks whether you want a margin before it goes.]]
    end
    return ("The package is due at five and you are still $%d million short. "):format(s.gap)
      .. [[Dana has costed what is left, and Kevin has said he would rather
      have an honest package than a perfect-looking one.]]
  end,

  choice {
    -- A function text: the same move, worded for a package that is short or not.
    text = function(s)
      if s.gap <= 0 then
        return "Send the package as it stands, with the softest estimates flagged honestly, two costed options in case they slip, and their effect on members"
      end
      return "Send the package with the remaining gap stated honestly, two costed options to close it, and their effect on members"
    end,
    score = { effective_decision_making = 2, communication = 2, business_acumen = 1 },
    feedback = [[You owned the package's weak points instead of hiding them, and
      gave the Governor real choices with their consequences. Decision-makers
      trust agencies that show their work, and a problem stated plainly on
      Friday is far better than one discovered in March.]],
    next = function(s) s.costed_options = true; return "hearing" end,
  },
  choice {
    text = "Use Dr. Okafor's model: limit dental to preventive and emergency care, and show the emergency-room costs it avoids",
    when = function(s) return s.dental_modeled end,
    score = { measuring_performance = 2, improving_health_outcomes = 2, effective_decision_making = 1 },
    effects = { gap = -25, access = -2 },
    feedback = [[The deferral paid off because you came back to it. Evidence
      that a limited benefit avoids emergency costs turns a cut into a
      defensible design, and gives the Governor an answer when advocates ask.]],
    next = function(s) s.dental_limited = true; return "hearing" end,
  },
  choice {
    text = function(s) return lever(s, 80, "an additional 3% cut to provider rates") end,
    score = { improving_health_outcomes = -2, systems_thinking = -1, effective_decision_making = 1 },
    effects = { gap = -80, access = -9, trust = -8 },
    feedback = [[It is the quickest lever left, and meeting commitments matters.
      But a last-minute rate cut lands on providers who are already stretched,
      without the analysis behind the rest of the package. Deadlines are where
      good criteria get abandoned.]],
    next = function(s) s.rate_cut = true; return "hearing" end,
  },
  choice {
    text = function(s) return lever(s, 80, "one-time reserve balances") end,
    -- Someone who already swept the reserves has nothing left to sweep.
    when = function(s) return not s.one_time end,
    score = { business_acumen = -2, managing_resources = -1, balancing_strategic_focus_and_agility = -1 },
    effects = { gap = -80 },
    feedback = [[It props up this year's numbers and hands next year's director
      the same hole with less to work with. The Governor asked specifically to
      avoid this; if you use reserves, say so plainly and pair them with a plan.]],
    next = function(s) s.one_time = true; return "hearing" end,
  },
}

scene "hearing" {
  title = "Three weeks later: Senate Finance Committee",
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
      clipping = [[ Tuesday's Ledger story is open in front of her, your quote
        about protecting coverage and access underlined.]]
    end
    return [[The Governor's budget included most of your package. Senator
      Calloway, who represents a rural district, leans into her microphone.]]
      .. clipping .. [[ "Director, I want to ask about ]] .. concern .. [[.
      What exactly did you cut, who does it hurt, and how will we know?"]]
  end,

  choice {
    text = "Acknowledge the hardship plainly, say who is affected and by how much, and commit to quarterly public reports on access with a trigger to revisit",
    score = { communicating_with_internal_and_external_audiences = 2, measuring_performance = 2, receiving_feedback = 1 },
    effects = { trust = 6 },
    feedback = [[You answered the question she asked, owned the trade-offs, and
      offered a way for the committee to hold you to account. Committing to
      measure access publicly is how an agency earns permission to make hard
      choices again.]],
    next = "verdict",
  },
  choice {
    text = "Walk the committee through how the package was built, including the federal financing behind each item",
    score = { communicating_with_internal_and_external_audiences = 1, technical_learning = 1, communication = 1 },
    effects = { trust = 2 },
    feedback = [[Clear and well informed, and the financing detail helps members
      see that the cuts were weighed. But the senator asked about people in her
      district, and a tour of the method does not quite answer her.]],
    next = "verdict",
  },
  choice {
    text = function(s)
      local which = "rebate and assessment"
      if not s.assessment then which = "rebate" elseif not s.understands_rebates then which = "assessment" end
      return "Explain the " .. which .. " math line by line, and offer to brief her staff on the district numbers"
    end,
    when = function(s) return s.understands_rebates or s.assessment end,
    score = { technical_learning = 2, communicating_with_internal_and_external_audiences = 1, engaging_stakeholders = 1 },
    effects = { trust = 4 },
    feedback = [[Because you learned the financing yourself, you can answer
      without turning to staff, and the offer of a district briefing gives her
      something to take home. The hearing is a good place to show command of
      the detail, as long as the people stay at the center.]],
    next = "verdict",
  },
  choice {
    text = "Say that these were the Governor's decisions and refer detailed questions to her budget office",
    score = { communicating_with_internal_and_external_audiences = -2, self_awareness = -1, vision_and_purpose = -1 },
    effects = { trust = -8 },
    feedback = [[Technically true and a reasonable instinct to stay in your
      lane, but you built the package and everyone in the room knows it.
      Stepping back from your own recommendations costs the credibility you
      will need in the next session.]],
    next = "verdict",
  },
}

-- The verdict: a narration whose function `next` picks the ending from what
-- the week added up to. Each ending's text then fills in the details.

scene "verdict" {
  title = "Six months on",
  text = "The fiscal year turns over, and the package you built meets the real world.",
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
    return [[The budget balances, and by March the cost is visible elsewhere:
      fewer dentists and specialists take Medicaid, waits are longer, and
      emergency rooms are busier. Part of the saving is coming back as
      higher costs in other lines. ]] .. epilogue(s)
  end,
}

scene "same_hole" {
  ending = "The same hole next year",
  text = function(s)
    return [[This year balances. But the reserves are gone, and next year's
      forecast shows the same structural gap with less to fill it. Kevin's
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
