-- The Renewal
--
-- A state Medicaid director has thirty-one days to set the terms on which
-- three managed care plans will serve 1.1 million members for the next two
-- years. A hospital system is threatening to leave the worst plan's network,
-- the chair of the health budget subcommittee (who has that hospital in her
-- district) wants the plan gone, advocates want wrongful denials of care to
-- stop, health centers are running out of cash, and the plans want more money.
--
-- The scenario is about stakeholder conflict seen through commissioning: the
-- state is the plans' only customer, and a renewal is the moment a purchaser
-- says what it is paying for. It rewards leaders who decide what the state is
-- buying for members, measure what members and providers actually experience,
-- look for the interests under loud positions, use contract levers with care
-- for the market they shape, and tell each audience the truth.
--
-- Meters:
--   slack          days of spare drafting time before the April 1 deadline;
--                  decides what can go out on April 1 (scene "final_terms")
--   accountability what the renewed contracts actually hold the plans to
--   access         members' access to care
--   trust          stakeholders' trust: legislators, providers, advocates
--   market         whether the plans stay in and sign: the state needs a
--                  market to buy from
-- The verdict (scene "verdict") reads all five, plus the extension flag.
--
-- The policy setting: March 2027. The federal managed care rules (42 CFR
-- 438, as amended in 2024) are in force: capitation rates must be certified
-- as actuarially sound and priced for what the contract requires; a state
-- that directs plans to pay providers in a set way needs CMS approval of a
-- directed payment before anything is paid, and (for rating periods from
-- July 9, 2026) its preprint must reach CMS before the payment's start date,
-- which may fall mid-year with a contract amendment (42 CFR 438.6(c)); the
-- state's tools against a failing plan are
-- intermediate sanctions, liquidated damages and, after a hearing,
-- termination. Since March 2026 each plan posts its own prior authorization
-- figures once a year (CMS-0057-F: last year's share approved, denied and
-- approved after appeal, on the plan's website), but the state publishes
-- nothing side by side, and nobody reports what its fair hearings overturn.
--
-- Flags on `s` carry choices forward: s.purpose, s.real_measures,
-- s.brokered, s.briefed_chair, s.narrow_clause, s.vague_promise,
-- s.advocates_in, s.withhold (the corrective plan), s.dropped_cobalt,
-- s.chc_fee, ... Look for function `text`, `when` (scene "final_terms")
-- and function `next`.

scenario {
  id = "the-renewal",
  title = "The Renewal",
  role = "Director, State Medicaid Agency",
  summary = "March 2027. Your three Medicaid managed care contracts renew on July 1, and the "
         .. "new terms and certified rates are due to the plans and federal reviewers in 29 "
         .. "days, under the federal managed care rules as amended in 2024. A hospital system is "
         .. "threatening to leave one plan's network, the chair of the health budget "
         .. "subcommittee wants that plan gone, advocates want wrongful denials stopped, "
         .. "and the plans want more money.",
  minutes = 22,
  start = "kickoff",
  meters = {
    slack          = { label = "Days of slack before April 1", value = 8, min = 0, max = 15, order = 1 },
    accountability = { label = "What the contracts hold plans to", value = 30, order = 2 },
    access         = { label = "Members' access to care", value = 60, order = 3 },
    trust          = { label = "Stakeholder trust", value = 45, order = 4 },
    market         = { label = "Plan market stability", value = 60, order = 5 },
  },
  reflection = {
    "What did you decide the state was buying in this renewal, and when did you decide it? How did that shape what you said to the hospital, the Senator, the advocates and the plans?",
    "Lakeshore, Senator Kessler, the plans and the advocates each wanted something different. Whose interests were closest to the members', and how could you tell?",
    "Which of your measures would survive a skeptical plan, a hostile hearing and a parent's question? Which would not?",
    "When Nadia told you something you did not want to hear, what did you do with it? What would your own team say about how safe it is to bring you bad news?",
    "Directors rarely stay long in this job. What in your renewal would outlast you, and what depended on you personally?",
  },
  closing = "Think of a contract or grant you oversee now. Name one thing it pays for that the people it serves would not recognize as value, and one term you would change at its next renewal.",
}

-- ---------------------------------------------------------------- Week one

scene "kickoff" {
  title = "Monday, March 1, 7:30 a.m.",
  speaker = "Nadia Brooks, Deputy Director for Managed Care",
  text = [[
    Nadia has the three managed care contracts stacked on your table, each
    thicker than a phone book. Between them, Crestline Health, Valley Partners
    Health Plan and Cobalt Health Plan cover 1.1 million of your members and
    $6.4 billion a year in payments. All three contracts renew on July 1. To
    leave federal reviewers their ninety days, the final terms and the
    actuary's certified rates have to go to the plans and to CMS by April 1:
    thirty-one days from now. The actuary has been building July's rates
    since the autumn, and anything new the contracts require, she has to
    price.

    "Most years we roll them forward with a rate update and a few technical
    amendments," Nadia says. "This is not most years." She runs through the
    pile.

    - Lakeshore Health System has given notice that it will leave Cobalt's
      network on May 1 unless Cobalt pays $22 million in claims more than
      ninety days old.
    - Senator Marguerite Kessler, who chairs the Senate health appropriations
      subcommittee and has Lakeshore's flagship hospital in her district,
      called the Governor's chief of staff on Friday.
    - The plans want a 6.5% rate increase. The actuary's range tops out at 4%.
    - The Consumer Health Alliance has written to ask why the only denial
      figures anyone publishes are the plans' own yearly postings of last
      year's numbers, and why nobody puts them side by side or reports how
      often the state's fair hearings overturn a plan.

    "Where do you want to start?"
  ]],

  notes = [[
    The frame for the whole month. Ask the room what the state is buying for
    $6.4 billion, and who gets to say. The clean renewal and the early calls
    are what most directors do most years, for good reasons (the deadline,
    the politics); the audit is the careful person's trap. Who pays for a
    renewal that decides nothing?
  ]],

  choice {
    id = "clean_renewal",
    text = "Start from a clean renewal and amend only what the loudest complaints require; thirty-one days is short",
    score = { managing_resources = 1, vision_and_purpose = -2, business_acumen = -1 },
    effects = { slack = 2, accountability = -5 },
    feedback = [[Protecting the deadline and your team's time is a real
      responsibility, and a clean renewal is what most agencies do most years.
      But it lets the loudest complaint decide what the state buys for $6.4
      billion, and it treats the renewal as paperwork rather than as the one
      moment in two years when the plans must agree to new terms.]],
    next = function(s) s.clean_renewal = true; return "scorecard" end,
  },
  choice {
    id = "call_early",
    text = "Call Lakeshore's chief executive and the Senator's chief of staff before lunch, so neither hears it secondhand",
    score = { engaging_stakeholders = 1, communicating_with_internal_and_external_audiences = 1, vision_and_purpose = -1 },
    effects = { trust = 4, slack = -1 },
    feedback = [[Calling early shows respect, and powerful people notice who
      called them first. But you have nothing to tell them yet except that you
      are listening, and the first people you call tend to set the frame for
      everything after. The renewal risks becoming a hospital dispute with a
      contract attached.]],
    next = function(s) s.called_early = true; return "scorecard" end,
  },
  choice {
    id = "purpose",
    text = "Treat it as a purchase: agree by Wednesday what the state is buying, and judge every demand by it",
    score = { vision_and_purpose = 3, business_acumen = 2, effective_decision_making = 1 },
    effects = { accountability = 8, slack = -1 },
    feedback = [[The state is the plans' only customer, and a renewal is when a
      purchaser says what it is paying for. Naming the outcomes first (timely
      appointments, providers paid on time, denials that stand up on appeal)
      gives you one consistent logic for answering the hospital, the Senator,
      the advocates and the plans. It costs a day you will get back.]],
    next = function(s) s.purpose = true; return "scorecard" end,
  },
  choice {
    id = "audit",
    text = "Ask the external quality reviewers for a special review of all three plans, so every judgment rests on evidence",
    score = { measuring_performance = 2, effective_decision_making = -1, managing_resources = -2 },
    effects = { slack = -4, accountability = 3 },
    feedback = [[Wanting independent evidence before you judge three plans is
      sound, and the review will be useful. But it will not report until the
      18th, leaving fourteen days to turn its findings into contract language
      and priced, certified rates. Evidence that arrives after the decision
      window is a report, not an input, and it spends four days of a calendar
      that has eight to spare.]],
    next = function(s) s.audit = true; return "scorecard" end,
  },
}

scene "scorecard" {
  title = "Monday, March 1, 2:00 p.m.",
  speaker = "Nadia Brooks, Deputy Director for Managed Care",
  text = function(s)
    local opening = "Nadia brings what the agency already knows about the three plans."
    if s.audit then
      opening = [[The quality reviewers will start on Wednesday and report on
        the 18th. In the meantime, Nadia brings what the agency already knows.]]
    elseif s.purpose then
      opening = [[Your team's three outcomes are on the whiteboard: members get
        timely care, providers are paid on time, and denials hold up on appeal.
        Nadia brings the numbers that go with them.]]
    end
    return opening .. [[


      Every plan meets the measures in the current contract, which mostly count
      activity: calls answered within thirty seconds, reports filed on time,
      care managers hired. Beyond those, the agency has the plans' own reports:

      - Clean claims paid within 30 days (the federal standard is 90%):
        Crestline 91%, Valley Partners 94%, Cobalt 74%.
      - Prior authorization requests denied: Crestline 9%, Valley Partners 6%,
        Cobalt 16%.
      - Denials overturned when members appeal: Crestline 41%, Valley
        Partners 30%, Cobalt 58%.

      "Lakeshore says Cobalt's real payment rate is far worse than 74%," Nadia
      adds, "and last year's survey found four in ten child psychiatrists in
      the plans' directories weren't taking new Medicaid patients. We don't
      check either one." What should the new contracts hold the plans to?]]
  end,

  choice {
    id = "experience",
    text = "What members and providers live: secret-shopper waits, overturned denials, payments checked against providers' books",
    score = { measuring_performance = 3, improving_health_outcomes = 2, technical_learning = 1 },
    effects = { accountability = 8, slack = -2 },
    feedback = [[These measures look at outcomes for people rather than
      activity, and each can be checked without taking a plan's word for it. A
      high overturn rate is one of the clearest signs that denials are used to
      delay care rather than to judge it. Federal wait-time standards and
      secret-shopper surveys are coming within two years anyway; building the
      checks now costs two days of drafting.]],
    next = function(s) s.real_measures = true; return "plans_pitch" end,
  },
  choice {
    id = "hedis",
    text = "The national HEDIS measures the plans already report: audited, comparable across states, and no new work before April",
    score = { measuring_performance = 1, managing_resources = 2, technical_learning = 1 },
    effects = { accountability = 3 },
    feedback = [[HEDIS is a respectable choice: audited, benchmarked and
      already collected, so it spends none of the month you do not have. But
      it reports on care from a year and a half ago and says nothing about late
      payments or whether listed doctors answer the phone, which is what
      everyone in this dispute is fighting about.]],
    next = "plans_pitch",
  },
  choice {
    id = "grievances",
    text = "Grievances per thousand members: current, reported monthly, and easy for a legislator or a reporter to follow",
    score = { measuring_performance = -1, improving_health_outcomes = -1, communicating_with_internal_and_external_audiences = 1 },
    effects = { accountability = 1 },
    feedback = [[Simple measures have real value in public, and grievances are a
      direct signal from members. But grievance counts rise with how easy a
      plan makes it to complain, and they miss the members who give up; a plan
      can look best by being hardest to reach.]],
    next = "plans_pitch",
  },
  choice {
    id = "plans_propose",
    text = "Ask the three plans' medical directors to propose the measures, so nobody can dispute the results later",
    score = { measuring_performance = -2, engaging_stakeholders = 1 },
    effects = { market = 4, accountability = -4 },
    feedback = [[Involving the plans builds buy-in, and their medical directors
      know what can be measured. But a purchaser that lets the sellers write the
      specification gets measures the sellers already meet. Ask for their
      comments on your draft instead; their objections will show you where the
      measures bite.]],
    next = "plans_pitch",
  },
}

scene "plans_pitch" {
  title = "Tuesday, March 2, 10:00 a.m.",
  speaker = "Pamela Osei, Crestline Health, and Greg Lindqvist, Cobalt Health Plan",
  text = function(s)
    local opening = "The three plans have come together, which tells you something."
    if s.clean_renewal then
      opening = opening .. [[ Word of your clean renewal has reached them;
        Pamela Osei thanks you for "keeping things predictable".]]
    elseif s.purpose then
      opening = opening .. [[ You open by naming the three outcomes the state
        is buying. Pamela Osei writes them down.]]
    end
    return opening .. [[


      Osei, Crestline's state president, makes the case for 6.5%. Since the
      federal work requirements and six-month renewals for expansion adults
      began in January, about 60,000 adults have left the program, most of
      them healthy people who rarely used care, and the members who remain
      cost more. "The actuary's range is built on last year's
      population," she says. "We're paying this year's claims."

      Greg Lindqvist, Cobalt's chief executive, adds that most of Lakeshore's
      "unpaid claims" were submitted wrong. "Four in ten of their rejected
      claims had coding errors. We're not a bank." Dr. Joan Mercer of Valley
      Partners says little until the end: "We can live with tougher standards,
      if they're the same for everyone and the rates are sound."

      Ken Watanabe, your chief financial officer, slides you a note: each point
      of rate is about $64 million a year, $22 million of it state money. The
      actuary's range runs from 2.4% to 4.0%.]]
  end,

  choice {
    id = "hold_line",
    text = "Hold at the actuary's midpoint, 3.2%: plans always ask for more, and state money is tight this year",
    score = { managing_resources = 2, business_acumen = 1, managing_conflict_and_negotiating = -1, engaging_stakeholders = -1 },
    effects = { market = -6 },
    feedback = [[The midpoint is defensible and protects state money, and plans
      do always ask for more than they need. But the shift in who is left on the
      rolls is real and well documented, and answering a data argument with a
      flat no tells the plans that the way forward is around you, to the
      Governor and the Senator.]],
    next = "lakeshore",
  },
  choice {
    id = "test_and_tie",
    text = "Have the actuary test their acuity data, and say any rate in the sound range comes with enforceable standards",
    score = { business_acumen = 2, managing_conflict_and_negotiating = 2, managing_resources = 1, technical_learning = 1 },
    effects = { accountability = 6, market = 2, slack = -1 },
    feedback = [[You separated two questions the plans had bundled together:
      whether the rate is sound, which is a matter of evidence, and what the
      state gets for it, which is a matter of negotiation. Testing their data
      respects a real argument; tying any increase to standards makes the money
      buy something. Valley Partners has already told you it can live with
      that.]],
    next = function(s) s.rates_tied = true; return "lakeshore" end,
  },
  choice {
    id = "top_of_range",
    text = "Settle at the top of the range, 4%, to keep the plans stable, and ask for their help on the complaints in return",
    score = { business_acumen = -2, managing_resources = -2, engaging_stakeholders = 1, managing_conflict_and_negotiating = -1 },
    effects = { market = 8, accountability = -8, trust = -3 },
    feedback = [[Stability matters: a plan in financial trouble serves members
      badly, and the plans leave the room pleased. But "help with the
      complaints" is not a term anyone can enforce, and you conceded about $18
      million of state money before you asked for anything.]],
    next = function(s) s.top_rate = true; return "lakeshore" end,
  },
  choice {
    id = "rate_as_lever",
    text = "Tell them the rate depends on how fast they settle the hospital claims dispute; money is the language they use",
    score = { managing_conflict_and_negotiating = 1, business_acumen = -2 },
    effects = { accountability = 2, market = -5 },
    feedback = [[Linking money to behavior is the right instinct, and it puts
      the payment dispute squarely on the table. But capitation rates must be
      actuarially sound, and your actuary cannot certify a rate set as a
      punishment, so this is a threat you cannot lawfully carry out. The plans'
      lawyers know that.]],
    next = "lakeshore",
  },
}

scene "lakeshore" {
  title = "Wednesday, March 3, 4:00 p.m.",
  speaker = "Frank DiSalvo, Chief Executive, Lakeshore Health System",
  text = function(s)
    local opening = "DiSalvo has brought his finance chief and a binder of aged claims."
    if s.called_early then
      opening = [[DiSalvo thanks you for Monday's call, then tells you his board
        voted last night to hold to the May 1 date.]]
    end
    local aside = [[


      You heard Cobalt put much of the dispute down to coding errors. The
      truth is probably somewhere in between, and nobody has checked.]]
    if s.real_measures then
      aside = aside .. [[ The payment checks your team is designing would be
        the first independent look anyone has taken.]]
    end
    return opening .. [[


      "Twenty-two million dollars, some of it from last spring," he says.
      "Cobalt denies, we resubmit, they lose the paperwork, we resubmit. I
      have a payroll." Lakeshore Regional is the only Level I trauma center
      and the only neonatal intensive care unit in the northern third of the
      state. About 31,000 Cobalt members live closer to it than to anything
      else.

      "If Cobalt can't pay, I don't see why it should keep its contract. And
      while you're writing new ones, every plan should have to take every
      hospital, at fair rates." He closes the binder. "I'm not bluffing about
      May 1."]] .. aside
  end,

  notes = [[
    Four moves a real director might make. Ordering payment and staying out
    both have lawyers who would recommend them; the July promise is a good
    term that arrives too late. Ask who in the room has brokered between two
    parties they did not manage, and what made either side willing to sit
    down. What does each move do for the 31,000 members?
  ]],

  choice {
    id = "order_payment",
    text = "Direct Cobalt to pay the full $22 million within thirty days or face sanctions; a plan cannot starve hospitals",
    score = { managing_conflict_and_negotiating = -1, business_acumen = -1, improving_health_outcomes = 1 },
    effects = { trust = 5, market = -8, accountability = 2 },
    feedback = [[It is decisive, it keeps Lakeshore in the network for now, and
      the Senator will hear about it by dinner. But you have taken one side's
      figure as fact in a dispute where some claims probably were billed
      wrong, and Cobalt's lawyers will say so.]],
    next = function(s) s.ordered_pay = true; return "chair" end,
  },
  choice {
    id = "fix_it_in_july",
    text = "Promise that every new contract will carry a prompt-payment standard with interest penalties from July 1",
    score = { business_acumen = 1, engaging_stakeholders = 1, improving_health_outcomes = -1, managing_conflict_and_negotiating = -1 },
    effects = { accountability = 4, trust = 1, access = -4 },
    feedback = [[A payment standard with interest penalties is a good contract
      term, and it answers the long-run problem. But DiSalvo's notice takes
      effect in May, and a July standard does not pay his March payroll.
      Solving next year's version of a conflict is not resolving this one.]],
    next = function(s) s.lakeshore_leaves = true; s.promised_july = true; return "chair" end,
  },
  choice {
    id = "hands_off",
    text = "Tell him it is a dispute between two private parties under a private contract, and the state stays out of it",
    score = { engaging_stakeholders = -2, improving_health_outcomes = -2, business_acumen = 1 },
    effects = { trust = -8, access = -8 },
    feedback = [[Staying out of a commercial dispute sounds proper, and counsel
      often advises it. But the state pays both parties, and it is the state's
      members who lose their nearest trauma center and NICU on May 1.
      Neutrality here lets 31,000 people bear the cost of a billing fight.]],
    next = function(s) s.lakeshore_leaves = true; return "chair" end,
  },
  choice {
    id = "broker",
    text = "Broker it: both sides at your table, undisputed claims paid, the rest to a reviewer, notice suspended",
    score = { managing_conflict_and_negotiating = 3, engaging_stakeholders = 2, improving_health_outcomes = 1 },
    effects = { trust = 5, access = 3, market = 2, slack = -1 },
    feedback = [[You found the interests under both positions: Lakeshore needs
      cash, and Cobalt needs its coding complaint taken seriously. An
      independent reviewer lets each side be partly right without losing face,
      and suspending the notice protects the 31,000 members who would lose
      their nearest trauma center and NICU.]],
    next = function(s) s.brokered = true; return "chair" end,
  },
}

scene "chair" {
  title = "Thursday, March 4, 8:30 a.m.",
  speaker = "Senator Marguerite Kessler, Chair, Senate Health Appropriations Subcommittee",
  text = function(s)
    local opening
    if s.brokered then
      opening = [[Frank DiSalvo has already told her about your reconciliation
        table. "It's a start," she allows.]]
    elseif s.ordered_pay then
      opening = [["I hear you told Cobalt to pay up," she says. "Good. That's the
        first thing this agency has done for my hospital in three years."]]
    elseif s.promised_july then
      opening = [["July," she says. "Frank's notice takes effect in May. You
        know that."]]
    else
      opening = [["Frank tells me the state can't take sides," she says. "The
        state writes the checks, Director. Everybody in my district knows
        which side it's on."]]
    end
    return opening .. [[


      Her office walls are lined with photographs of ribbon cuttings, several
      of them at Lakeshore Regional, the largest employer in her district. She
      has chaired this subcommittee for nine years and outlasted four Medicaid
      directors.

      "Here is what I want. Cobalt out. And every plan required to contract
      with every hospital that wants in, at the hospital's current rates. You
      can write that into your contracts, or I can write it into the budget
      bill. I'd rather you did it. I'll do it with a lot less care."]]
  end,

  choice {
    id = "any_willing",
    text = "Agree to the any-willing-hospital clause; every budget you need runs through her subcommittee",
    score = { managing_conflict_and_negotiating = -2, business_acumen = -2, engaging_stakeholders = 1 },
    effects = { trust = 6, accountability = -8, market = -8 },
    feedback = [[Her support matters for everything else you do, and giving a
      chair what she asks is how many agencies get through a session. But a
      rule that plans must take every hospital at current rates strips them of
      the main tool they have for building networks on quality and price, and
      every hospital in the state will ask for what Lakeshore got.]],
    next = function(s) s.any_willing = true; return "week_one" end,
  },
  choice {
    id = "look_hard",
    text = "Tell her you will look hard at Cobalt and take her concerns seriously, without committing to anything yet",
    score = { communicating_with_internal_and_external_audiences = -1, managing_conflict_and_negotiating = -1, engaging_stakeholders = 1 },
    effects = { trust = 3 },
    feedback = [[Keeping your options open with an angry chair is a natural
      move, and you conceded nothing. But she heard "Cobalt is on the way out",
      because that is what she wanted to hear. Ambiguity with a legislator
      tends to be remembered as a promise.]],
    next = function(s) s.vague_promise = true; return "week_one" end,
  },
  choice {
    id = "straight",
    text = "Decline the clause and say why: Cobalt will be judged on evidence, and she is briefed before signing",
    score = { engaging_stakeholders = 2, managing_conflict_and_negotiating = 2,
              communicating_with_internal_and_external_audiences = 2, vision_and_purpose = 1 },
    effects = function(s)
      s.trust = s.trust + (s.brokered and 6 or 3)
      s.accountability = s.accountability + 2
    end,
    feedback = [[You said no to her position and yes to her interest, which is
      that her hospital gets paid and her constituents get care. Telling her
      Cobalt will be judged on evidence, rather than promising her its head, is
      honest about what you can defend later, and a briefing before signature
      gives her a stake instead of a grievance.]],
    next = function(s) s.briefed_chair = true; return "week_one" end,
  },
  choice {
    id = "narrow_clause",
    text = "Offer a narrower clause: every plan must contract with the region's only trauma center and NICU, at negotiated rates",
    score = { engaging_stakeholders = 2, managing_conflict_and_negotiating = 2, improving_health_outcomes = 1, business_acumen = 1 },
    effects = { trust = 4, access = 2, accountability = 2, market = -3 },
    feedback = [[A required contract for a provider with no substitute is a
      sound network-adequacy term, and it gives her something real for
      Lakeshore's patients without handing every hospital a veto over rates.
      It also answers her position more than her interest: she will take it,
      and the other hospitals in her district will ask why they are not in
      it.]],
    next = function(s) s.narrow_clause = true; return "week_one" end,
  },
  choice {
    id = "refer_up",
    text = "Refer her to the Governor's office: contract terms are an executive decision, and his staff should own this",
    score = { engaging_stakeholders = -2, communicating_with_internal_and_external_audiences = -1, managing_conflict_and_negotiating = -1 },
    effects = { trust = -8 },
    feedback = [[It is constitutionally accurate, and it keeps the Governor's
      staff in the loop. But a chair who has outlasted four directors hears it
      as "not my problem", and she has a budget bill to answer with.]],
    next = function(s) s.chair_snubbed = true; return "week_one" end,
  },
}

scene "week_one" {
  title = "Friday, March 5, 7:00 p.m.",
  text = function(s)
    local lines = {}
    if s.brokered then
      lines[#lines + 1] = [[Lakeshore and Cobalt sit down at your table on
        Tuesday, and Frank DiSalvo has suspended his notice while they do.]]
    elseif s.ordered_pay then
      lines[#lines + 1] = [[Cobalt has paid $6 million "without prejudice", and
        its general counsel has written to question your authority to order the
        rest.]]
    else
      lines[#lines + 1] = [[Lakeshore's notice stands. Cobalt has started
        mailing letters to 31,000 members: from May 1, Lakeshore Regional will
        be out of network.]]
    end
    if s.briefed_chair then
      lines[#lines + 1] = [[Senator Kessler's scheduler has put your briefing
        on her calendar for March 26.]]
    elseif s.any_willing then
      lines[#lines + 1] = [[Senator Kessler has told the hospital association
        that the agency "finally gets it". The plans' association has asked
        for an urgent meeting.]]
    elseif s.narrow_clause then
      lines[#lines + 1] = [[Senator Kessler's office has asked for the trauma
        clause's exact wording, and two other hospitals in her district have
        asked why it names only Lakeshore.]]
    elseif s.vague_promise then
      lines[#lines + 1] = [[Senator Kessler's chief of staff has told a
        reporter the agency is "reviewing Cobalt's future".]]
    else
      lines[#lines + 1] = [[The Governor's chief of staff has forwarded you a
        two-line email from Senator Kessler. It is not friendly.]]
    end
    local calendar
    if s.slack == 0 then
      calendar = [[Twenty-seven days to April 1, and Nadia's drafting calendar
        has no slack left in it at all.]]
    elseif s.slack == 1 then
      calendar = "Twenty-seven days to April 1. Nadia's drafting calendar shows a single day of slack."
    else
      calendar = ("Twenty-seven days to April 1. Nadia's drafting calendar shows %d days of slack."):format(s.slack)
    end
    if s.slack <= 3 then
      calendar = calendar .. " She has circled it in red."
    end
    lines[#lines + 1] = calendar
    return table.concat(lines, " ")
  end,
  next = "advocates",
}

-- ---------------------------------------------------------------- Week two

scene "advocates" {
  title = "Monday, March 8, 9:00 a.m.",
  speaker = "Tomás Herrera, Consumer Health Alliance",
  text = function(s)
    local aside = ""
    if s.real_measures then
      aside = [[


        He has seen your draft scorecard, which counts overturned denials.
        "That's the right number," he says. "Will anyone outside this building
        ever see it?"]]
    end
    return [[
      Tomás has brought Angela Price, whose son Marcus is nine and has autism.
      Cobalt denied his behavioral therapy three times as "not medically
      necessary". A state fair hearing overturned the denial after five months.
      "He'd started using words," Angela says. "By the time the therapy came
      back, he'd stopped."

      Tomás has three asks: publish every plan's denials and overturned
      appeals, quarterly and side by side, instead of the plans' own yearly
      postings; end prior authorization for children's behavioral health; and
      give members a seat on whatever body oversees these contracts. "You
      measure how fast the plans answer their phones," he says. "Nobody
      measures whether anyone gets care."]] .. aside
  end,

  choice {
    id = "bring_them_in",
    text = "Hear Angela out, commit to quarterly overturn rates by plan, and ask the coalition to help set the access standards",
    score = { engaging_stakeholders = 3, improving_health_outcomes = 1, measuring_performance = 1 },
    effects = { trust = 7, access = 3, accountability = 4 },
    feedback = [[You treated Angela as a witness to how the system works, not
      as a complaint to be closed, and you gave the coalition a real part in
      defining what the state buys. Overturn rates, published by plan, show
      which plans deny care that should never have been denied. It helps no
      child waiting today; that depends on what the plans do this month.]],
    next = function(s) s.advocates_in = true; return "team_feedback" end,
  },
  choice {
    id = "ban_pa",
    text = "Write a ban on prior authorization for children's behavioral health into the new contracts, so no family waits again",
    score = { improving_health_outcomes = 1, business_acumen = -1, effective_decision_making = -1 },
    effects = { access = 4, market = -6, trust = 3, accountability = 2 },
    feedback = [[It is a bold and popular answer to a real harm, and some
      children will get care sooner. But a blanket ban also removes a check on
      unsafe or inflated billing, the plans will price it into the rates, and
      it treats the symptom (too many wrong denials) rather than the cause (no
      consequence for making them).]],
    next = function(s) s.pa_ban = true; return "team_feedback" end,
  },
  choice {
    id = "handle_case",
    text = "Have staff push every pending children's behavioral health appeal with the plans this month, and report back",
    score = { improving_health_outcomes = 2, managing_work = 1, engaging_stakeholders = 1 },
    effects = { trust = 2, access = 4 },
    feedback = [[Children waiting on appeals today get an answer sooner, which is
      what Angela came about, and the coalition will see results within weeks.
      But it is your staff doing the plans' work once, and nothing in the
      contracts changes: next spring the same denials will pile up again.]],
    next = "team_feedback",
  },
  choice {
    id = "listening_session",
    text = "Hold a public listening session for members later this month, to hear from more than one family first",
    score = { engaging_stakeholders = 1, effective_decision_making = -1, managing_resources = -1 },
    effects = { slack = -2, trust = 2 },
    feedback = [[Hearing from more members is good practice, and a public
      session gives people who rarely have a voice a place to use it. But the
      coalition has made concrete proposals, the session lands after most of
      the contract language is fixed, and organizing it takes two days your
      team does not have.]],
    next = "team_feedback",
  },
}

scene "team_feedback" {
  title = "Tuesday, March 9, 5:45 p.m.",
  speaker = "Nadia Brooks, Deputy Director for Managed Care",
  text = function(s)
    local promises = {}
    local function add(flag, words) if flag then promises[#promises + 1] = words end end
    add(s.brokered, "a reconciliation table between Lakeshore and Cobalt")
    add(s.ordered_pay, "a payment order Cobalt is already contesting")
    add(s.real_measures, "secret-shopper testing")
    add(s.rates_tied, "rate standards we haven't drafted")
    add(s.briefed_chair, "a briefing for Senator Kessler")
    add(s.any_willing, "an any-willing-hospital clause")
    add(s.narrow_clause, "a trauma-center clause")
    add(s.vague_promise, "whatever you told Senator Kessler about Cobalt")
    add(s.advocates_in, "quarterly denial reports and access standards written with the advocates")
    add(s.pa_ban, "a prior authorization ban nobody has costed")

    local complaint
    if #promises >= 2 then
      local list
      if #promises == 2 then
        list = promises[1] .. " and " .. promises[2]
      elseif #promises == 3 then
        list = promises[1] .. ", " .. promises[2] .. " and " .. promises[3]
      else
        list = promises[1] .. ", " .. promises[2] .. " and " .. promises[3] .. ", among other things"
      end
      local source = "secondhand"
      if s.ordered_pay then source = "from Cobalt's lawyer" end
      complaint = [["Can I be blunt? In eight days you've committed my team
        to ]] .. list .. [[. I heard about one of them ]] .. source .. [[.
        They may all be right. None of them is in our drafting calendar, and
        nobody asked us whether we could do them by April 1."]]
    elseif s.purpose then
      complaint = [["Can I be blunt? The three outcomes were the right start.
        Since then, everything that matters has been decided in rooms my team
        wasn't in, and we hear about it from the plans. We can't draft a
        contract around conversations we weren't part of."]]
    else
      complaint = [["Can I be blunt? Everyone in this building knows the
        renewal matters, and nobody knows what we're building. My team keeps
        getting asked for numbers and never told what they're for. We're
        drafting a contract without a direction."]]
    end
    return [[Nadia stays behind after the evening check-in and closes the
      door.

      ]] .. complaint .. [[


      She hesitates. "And some of this is on us. We saw Cobalt's claims backlog
      in October. We wrote it up as a monitoring item. I should have brought it
      to you."]]
  end,

  choice {
    id = "october",
    text = "Ask why the October backlog never reached you, and what else is sitting in \"monitoring\" you should know",
    score = { receiving_feedback = -2, self_awareness = -1, measuring_performance = 1 },
    effects = { accountability = 2 },
    feedback = [[The question is fair, and you do need to know what else is
      sitting in monitoring. But asked now, it turns her feedback about how you
      are leading into an inquiry about her team's lapse, and she learns that
      candor earns scrutiny. Fix the escalation path another day, without
      assigning blame.]],
    next = "cobalt",
  },
  choice {
    id = "be_the_face",
    text = "Explain that with the Senator and the hospitals watching, you have to be the face of this, and some calls can't wait",
    score = { receiving_feedback = -1, self_awareness = -1, resiliency = 1 },
    effects = { slack = -1 },
    feedback = [[It is true that some conversations only a director can have,
      and you are carrying a lot. But she did not ask you to stop having them;
      she asked you to stop leaving her team to find out afterwards. Explaining
      your pressures in reply to feedback sounds like a defense.]],
    next = "cobalt",
  },
  choice {
    id = "draft_it_myself",
    text = "Take the drafting of the new terms on yourself tonight, so her stretched team is not overloaded this month",
    score = { receiving_feedback = 1, developing_directing_and_delegating = -2, self_awareness = -1 },
    effects = { slack = -2 },
    feedback = [[Accepting the point and carrying the load yourself is a
      generous instinct. But the problem she named was work decided without her
      team, and you have answered it by cutting her team out further. You will
      be drafting at midnight what her staff could write better by noon.]],
    next = function(s) s.drafting_alone = true; return "cobalt" end,
  },
  choice {
    id = "reset",
    text = "Ask which commitments are at risk, give her team the drafting, and bring her into every call",
    score = { receiving_feedback = 2, developing_directing_and_delegating = 2, managing_work = 1, self_awareness = 1 },
    effects = { slack = 3, accountability = 3 },
    feedback = [[You heard a hard message without defending yourself and
      changed how the work is run: the people who know the contracts draft
      them, and you remove obstacles rather than adding promises. That buys
      back days you were losing. Her admission about October deserves the same
      grace: it was offered, not extracted.]],
    next = function(s) s.team_owns = true; return "cobalt" end,
  },
}

scene "cobalt" {
  title = "Thursday, March 11, 9:00 a.m.",
  speaker = "Nadia Brooks and Ken Watanabe",
  text = function(s)
    local evidence
    if s.real_measures then
      evidence = [[Nadia's team has checked Cobalt's payment figures against
        the records of Lakeshore and two health centers. The verified rate is
        71% of clean claims paid within thirty days, not 74%. Secret-shopper
        callers could get a timely appointment with only 41% of Cobalt's listed
        child psychiatrists.]]
    elseif s.audit then
      evidence = [[The quality reviewers have sent an early look: Cobalt's
        payment figures do not reconcile with providers' records, though they
        will not say by how much until the 18th.]]
    else
      evidence = [[All you have are the plans' own figures. Cobalt is behind on
        paper; Lakeshore calls the figures fiction; you have no independent way
        to say who is right.]]
    end
    local dispute
    if s.brokered then
      dispute = [[At your reconciliation table, Cobalt has paid $11 million of
        undisputed claims, and the reviewer has the rest.]]
    elseif s.ordered_pay then
      dispute = [[Cobalt has paid $6 million of the $22 million and filed for
        an injunction against your order on the rest.]]
    else
      dispute = [[Lakeshore's exit from Cobalt's network takes effect in seven
        weeks.]]
    end
    local chair = ""
    if s.vague_promise then
      chair = [[ Senator Kessler's chief of staff has called twice to ask when
        Cobalt's non-renewal will be announced.]]
    end
    return evidence .. " " .. dispute .. chair .. [[


      Ken lays out the choice. The contract lets the state decline to renew any
      plan with notice by April 1. If Cobalt goes, its 160,000 members must move
      to Crestline and Valley Partners by July 1. "Crestline says it can absorb
      them," Nadia says. "I'd want to see that before I believed it."]]
  end,

  notes = [[
    The central close call of the scenario. The corrective plan uses the
    state's usual tools (intermediate sanctions, liquidated damages, a path
    to termination); performance-based assignment uses the market. Each is
    stronger on something different; ask the room which they would defend
    to Senator Kessler and which to Angela Price. Why is a withhold not the
    tool for punishing one failing plan? (Federal rules treat money held
    back for failing general requirements as a penalty, not a withhold.)
  ]],

  choice {
    id = "drop_cobalt",
    text = "Do not renew Cobalt: move its 160,000 members to the other two plans by July 1, and show every plan what failure costs",
    score = { improving_health_outcomes = -2, business_acumen = -1, systems_thinking = -1, vision_and_purpose = 1 },
    effects = { accountability = 6, market = -18, access = -8, trust = 6, slack = -2 },
    feedback = [[Ending a contract with a plan that has failed its members is a
      legitimate use of the state's power, and every plan will hear the message.
      But moving 160,000 people in fifteen weeks will interrupt care for
      thousands in the middle of treatment, and it leaves two plans, one of
      them holding most of the market and knowing you cannot afford to lose
      it.]],
    next = function(s) s.dropped_cobalt = true; return "transition" end,
  },
  choice {
    -- The id is kept from the first edition, where this was a withhold; the
    -- move is the same (renew Cobalt with money and a deadline at stake).
    id = "withhold",
    text = "Renew Cobalt under a corrective plan: no new auto-assigned members and damages until it meets the standards",
    score = { business_acumen = 2, measuring_performance = 2, effective_decision_making = 1, managing_conflict_and_negotiating = 1 },
    effects = { accountability = 12, market = -4, trust = 3 },
    feedback = [[You used the tools a purchaser has: an intermediate sanction
      that stops new members being assigned to Cobalt, liquidated damages for
      each month it misses, monthly public reports, and a written path to
      termination with the hearing the rules require. It keeps 160,000 members
      where they are while making Cobalt's next six months count. It rewards
      no plan for doing well.]],
    next = function(s) s.withhold = true; return "press" end,
  },
  choice {
    id = "shape_market",
    text = "Renew all three, and from July assign members who don't choose a plan to the best performers, with a report card",
    score = { leading_innovation = 2, business_acumen = 2, measuring_performance = 1 },
    effects = { accountability = 8, trust = 1 },
    feedback = [[This is a second-order move: instead of the state policing every
      failure, members' choices and the assignment of new members reward the
      plans that deliver. It works only if the scorecard measures what members
      actually experience, and it does little this year for the Cobalt members
      already waiting on denied care.]],
    next = function(s) s.auto_assign = true; return "press" end,
  },
  choice {
    id = "same_terms",
    text = "Renew Cobalt on the same terms as the others; singling out one plan invites a protest and a lawsuit",
    score = { business_acumen = -1, measuring_performance = -2, managing_conflict_and_negotiating = 1 },
    effects = { accountability = -6, market = 6, trust = -6 },
    feedback = [[Legal risk is real, treating plans alike is a sound default, and
      you avoid a fight you might lose. But the contract already lets you set
      standards and consequences, and a plan this far behind will read
      identical terms as permission. Lakeshore, the Senator and the advocates
      will read them the same way.]],
    next = function(s) s.same_terms = true; return "press" end,
  },
}

scene "press" {
  title = "Monday, March 15, 7:10 a.m.",
  speaker = "Ben Abrams, Statehouse Courier",
  text = function(s)
    local story
    if s.withhold then
      story = [[The Courier's morning story quotes Greg Lindqvist calling
        the sanctions "a death sentence by paperwork". Cobalt
        "cannot keep serving members in a state that rewrites the rules a
        hundred days before a contract starts" and is "evaluating its
        participation". Cobalt's call center has been telling worried members
        the plan may be leaving.]]
    elseif s.auto_assign then
      story = [[The Courier's morning story quotes Greg Lindqvist calling
        performance-based assignment "a slow death sentence for the only
        locally based plan" and hinting that Cobalt may not sign. Cobalt's call
        center has been telling worried members the plan may be leaving.]]
    else
      story = [[The Courier's morning story quotes Greg Lindqvist saying the
        new contract "vindicates" Cobalt and that Lakeshore's claims are
        "riddled with billing errors". Frank DiSalvo answers in the next
        paragraph: "The state blinked." Angela Price is quoted too, about
        Marcus, and the agency's help line has been busy since seven with
        Cobalt members asking what it all means for them.]]
    end
    return story .. [[


      Ben Abrams is on the line. "It's being picked up. Do you want to say
      anything before the follow-up runs at noon?"]]
  end,

  choice {
    id = "take_the_call",
    text = "Take the call: coverage is safe whatever happens, the terms are fair, and then ring the people quoted yourself",
    score = { communicating_with_internal_and_external_audiences = 2, resiliency = 2, managing_conflict_and_negotiating = 1 },
    effects = { trust = 4, market = 2, access = 1 },
    feedback = [[You stayed visible when it got hard, and calling the people
      quoted turns a public fight back into a negotiation. Defending the terms
      to a reporter, though, puts the bargaining in the paper, and the member
      who has just been told her plan may vanish reads your reassurance only
      if she reads the Courier.]],
    next = "clinics",
  },
  choice {
    id = "hit_back",
    text = "Give the reporter Cobalt's record on late payments and overturned denials, so readers see who has failed members",
    score = { managing_conflict_and_negotiating = -2, resiliency = -1, communicating_with_internal_and_external_audiences = -1 },
    effects = { trust = 2, market = -10 },
    feedback = [[It is satisfying, the numbers are true, and providers will
      cheer. But you have turned a contract negotiation into a public fight
      with a company you still need to sign, and members reading the follow-up
      learn only that the state and their plan are at war.]],
    next = function(s) s.hit_back = true; return "clinics" end,
  },
  choice {
    id = "members_first",
    text = "Decline to discuss the talks, and have a notice and the help line tell Cobalt members today that coverage is safe",
    score = { communicating_with_internal_and_external_audiences = 3, managing_conflict_and_negotiating = 1,
              improving_health_outcomes = 1, resiliency = 1 },
    effects = { trust = 3, market = 4, access = 3 },
    feedback = [[The first audience for this story is the member who has just
      been told her plan may disappear, and you reached her directly, in words
      the help line can repeat. Keeping the negotiation out of the paper denies
      Cobalt the fight it wanted. The noon follow-up runs without your voice,
      and some readers will take that as an answer.]],
    next = function(s) s.members_first = true; return "clinics" end,
  },
  choice {
    id = "press_office",
    text = "Have the Governor's press office issue a short statement, and stay out of the papers until the contracts are signed",
    score = { communicating_with_internal_and_external_audiences = 1, resiliency = -1 },
    effects = { trust = -1 },
    feedback = [[Coordinating with the Governor's office avoids mixed messages,
      and a short statement lowers the temperature. But it signals that the
      director steps back the first time the renewal gets hard, and a
      press-office statement cannot answer members' questions about their own
      care.]],
    next = "clinics",
  },
}

scene "transition" {
  title = "Monday, March 15, 8:00 a.m.",
  speaker = "Dr. Ruth Abernathy, Medical Director",
  text = function(s)
    local aside = ""
    if s.advocates_in then
      aside = [[


        Tomás Herrera has already called to offer the coalition's help in
        reaching families. "Marcus is one of them," he reminds you.]]
    end
    return [[
      The non-renewal notice went to Cobalt on Friday. By Saturday Greg
      Lindqvist had told the Statehouse Courier that the state was "throwing
      160,000 families into chaos", and Cobalt's call center is telling members
      to "expect disruption".

      Dr. Abernathy has pulled Cobalt's records. About 11,000 members are in
      active treatment: 2,300 pregnant women, 900 people on chemotherapy, 1,400
      children in behavioral therapy. Valley Partners can take 60,000 members.
      Crestline says it can take the rest, but it has no contract with forty
      of the specialists Cobalt members see most.

      "How we move people matters more than the fact that we move them," she
      says.]] .. aside
  end,

  choice {
    id = "protect_care",
    text = "Have the new plans honor approvals and doctors for 180 days, assign by members' doctors, and write to every household",
    score = { improving_health_outcomes = 3, communicating_with_internal_and_external_audiences = 2, planning_for_action = 1 },
    effects = { access = 8, trust = 3, slack = -1 },
    feedback = [[Continuity-of-care protections, assignment that follows
      existing relationships, and plain communication are what separate a safe
      transition from a harmful one. Members in treatment keep their doctors
      and approvals while the new plans catch up, and every family hears from
      the state rather than from a call center. It costs drafting time you were
      short of.]],
    next = function(s) s.protected_transition = true; return "clinics" end,
  },
  choice {
    id = "by_capacity",
    text = "Assign members to the two plans by capacity, as fast as possible, so everyone has a card before July 1",
    score = { improving_health_outcomes = -2, planning_for_action = -1, managing_work = 1 },
    effects = { access = -4 },
    feedback = [[Speed has real value: every member needs a plan and a card on
      July 1, and a simple rule is easy to run. But assignment by capacity
      ignores who each member's doctors are, and the 11,000 people in
      treatment will discover the change at the pharmacy counter or the
      infusion chair.]],
    next = "clinics",
  },
  choice {
    id = "delay",
    text = "Push the move to January and extend Cobalt for six months, so the transition can be done properly",
    score = { improving_health_outcomes = 1, effective_decision_making = -2, balancing_strategic_focus_and_agility = -1 },
    effects = { access = 2, slack = -2, accountability = -4 },
    feedback = [[Slowing down to protect members is a serious argument, and six
      months would make the move safer. But you announced a decision on Friday
      and are half reversing it on Monday, Cobalt now has six months with no
      reason to improve, and the Senator will say the agency blinked.]],
    next = function(s) s.delayed_transition = true; return "clinics" end,
  },
  choice {
    id = "plans_design",
    text = "Let the two receiving plans design the transition, with a deadline; they know their networks far better",
    score = { improving_health_outcomes = -1, communicating_with_internal_and_external_audiences = -1,
              developing_directing_and_delegating = 1 },
    effects = { access = -2, trust = -2 },
    feedback = [[The plans do know their networks, and they will do much of the
      work either way. But their interests are not the members', Crestline's
      least of all, and nobody is responsible for the family whose specialist
      is in neither network. The state started this move; it has to own how
      members experience it.]],
    next = "clinics",
  },
}

-- ---------------------------------------------------------------- Week three

-- After the clinics, the week ends in one of two ways: leaders who gave the
-- powerful what they asked for get a quiet Friday; everyone else gets a call
-- from the Governor's office.
local function end_of_week(s)
  if s.any_willing or s.same_terms then return "quiet_friday" end
  return "governor_call"
end

scene "clinics" {
  title = "Wednesday, March 17, 2:00 p.m.",
  speaker = "Rosa Whitfield, Primary Care Association",
  text = function(s)
    local aside = ""
    if s.brokered then
      aside = [[


        "You built a table for Lakeshore in a week," she adds.
        "Nobody builds tables for clinics with forty employees."]]
    elseif s.dropped_cobalt then
      aside = [[


        "And Northgate has just learned that a third of its Medicaid patients
        are about to change plans."]]
    end
    return [[
      Rosa speaks for the state's 38 community health centers, which care for
      260,000 of your members, many of them in places nobody else serves. Two
      of them, Northgate Family Health and Cedar Creek Clinic, are about thirty
      days from missing payroll.

      The problem is not one plan. The plans pay late and deny referrals. The
      state's wraparound payment, which tops the plans' payments up to the rate
      federal law guarantees health centers, is settled once a quarter, three
      months in arrears. And the plans' specialist networks are so thin that
      her doctors spend hours finding a cardiologist who will see a Medicaid
      patient.

      "Take us out of managed care," she says. "Pay us directly. At least the
      state pays on time."]] .. aside
  end,

  notes = [[
    A close call between the rescue and the repair. Advancing the wraparound
    keeps two clinics open now, with money the state owes anyway; the
    structural fix changes how money flows but part of it (a fee the plans
    must pay health centers) is a state directed payment that needs CMS
    approval before any of it is paid. Ask what each does for the clinic
    that is not yet in trouble.
  ]],

  choice {
    id = "carve_out",
    text = "Carve the health centers out of managed care and pay them directly, as she asks; at least the state pays on time",
    score = { systems_thinking = -2, business_acumen = -1, engaging_stakeholders = 1, managing_resources = -1 },
    effects = { trust = 5, accountability = -4, market = -3 },
    feedback = [[It answers the people in front of you, and direct payment would
      steady the clinics' cash. But it splits members' care between the state
      and the plans, so the plan managing a patient's hospital stay no longer
      sees her primary care, and the agency takes on the claims work. It
      solves the clinics' problem by fragmenting members' care.]],
    next = end_of_week,
  },
  choice {
    id = "fix_the_flow",
    text = "Settle wraparound monthly, advance the two clinics what they're owed, and seek CMS approval for a care fee",
    score = { business_acumen = 2, systems_thinking = 2, leading_innovation = 2 },
    effects = { access = 4, trust = 5, accountability = 4, slack = -1 },
    feedback = [[You treated the clinics' crisis as a symptom of how money moves,
      and changed the flow: monthly settlement ends the quarterly cliff, and a
      care-management fee would pay health centers for the coordination the
      plans say they want. Requiring plans to pay it is a directed payment, so
      its preprint must reach CMS before it starts and nothing is paid until
      CMS approves it; the advance keeps two clinics open meanwhile.]],
    next = function(s) s.chc_fee = true; return end_of_week(s) end,
  },
  choice {
    id = "advance",
    text = "Advance the two clinics a month of wraparound payments now, and look at the structure next year",
    score = { improving_health_outcomes = 2, managing_resources = 2, business_acumen = 1 },
    effects = { access = 3, trust = 2 },
    feedback = [[You kept two clinics open, which matters to everyone who uses
      them, and advancing money the state already owes is a prudent use of
      funds that costs the renewal nothing. But the same squeeze will hit
      other clinics next quarter, and the renewal is the one moment this year
      when the structure can change.]],
    next = end_of_week,
  },
  choice {
    id = "next_year",
    text = "Tell her provider payment belongs in next year's rate-setting; reopening it now would put the renewal at risk",
    score = { engaging_stakeholders = -2, improving_health_outcomes = -1, balancing_strategic_focus_and_agility = 1 },
    effects = { trust = -6, access = -4 },
    feedback = [[Keeping the renewal's scope under control is a fair concern
      with fifteen days left. But how plans pay providers is exactly what a
      managed care contract governs, and two clinics will not survive until
      next year's process.]],
    next = end_of_week,
  },
}

scene "quiet_friday" {
  title = "Friday, March 19, 6:30 p.m.",
  text = function(s)
    local thanks = "Senator Kessler's office has sent a note of thanks."
    if not s.any_willing then
      thanks = "Senator Kessler's office has gone quiet."
    end
    return thanks .. [[ The plans' association has canceled its standing
      Friday call. Malcolm Tate, the Governor's health policy adviser, stops by
      to say the Governor is pleased that the renewal is "finally off the
      front page".

      Only Tomás Herrera rings, to ask what exactly the new contracts will
      change for Marcus Price. You do not have a short answer.]]
  end,
  next = "final_terms",
}

scene "governor_call" {
  title = "Friday, March 19, 6:30 p.m.",
  speaker = "Malcolm Tate, Governor's Health Policy Adviser",
  text = function(s)
    local reason
    if s.chair_snubbed then
      reason = [[Senator Kessler told the Governor at a bill signing this
        afternoon that his Medicaid director "doesn't take a chair's calls".]]
    elseif s.dropped_cobalt then
      reason = [[Cobalt's lobbyists have been in the Governor's office twice
        this week, and the Courier has run two stories about families afraid of
        losing their doctors.]]
    elseif s.hit_back then
      reason = [[The Governor read your quotes about Cobalt in the Courier and
        asked whether the agency is "negotiating or brawling".]]
    else
      reason = [[Cobalt's lobbyists have been to see the chief of staff twice
        this week, and the plans' association has asked for a meeting with the
        Governor "about the direction of the program".]]
      if s.vague_promise then
        reason = reason .. [[ Senator Kessler, for her part, told the Governor
          at a bill signing that she was "promised a hard look at Cobalt and
          got a renewal".]]
      end
    end
    return reason .. [[


      Malcolm is friendly, and careful. "The Governor likes you. He also likes
      a quiet session. He asked me tonight whether this renewal is worth what
      it's costing." A pause. "Directors in this job last about two years, you
      know. He's not saying that. I am."

      It is Friday night. The terms go out in thirteen days.]]
  end,

  choice {
    id = "defend",
    text = "Defend the record point by point: the complaints come from people protecting their interests, and the data are yours",
    score = { self_awareness = -2, receiving_feedback = -1, resiliency = 1 },
    effects = { trust = -3 },
    feedback = [[Holding your ground under political pressure takes nerve, and
      the data may well be on your side. But Malcolm was telling you how the
      renewal looks from the Governor's chair, and a rebuttal tells him you
      cannot hear it. He asked whether it is worth it, not whether you are
      right.]],
    next = "final_terms",
  },
  choice {
    id = "soften",
    text = "Offer to soften the tougher terms if the Governor would rather have a quiet session; there will be other renewals",
    score = { resiliency = -2, vision_and_purpose = -2, engaging_stakeholders = 1 },
    effects = { accountability = -10, trust = 2, market = 5 },
    feedback = [[Loyalty to the Governor is part of the job, and the plans and
      the Senator would welcome it. But nobody asked you to retreat, and
      offering to drop the terms at the first sign of pressure tells him they
      were never essential. The members the standards protect have no lobbyist
      in his office.]],
    next = function(s) s.softened = true; return "final_terms" end,
  },
  choice {
    id = "lost_weekend",
    text = "Assure him it is under control, then spend the weekend rewriting the amendments yourself so nothing else slips",
    score = { resiliency = -1, self_awareness = -1, developing_directing_and_delegating = -1 },
    effects = { slack = 1 },
    feedback = [[Taking responsibility and working hard are real virtues, and
      the amendments will move. But reassurance without substance does not
      answer the Governor's question, and a director rewriting drafts alone at
      the end of a month like this is running on fumes and taking work from the
      people who should own it.]],
    next = function(s) s.lost_weekend = true; return "final_terms" end,
  },
  choice {
    id = "listen",
    text = "Ask what the Governor is hearing and what you handled badly, then send one page on what the renewal buys",
    score = { resiliency = 2, self_awareness = 2, receiving_feedback = 2, vision_and_purpose = 1 },
    effects = { trust = 4 },
    feedback = [[You stayed steady without getting defensive: you asked for the
      criticism, took it seriously, and answered with purpose rather than
      grievance. One page on what members get from the renewal gives the
      Governor a reason to back you, in words he can use.]],
    next = function(s) s.one_pager = true; return "final_terms" end,
  },
}

-- ---------------------------------------------------------------- Week four

-- What can go out on April 1 depends on the slack left: with five days or
-- more the full package is possible; with none, even the core cannot be
-- certified in time. Three or four choices are always on screen.

-- The terms the draft contains by now, named for the whiteboard.
local function drafted_terms(s)
  local terms = {}
  local function add(flag, words) if flag then terms[#terms + 1] = words end end
  add(s.real_measures, "secret-shopper and payment-verification standards")
  add(s.rates_tied, "rates tied to payment and access standards")
  add(s.advocates_in, "quarterly public denial reports")
  add(s.pa_ban, "the prior authorization ban")
  add(s.any_willing, "the any-willing-hospital clause")
  add(s.narrow_clause, "the trauma-center contracting clause")
  add(s.withhold, "Cobalt's corrective plan and sanctions")
  add(s.auto_assign, "performance-based assignment")
  add(s.protected_transition, "continuity-of-care protections for Cobalt's members")
  add(s.chc_fee, "the health-center care-management fee")
  return terms
end

scene "final_terms" {
  title = "Wednesday, March 24, 4:00 p.m.",
  speaker = "Nadia Brooks, Deputy Director for Managed Care",
  text = function(s)
    local terms = drafted_terms(s)
    local draft
    if #terms == 0 then
      draft = "The draft on the whiteboard is the last contract's text with new dates."
    else
      draft = "On the whiteboard, what the draft now contains: " .. table.concat(terms, "; ") .. "."
    end
    if s.softened and #terms >= 2 then
      draft = draft .. " Since Friday, two of the standards have been watered down."
    elseif s.softened and #terms == 1 then
      draft = draft .. " Since Friday, it has been watered down."
    end

    local status
    if s.slack >= 5 and #terms >= 2 then
      status = [["We're in better shape than I expected," Nadia says. Every
        term your team drafted reached the actuary by the middle of the
        month, she has priced them all, and her certification is ready for
        signature. The question is only whether to send it all.]]
    elseif s.slack >= 5 then
      status = [["There's time," Nadia says. "What there isn't is much to
        send." A prompt-payment standard and a public denial report cost
        the plans little, and the actuary has already priced them. Anything
        more ambitious would need another month.]]
    elseif s.slack >= 1 and #terms == 0 then
      status = [["There isn't much to send," Nadia says. Her team can still
        add a prompt-payment standard and a public denial report, which the
        actuary priced weeks ago. Anything more ambitious would need another
        month.]]
    elseif s.slack >= 1 then
      status = [["We can't do all of it well," Nadia says. A prompt-payment
        standard and a public denial report cost the plans little, the actuary
        priced them weeks ago, and the rates can be certified with them.
        Everything else is rough, and she will not certify rates for terms she
        has not priced; pricing them properly takes weeks, not days.]]
    elseif #terms == 0 then
      status = [["We're out of road," Nadia says. Nothing new reached the
        actuary in time to be priced, and a new term priced in four days is
        a guess she will not sign. What she can certify by April 1 is the
        current contract, for a year or for less.]]
    else
      status = [["We're out of road," Nadia says. Nothing new reached the
        actuary in time to be priced, and she will not certify rates for terms
        she has not priced. What she can certify by April 1 is the current
        contract, for a year or for less.]]
    end
    return draft .. "\n\n" .. status .. [[


      What goes out on April 1?]]
  end,

  notes = [[
    What goes out depends on the days saved or spent all month. Where the
    full package and the phased one are both on screen, they are close: one
    keeps every promise now, the other sends only what the actuary has priced
    and dates the rest. Ask what "on time" means to a member, to a plan and
    to the actuary, and why a term nobody has priced cannot simply be
    certified overnight.
  ]],

  choice {
    id = "rollover",
    text = "Drop the new standards and renew on the current terms; an on-time renewal is what matters now",
    score = { vision_and_purpose = -2, measuring_performance = -1, managing_resources = 1 },
    -- The old terms hold the plans to no more than they did in March.
    effects = function(s)
      s.accountability = math.min(s.accountability - 15, 30)
      s.market = s.market + 4
    end,
    feedback = [[Meeting the deadline matters, an on-time renewal protects
      members from any gap in coverage, and it spares a worn-out team. But the
      old terms are what produced a month of crises, and you are locking them
      in for two more years.]],
    next = function(s) s.sent = "rollover"; return "hearing" end,
  },
  choice {
    id = "full",
    text = "Send the full package on April 1, every term priced and certified, with a public scorecard from October",
    when = function(s) return s.slack >= 5 and #drafted_terms(s) >= 2 end,
    score = { effective_decision_making = 2, measuring_performance = 2, vision_and_purpose = 1, balancing_strategic_focus_and_agility = 1 },
    effects = { accountability = 6 },
    feedback = [[The time your team saved earlier is paying off: everything
      reached the actuary in time to be priced, so you can send it all without
      trading away the long-term aim to make the date. Promising the October
      scorecard in public ties the agency to measuring what it bought. Sending
      everything at once also asks the most of the plans in a single year.]],
    next = function(s) s.sent = "full"; return "hearing" end,
  },
  choice {
    id = "extend",
    text = "Ask for a 90-day extension of the current contracts, and finish the new terms properly over the summer",
    score = { effective_decision_making = -2, balancing_strategic_focus_and_agility = -1, vision_and_purpose = 1 },
    feedback = [[Wanting to do it properly is a fair instinct, and extensions
      are lawful and common. But an extension keeps the old terms running,
      gives the plans three more months to lobby, and ends your leverage: the
      renewal deadline was what brought them to the table.]],
    next = function(s) s.extension = true; s.sent = "extension"; return "hearing" end,
  },
  choice {
    id = "phased",
    text = "Send the priced core on time (payment terms, denial reports, rates) and date the rest for a January amendment",
    when = function(s) return s.slack >= 1 end,
    score = { effective_decision_making = 2, balancing_strategic_focus_and_agility = 2, managing_resources = 1 },
    effects = { accountability = 3 },
    feedback = [[You held the line on what matters most and were honest about
      what was not ready, instead of sending everything badly or nothing at
      all. Dates written into the contract make the second phase a commitment
      rather than a hope, and the January terms will need their own pricing
      and, for any directed payment, a preprint filed with CMS before January
      and its approval before anything is paid.]],
    next = function(s) s.sent = "phased"; return "hearing" end,
  },
  choice {
    id = "rush",
    text = "Send everything on April 1 anyway, with the unfinished standards drafted overnight and priced later",
    when = function(s) return s.slack < 5 and #drafted_terms(s) > 0 end,
    score = { effective_decision_making = -1, planning_for_action = -1, measuring_performance = -1, vision_and_purpose = 1 },
    effects = { accountability = 2, market = -6 },
    feedback = [[The ambition is admirable, and nothing you promised is left
      behind. But standards drafted overnight tend to measure the wrong thing,
      the actuary cannot certify rates for terms she has not priced, and the
      plans will spend the spring disputing definitions instead of meeting
      them.]],
    next = function(s) s.sent = "rush"; return "hearing" end,
  },
  choice {
    id = "bridge",
    text = "Send the current terms for six months only, with the new standards written in to start on January 1",
    when = function(s) return s.slack == 0 end,
    score = { effective_decision_making = 2, balancing_strategic_focus_and_agility = 2 },
    effects = { accountability = -3 },
    feedback = [[With no time left, you chose a short bridge on firm dates over
      a rushed package or an open-ended delay. The standards are in the
      contract and the plans know when they start; members will wait six
      months longer than they should. It is an honest recovery from a schedule
      that slipped earlier.]],
    next = function(s) s.sent = "bridge"; return "hearing" end,
  },
}

scene "hearing" {
  title = "Tuesday, April 13: Senate Health Appropriations Subcommittee",
  speaker = "Senator Marguerite Kessler",
  text = function(s)
    local opening
    if s.any_willing and (s.sent == "rollover" or s.sent == "extension") then
      opening = [["Last month the Director agreed to a hospital clause," the
        Senator begins. "I've read these papers twice. I can't find it."]]
    elseif s.any_willing then
      opening = [[The Senator opens warmly: "I want to thank the Director for
        listening to our hospitals." Two plan lobbyists in the back row do not
        look up.]]
    elseif s.briefed_chair and (s.sent == "rollover" or s.sent == "extension") then
      opening = [["In March the Director sat in my office and promised me
        enforceable payment terms," the Senator begins. "Show me where they
        are."]]
    elseif s.briefed_chair then
      opening = [["I'll say this for the Director," the Senator begins. "I was
        told what the agency was going to do, and then it did it. I don't like
        all of it."]]
    elseif s.narrow_clause and (s.sent == "rollover" or s.sent == "extension") then
      opening = [["Last month the Director offered my trauma center a place in
        every plan's network," the Senator begins. "I've read these papers.
        It isn't in them."]]
    elseif s.narrow_clause then
      opening = [["The Director wrote my trauma center into every plan's
        network," the Senator begins. "I'll take it. My other hospitals want
        to know why they weren't."]]
    elseif s.vague_promise then
      if s.dropped_cobalt then
        opening = [["Last month the Director told me the agency would look hard
          at Cobalt," the Senator begins. "I see it did. I also see my office
          taking calls from Cobalt families who can't find their doctors."]]
      else
        opening = [["Last month the Director told me the agency would look hard
          at Cobalt," the Senator begins. "Cobalt is still here."]]
      end
    elseif s.chair_snubbed then
      opening = [["Last month I was sent to the Governor's office for
        answers," the Senator begins. "So today I'll ask the Director in
        public."]]
    else
      opening = [[The Senator opens without preamble.]]
    end

    local packet = {
      full = "The new contracts, every term certified, are in the committee's packet.",
      phased = "The new contracts and the schedule for January's amendment are in the committee's packet.",
      rush = "The new contracts are in the committee's packet, along with the plans' letters disputing half their definitions and a CMS letter asking when the rates will be certified.",
      bridge = "The six-month bridge contracts are in the committee's packet.",
      rollover = "The renewed contracts are in the committee's packet; staff have marked how little changed.",
      extension = "Your request for a 90-day extension of the old contracts is in the committee's packet.",
    }
    local lakeshore = ""
    if s.lakeshore_leaves and not s.dropped_cobalt then
      lakeshore = " Lakeshore Regional leaves Cobalt's network on May 1."
    end
    return opening .. "\n\n" .. packet[s.sent] .. lakeshore .. [[ Tomás Herrera
      and Angela Price are in the second row.

      "Director, my hospitals tell me they still wait months to be paid, and
      my constituents tell me they still get told no. What exactly did this
      renewal change, and how will this committee know whether it worked?"]]
  end,

  notes = [[
    The hearing is not won by a formula. Two strong answers compete: one
    shows the committee what changed through the cases it cares about (a
    child's denial, a hospital's claim) and the number that will track them;
    the other owns what went wrong. Ask the room which one Senator Kessler
    would repeat to her constituents, and which one rebuilds her trust in
    the agency.
  ]],

  choice {
    id = "two_cases",
    text = "Answer with two cases, a denial like Marcus's and a claim like Lakeshore's: what happens now, and what will show it",
    score = { communicating_with_internal_and_external_audiences = 2, improving_health_outcomes = 2, measuring_performance = 2 },
    effects = { trust = 6 },
    feedback = [[You answered the question she asked in the terms her
      constituents live: a child's appeal and a hospital's unpaid claim, what
      the new contract does to each, and the number the committee can watch.
      It shows the renewal working without claiming it has. You said little
      about what the agency got wrong, and she noticed.]],
    next = "verdict",
  },
  choice {
    id = "walk_through",
    text = "Walk the committee through the new terms and the actuarial basis for the rates, so the record shows each step",
    score = { communicating_with_internal_and_external_audiences = 1, business_acumen = 1, technical_learning = 1 },
    effects = { trust = 1 },
    feedback = [[Clear and well prepared, and the committee's staff will value
      the detail. But the Senator asked what changed for hospitals and
      constituents and how she will know, and a tour of the contract answers
      neither in terms she can take home.]],
    next = "verdict",
  },
  choice {
    id = "correct_her",
    text = "Point out, politely, that Lakeshore's own billing errors were part of the problem, as the claims show",
    score = { communicating_with_internal_and_external_audiences = -2, managing_conflict_and_negotiating = -2, resiliency = -1 },
    effects = { trust = -8 },
    feedback = [[It may even be true, and after a month of taking the blame it is
      tempting to set the record straight. But correcting a chair about her
      district's biggest employer, in public, turns a question about members
      into a contest you cannot win.]],
    next = "verdict",
  },
  choice {
    id = "effort",
    text = "Describe how much your team achieved against an impossible deadline, and thank the committee for its patience",
    score = { communicating_with_internal_and_external_audiences = -1, developing_directing_and_delegating = 1 },
    effects = { trust = -2 },
    feedback = [[Your team did work hard, and saying so in public is generous
      and earns you their loyalty. But the committee asked about results for
      hospitals and constituents, and an answer about effort sounds like an
      agency grading itself.]],
    next = "verdict",
  },
  choice {
    id = "own_it",
    text = "Say plainly what changed, what did not and what you got wrong, and name three numbers to report",
    score = { communicating_with_internal_and_external_audiences = 2, receiving_feedback = 2, measuring_performance = 1 },
    effects = { trust = 6 },
    feedback = [[You were honest about what is unfinished, and naming your own
      mistakes in public earns a chair's respect. Quarterly numbers turn the
      committee's oversight into a routine. The numbers were yours, though,
      and the Senator's question was about her hospitals and constituents; an
      example she could repeat would have carried further.]],
    next = "verdict",
  },
}

-- ---------------------------------------------------------------- Endings

-- The verdict reads what the month added up to. Order matters: an extension
-- ends the story whatever else happened; a plan walking out or the
-- legislature taking over trumps the quality of the terms.

scene "verdict" {
  title = "The following winter",
  text = "July 1 comes and goes, and the contracts meet the real world.",
  next = function(s)
    if s.extension then return "extension" end
    if s.market < 38 then return "market_cracks" end
    if s.trust < 38 then return "proviso" end
    if s.accountability < 52 or s.access < 55 then return "quiet" end
    return "holds"
  end,
}

-- Did the new terms actually take effect? Not if the old ones were rolled
-- over or extended.
local function new_terms_in_force(s)
  return s.sent ~= "rollover" and s.sent ~= "extension"
end

-- What became of the people and pieces of the month. `cobalt_walked` is set
-- by the ending in which Cobalt refuses to sign.
local function epilogue(s, cobalt_walked)
  local lines = {}
  local live = new_terms_in_force(s)
  -- Terms sent unpriced cannot carry certified rates (42 CFR 438.4, 438.7).
  if s.sent == "rush" and not cobalt_walked then
    lines[#lines + 1] = [[CMS would not approve rates the actuary had not
      certified, so she priced the overnight standards in May and certified
      again; federal approval came in August, back to July 1, after two rounds
      of questions.]]
  end
  -- Lakeshore's dispute with Cobalt
  if s.brokered then
    lines[#lines + 1] = [[The independent reviewer found Lakeshore and Cobalt
      each about half right; Cobalt paid $17 million and Lakeshore fixed its
      coding.]]
  elseif (s.dropped_cobalt and not s.extension) or cobalt_walked then
    lines[#lines + 1] = [[Lakeshore's quarrel with Cobalt ended when Cobalt
      did.]]
  elseif s.lakeshore_leaves and s.narrow_clause and live then
    lines[#lines + 1] = [[Lakeshore Regional left Cobalt's network on May 1
      and was back in it on July 1 under the trauma-center clause, at rates
      the two fought over all summer.]]
  elseif s.lakeshore_leaves then
    lines[#lines + 1] = [[Lakeshore Regional left Cobalt's network on May 1.
      Cobalt families in the north now drive ninety minutes to the nearest
      neonatal unit.]]
  elseif s.ordered_pay then
    lines[#lines + 1] = "Cobalt's lawsuit over your payment order is still in court."
  end
  -- Cobalt's members, if the state let Cobalt go
  if s.dropped_cobalt then
    if s.extension then
      lines[#lines + 1] = [[Cobalt's contract was extended along with the
        others, and its members spent the summer not knowing which plan they
        would end up in.]]
    elseif s.protected_transition then
      lines[#lines + 1] = [[Of Cobalt's 11,000 members in treatment, nearly all
        kept their doctors through the move.]]
    elseif s.delayed_transition then
      lines[#lines + 1] = [[Cobalt's members moved in January, more safely than
        they would have in July; Cobalt spent its last six months doing the
        minimum.]]
    else
      lines[#lines + 1] = [[The move off Cobalt was rough: the ombudsman logged
        2,600 complaints in July, most from people in the middle of
        treatment.]]
    end
  end
  -- Terms that start in January (the phased amendment, or the bridge) are
  -- only weeks old by the winter: the epilogue says so rather than judging
  -- them.
  local january = s.sent == "phased" or s.sent == "bridge"
  -- The advocates and the family
  if s.advocates_in then
    if live and january then
      lines[#lines + 1] = [[The access standards Tomás Herrera's coalition
        helped write took effect in January; the coalition is waiting, not
        patiently, for the first quarter's numbers.]]
    elseif live then
      lines[#lines + 1] = [[Tomás Herrera's coalition helped write the access
        standards, and Marcus Price's therapy has not been interrupted again.]]
    else
      lines[#lines + 1] = [[The access standards Tomás Herrera's coalition
        helped draft are still in a folder in Nadia's office.]]
    end
  elseif s.pa_ban and live and january then
    lines[#lines + 1] = [[The ban on prior approval for children's behavioral
      therapy took effect in January, and the plans have already asked for a
      rate adjustment to pay for it.]]
  elseif s.pa_ban and live then
    lines[#lines + 1] = [[Children's behavioral therapy no longer needs prior
      approval; the plans have asked for a rate adjustment to pay for it.]]
  end
  -- The health centers
  if s.chc_fee then
    if live and january then
      lines[#lines + 1] = [[Northgate and Cedar Creek made payroll, and
        wraparound is settled monthly now. The care-management fee's
        directed-payment preprint reached CMS in the autumn, ahead of its
        January start date; it is still waiting for
        approval, so no fee has been paid yet.]]
    elseif live then
      lines[#lines + 1] = [[Northgate and Cedar Creek made payroll. The
        care-management fee's directed-payment preprint reached CMS before the
        July start; CMS approved it in the autumn, and the first payments,
        covering the months since July, reached every health center in
        December.]]
    else
      lines[#lines + 1] = [[Northgate and Cedar Creek made payroll; the
        care-management fee never made it into the contracts.]]
    end
  end
  -- The market levers, if the contracts that carry them are in force
  if live and not cobalt_walked then
    if s.withhold then
      if s.sent == "bridge" then
        lines[#lines + 1] = [[Cobalt's corrective plan took effect in January;
          its first verified on-time payment rate under it is 82%.]]
      else
        lines[#lines + 1] = [[Cobalt paid damages for two missed months, then
          met the standards; its verified on-time payment rate is 87% and
          rising, and the state lifted the freeze on its new members in
          December.]]
      end
    end
    if s.auto_assign and january then
      lines[#lines + 1] = [[Performance-based assignment began in January;
        Valley Partners received most of the first 3,000 members it
        assigned.]]
    elseif s.auto_assign then
      lines[#lines + 1] = [[Valley Partners has gained 19,000 members through
        performance-based assignment, and Crestline has hired a new director
        of provider relations.]]
    end
  end
  -- The team, and you
  if s.team_owns then
    lines[#lines + 1] = [[Nadia's team now runs a monthly performance review
      with each plan, and nothing sits in "monitoring" for long.]]
  elseif s.drafting_alone or s.lost_weekend then
    lines[#lines + 1] = [[You are tired in a way that a long weekend has not
      fixed.]]
  end
  return table.concat(lines, " ")
end

scene "holds" {
  ending = "A contract that buys something",
  text = function(s)
    local grumbles = "the plans grumble about the standards, Lakeshore about its rates"
    if s.any_willing then
      grumbles = "the plans grumble about the standards and the hospital clause, the hospitals about everything else"
    end
    local what = [[The new contracts put money and consequences behind what
      the state said it was buying, and the results are public.]]
    if s.real_measures then
      what = [[The new contracts pay the plans for what members and providers
        actually experience. The numbers are public, and the consequences are
        written down.]]
    end
    local first = [[In October the first scorecard went to Senator
      Kessler's subcommittee before it went anywhere else.]]
    if s.sent == "bridge" then
      what = [[The six-month bridge ran out in December, and on January 1 the
        new terms took effect.]] .. " " .. what
      first = [[The first scorecard is due in April, and Senator Kessler's
        subcommittee will see it before anyone else.]]
    elseif s.sent == "phased" then
      what = [[The priced core took effect in July, and the rest followed with
        the January amendment.]] .. " " .. what
      first = [[The first full scorecard, with the access standards in it, is
        due in April, and Senator Kessler's subcommittee will see it before
        anyone else.]]
    end
    return what .. " Nobody got everything: " .. grumbles .. [[, the
      advocates about the pace, and all of them still take your calls. ]]
      .. first .. "\n\n" .. epilogue(s)
  end,
}

scene "extension" {
  ending = "The long extension",
  text = function(s)
    return [[The extension was approved, and the old contracts ran on into the
      autumn. By then the legislature had adjourned with a budget rider on
      hospital payments written by the Senator's staff, the plans had hired two
      more lobbyists, and the deadline that had brought everyone to the table
      was gone. The new terms are drafted. Nobody is in a hurry to sign them.

      ]] .. epilogue(s)
  end,
}

scene "market_cracks" {
  ending = "The market pushes back",
  text = function(s)
    local story
    if s.dropped_cobalt then
      story = [[With Cobalt gone, Crestline holds close to 60% of your members
        and knows it. In May it declined to sign unless the rate moved to the
        top of the range]] .. (new_terms_in_force(s)
          and [[ and the new standards were "phased in" over three years.]]
          or ".") .. [[ You signed: there was nowhere else for 640,000 people
        to go.]]
    else
      story = [[In the last week of April, Cobalt told you it would not sign.
        Its parent company had decided the state was not worth the trouble.
        Its 160,000 members needed a new plan by July 1 on a timetable you did
        not choose, and the two remaining plans knew exactly how much you
        needed them.]]
    end
    local lesson = [[ A purchaser needs sellers; the terms you pushed for
      were sound in parts, but the market could not carry all of them at once.]]
    if not new_terms_in_force(s) then
      lesson = [[ A purchaser needs sellers. Dropping the new terms at the end
        did not win back the goodwill you had spent along the way, and it left
        the state nothing to show for the month.]]
    end
    return story .. lesson .. [[


      ]] .. epilogue(s, not s.dropped_cobalt)
  end,
}

scene "proviso" {
  ending = "The legislature takes the pen",
  text = function(s)
    local rider = [[Every managed care plan must contract with every willing
      hospital at no less than its current rates, and the agency must report
      monthly to the subcommittee on hospital payments.]]
    if s.any_willing then
      rider = [[The rider writes your any-willing-hospital clause into law,
        freezes hospital rates at this year's levels, and requires the agency
        to report monthly to the subcommittee on hospital payments.]]
    end
    return [[In the last week of the session, Senator Kessler's subcommittee
      added eleven lines to the budget bill. ]] .. rider .. [[ The Governor
      signed it; he needed the budget. Your contracts are now partly written
      by people who were never at the table, and the providers and advocates
      who might have defended your terms had stopped expecting to be heard.

      ]] .. epilogue(s)
  end,
}

scene "quiet" {
  ending = "Quiet, not better",
  text = function(s)
    if s.accountability >= 52 then
      -- Strong terms on paper; members did not feel them.
      return [[The contracts were renewed on time, and on paper they are the
        strongest the state has signed. But members feel little of it. The
        standards measure the plans; nothing in March protected the people
        caught in between, and by winter the stories are about families who
        lost a hospital, a clinic or a doctor while the agency was drafting.
        The next renewal is two years away.

        ]] .. epilogue(s)
    end
    local members = ""
    if s.access < 55 then
      members = [[ Where anyone measures access, it is worse than it was in
        March.]]
    end
    return [[The contracts were renewed on time, and for a while the
      complaints died down. But the terms ask little that the plans were not
      already doing, and by winter the same stories were back: late payments,
      denials overturned months later, directories full of doctors who do not
      take new patients.]] .. members .. [[ The next renewal is two years
      away, and whoever sits in your chair will inherit the same binder.

      ]] .. epilogue(s)
  end,
}
