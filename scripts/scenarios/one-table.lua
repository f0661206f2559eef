-- One Table
--
-- The Governor asks a deputy commissioner of the state health department to
-- lead a joint initiative for the 340 residents of Calder County who cycle
-- most often through emergency rooms, the county jail and homeless shelters.
-- The team is on loan: a nurse care manager from the player's own department
-- (who reports to the Medicaid director, not to the player), a program
-- manager from the housing office, a reentry supervisor from corrections, the
-- clinical director of the county's behavioral health provider, and the
-- co-director of a peer-run organization of people who have been homeless,
-- addicted or incarcerated themselves. Nobody on it reports to the player.
-- Each agency has its own lawyers, budget, culture and words for the same
-- people, and the residents have had enough of meeting all of them.
--
-- The scenario is about convergence of services: getting agencies to present
-- one coherent face to the person, by influence rather than authority, with a
-- team whose differences are the point. It rewards leaders who borrow people
-- rather than take them, build purpose from the residents' experience, look
-- for the interest under each partner's position, rethink the service rather
-- than co-locate the old one, treat failures as the system's, notice when
-- their own agency is crowding the others out, measure honestly, make costs
-- and savings meet, and build something that will outlast their own posting.
--
-- Meters:
--   team      the joint team's trust: in you and in each other. Below 35 at
--             the end, the loans are quietly recalled ("Back to the silos").
--   backing   the agency heads' backing: the commissioners and directors who
--             lend their people and money. Decides whether the work outlasts
--             you ("It worked while you were there").
--   joined    how far the residents experience one service rather than five.
--             Below 45 at the end: "Side by side, not together".
--   evidence  what the team can honestly show works. Read by the ending when
--             the player sold the Governor a savings figure (s.oversold).
--
-- Flags on `s` carry choices forward. The main ones:
--   s.listened, s.asked_authority, s.charter, s.drafted_purpose   week one
--   s.purpose        "dee", "agencies", "cost" or "charge": whose purpose
--   s.consent / s.shortcut / s.ordered_data                     the data
--   s.lead_worker / s.colocated / s.shared_plan / s.contracted  the design
--   s.housing_deal / s.forced_vouchers / s.quiet_favour /
--   s.promised_support (tenancy support offered without authority) housing
--   s.agreement_stalled  the data agreement stalls (s.random), consent path
--   s.clearance_path / s.sided_jamal / s.sided_rule              the jail rule
--   s.second_door_out, s.darnell_out, s.blameless, s.blamed_jail, ...
--   s.oversold, s.shared_measures, s.braided, s.frontline, s.handover
--   s.roots          how many things were built to outlast you (0 to 6): the
--                    housing deal, the release alert, shared ownership of
--                    the team, shared savings, a front line that owns the
--                    routine, and a handover. The best ending needs three,
--                    and backing of 55 or more.
-- Policy setting: 2026. Medicaid never pays rent, and pays for tenancy
-- support only under a state plan benefit (1915(i)) or a waiver (1115) that
-- CMS has approved; the state has neither, and CMS withdrew its framework for
-- housing-related waivers in 2025. Offering the support on the spot in month
-- three (s.promised_support) is the tempting deal that cannot be kept.
-- Addiction treatment records fall under 42 CFR Part 2.
--
-- Two scenes appear only on some paths: "second_door" (month four, when
-- Second Door has been pushed aside or the team is fraying) and "counsel"
-- (month five, in place of "recall", when the data were matched without an
-- agreement). Look for function `text`, `when` (scenes "clearance" and
-- "money") and function `next` (scenes "clearance", "second_door" and
-- "verdict").

scenario {
  id = "one-table",
  title = "One Table",
  role = "Deputy Commissioner, State Department of Health; lead of the Governor's joint initiative",
  summary = "2026, under the federal rules then in force (Medicaid pays for tenancy support only "
         .. "under a state plan benefit or a waiver, and never for rent). The Governor wants health, "
         .. "housing and corrections to serve the 340 residents who cycle most often through the "
         .. "county's emergency rooms, jail and shelters as one service. You lead the joint team "
         .. "for eighteen months. None of its members report to you.",
  minutes = 22,
  start = "the_ask",
  meters = {
    team     = { label = "Joint team's trust", value = 50, order = 1 },
    backing  = { label = "Agency heads' backing", value = 50, order = 2 },
    joined   = { label = "One service, as residents feel it", value = 25, order = 3 },
    evidence = { label = "Evidence of what works", value = 20, order = 4 },
  },
  reflection = {
    "Nobody on your team reported to you. What did you rely on instead of authority, and at which moments did you reach for authority anyway? What did that cost?",
    "Dee Whitaker had nine case managers in three years. At which of your decisions did her experience actually change, and at which did only the agencies' arrangements change?",
    "When Curtis Lane died, whose failure was it? How did the way you answered that question shape what your partners told you afterwards?",
    "Savings from this work showed up in some agencies' budgets and costs in others. What would make that fair enough that every partner keeps paying in after the Governor's attention moves on?",
    "Sofia told you it felt like the health department's project. What would your own partners say, today, about who owns the joint work you lead?",
  },
  closing = "Think of one person your agency serves alongside at least two others. "
         .. "Name one thing you could do this month so that person meets one service instead of three.",
}

-- Things that make the work outlast you: a fairer housing list, a release
-- alert built into the jail's routine, shared ownership of the team, shared
-- money, a front line that owns the protocol, and a handover. The ending
-- reads the count.
local function root(s)
  s.roots = (s.roots or 0) + 1
end

-- How many of the 340 have a home by month eight, by what happened with
-- the housing list in month three.
local function housed(s)
  if s.housing_deal then return 61 end
  if s.forced_vouchers then return 58 end
  if s.promised_support then return 34 end
  if s.quiet_favour then return 27 end
  return 19
end

-- "a", "a and b", "a, b and c": for endings that list what happened.
local function and_list(items)
  if #items <= 1 then return items[1] or "" end
  return table.concat(items, ", ", 1, #items - 1) .. " and " .. items[#items]
end

-- Month five: a data shortcut taken in month one comes due.
local function month_five(s)
  if s.shortcut then return "counsel" end
  return "recall"
end

-- After the jail clearance argument: a peer organization that has been
-- pushed aside, or a team that is fraying, may cost you Second Door.
local function after_clearance(s)
  if s.sided_rule or s.team < 35 then return "second_door" end
  return month_five(s)
end

-- ---------------------------------------------------------------- Week one

scene "the_ask" {
  title = "Week 1, Monday, 4:30 p.m.",
  speaker = "Celia Ambrose, Governor's Deputy Chief of Staff for Policy",
  text = [[
    Celia has a spreadsheet that three agencies took four months to produce.
    Last year, 340 residents of Calder County accounted for 6,100 emergency
    room visits, 1,150 bookings into the county jail and 38,000 nights in
    homeless shelters. Together they cost public budgets about $31 million,
    spread so thinly across health, housing, corrections and the county that
    no single agency had ever seen the total.

    "The Governor wants these people treated as everyone's responsibility
    instead of no one's," Celia says. "One team, one plan. Eighteen months,
    and she wants to hear how it is going in time for her budget, eight
    months from now." She slides a list across the desk. The team is on
    loan:

    - Anjali Rao, RN, care management lead in your own department's Medicaid
      division. She reports to the Medicaid director, not to you.
    - Terrence Whitlock, program manager at the State Office of Housing and
      Homelessness.
    - Darnell Price, reentry supervisor at the Department of Corrections,
      twenty-two years in, who knows most of the 340 by sight.
    - Dr. Sofia Lindqvist, clinical director of Riverbend Behavioral Health,
      the county's contracted mental health and addiction provider.
    - Jamal Carter, co-director of Second Door, a peer-run organization of
      people who have been homeless, addicted or incarcerated. Jamal has been
      all three.

    "Every one of them reports to somebody else," Celia says. "The Governor
    is asking you to lead. She is not giving you anyone."
  ]],

  notes = [[Leading people you do not manage. Every option here is something
    a capable deputy might do on day one: ask for authority, bring a plan,
    draft a purpose, or spend a week listening. Ask the room which of the
    five agency heads each option would reassure and which it would alarm.
    The purpose-first option is close to the strongest; draw out why drafting
    the words yourself is leadership in your own agency and a head start the
    others notice in a joint one.]],

  choice {
    id = "demand_authority",
    text = "Ask Celia for an executive order putting the team under your direction for the eighteen months, so every dispute has a referee",
    score = { collaborating_and_working_in_teams = -1, engaging_stakeholders = -2, self_awareness = -1 },
    effects = { backing = -10, team = -4 },
    feedback = [[Wanting authority to match the responsibility is reasonable,
      and a signed order would settle arguments quickly. But three agency heads
      would read it as the Governor taking their staff, and the people on loan
      would learn that they answer to you because they have to. Joint work runs
      on willingness, and an order spends it before you have begun.]],
    next = function(s) s.asked_authority = true; return "authority_reply" end,
  },

  choice {
    id = "listen_first",
    text = "Before any team meeting, see each of the five and their bosses: what they hope for, what they fear, what they cannot bend on",
    score = { engaging_stakeholders = 3, collaborating_and_working_in_teams = 1, self_awareness = 1 },
    effects = { team = 6, backing = 8 },
    feedback = [[Leading people you do not manage starts with learning what each
      of them, and each of their bosses, needs in order to say yes. Asking about
      fears and fixed limits as well as hopes shows you where the hard
      conversations will be, and tells the agency heads that you are borrowing
      their people, not taking them. It costs a week with no plan on paper,
      and Celia will ask where it is.]],
    next = function(s) s.listened = true; return "first_meeting" end,
  },

  choice {
    id = "charter",
    text = "Call the first meeting for next week with a draft charter, a 90-day plan and a weekly slot, so that everyone sees it is serious",
    score = { planning_for_action = 1, managing_work = 1, collaborating_and_working_in_teams = -1,
              engaging_stakeholders = -1 },
    effects = { team = -2 },
    feedback = [[Structure early is a strength, and many joint projects die of
      vagueness. But a charter drafted in one agency's office tells four
      partners that the plan is already made, before you know what their
      agencies need or will allow. People on loan commit to what they helped
      shape.]],
    next = function(s) s.charter = true; return "first_meeting" end,
  },

  choice {
    id = "purpose_first",
    text = "Ask Celia what the Governor most wants to be true for these residents in eighteen months, and draft a purpose to test with the team",
    score = { vision_and_purpose = 3, engaging_stakeholders = 1, collaborating_and_working_in_teams = -1 },
    effects = { team = 1, backing = 2 },
    feedback = [[Asking what the Governor wants to be true for residents, rather
      than what she wants to announce, gives the team something worth joining,
      and you have it in hand by Friday. Drafting it yourself, though, even as
      something to test, means the first words the partners see are the health
      department's. In your own agency that is leadership; in a joint team it
      is a head start that the others notice.]],
    next = function(s) s.drafted_purpose = true; return "first_meeting" end,
  },
}

scene "authority_reply" {
  title = "Week 1, Wednesday",
  text = [[
    Celia calls back. The Governor will not sign an order that overrides
    three agency heads; instead she is sending a letter naming you as lead
    "by agreement of the commissioners." By the afternoon the request itself
    has traveled. Elaine Foster, the housing director, mentions it to you
    in a hallway, lightly. Paul Strand, deputy commissioner at Corrections,
    replies to your meeting invitation: "Awaiting your instructions."
  ]],
  next = "first_meeting",
}

scene "first_meeting" {
  title = "Week 2, Thursday, 9:00 a.m.",
  speaker = "The joint team",
  text = function(s)
    local opening
    if s.listened then
      opening = [[You have spent a week in other people's offices, and it shows:
        Terrence nods when you mention the housing list before he can, and
        Darnell has brought coffee for the table.]]
    elseif s.asked_authority then
      opening = [[Darnell opens his notebook and says, deadpan, "Reporting for
        duty." Nobody laughs, quite.]]
    elseif s.charter then
      opening = [[Your draft charter is in front of every seat. Terrence has
        already marked it up; Jamal has not opened his.]]
    else
      opening = [[Your draft purpose paragraph is on the screen. People read it
        politely.]]
    end
    return opening .. [[


      It is a borrowed conference room in the county building. Within twenty
      minutes it is clear the five do not even agree who the 340 are. To
      Anjali they are "high utilizers." To Darnell they are "frequent
      bookings," names the jail staff know by heart. Terrence calls them
      "chronically homeless, with high vulnerability scores." Sofia talks
      about "people with serious mental illness who don't stay engaged."

      Jamal waits, then says: "They're people. Some of them are my friends.
      Dee Whitaker has had nine case managers in three years. Nobody has ever
      asked her what would help."

      What do you do with the rest of the meeting?]]
  end,

  choice {
    id = "dees_story",
    text = "Ask Jamal whether Dee would come and tell the team her story next week, and build the purpose from what she says she needs",
    score = { vision_and_purpose = 3, improving_health_outcomes = 2, collaborating_and_working_in_teams = 1 },
    effects = { team = 6, joined = 8 },
    feedback = [[A purpose built from one resident's experience gives five
      professional cultures something none of them owns alone, and it puts the
      person with the least voice at the center. It also takes seriously what
      Jamal brought to the table. The team leaves today without a goal on
      paper, and the agency heads will wait another week for one.]],
    next = function(s) s.purpose = "dee"; return "dee" end,
  },
  choice {
    id = "agency_goals",
    text = "Ask each partner to name the result its own agency most needs, and build one purpose that carries all five of them",
    score = { engaging_stakeholders = 2, collaborating_and_working_in_teams = 1, vision_and_purpose = -1 },
    effects = { team = 3, backing = 3 },
    feedback = [[Everyone feels included, and each agency head will recognize
      their own goal, which makes the loans easier to renew. But five agency
      targets are five purposes stapled together, and they will pull the team
      apart the first time they compete for a worker's afternoon.]],
    next = function(s) s.purpose = "agencies"; return "dee" end,
  },
  choice {
    id = "cost_case",
    text = "Put the $31 million on the screen and set the goal as cutting avoidable crisis use, and its cost, by a fifth in two years",
    score = { business_acumen = 1, measuring_performance = 1, systems_thinking = 1, vision_and_purpose = -1,
              improving_health_outcomes = -1 },
    effects = { backing = 5, team = -3, evidence = 3 },
    feedback = [[The cost picture is powerful: it shows that these residents are
      every agency's business, and every budget office will read it. But a
      purpose framed as cost tells the people on Jamal's side of the table, and
      eventually the residents, that they are a line item. Savings may well
      follow good work; they make a poor reason for it.]],
    next = function(s) s.purpose = "cost"; return "dee" end,
  },
  choice {
    id = "governors_charge",
    text = "Read out the Governor's charge, propose your draft goals, and ask for comments by email so the next meeting can decide",
    score = { vision_and_purpose = 1, collaborating_and_working_in_teams = -2 },
    effects = { team = -5 },
    feedback = [[Anchoring the team in the Governor's charge is clear and
      efficient, and it reminds everyone why they were lent. But comments by
      email invite each partner to defend its agency's position in writing
      rather than find a shared one in the room, and the moment Jamal opened
      has passed.]],
    next = function(s) s.purpose = "charge"; return "dee" end,
  },
}

scene "dee" {
  title = "Week 3",
  text = function(s)
    if s.purpose == "dee" then
      return [[Dee Whitaker is fifty-four and arrives early. She tells the team
        she has told her story to an emergency room, a jail nurse, a shelter
        intake desk, a housing lady and a clinic, over and over. "Then they give
        me a number to call," she says, "and it's never the same number."

        When she leaves, the team writes its purpose on the whiteboard, and for
        once nobody argues about the words: every person on the list will have
        one person to call, one plan, and a home to go back to.]]
    elseif s.purpose == "agencies" then
      return [[The purpose statement has five bullet points, one per partner:
        fewer emergency visits, fewer bookings, fewer shelter nights, better
        engagement in treatment, and "dignity." Jamal asked for the last one.
        He signs off on the document with a shrug.]]
    elseif s.purpose == "cost" then
      return [[The goal on the wall reads "Reduce avoidable crisis use and its
        cost by 20%." The budget offices like it. Jamal tells Anjali in the
        corridor that his people are not a cost, and she does not disagree.]]
    end
    return [[Comments come back by email. Terrence suggests two edits; Sofia
      asks a question about eligibility; Darnell replies "fine." Jamal does not
      reply at all.]]
  end,
  next = "data",
}

-- ---------------------------------------------------------------- Month 1

scene "data" {
  title = "Month 1",
  speaker = "Anjali Rao, RN, Care Management Lead, Department of Health",
  text = [[
    To find the 340 and follow them, the team has to link three sets of
    records: Medicaid claims at health, jail bookings that Corrections
    receives from the county, and the shelters' homeless information system
    that the housing office runs. Each agency's lawyers give a different
    answer. Health's lawyers worry about the federal rules that protect addiction
    treatment records. Corrections will share bookings only under a signed
    agreement, which its counsel thinks will take six months. The shelter
    system needs each person's written consent.

    "Without the match we're guessing who's on the list," Anjali says. "Wen
    in our analytics unit could match the three files on her laptop by
    Friday. Honestly, nobody would know."
  ]],

  notes = [[A decision with a real legal shape: Medicaid claims that include
    addiction treatment fall under 42 CFR Part 2, the shelter system needs
    consent, and Corrections wants an agreement. Ask the room which option
    they would defend to a privacy officer, and which to a resident in jail
    this week. Consent gathered by peers is the strongest here, and the
    lawyers' room is close behind; even so, the agreement can stall for
    reasons nobody explains.]],

  choice {
    id = "escalate",
    text = "Ask Celia to have the Governor direct all three agencies to share their data within two weeks; she asked for this work",
    score = { engaging_stakeholders = -1, collaborating_and_working_in_teams = -1,
              managing_conflict_and_negotiating = -1 },
    effects = { backing = -8, evidence = 6 },
    feedback = [[It would probably work, and the Governor did ask for this
      initiative. But an order leaves each agency's lawyers with their concerns
      unanswered and their commissioner overruled, and they will remember both.
      Spend the Governor's authority on problems that agreement cannot solve;
      this one has not been tried yet.]],
    next = function(s) s.ordered_data = true; return "one_face" end,
  },

  choice {
    id = "consent",
    text = "Have Second Door's peer workers ask each resident's consent to share records, while a narrow agreement goes to the lawyers",
    score = { leading_innovation = 2, improving_health_outcomes = 2, collaborating_and_working_in_teams = 1,
              technical_learning = 1 },
    effects = function(s)
      s.evidence = s.evidence + 6; s.joined = s.joined + 6; s.team = s.team + 4
      -- Good process, uncertain luck: Corrections' counsel may sit on the
      -- narrow agreement, for reasons nobody gives.
      s.agreement_stalled = s.random(1, 3) == 1
      if s.agreement_stalled then s.evidence = s.evidence - 4 end
    end,
    feedback = [[This is a second-order answer: instead of fighting three data
      regimes, you let the person carry the permission, and every consent
      conversation doubles as a first conversation about what they need. Peer
      workers are trusted where agency staff are not, which puts Jamal's
      organization at the heart of the work. It is slower to build a list this
      way, and the narrow agreement still depends on three sets of lawyers.]],
    next = function(s) s.consent = true; return "one_face" end,
  },

  choice {
    id = "laptop",
    text = "Tell Anjali to let Wen run the match this week; you will get the agreements signed while the team starts work on the people it finds",
    score = { effective_decision_making = -2, engaging_stakeholders = -2, collaborating_and_working_in_teams = -1 },
    effects = { evidence = 8 },
    feedback = [[Speed matters, and people on the list are cycling through the
      jail this week. But matching records that the agencies have not agreed to
      share puts Anjali and Wen at risk, and it breaks faith with two partners
      whose trust you need for eighteen months. If Corrections' lawyers find
      out, the cost will land on Darnell before it lands on you.]],
    next = function(s) s.shortcut = true; return "one_face" end,
  },

  choice {
    id = "lawyers_room",
    text = "Put the three agencies' lawyers and privacy officers in one room with thirty days to say what the law allows, not only what it bars",
    score = { collaborating_and_working_in_teams = 1, technical_learning = 1, managing_work = 1,
              effective_decision_making = 1, engaging_stakeholders = 1 },
    effects = { evidence = 5, team = 2 },
    feedback = [[Bringing the lawyers together turns three separate refusals
      into one shared problem, and a deadline keeps it from drifting. It is
      sound, but it still treats data as something agencies exchange about
      residents rather than with them, and thirty days is the best case. In the
      meantime the team works blind.]],
    next = "one_face",
  },
}

-- ---------------------------------------------------------------- Month 2

scene "one_face" {
  title = "Month 2",
  speaker = "Dr. Sofia Lindqvist, Clinical Director, Riverbend Behavioral Health",
  text = function(s)
    local list
    if s.consent then
      list = [[Of the first 250 people Second Door's peer workers asked, 212
        said yes. Many asked what it was for; several asked whether it meant
        they could stop repeating their story.]]
      if s.agreement_stalled then
        list = list .. [[ The narrow agreement to find the rest has come back
          from Corrections' counsel twice, with new questions each time.
          Nobody there will say whether it is caution or a signal.]]
      end
    elseif s.shortcut then
      list = [[Wen's match produced the list in four days. The agreements are
        still with the lawyers.]]
    else
      list = [[The list is ready, and the team has names and faces for the 340.]]
    end
    return list .. [[


      Sofia, who rarely speaks first, has done a count that worries her. The
      average person on the list has six workers: a Medicaid care manager, a
      Riverbend clinician, a shelter case manager, a housing navigator, a
      probation or reentry officer, and often a hospital social worker. "Every
      one of them has a plan," she says. "None of them has the whole person.
      Whatever we design, we must not become worker number seven."

      The team has argued about models for a month. It is your call what to
      propose to the agency heads.]]
  end,

  choice {
    id = "colocate",
    text = "Rent a storefront where all six services keep hours under one roof, so a resident can reach everyone in a single trip",
    score = { improving_health_outcomes = 1, engaging_stakeholders = 1, leading_innovation = 1, systems_thinking = -1 },
    effects = { joined = 6, team = 3 },
    feedback = [[One roof is a real improvement, and the partners can agree to
      it without changing how anyone works. That is also its limit: it makes
      six workers easier to reach rather than replacing six plans with one,
      and it rarely changes what the person experiences at two in the
      morning.]],
    next = function(s) s.colocated = true; return "housing" end,
  },

  choice {
    id = "riverbend_contract",
    text = "Commission Riverbend to run the whole service on one contract, with one contact per resident and the three agencies as funders",
    score = { leading_innovation = 1, managing_work = 1, collaborating_and_working_in_teams = -2, systems_thinking = -1 },
    effects = { joined = 8, team = -8, backing = 2 },
    feedback = [[Commissioning one provider can give residents one face, it is
      simple to manage, and many places start this way. But it lets the three
      agencies off the hook: the jail, the shelters and the housing list work
      exactly as before, and a contractor cannot make them change. Sofia's
      clinicians would carry the risk while the team goes home.]],
    next = function(s) s.contracted = true; return "housing" end,
  },

  choice {
    id = "shared_plan",
    text = "Keep each agency's worker, and add one shared care plan in a common system and a monthly case conference for every person",
    score = { collaborating_and_working_in_teams = 2, managing_change = 1, systems_thinking = 1 },
    effects = { joined = 5, team = 4 },
    feedback = [[A shared plan and regular case conferences build the habit of
      working together, nobody loses their role, and every partner can sign up
      to it this month. But the resident still has six workers, and a monthly
      meeting about her is not the same as one person she can call.]],
    next = function(s) s.shared_plan = true; return "housing" end,
  },

  choice {
    id = "lead_worker",
    text = "Give every person one lead worker, from whichever partner they trust most, with one plan and the standing to call on every agency",
    score = { leading_innovation = 3, improving_health_outcomes = 2, systems_thinking = 1 },
    effects = { joined = 15, team = -2 },
    feedback = [[This rethinks the service from the resident's side: one person,
      one plan, and the agencies arranged behind them instead of in front. Like
      the self-managed nursing teams of Buurtzorg, it trusts a small team close
      to the person with the whole of their care. It asks each agency to let
      someone else's worker lead its clients, so expect unease at the table,
      and expect to spend your influence keeping the partners behind it.]],
    next = function(s) s.lead_worker = true; return "housing" end,
  },
}

-- ---------------------------------------------------------------- Month 3

scene "housing" {
  title = "Month 3",
  speaker = "Elaine Foster, Director, State Office of Housing and Homelessness",
  text = function(s)
    local tone = ""
    if s.listened then
      tone = [[ Elaine is warmer than she might have been: in week one you asked
        what she could not bend on, and she told you. It was this list.]]
    elseif s.asked_authority then
      tone = [[ Elaine is polite and guarded; she has not forgotten the
        executive order you asked for.]]
    end
    return [[Terrence has briefed you. The county's housing list ranks people
      by a vulnerability score, and the score gives no weight to jail stays or
      emergency visits. Worse, a long stay in jail can wipe out a person's
      record of homelessness under the federal definition. Of the 340, eleven
      have a home. Dee is number 412 on the list.]] .. tone .. [[


      "I have 2,300 people on that list and 160 vouchers a year," Elaine says.
      "Advocates for families and veterans watch it like hawks, and so does
      the federal government. If a Governor's project jumps the queue, I will
      be in front of a committee explaining why."]]
  end,

  notes = [[The facts matter here. Medicaid cannot pay rent, and it can pay for
    tenancy support only under an authority the state does not yet have: a
    1915(i) state plan benefit or an 1115 waiver, each needing public notice
    and CMS approval, which takes months (and CMS withdrew its 2023 framework
    for housing-related waivers in 2025). Offering the support on the spot is
    the tempting deal in the room. Ask what Elaine is protecting, and what
    each option does to her standing with the advocates who watch the list.]],

  choice {
    id = "promise_support",
    text = "Offer Elaine a deal on the spot: Medicaid pays tenancy support for everyone housed from the list if she sets aside thirty vouchers",
    score = { managing_conflict_and_negotiating = 1, improving_health_outcomes = 1, technical_learning = -2,
              business_acumen = -2 },
    effects = { joined = 6, backing = 4 },
    feedback = [[A trade that gives each side what it needs is the right shape,
      and Elaine accepts. But Medicaid can pay for tenancy support only under
      a state plan benefit or a waiver the state does not have, and getting
      either takes months of public notice and CMS review. You promised money
      your agency cannot lawfully spend yet, and Elaine will find out when the
      first invoice is refused.]],
    next = function(s) s.promised_support = true; return "clearance" end,
  },
  choice {
    id = "accept_list",
    text = "Accept the list as it stands, and put the team's effort into keeping the eleven who already have homes stably housed",
    score = { engaging_stakeholders = 1, managing_conflict_and_negotiating = -1, systems_thinking = -1,
              improving_health_outcomes = -1 },
    effects = { joined = -2, backing = 2 },
    feedback = [[Respecting a partner's limits is good manners, and keeping
      eleven people housed is worth real effort. But a scoring rule that hides
      people in jail from the housing list is a flaw in the system, not a law
      of nature, and Elaine never got the chance to fix it with you. Without
      homes, the team will spend its days finding people a bed for the night.]],
    next = "clearance",
  },
  choice {
    id = "interests_deal",
    text = "Propose counting jail stays and ER visits in the score for everyone, and ask Medicaid to seek authority for tenancy support",
    score = { managing_conflict_and_negotiating = 3, systems_thinking = 2, engaging_stakeholders = 1,
              technical_learning = 1 },
    effects = { joined = 10, backing = 8, team = 4 },
    feedback = [[You looked past her position (no queue-jumping) to her interest
      (a list she can defend as fair), and offered a change that makes it
      fairer for everyone rather than a favor for your residents. Asking the
      Medicaid director to seek a 1915(i) benefit for tenancy support brings
      your own agency's resources to her table, honestly: it will take months,
      and she knows that going in.]],
    next = function(s) s.housing_deal = true; root(s); return "clearance" end,
  },
  choice {
    id = "order_setaside",
    text = "Ask Celia for a directive setting aside sixty vouchers a year: these are the county's costliest residents, and the Governor asked",
    score = { improving_health_outcomes = 1, managing_conflict_and_negotiating = -2, engaging_stakeholders = -2 },
    effects = { joined = 6, backing = -12, team = -6 },
    feedback = [[Sixty homes would change sixty lives, and the need is urgent.
      But you would be winning by overruling a partner on the one thing she
      told you she cannot bend, and putting Terrence in an impossible position
      with his own director. A set-aside won by order is also the first thing
      to go when the Governor's attention moves on.]],
    next = function(s) s.forced_vouchers = true; return "clearance" end,
  },
  choice {
    id = "quiet_favour",
    text = "Ask Terrence to use whatever discretion he has to move people on the initiative's list up when units come open",
    score = { improving_health_outcomes = 1, collaborating_and_working_in_teams = -2,
              managing_conflict_and_negotiating = -1, engaging_stakeholders = -1 },
    effects = { joined = 3, team = -6 },
    feedback = [[Terrence wants this to work, and quiet discretion is how a lot
      gets done in government. But you are asking someone you do not manage to
      bend his own agency's rules on your behalf, and if it comes out he pays,
      and Elaine stops trusting both of you. Good partners protect each other's
      standing at home.]],
    next = function(s) s.quiet_favour = true; return "clearance" end,
  },
}

-- ---------------------------------------------------------------- Month 4

scene "clearance" {
  title = "Month 4",
  speaker = "Jamal Carter, Co-Director, Second Door",
  text = function(s)
    local stakes
    if s.lead_worker then
      stakes = [[including Tasha Greene, who is lead worker for nineteen people
        on the list, four of them in the jail right now]]
    else
      stakes = [[including Tasha Greene, the peer worker residents ask for by
        name]]
    end
    return [[The jail has refused security clearance to three of Second Door's
      peer workers because of their own convictions, ]] .. stakes .. [[.
      At the team meeting it boils over.

      "Security policy isn't mine to bend," Darnell says, "and I wouldn't if I
      could. Somebody gets hurt in there, it's my name on it."

      "So the people who know the way out are the ones you lock out," Jamal
      says. "Same as it always was."

      Anjali says quietly that some residents will talk only to the peer
      workers. Sofia looks at her notes. Terrence looks at you. The room
      waits.]]
  end,

  notes = [[The conflict at the heart of a diverse team: both Darnell and Jamal
    are right about something that matters. Ask the room what each is
    protecting (safety and his name; credibility and his colleagues' dignity),
    and whether taking it offline is wisdom or avoidance here. Note that only
    a player who asked for an executive order in week one sees the letter
    option.]],

  choice {
    id = "use_letter",
    text = "Settle it with the Governor's letter naming you lead: the initiative needs the peer workers inside, and Darnell should tell the warden",
    -- Only a player who asked for formal authority in week one has a letter to wave.
    when = function(s) return s.asked_authority end,
    score = { managing_conflict_and_negotiating = -2, collaborating_and_working_in_teams = -2,
              engaging_stakeholders = -1 },
    effects = { team = -6, backing = -6 },
    feedback = [[The letter is real, and a clear decision ends an argument that
      was going nowhere. But it names you lead by agreement of the
      commissioners, not over them, and it gives Darnell an order he has no
      power to carry out. Every partner at the table has seen the letter used
      as a weapon.]],
    next = function(s) s.sided_jamal = true; return after_clearance(s) end,
  },
  choice {
    id = "both_interests",
    text = "Name the conflict in the room, and ask Darnell and Jamal to draft together an escorted-visit plan Darnell can take to the warden",
    score = { managing_conflict_and_negotiating = 3, collaborating_and_working_in_teams = 2,
              improving_health_outcomes = 1 },
    effects = { team = 8, joined = 4 },
    feedback = [[Asking what each is protecting moves the argument from who is
      right to what both need: safety for Darnell, and for Jamal the credibility
      that only people who have been inside can bring. Making the two people
      most in conflict co-authors lets Darnell go home with something he can
      defend. The warden may still say no, and visits stop while the plan is
      written.]],
    next = function(s) s.clearance_path = true; return after_clearance(s) end,
  },
  choice {
    id = "side_jamal",
    text = "Say plainly that the rule is wrong for this work, and that you will raise it with the Commissioner of Corrections yourself",
    when = function(s) return not s.asked_authority end,
    score = { vision_and_purpose = 2, managing_conflict_and_negotiating = -2,
              collaborating_and_working_in_teams = -2 },
    effects = { team = -5, backing = -5 },
    feedback = [[You said what you believe, out loud, and Jamal's colleagues will
      feel defended. But you took sides against a teammate in front of his
      peers, on a policy he does not control, and announced that you would go
      over his head. Darnell now carries your complaint back to his agency
      instead of a proposal.]],
    next = function(s) s.sided_jamal = true; return after_clearance(s) end,
  },
  choice {
    id = "take_offline",
    text = "Lower the temperature: move on with the agenda, and talk to Darnell and Jamal on their own after the meeting",
    score = { resiliency = 1, managing_conflict_and_negotiating = -1, collaborating_and_working_in_teams = -1 },
    effects = { team = -2 },
    feedback = [[Staying calm when a room boils over is a strength, and private
      conversations can soften positions. But the whole team saw the
      disagreement, and moving on tells them that real conflicts are not
      discussed at this table. Two separate conversations will also produce two
      separate understandings of what you promised.]],
    next = function(s) return after_clearance(s) end,
  },
  choice {
    id = "send_others",
    text = "Keep the visits going: Second Door sends staff without records into the jail for now, while Darnell asks the warden for a policy review",
    score = { managing_work = 1, improving_health_outcomes = 1, collaborating_and_working_in_teams = -2,
              managing_conflict_and_negotiating = -1 },
    effects = { team = -8, joined = -4 },
    feedback = [[It is practical, it respects the jail's rules, visits continue
      this week, and a review is at least on the warden's desk. But it tells
      the people whose lived experience is the reason Second Door is at the
      table that they are welcome everywhere except where it matters most, and
      Jamal hears that his colleagues' pasts still decide their place.]],
    next = function(s) s.sided_rule = true; return after_clearance(s) end,
  },
}

-- Only when Second Door has been pushed aside, or the team is fraying.
scene "second_door" {
  title = "Month 4, a week later",
  speaker = "Jamal Carter, Co-Director, Second Door",
  text = function(s)
    local why
    if s.sided_rule then
      why = [["You asked us for our stories and then told us which of us could
        use them."]]
    else
      why = [["Every meeting, we're the guests. The agencies decide, we get
        told."]]
    end
    return [[Jamal asks to see you alone. Second Door's board, every one of
      them a person who has been homeless, addicted or locked up, met last
      night and voted to leave the initiative at the end of the month. "They
      put it plainly," Jamal says. ]] .. why
      .. [[


      "I argued against it," he says. "I'm not sure I was right to."

      Without Second Door, the team loses a third of its workers and nearly
      all of the ones residents trust.]]
  end,

  choice {
    id = "go_to_board",
    text = "Meet the board yourself: say what your decisions told them, hear all of it, then ask what it would take to stay",
    score = { self_awareness = 2, receiving_feedback = 2, managing_conflict_and_negotiating = 1,
              engaging_stakeholders = 1 },
    effects = { team = 10, joined = 4 },
    feedback = [[Going to them, and letting them say all of it before you say
      anything, shows that you heard the message and not only the threat.
      Naming your own part is what makes the question "what would it take?"
      believable. Partners with the least formal power are usually the first
      to notice when a joint effort has quietly become an agency project.]],
    next = function(s) s.repaired = true; return month_five(s) end,
  },

  choice {
    id = "offer_money",
    text = "Offer Second Door a larger share of the peer-support budget and a paid seat at the table, if the board will stay",
    score = { managing_conflict_and_negotiating = 1, engaging_stakeholders = 1, self_awareness = -1 },
    effects = { team = 2 },
    feedback = [[More money for peer work is not a bad idea: peer workers are the
      lowest paid people in the initiative. But the board did not leave over
      money, and an offer that answers a different complaint tells them you did
      not hear the one they made. They may stay for the funding and stop
      telling you the truth.]],
    next = month_five,
  },

  choice {
    id = "replace",
    text = "Thank them for their work, let them go, and ask Riverbend to hire certified peer specialists so the service skips no week",
    score = { managing_work = 1, collaborating_and_working_in_teams = -2, engaging_stakeholders = -2,
              improving_health_outcomes = -1 },
    effects = { team = -6, joined = -8 },
    feedback = [[It keeps the service running, and Riverbend can hire certified
      peer specialists. But you would be replacing an organization run by
      people with lived experience with employees of a provider, and the
      residents' trust does not transfer with the job title. The only partner
      at the table that was neither an agency nor a provider leaves.]],
    next = function(s) s.second_door_out = true; return month_five(s) end,
  },

  choice {
    id = "ask_celia_jamal",
    text = "Ask Celia to call Jamal and tell him how much the Governor values Second Door's place in the work",
    score = { communicating_with_internal_and_external_audiences = 1, engaging_stakeholders = -1, self_awareness = -1,
              managing_conflict_and_negotiating = -1 },
    effects = { team = -2 },
    feedback = [[A call from the Governor's office is flattering, it is quick,
      and it might buy time. But the grievance is with how you have led the
      team, and sending someone more senior to smooth it over avoids the
      conversation only you can have. Jamal will notice who did not call.]],
    next = month_five,
  },
}

-- ---------------------------------------------------------------- Month 5

scene "recall" {
  title = "Month 5",
  speaker = "Paul Strand, Deputy Commissioner, Department of Corrections",
  text = function(s)
    local how
    if s.backing >= 55 then
      how = [[Paul calls you himself before he does it, which you take as a
        courtesy earned.]]
    else
      how = [[You hear it from Darnell first, in the parking lot, before Paul
        has said a word to you.]]
    end
    local stake = ""
    if s.clearance_path then
      stake = [[ Darnell and Jamal's clearance proposal is on the warden's
        desk, and without Darnell there to walk it through, it may sit there.]]
    elseif s.sided_jamal and s.asked_authority then
      stake = [[ Paul does not mention last month's meeting, when you waved the
        Governor's letter and told Darnell to carry it to his warden. He does
        not need to.]]
    elseif s.sided_jamal then
      stake = [[ Paul does not mention last month's meeting, when you said you
        would take the jail's rule over Darnell's head. He does not need to.]]
    end
    return how .. [[ Two officers have resigned at the state prison, and Paul
      needs Darnell back three days a week from Monday.]] .. stake .. [[


      "The initiative's a good idea," Paul says. "My prisons aren't
      optional."]]
  end,

  choice {
    id = "absorb",
    text = "Spread Darnell's caseload across the rest of the team, quietly, so that no resident on his list drops through the gap",
    score = { collaborating_and_working_in_teams = 1, improving_health_outcomes = 1, managing_work = -2 },
    effects = { team = -3, joined = -2 },
    feedback = [[Protecting residents from the gap is a generous instinct, and
      the team will pitch in. But they are already stretched across their
      agencies' competing expectations, and quietly absorbing the loss hides
      its cost from the one person who could weigh it: Paul. A problem you hide
      from a partner is one you cannot solve with them.]],
    next = function(s) s.darnell_part = true; return "curtis" end,
  },

  choice {
    id = "accept",
    text = "Accept it with good grace: it is Paul's call about his own staff, and the staffing crisis in his prison is real",
    score = { engaging_stakeholders = 2, resiliency = 1, managing_work = -1 },
    effects = { team = -4, joined = -3, backing = 4 },
    feedback = [[Respecting another agency's call about its own people is right
      in principle, and Paul will remember that you did not fight him in a
      crisis. But the team sees that the initiative gives way whenever
      something else is urgent, and you had something to offer him that you
      did not try.]],
    next = function(s) s.darnell_part = true; return "curtis" end,
  },

  choice {
    id = "governor_reminder",
    text = "Ask Celia to remind Paul, gently, that the Governor asked for this team personally and that Darnell is central to it",
    score = { improving_health_outcomes = 1, engaging_stakeholders = -2, managing_conflict_and_negotiating = -2 },
    effects = { backing = -10, team = 1 },
    feedback = [[It would probably keep Darnell, and the residents who know him
      would not lose him. But Paul has a genuine crisis, and being overruled
      about his own prisons by the Governor's office will stay with him long
      after the staffing eases. Every partner watching learns that lending to
      this initiative means losing control of their own people.]],
    next = "curtis",
  },

  choice {
    id = "trade",
    text = "See Paul today: show him what the 340 cost his own system, offer help with his releases, and settle on two days a week",
    score = { managing_conflict_and_negotiating = 2, engaging_stakeholders = 1, effective_decision_making = 1 },
    effects = { team = 3, backing = 6 },
    feedback = [[You treated Paul's problem as real and showed him that the
      initiative is also about his: the same people come back to his jail and
      his prisons again and again. Help with releases gives Corrections
      something it needs. You did not get everything, and Paul agreed to the
      two days a little stiffly, but you kept a partner and his person.]],
    next = function(s) s.darnell_part = true; return "curtis" end,
  },
}

-- Replaces "recall" when the data were matched without an agreement.
scene "counsel" {
  title = "Month 5",
  speaker = "Paul Strand, Deputy Commissioner, Department of Corrections",
  text = [[
    Corrections' general counsel has found Wen's matched file in a shared
    folder: four months of jail bookings, linked to Medicaid claims, with no
    agreement behind it. The department's privacy officer must now decide
    whether it has to be reported. Paul has suspended Darnell from the team
    "until the lawyers are satisfied."

    "I lent you the best reentry man I have," he says, "and you put his name
    next to a breach."
  ]],

  choice {
    id = "minimise",
    text = "Explain to Paul that the data never left state systems, that nobody outside saw it, and that no resident was harmed by it",
    score = { technical_learning = 1, self_awareness = -2, managing_conflict_and_negotiating = -1 },
    effects = { backing = -6 },
    feedback = [[It may all be true, and those are exactly the facts the privacy
      officer will weigh. But said to Paul, it answers a question about trust
      with a technicality, and he hears that you do not see what you cost him.
      Darnell stays suspended while the lawyers take as long as they like.]],
    next = function(s) s.darnell_out = true; return "curtis" end,
  },

  choice {
    id = "own_it",
    text = "Write to Paul and his counsel that the call was yours, not Darnell's; delete the file, ask what an agreement needs",
    score = { self_awareness = 3, engaging_stakeholders = 2, managing_conflict_and_negotiating = 1 },
    effects = { backing = 6, team = 6, evidence = -4 },
    feedback = [[Taking responsibility in writing protects the people who
      followed your lead, and it is the only footing on which Paul can let
      Darnell come back. Asking what a proper agreement needs turns the breach
      into the start of the process you skipped. Your own counsel will wince
      at the letter, and the team loses the matched file it has been using.]],
    next = function(s) s.owned_breach = true; return "curtis" end,
  },

  choice {
    id = "celia_smooth",
    text = "Ask Celia to smooth it over with the Commissioner of Corrections before the lawyers turn it into a formal dispute",
    score = { engaging_stakeholders = -2, self_awareness = -1, managing_conflict_and_negotiating = -1 },
    effects = { backing = -10 },
    feedback = [[The Governor's office can make a lawyer's problem go quiet, and
      quickly. But it would be using the Governor's authority to cover your
      mistake, over the head of the partner you wronged, and that story will
      travel round every agency you need. The breach becomes a grievance.]],
    next = function(s) s.darnell_out = true; return "curtis" end,
  },

  choice {
    id = "wait_lawyers",
    text = "Let counsel lead: say nothing in writing until the privacy officer decides whether it must be reported, and carry on without Darnell",
    score = { technical_learning = 1, self_awareness = -1, engaging_stakeholders = -1, managing_work = -1 },
    effects = { team = -5, joined = -3 },
    feedback = [[Letting the formal process run is orderly, and your own lawyers
      would tell you not to put anything in writing yet. But Darnell is
      suspended for something you decided, and silence from you reads as
      letting him carry it. The team, watching, draws its own conclusions about
      what your backing is worth.]],
    next = function(s) s.darnell_out = true; return "curtis" end,
  },
}

-- ---------------------------------------------------------------- Month 6

scene "curtis" {
  title = "Month 6, Tuesday, 7:10 a.m.",
  speaker = "Anjali Rao, RN, Care Management Lead",
  text = function(s)
    local how
    if s.lead_worker and not s.second_door_out then
      how = [[His lead worker, Tasha Greene, found out from his sister's post
        on Facebook.]]
    elseif s.lead_worker then
      how = [[His lead worker at Riverbend found out from the medical
        examiner's office.]]
    elseif s.contracted then
      how = [[Riverbend's coordinator, his single point of contact under the
        new contract, found out from the medical examiner's office. Nobody
        had told the jail she existed.]]
    elseif s.shared_plan then
      how = [[His shared care plan, updated at last month's case conference,
        lists five workers. Each of them assumed one of the others knew he
        was out.]]
    else
      how = [[He had five workers, all of whom keep hours at the storefront.
        Each of them assumed one of the others knew he was out.]]
    end
    local inside = ""
    if s.clearance_path and not s.darnell_out and not s.second_door_out then
      inside = [[ Tasha had seen him inside on the Thursday, under the escorted
        visits Darnell and Jamal designed; he had asked her to find him a bed
        for his release.]]
    elseif s.darnell_out then
      inside = [[ Since Darnell's suspension, nobody on the team has had a way
        into the jail at all.]]
    end
    return [[Curtis Lane, forty-one, one of the 340, was found dead of an
      overdose in a motel room two days after he left the county jail. The
      charges had been dropped and he was released at 2 a.m.; the team's
      release list from the jail arrives once a week. ]] .. how .. inside .. [[


      A reporter from the Ledger is asking questions. The press offices at
      Corrections and Health have already traded emails about whose
      notification failed, copying Celia. The team meets at nine, and the
      peer workers have been up all night.]]
  end,

  notes = [[The pivotal moment. Whose failure was it? Each option answers that
    question, in front of partners who are already trading emails about
    blame. Ask the room what a blameless review would find, and what each
    press office needs from the lead. Caring for the workers who knew Curtis
    is not the wrong instinct; the debrief shows what it gives up when it
    stands alone.]],

  choice {
    id = "grieve",
    text = "Cancel the week's agenda, bring in support for the workers who knew him, and leave the press to the Governor's office",
    score = { resiliency = 2, collaborating_and_working_in_teams = 1, systems_thinking = -1,
              communicating_with_internal_and_external_audiences = -1 },
    effects = { team = 4 },
    feedback = [[Caring for the people who knew Curtis is right, and peer workers
      often carry grief that others do not see. But a week without looking at
      what went wrong is a week in which it can happen to someone else on the
      list, and the public story will be told by press offices already
      assigning blame. Care for the team and a review are not alternatives.]],
    next = function(s) s.grieved = true; return "after_curtis" end,
  },
  choice {
    id = "set_record",
    text = "Get the facts on the record: confirm to Celia and to the Ledger that the jail sent the team no notice at all of his release",
    score = { collaborating_and_working_in_teams = -3,
              communicating_with_internal_and_external_audiences = -2, resiliency = -1 },
    effects = { team = -10, backing = -10 },
    feedback = [[It may be accurate, and the pressure to show that the initiative
      was not at fault is intense. But a missing notice is a symptom of a
      design the whole team owns, and blaming a partner in the press breaks the
      trust that joint work depends on. Darnell will hear about it from his own
      commissioner before he hears it from you.]],
    next = function(s) s.blamed_jail = true; return "after_curtis" end,
  },
  choice {
    id = "own_review",
    text = "Ask each agency to review its own part by its own procedures and report to Celia by Friday, so she has facts before the story runs",
    score = { managing_work = 1, collaborating_and_working_in_teams = -1, systems_thinking = -1 },
    effects = { team = -3, backing = 2 },
    feedback = [[Separate reviews are orderly, each agency knows its own
      procedures, and Celia gets answers on time. But Curtis fell between the
      agencies, and separate reviews of separate parts will each find that
      their own part worked. The failure lives in the handoffs, and nobody has
      been asked to look at them.]],
    next = "after_curtis",
  },
  choice {
    id = "blameless",
    text = "Within two days, bring every partner and his workers to a blameless review of where the handoff failed, and agree one joint statement",
    score = { systems_thinking = 3, collaborating_and_working_in_teams = 2, resiliency = 1,
              effective_decision_making = 1, communicating_with_internal_and_external_audiences = 1 },
    effects = { team = 6, joined = 8, evidence = 5, backing = 3 },
    feedback = [[A blameless review asks what in the system let Curtis fall
      through rather than who to punish, which is the only way partners will
      tell each other the truth. Laid end to end, the failure is plain: a 2 a.m.
      release, a weekly list, and nobody with the standing to act on it.
      Speaking with one voice in public, as the team's failure, protects the
      partnership at the moment it is most likely to break.]],
    next = function(s) s.blameless = true; root(s); return "after_curtis" end,
  },
}

scene "after_curtis" {
  title = "Month 6, the following week",
  text = function(s)
    if s.blameless then
      local who = "Darnell has agreed"
      if s.darnell_out then who = "Paul Strand, who came himself, has agreed" end
      local to = "the lead worker"
      if not s.lead_worker then to = "the team's on-call line" end
      local namer = "Tasha starts"
      if s.second_door_out then namer = "The team starts" end
      return [[The review takes four hours and nobody leaves early. By the
        end, ]] .. who .. [[ to ask the jail for a same-day text to ]] .. to
        .. [[ whenever someone on the list is released, at any hour, and
        Riverbend will hold a naloxone kit and a bed for every release. The
        Ledger runs the joint statement in full. ]] .. namer .. [[ calling it
        Curtis's alert.]]
    elseif s.blamed_jail then
      local darnell = "Darnell stops speaking in team meetings."
      if s.darnell_out then
        darnell = [[Darnell, still suspended, sends Anjali a one-word text:
          "Really?"]]
      end
      return [[The Ledger's headline is "State Initiative Blames Jail for Man's
        Death." Paul Strand forwards it to you without comment. ]] .. darnell
    elseif s.grieved then
      return [[The team takes the week, and the peer workers say afterwards
        that it mattered. The Ledger's story quotes two press offices, each
        careful to say that its own agency followed procedure. The release
        list still comes once a week.]]
    end
    return [[The reviews arrive, each careful and complete. Each finds that its
      own procedures were followed. The release list still comes once a week.]]
  end,
  next = "feedback",
}

-- ---------------------------------------------------------------- Month 7

scene "feedback" {
  title = "Month 7",
  speaker = "Dr. Sofia Lindqvist, Clinical Director, Riverbend Behavioral Health",
  text = function(s)
    local darnell = "Darnell told me he feels like a guest"
    if s.darnell_out then
      darnell = "Darnell told me, before he was suspended, that he felt like a guest"
    end
    local extra = ""
    if s.asked_authority then
      extra = " And people still remember that you asked for an executive order."
    elseif s.charter then
      extra = " And the charter was yours before it was ours."
    end
    return [[Sofia stays behind after the team meeting and closes the door.
      "Better you hear this from me than from Celia. Everyone calls this the health
      department's project. Your office books the room. The agendas come from
      your office. The minutes say 'patients' and 'utilizers.' ]] .. darnell
      .. [[, and Terrence's director asks him why he is doing health's
      work.]] .. extra .. [["


      She waits to see what you will do with it.]]
  end,

  choice {
    id = "co_lead",
    text = "Thank her, and ask Celia to name a co-lead from housing or corrections, so the work is visibly shared from the top",
    score = { collaborating_and_working_in_teams = 2, developing_directing_and_delegating = 1, self_awareness = 1,
              receiving_feedback = 1 },
    effects = { team = 4, backing = 4 },
    feedback = [[Sharing the leadership is a concrete answer, and a co-lead from
      another agency would change how the partners see the work. But you went
      straight to a structural fix without asking Sofia what would make it feel
      shared; the answer may have been simpler and closer to home, such as who
      chairs, who hosts and who writes things down.]],
    next = function(s) s.co_lead = true; root(s); return "measures" end,
  },
  choice {
    id = "survey",
    text = "Thank her, and run an anonymous survey of the whole team on how included each partner feels, before changing anything",
    score = { measuring_performance = 1, receiving_feedback = 1, self_awareness = -1 },
    effects = { team = -1 },
    feedback = [[A survey sounds rigorous, and it protects Sofia's anonymity.
      But she has already told you the answer, and asking your partners to rate
      their inclusion turns a change you could make this week into a
      measurement project. People give feedback to see something change.]],
    next = "measures",
  },
  choice {
    id = "ask_change",
    text = "Ask her what would make it feel like everyone's, then rotate the host and the chair and let members set the agenda",
    score = { receiving_feedback = 3, collaborating_and_working_in_teams = 2, developing_directing_and_delegating = 1 },
    effects = { team = 8, backing = 3 },
    feedback = [[You asked before acting, and then changed things the whole team
      can see. Who hosts, who chairs and whose words fill the minutes are how
      ownership is felt in a joint team, and small changes like these say more
      than any speech about partnership. Your office still carries the
      paperwork, and nobody above you has noticed anything changed.]],
    next = function(s) s.shared_ownership = true; root(s); return "measures" end,
  },
  choice {
    id = "explain",
    text = "Explain that health leads because the Governor asked health to lead, and that somebody at the table has to hold the pen",
    score = { self_awareness = -2, receiving_feedback = -2 },
    effects = { team = -5 },
    feedback = [[It is true, and you have carried most of the administrative
      load. But explaining why things are as they are tells Sofia the problem is
      her perception, and she took a risk to tell you. The next person with
      something uncomfortable to say will think twice.]],
    next = "measures",
  },
}

-- ---------------------------------------------------------------- Month 8

scene "measures" {
  title = "Month 8",
  speaker = "Celia Ambrose, Governor's Deputy Chief of Staff for Policy",
  text = function(s)
    local voices = ""
    if s.consent and (s.lead_worker or s.contracted) then
      voices = [[ Because people consented at the start, the peer workers have
        also asked them: 71% now say there is one person they can call.]]
    elseif s.consent then
      voices = [[ Because people consented at the start, the peer workers have
        also asked them: only 18% say there is one person they can call.]]
    end
    return ([[The Governor's budget office has started on the budget she will
      present in January, and Celia wants one number. "How much has it saved?"

      Anjali's early data on the 198 people enrolled: emergency visits down
      34%% on the year before, jail bookings down 22%%, and %d of the 340 with a
      home.]]):format(housed(s)) .. voices .. [[


      Anjali has a warning. People were picked for the list in the worst year
      of their lives, and many would have had fewer crises this year anyway.
      If the whole drop is counted as the initiative's doing, avoided costs
      come to $4.6 million; housing and peer support have cost $1.9 million,
      mostly in budgets other than health's.]]
  end,

  notes = [[Regression to the mean is the technical heart of this decision:
    people chosen in their worst year improve somewhat on their own. Ask the
    room what the Governor can safely say in January, and who will check the
    number later. Saying "too early" is methodologically right and
    politically costly; the debrief shows the trade.]],

  choice {
    id = "too_early",
    text = "Tell Celia that eight months proves little, and that the honest answer will come from the eighteen-month evaluation",
    score = { technical_learning = 1, measuring_performance = 1, balancing_strategic_focus_and_agility = -1,
              communicating_with_internal_and_external_audiences = -1 },
    effects = { backing = -8 },
    feedback = [[Methodologically careful, and you are right that eight months
      proves little. But the Governor's budget is being written now, and "come
      back in a year" invites someone else to decide what the initiative is
      worth. Leaders who measure well say what is known, what is not, and when
      they will know more.]],
    next = "money",
  },
  choice {
    id = "scorecard",
    text = "Offer a short scorecard every partner signs, compared with similar residents not yet enrolled, and give her an honest early trend",
    score = { measuring_performance = 3, technical_learning = 1, balancing_strategic_focus_and_agility = 1,
              communicating_with_internal_and_external_audiences = 1 },
    effects = { evidence = 20, backing = 3 },
    feedback = [[A few shared measures, owned by every partner and including
      whether residents say they have one person to call, let each agency see
      its interest in one picture. Comparing with similar residents not yet
      enrolled answers the "they would have improved anyway" question before a
      skeptic asks it. An honest early trend is a smaller number than the
      Governor hoped for.]],
    next = function(s) s.shared_measures = true; return "money" end,
  },
  choice {
    id = "the_number",
    text = "Give Celia the $4.6 million, with Anjali's caveat in a footnote: it is the best estimate you have, and the budget needs a number",
    score = { communicating_with_internal_and_external_audiences = 1, measuring_performance = -2,
              technical_learning = -1, business_acumen = -1 },
    effects = { backing = 10, evidence = -10 },
    feedback = [[The drop really happened, the Governor needs something to say,
      and the footnote is honest as far as it goes. But people chosen because
      they were at their worst nearly always improve somewhat on their own, and
      a savings figure that ignores both that and the $1.9 million in new costs
      will be corrected later by someone less friendly.]],
    next = function(s) s.oversold = true; return "money" end,
  },
  choice {
    id = "each_agency",
    text = "Ask each agency to send Celia its own result, which it can stand behind: ER visits from health, bookings from corrections, homes from housing",
    score = { measuring_performance = 1, engaging_stakeholders = 1, systems_thinking = -1,
              collaborating_and_working_in_teams = -1 },
    effects = { evidence = 3, backing = 2 },
    feedback = [[Each agency can stand behind its own number, and it spares you
      an argument over a joint one. But three results invite three stories, and
      the costs that moved from one budget to another (housing paying, Medicaid
      saving) disappear from view. The point of the initiative is the picture
      no single agency can see.]],
    next = "money",
  },
}

-- ---------------------------------------------------------------- Month 8, later

scene "money" {
  title = "Month 8, two weeks later",
  speaker = "Elaine Foster, Director, State Office of Housing and Homelessness",
  text = function(s)
    local tone
    if s.housing_deal then
      tone = [["I'm in, and you know it. Your tenancy-support benefit is out for
        public comment, which helps, but it won't pay a dollar before next
        year. I have to be able to defend this now."]]
    elseif s.forced_vouchers then
      tone = [["You got your vouchers by directive. Next year they go back to
        the list unless somebody pays."]]
    elseif s.promised_support then
      tone = [["And the tenancy support you promised me in month three? Your
        Medicaid director tells me there's no authority to pay for it, and
        won't be before next year."]]
    else
      tone = [["I'm not trying to be difficult. I'm trying to keep my job."]]
    end
    return [[Next year's agency budget requests are due to the Governor's
      budget office on Friday. Elaine has asked for a call with you, Paul
      Strand and the Medicaid director.

      "Let me say what everyone is thinking," she says. "My office pays the
      rent deposits and Terrence's time. The savings show up in Medicaid's
      emergency room line and in the jail. Next year my budget office asks me
      why housing is subsidizing the health department." A pause. ]] .. tone
  end,

  notes = [[Costs and savings fall in different budgets, and partnerships where
    they never meet tend to end quietly at budget time. Draw out what each
    budget office needs to believe a shared-savings method, and what Medicaid
    can lawfully pay for: not rent, and tenancy support only once a state
    plan benefit or waiver is approved. The shared-savings option is stronger
    when a scorecard already exists; without one, it is a promise of a method.]],

  choice {
    id = "new_line",
    text = "Ask the Governor for a new budget line for the initiative, held by the health department, so that no agency is subsidizing any other",
    score = { business_acumen = 1, managing_work = 1, systems_thinking = -1,
              collaborating_and_working_in_teams = -1 },
    effects = { backing = 2 },
    feedback = [[New money is a real answer to Elaine's complaint, and a line of
      its own makes the initiative visible. But a line that lives in health
      deepens the sense that this is health's project, and a single new line is
      among the first things cut in a lean year. It leaves untouched the reason
      costs and savings fall in different places.]],
    next = function(s) s.line_item = true; return "frontline" end,
  },
  choice {
    id = "health_pays",
    text = "Offer to cover housing's added costs from the health department's own budget this year, to keep Elaine at the table",
    score = { managing_conflict_and_negotiating = 1, engaging_stakeholders = 1, business_acumen = -2,
              collaborating_and_working_in_teams = -1 },
    effects = { backing = 3 },
    feedback = [[Generous, and it keeps Elaine at the table this year. But
      Medicaid cannot pay rent, so the money would come from one-time
      administrative funds, and next year you are back here with less. It also
      makes health the owner and the others its guests, the opposite of the
      partnership you have been trying to build.]],
    next = "frontline",
  },
  choice {
    id = "shared_savings",
    text = "Propose that health and corrections reinvest an agreed share of savings measured on the joint scorecard in housing and peer support",
    when = function(s) return s.shared_measures end,
    score = { systems_thinking = 3, business_acumen = 2, managing_conflict_and_negotiating = 2 },
    effects = { backing = 12 },
    feedback = [[You took Elaine's complaint as the accurate description of the
      system that it is: the costs and the savings fall in different budgets.
      Tying reinvestment to a scorecard every partner already signed up to
      gives three budget offices a method they can trust, and keeps Medicaid
      money for what Medicaid can lawfully cover. It will take a quarter of
      negotiation with three budget offices to write down.]],
    next = function(s) s.braided = true; root(s); return "frontline" end,
  },
  choice {
    id = "shared_savings_later",
    text = "Propose a shared-savings agreement in principle, and ask the three budget offices first to agree how savings will be measured",
    when = function(s) return not s.shared_measures end,
    score = { systems_thinking = 2, business_acumen = 1, managing_conflict_and_negotiating = 1 },
    effects = { backing = 6, evidence = 5 },
    feedback = [[The right idea: costs and savings have to meet somewhere, and
      asking budget offices to agree the method before the money is what makes
      a deal stick. Without shared measures already in place, though, the
      method has to be built from scratch, and this year's request goes in
      without the agreement. Elaine keeps paying on faith for another year.]],
    next = "frontline",
  },
  choice {
    id = "status_quo",
    text = "Keep the current arrangement, each agency funding its own part, and revisit it once the evaluation has real numbers",
    score = { measuring_performance = 1, managing_conflict_and_negotiating = -1, systems_thinking = -2 },
    effects = { backing = -8 },
    feedback = [[It avoids a hard negotiation in a tight budget year, and the
      evaluation will give better numbers to negotiate with. But Elaine has
      told you plainly that her office cannot keep paying for savings that land
      elsewhere; waiting asks the partner carrying the cost to carry it on
      faith.]],
    next = "frontline",
  },
}

-- ---------------------------------------------------------------- Month 11

scene "frontline" {
  title = "Month 11, 3:15 a.m.",
  speaker = "Marisol Vega, RN, Night Charge Nurse, Ashford General Emergency Department",
  text = function(s)
    local what
    if s.lead_worker then
      what = [[call the person's lead worker before they are discharged or released]]
    else
      what = [[call the initiative's on-call line before they are discharged or
        released]]
    end
    local alert = ""
    if s.blameless then
      alert = [[ The jail's same-day release alert is working on days and
        failing on nights.]]
    end
    return [[You have come to see for yourself why the protocol is not being
      followed. It asks emergency nurses, jail booking officers and shelter
      intake staff to notice when someone on the list arrives and ]] .. what
      .. [[. Nights at Ashford General make the call about a third of the
      time; the jail's booking desk about as often; the shelters hardly at
      all.]] .. alert .. [[


      Marisol has eleven patients in the hallway. "You want my nurses to make
      another phone call at three in the morning," she says. "Nobody asked
      us. Nobody tells us if it helped."]]
  end,

  choice {
    id = "codesign",
    text = "Stay the night shift: ask the nurses what would work at 3 a.m., and cut the protocol down to their version",
    score = { managing_change = 3, managing_work = 1, engaging_stakeholders = 1, measuring_performance = 1 },
    effects = { joined = 12 },
    feedback = [[The people who have to change their routine know what will work
      at three in the morning. Going to them, cutting the protocol to their
      version, and later telling each unit whom it helped (an outcome, not a
      compliance count) turns an extra task into part of a job they already
      care about. It is one hospital of three sites, and the jail and the
      shelters will need the same nights.]],
    next = function(s) s.frontline = true; root(s); return "governor" end,
  },

  choice {
    id = "training",
    text = "Schedule a two-hour training on the protocol, with the reasons and the stories behind it, for every emergency, jail and shelter shift",
    score = { managing_change = 1, communicating_with_internal_and_external_audiences = 1, managing_work = -1 },
    effects = { joined = 4 },
    feedback = [[Training explains the why and reaches everyone, which is more
      than most protocols get. But it still tells staff what to do rather than
      asking how, and pulling every shift off the floor for two hours costs
      goodwill on units already short of staff. It is a start; on its own it
      rarely changes a routine.]],
    next = "governor",
  },

  choice {
    id = "directive",
    text = "Ask the agency heads and the hospital's chief executive to make the protocol mandatory, with compliance reported monthly",
    score = { managing_work = 2, managing_change = -1, engaging_stakeholders = -1, measuring_performance = -1 },
    effects = { joined = 3 },
    feedback = [[A joint directive shows that leadership stands behind the
      protocol, and compliance will rise for a while. But staff who were never
      asked will do the minimum a directive requires, and a monthly compliance
      figure counts calls made, not people helped. Change that is ordered
      rather than led tends to fade as soon as the reporting does.]],
    next = "governor",
  },

  choice {
    id = "team_covers",
    text = "Spare the front line: have the joint team's own staff watch the emergency board, the jail roster and the shelter lists all night",
    score = { improving_health_outcomes = 1, managing_work = -2, managing_change = -1, systems_thinking = -1 },
    effects = { joined = 4, team = -6 },
    feedback = [[It protects busy colleagues from extra work, and residents start
      getting calls at once. But it asks a small team to watch three systems
      around the clock, which will exhaust them by spring, and it leaves the
      hospital, the jail and the shelters working exactly as before. When the
      team's funding ends, so does the change.]],
    next = "governor",
  },
}

-- ---------------------------------------------------------------- Month 12

scene "governor" {
  title = "Month 12",
  speaker = "Celia Ambrose, Governor's Deputy Chief of Staff for Policy",
  text = function(s)
    local said
    if s.oversold then
      said = [[The Governor used your $4.6 million in her budget address. The
        legislature's fiscal office has since asked, politely, for the
        method.]]
    elseif s.shared_measures then
      said = [[The Governor told Dee's story in her budget address, with the
        scorecard's early trend, and was careful to call it early.]]
    else
      said = [[The Governor mentioned the initiative in her budget address, in
        a sentence.]]
    end
    return said .. [[


      Now she wants more. "She'd like to announce that this goes statewide,"
      Celia says, "all twenty-one counties by next summer." And there is a
      second piece of news: your commissioner wants you to run the Medicaid
      division from July, when the new fiscal year starts. In five months you
      will not be leading this team.

      "Whatever you recommend," Celia says, "has to work without you."]]
  end,

  choice {
    id = "manual",
    text = "Write the model up as a manual and a standard contract any county can adopt, and let counties opt in when they are ready",
    score = { leading_innovation = 1, business_acumen = 1, managing_change = -1 },
    effects = { backing = 2 },
    feedback = [[A manual spreads what you learned cheaply and respects local
      choice. But the hardest parts of the model (trust between agencies, a
      housing deal, a front line that changed its habits) cannot be written
      down, and counties that adopt the paperwork without them will get the
      paperwork. Innovation spreads through people who have done it.]],
    next = "verdict",
  },
  choice {
    id = "stay_on",
    text = "Advise against expansion until the evaluation is in, and ask to stay on as lead rather than move to Medicaid in July",
    score = { measuring_performance = 1, vision_and_purpose = -1, balancing_strategic_focus_and_agility = -1,
              self_awareness = -1 },
    effects = { backing = -6 },
    feedback = [[Caution about scaling before the evidence is in is defensible,
      and staying would protect what you built. But it makes the initiative
      depend on you, and it meets the Governor's ambition with "not yet" and no
      path to "yes." If the work cannot outlive your posting, it was never
      really joint.]],
    next = function(s) s.stayed = true; return "verdict" end,
  },
  choice {
    id = "two_counties",
    text = "Recommend two more counties next year, each with its own local table, and hand the Calder chair to the partners before you go",
    score = { vision_and_purpose = 2, balancing_strategic_focus_and_agility = 2, managing_change = 2,
              planning_for_action = 1 },
    effects = { backing = 6 },
    feedback = [[You kept the Governor's ambition and matched its pace to what
      makes the model work: local relationships, shared money, a front line
      that owns the routine. Handing the chair to the partners before you go
      tests whether the work is truly theirs. The Governor gets a smaller
      announcement than she wanted, and she will say so.]],
    next = function(s) s.handover = true; root(s); return "verdict" end,
  },
  choice {
    id = "statewide",
    text = "Say yes to all twenty-one counties by next summer: the momentum is there now, and a Governor's attention does not last forever",
    score = { vision_and_purpose = 2, engaging_stakeholders = 1, balancing_strategic_focus_and_agility = -2,
              managing_change = -2 },
    effects = { backing = 4, joined = -8 },
    feedback = [[Momentum is real, and pilots that never grow are a familiar
      waste. But what worked in Calder County rests on relationships, a housing
      deal and a front line that took months to win; copied by memo to twenty
      counties, it becomes a program with a name and none of the substance.]],
    next = "verdict",
  },
}

-- The verdict: a narration whose function `next` picks the ending from what
-- the eighteen months added up to. Each ending's text fills in the details.

scene "verdict" {
  title = "Eighteen months on",
  text = function(s)
    if s.stayed then
      return [[The Governor's office thanks you and moves you to Medicaid in
        July anyway. The independent evaluators deliver their report on the
        eighteen months the following January.]]
    end
    return [[You have been running the Medicaid division for half a year when
      the independent evaluators deliver their report on the eighteen months.
      You read it on a Sunday, looking for names.]]
  end,
  next = function(s)
    if s.team < 35 then return "silos" end
    if s.joined < 45 then return "side_by_side" end
    if s.oversold and s.evidence < 35 then return "the_number" end
    if s.backing < 55 or (s.roots or 0) < 3 then return "your_pilot" end
    return "one_table"
  end,
}

-- A few closing lines about the people and the pieces, whichever ending.
-- The ending about the savings figure tells that part itself.
local function epilogue(s, skip_oversold)
  local lines = {}
  local housed_dee = s.housing_deal or s.forced_vouchers or s.promised_support
  if housed_dee and s.lead_worker and not s.second_door_out then
    lines[#lines + 1] = "Dee Whitaker has had the same apartment for eleven months, and one number to call: her lead worker's, someone she chose herself."
  elseif housed_dee and s.lead_worker then
    lines[#lines + 1] = "Dee Whitaker has had the same apartment for eleven months and one number to call, though the peer workers she trusted most left with Second Door."
  elseif housed_dee and s.contracted then
    lines[#lines + 1] = "Dee Whitaker has an apartment, and one number to call: Riverbend's."
  elseif housed_dee then
    lines[#lines + 1] = "Dee Whitaker has an apartment. She still has five workers, and five numbers to call."
  else
    lines[#lines + 1] = "Dee Whitaker is number 208 on the housing list, and still sleeps at the shelter most nights."
  end
  if s.blameless then
    lines[#lines + 1] = "Curtis's alert has gone out 240 times, at every hour of the night."
  end
  if s.clearance_path and not s.second_door_out and s.darnell_out then
    lines[#lines + 1] = "The escorted-visit plan Darnell and Jamal wrote reached the warden before Darnell's suspension, and it is still there; no peer worker with a record has been inside."
  elseif s.clearance_path and not s.second_door_out then
    lines[#lines + 1] = "Three peer workers with records now visit the jail under the review process Darnell and Jamal wrote."
  end
  if s.second_door_out then
    lines[#lines + 1] = "Second Door is no longer part of the work; its board says the state wanted its members' stories, not their judgment."
  end
  if s.darnell_out then
    lines[#lines + 1] = "Darnell Price never came back to the team."
  end
  if s.frontline then
    lines[#lines + 1] = "Night nurses at Ashford General now make the call nine times in ten, using the two-line version Marisol wrote."
  end
  if s.oversold and not skip_oversold then
    lines[#lines + 1] = "The fiscal office's review of the $4.6 million is still open."
  end
  return table.concat(lines, " ")
end

scene "one_table" {
  ending = "One table",
  text = function(s)
    local built = {}
    if s.shared_ownership and s.second_door_out then
      built[#built + 1] = "The Calder table is chaired in turn by housing, corrections and Riverbend"
    elseif s.shared_ownership then
      built[#built + 1] = "The Calder table is chaired in turn by housing, corrections and Second Door"
    elseif s.co_lead then
      built[#built + 1] = "Terrence Whitlock now co-leads the Calder table"
    end
    if s.braided then
      built[#built + 1] = "the shared-savings agreement is written into all three agencies' budgets"
    end
    if s.housing_deal then
      built[#built + 1] = "the housing list now counts jail stays and emergency visits for everyone on it"
    end
    if s.handover then
      built[#built + 1] = "two more counties have started tables of their own"
    end
    local middle = ""
    if #built > 0 then
      middle = table.concat(built, "; ") .. ". "
      middle = middle:sub(1, 1):upper() .. middle:sub(2)
    end
    local residents = "Residents describe one service"
    if not (s.lead_worker or s.contracted) then
      residents = "Residents describe workers who finally talk to each other"
    end
    return [[The evaluators compare the residents with similar people who were
      not yet enrolled, and the difference holds: fewer crises, fewer
      bookings, more nights housed. What strikes them most does not fit in a
      table. ]] .. residents .. [[, and the agencies describe one
      team. ]] .. middle .. [[The work no longer needs you to hold it
      together, which is the point. ]] .. epilogue(s)
  end,
}

scene "your_pilot" {
  ending = "It worked while you were there",
  text = function(s)
    local who = "residents who were housed"
    if s.lead_worker then who = "residents who had a lead worker and a home" end
    local slips = { "the loans are renewed one quarter at a time" }
    if not s.braided then
      slips[#slips + 1] = "the money is argued over at every budget cycle"
    end
    if not (s.shared_ownership or s.co_lead or s.handover) then
      slips[#slips + 1] = "nobody outside health feels able to call the team together"
    end
    if not s.frontline then
      slips[#slips + 1] = "the night shifts drift back to their old routines"
    end
    return [[The evaluation is good: ]] .. who .. [[ did markedly better than
      similar people who were not yet enrolled. But within months of your
      move, the things that held the work together start to slip: ]]
      .. and_list(slips) .. [[. The person who used to make the
      calls that kept the agencies at the table is running Medicaid now. The
      work depended on you, and you left. ]] .. epilogue(s)
  end,
}

scene "the_number" {
  ending = "The number that came back",
  text = function(s)
    return [[The evaluators find real improvement, but far smaller than the
      Governor announced: most of the first year's drop in emergency visits
      would have happened anyway, and the $4.6 million never counted the new
      costs. The fiscal office's note becomes a newspaper story, and in the
      capitol this is now the initiative whose savings did not hold up. Its
      budget request is cut in half. Good work, sold as something it was
      not. ]] .. epilogue(s, true)
  end,
}

scene "side_by_side" {
  ending = "Side by side, not together",
  text = function(s)
    local story = "Too many workers, too many plans, too many numbers to call."
    if s.lead_worker or s.contracted then
      story = "One number to call now, but behind it the same agencies, each with its own rules."
    elseif s.shared_plan then
      story = "Too many workers and too many numbers to call, whatever the shared plan says."
    end
    if not s.blameless then
      story = story .. " A release at 2 a.m. that nobody hears about."
    end
    local together = [[The agencies work together more than they used to:
      monthly meetings, shared spreadsheets, people who know each other's
      names.]]
    if s.team >= 60 then
      together = [[The agencies have never worked so well together: monthly
        meetings, shared spreadsheets, people who know each other by first
        name.]]
    end
    return together .. [[ But when the evaluators interview residents, they hear the old
      story. ]] .. story .. [[ The partnership changed how the agencies feel
      about each other more than what the residents receive. ]]
      .. epilogue(s)
  end,
}

scene "silos" {
  ending = "Back to the silos",
  text = function(s)
    return [[Nobody formally ends the initiative. The loans simply stop being
      renewed: first Corrections' days, then Riverbend's clinical hours, then
      housing's. By the time the evaluators arrive, the team is Anjali and a
      part-time analyst, and their report describes a pilot that "did not
      achieve sustained cross-agency engagement." The 340 are back to meeting
      every agency separately, at the worst moments of their lives. ]]
      .. epilogue(s)
  end,
}
