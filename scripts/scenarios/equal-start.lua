-- An Equal Start
--
-- The state's maternal mortality review finds that Black mothers and mothers
-- who are citizens of the Red Willow Nation die of pregnancy-related causes
-- at about three times the rate of white mothers, most of them in the year
-- after birth, and that most of those deaths were preventable. The
-- Commissioner of Health and the Medicaid director put one joint team on it,
-- and the player leads it.
--
-- The team is diverse on purpose, and it pulls in different directions: an
-- obstetrician who trusts hospital safety protocols, the founder of a
-- Black-led community doula collective who trusts none of the state's
-- institutions, the health director of a sovereign tribal nation who is not a
-- "stakeholder" but a government, an epidemiologist who distrusts small
-- numbers, a community health worker manager who has quietly become everyone's
-- interpreter, and a Medicaid policy lead who knows which rules are real.
--
-- The scenario rewards leaders who treat each kind of knowledge as evidence,
-- consult a tribal nation as a government, fix language access as a system
-- rather than with one person's goodwill, design benefits with the people who
-- will deliver them, handle conflict without making anyone lose face, tell the
-- truth about small numbers, and build something the communities co-own.
--
-- Policy setting (October 2026; federal rules in force):
--   * Medicaid postpartum coverage for 12 months, a state option made
--     permanent by the Consolidated Appropriations Act, 2023 (SSA 1902(e)(16)).
--   * States where Indian health programs (IHS, tribal or urban) furnish care
--     must seek the advice of their designees on Medicaid matters likely to
--     have a direct effect on them, before submitting state plan amendments
--     or waivers (SSA 1902(a)(73), added by ARRA section 5006; CMS guidance
--     sets the timing); the state's own consultation policy sets the process.
--   * Services received through a tribal health facility are matched at 100%
--     federal share (SSA 1905(b)); CMS's 2016 guidance (SHO #16-002) extends
--     this to care by outside providers under a care coordination agreement.
--   * Doula care can be covered as a preventive service, which must be
--     recommended by a physician or other licensed practitioner
--     (42 CFR 440.130(c)); states use standing recommendations.
--   * Managed care plans must offer oral interpretation in every language free
--     of charge (42 CFR 438.10(d)); hospitals and clinics must use qualified
--     interpreters under Section 1557 (45 CFR 92.201, 2024 rule).
--   * The 2025 federal budget law (H.R. 1) bars new or increased provider
--     taxes, so the state cannot raise its hospital assessment to fill a gap.
--
-- Meters:
--   team       the joint team's trust in you and in each other
--   community  trust of the mothers and communities the work is for
--   backing    the Commissioner's and the legislature's backing
--   gap        the gap in postpartum care within 12 weeks of birth between
--              the three communities and the state average (points; lower
--              is better)
--
-- Flags on `s`: s.acknowledged, s.council / s.notice_only / s.seat_only /
-- s.liaison, s.mam_chw, s.lucia_overloaded, s.community_path,
-- s.standing_rec, s.keisha_hurt, s.cca, s.announced, s.q2 (the luck of the
-- second quarter's numbers), s.lucia_lead, s.council_standing.
-- One scene appears only on some paths: "objection" (January, when the
-- Nation was not consulted at its council).

scenario {
  id = "equal-start",
  title = "An Equal Start",
  role = "Deputy Director for Maternal and Child Health, State Department of Health; lead of the joint maternal health team",
  summary = "October 2026. Black mothers and Red Willow Nation citizens die of pregnancy-related causes "
         .. "at three times the rate of white mothers in your state, most in the year after birth. "
         .. "Lead a joint Medicaid and public health team whose members disagree about almost everything "
         .. "except that this must change. Federal rules in force: 12-month postpartum Medicaid, "
         .. "tribal consultation before state plan amendments, qualified interpreters under Section 1557.",
  minutes = 22,
  start = "report",
  meters = {
    team      = { label = "Team's trust", value = 50, order = 1 },
    community = { label = "Communities' trust", value = 40, order = 2 },
    backing   = { label = "Commissioner's and legislature's backing", value = 50, order = 3 },
    gap       = { label = "Gap in postpartum care (points)", value = 18, min = 0, max = 30, order = 4,
                  better = "lower" },
  },
  reflection = {
    "Each member of your team brought a different kind of evidence: clinical, statistical, lived, legal, cultural. Which did you weigh most, and whose did you discount without noticing?",
    "Red Willow Nation is a government, not a stakeholder group. Where did your decisions treat it as one, and where as the other?",
    "Lucía carried the team's language access on her own time. What in your own organization depends on one person's goodwill, and what would it take to make it a system?",
    "When the first numbers looked good, what did you say in public, and what would you say now about small numbers and early results?",
    "Who will own this work in five years? Name the people, and whether they were at your table.",
  },
  closing = "Think of one group your agency serves whose outcomes are worst. Name one decision this quarter that you will make with them in the room rather than about them.",
}

-- ---------------------------------------------------------------- Week 1

scene "report" {
  title = "October 2026, Monday, 8:30 a.m.",
  speaker = "Dr. Naomi Sterling, Commissioner of Health",
  text = [[
    The state's Maternal Mortality Review Committee has published its
    five-year report. Forty-one women died of pregnancy-related causes between
    2019 and 2023. Black women died at 3.1 times the rate of white women, and
    citizens of the Red Willow Nation at 2.8 times. The committee judged 34 of
    the 41 deaths preventable. Twenty-four happened between a week and a year
    after the birth, and the leading causes were mental health conditions,
    including overdose, then heart disease and hypertension, then hemorrhage.

    "Medicaid paid for most of those births," the Commissioner says. "The
    Medicaid director and I are putting one team on this, and you lead it. I
    want a plan the legislature can fund in February and numbers that move
    within a year. You will have people from both agencies and from outside.
    They will not agree with each other. That is why I picked them."

    Her list: Dr. Miriam Osei, obstetrician and Medicaid's chief medical
    officer for maternal health; Keisha Bright, founder of the Ellis Street
    Doula Collective; Teresa Highwater, health director of the Red Willow
    Nation; Ben Novak, your maternal and child health epidemiologist; Lucía
    Ferreira, who runs the community health worker program in Harlan County;
    and Nate Carver, Medicaid's state plan and policy lead.
  ]],
  next = "first_meeting",
}

scene "first_meeting" {
  title = "Week 1, Thursday, 9:00 a.m.",
  speaker = "The joint team",
  notes = [[The opening tests whose evidence counts. Teresa's grievance is
    real (the report listed four Red Willow deaths by county, which identified
    families), and it is also the moment the team learns whether this leader
    can hear a criticism of her own department. The norms option is a close
    second and stronger on teamwork; ask the room which one they would do
    first, and why order matters here. The data-first option is what most
    analysts would do; it is not wrong, it just tells Keisha and Teresa whose
    evidence comes first.]],
  text = [[
    Twenty minutes in, the team has found its fault lines. Dr. Osei wants every
    birthing hospital on the national safety bundles for severe hypertension
    and hemorrhage: "Those are protocols. They work." Keisha reads from the
    report: "'Preventable.' Preventable by whom? Half these women told someone
    something was wrong, and nobody believed them." Ben warns that with
    numbers this small, one more death changes a rate by a third.

    Teresa has said little. Now she puts the report on the table. "You
    published our four deaths by county. In a county of nine thousand people,
    everyone knows whose daughters those were. Nobody from the state asked the
    Nation first. I am here to see whether this team is any different."

    Lucía, who was told she was here "for the Latino perspective," has not
    spoken at all.
  ]],

  choice {
    id = "answer_teresa",
    text = "Answer Teresa before anything else: say plainly that the department got it wrong, and ask what the Nation needs from this team",
    score = { receiving_feedback = 2, engaging_stakeholders = 2, communication = 1,
              collaborating_and_working_in_teams = 1 },
    effects = { community = 6, team = 3 },
    feedback = [[Owning your department's mistake in front of the team, without
      defending it, shows every member that criticism of the state can be said
      here and heard. Asking what the Nation needs, rather than explaining the
      report, starts a relationship with a government instead of managing a
      complaint. The team's working rules still have to be set, and you have
      used the first hour on one partner.]],
    next = function(s) s.acknowledged = true; return "consultation" end,
  },

  choice {
    id = "norms",
    text = "Set ground rules first: clinical data, numbers and lived experience all count as evidence, and nobody speaks for a whole community",
    score = { collaborating_and_working_in_teams = 2, engaging_stakeholders = 1,
              managing_conflict_and_negotiating = 1 },
    effects = { team = 6 },
    feedback = [[Naming every kind of knowledge as evidence gives Keisha's stories
      the same standing as Ben's rates, and releasing Lucía from speaking for
      "the Latino perspective" frees her to speak for herself. Good norms make
      every later argument easier. Teresa's point, though, was about something
      your department did, and rules for the future do not answer it.]],
    next = "consultation",
  },

  choice {
    id = "workstreams",
    text = "Split into three workstreams today (hospital safety, doula care and language access) so each expert can start on what they know",
    score = { managing_work = 1, developing_directing_and_delegating = 1,
              collaborating_and_working_in_teams = -2, systems_thinking = -1, engaging_stakeholders = -1 },
    effects = { team = -4, backing = 3 },
    feedback = [[Workstreams get people moving, and the Commissioner wants a plan
      by February. But splitting the team on its first day locks each member
      into their own profession's answer, and the deaths in the report crossed
      all three: a woman sent home with high blood pressure, who could not read
      her discharge papers, and who had no one to call. Teresa's point is left
      for later.]],
    next = "consultation",
  },

  choice {
    id = "data_first",
    text = "Ask Ben to walk everyone through the report's numbers, so the team starts from one shared set of facts before debating fixes",
    score = { measuring_performance = 1, collaborating_and_working_in_teams = -1, engaging_stakeholders = -2 },
    effects = { team = -3, community = -3 },
    feedback = [[A shared baseline is sensible, and Ben's caution about small
      numbers is one the team needs. But starting with the epidemiologist's
      slides, right after Keisha and Teresa spoke, tells them which evidence
      comes first in this room. Teresa's concern was about those very numbers,
      and it goes unanswered.]],
    next = "consultation",
  },
}

-- ---------------------------------------------------------------- Week 3

scene "consultation" {
  title = "Week 3, Tuesday, 2:00 p.m.",
  speaker = "Nate Carver, Medicaid State Plan and Policy Lead",
  notes = [[Tribal consultation is a legal duty (SSA 1902(a)(73)) and, more
    than that, government-to-government respect. The letter option meets the
    state's written policy and keeps the budget calendar; a real leader under
    a February deadline would be tempted. Draw out the difference between a
    tribal health director sitting on a state team and the Nation's government
    being consulted. The liaison option is a near miss: proper, but it hands
    away the relationship this team will need.]],
  text = function(s)
    local tone = ""
    if s.acknowledged then
      tone = [[ Teresa has told the council what you said on the first day;
        she says they were surprised, and want to see what follows.]]
    end
    return [[The plan is taking shape, and two pieces change the state plan:
      Medicaid coverage of doula care, and postpartum home visits by community
      health workers. Nate is ready. "Federal law says we have to seek the
      tribes' advice before we submit. Our policy says a written notice sixty
      days ahead and a chance to comment. I can send the letter today and we
      still make the February budget and a March submission."

      Teresa says the Nation's council expects to be consulted at the council,
      in person, by someone who can change the plan. The Nation also has its
      own birth helpers, women who have attended births for decades, whom no
      state program recognizes.]] .. tone
  end,

  choice {
    id = "letter",
    text = "Have Nate send the sixty-day notice today: it meets the state's written policy, keeps March, and Teresa can add comments",
    score = { planning_for_action = 1, engaging_stakeholders = -2, improving_health_outcomes = -1 },
    effects = { backing = 4, community = -6 },
    feedback = [[It is lawful, it is on time, and the policy exists for a reason.
      But a letter asks the Nation to comment on a plan already written, and
      Teresa told you what the council expects. Consultation that meets the
      form and misses the relationship costs you the partner this plan most
      needs in the north.]],
    next = function(s) s.notice_only = true; return "language" end,
  },

  choice {
    id = "council",
    text = "Ask to meet the Nation's council on its land, go with the Medicaid director, and let the March submission move if it must",
    score = { engaging_stakeholders = 3, improving_health_outcomes = 1, systems_thinking = 1 },
    effects = { community = 8, backing = -3 },
    feedback = [[Going to the council, with someone who can change the state plan,
      treats the Nation as the government it is. What you hear there, about the
      birth helpers and about what the Nation's clinic already does, will shape
      a better plan. The cost is real: the March date may slip, and the
      Commissioner will ask why.]],
    next = function(s) s.council = true; return "language" end,
  },

  choice {
    id = "seat",
    text = "Count Teresa's seat on the team as the Nation's voice: she is its health director, and she sees every draft before anyone else",
    score = { collaborating_and_working_in_teams = 1, engaging_stakeholders = -2, improving_health_outcomes = -1 },
    effects = { team = 2, community = -5 },
    feedback = [[Teresa's seat matters, and she will shape the drafts. But she is
      a member of a state team, not the Nation's council, and asking her to
      stand in for her own government puts her in a hard place at home. It
      saves weeks and spends her standing.]],
    next = function(s) s.seat_only = true; return "language" end,
  },

  choice {
    id = "liaison",
    text = "Ask the Governor's Office of Tribal Relations to run the consultation on its usual calendar, so people who do it well handle it",
    score = { developing_directing_and_delegating = 1, business_acumen = 1, engaging_stakeholders = 1 },
    effects = { community = 2 },
    feedback = [[The tribal relations office knows the protocol and the people,
      and using it is proper. But its calendar runs on the Governor's agenda,
      and the council will meet an office that cannot change your plan. You
      have done it correctly and kept the relationship at arm's length.]],
    next = function(s) s.liaison = true; return "language" end,
  },
}

-- ---------------------------------------------------------------- December

scene "language" {
  title = "December 2026, Wednesday, 4:45 p.m.",
  speaker = "Lucía Ferreira, Community Health Worker Program Manager, Harlan County",
  text = [[
    Lucía asks for ten minutes and takes forty. Juana, nineteen, gave birth by
    cesarean at Harlan Regional three weeks ago. She speaks Mam, a Mayan
    language of Guatemala; hundreds of families in the county do, most of them
    working at the meat plant. The hospital's phone line had no Mam
    interpreter, so staff used Spanish, which Juana speaks a little. She went
    home with wound-care instructions she could not read, and came back with an
    infection.

    "It's not one hospital," Lucía says. "The clinics do the same. The health
    plans say interpreters are available, and on paper they are." She admits,
    when you ask, that she has been interpreting for families herself, on
    weekends, with the little Mam she has learned and a cousin's help.
  ]],

  choice {
    id = "survey",
    text = "Commission a language-access survey of every clinic and hospital in the county first, so the fix matches the size of the problem",
    score = { measuring_performance = 1, effective_decision_making = -2, improving_health_outcomes = -1 },
    effects = { community = -4, gap = 1 },
    feedback = [[Ben would approve, and a fix sized to the problem is usually
      wiser. Here the problem is already known to the people living it, and
      the survey will take months while mothers go home with papers they cannot
      read. Gathering more data can be a way of not deciding.]],
    next = "doulas",
  },

  choice {
    id = "plan_contracts",
    text = "Direct the health plans, under their Medicaid contracts, to guarantee qualified Mam interpreters at prenatal and postpartum visits",
    score = { business_acumen = 1, effective_decision_making = 2 },
    effects = { gap = -2, backing = 1 },
    feedback = [[You used a lever the state already holds: plans must offer
      interpretation in every language, free, and the contract lets you audit
      it. That is quick and enforceable. It leans on a supply of Mam
      interpreters that barely exists, so the plans will comply on paper first,
      and the families you most need to reach still do not know the service
      exists.]],
    next = "doulas",
  },

  choice {
    id = "train_mam",
    text = "Fund Lucía's program to train Mam speakers from the community as qualified medical interpreters, paid by the health plans",
    score = { leading_innovation = 2, improving_health_outcomes = 2, systems_thinking = 1,
              effective_decision_making = 1 },
    effects = { gap = -3, community = 6, backing = -2 },
    feedback = [[This builds the supply the rules assume: interpreters from the
      community, trained to the standard the law requires, paid by the plans
      that owe the service. It is slower than a contract letter, and it costs
      money the team has not yet been given, but in a year the county will have
      something it never had.]],
    next = function(s) s.mam_chw = true; return "doulas" end,
  },

  choice {
    id = "lucia_covers",
    text = "Ask Lucía to keep interpreting for pilot families for now, with overtime approved, while the team works on a lasting fix",
    score = { improving_health_outcomes = 1, developing_directing_and_delegating = -2, systems_thinking = -1 },
    effects = { gap = -1, team = -2 },
    feedback = [[It helps families this week, and paying Lucía for work she was
      doing free is fair. But Lucía is not a qualified interpreter and knows it,
      and a system that runs on one person's weekends fails the week she is
      ill. You have made her goodwill the plan.]],
    next = function(s) s.lucia_overloaded = true; return "doulas" end,
  },
}

-- ---------------------------------------------------------------- January

scene "doulas" {
  title = "January 2027, Tuesday, 10:00 a.m.",
  speaker = "Keisha Bright, Ellis Street Doula Collective",
  notes = [[The design of the doula benefit is where equity is won or lost in
    the details. Two options are close: the community pathway (stronger on
    engaging the doulas and on innovation) and the standing recommendation
    (stronger on technical knowledge and on handing the decision to a panel).
    Ask the room which barrier matters more to a mother: the doctor's note or
    a doula who looks like her. The national-certification option is what
    most hospitals would ask for, and it is not unreasonable.]],
  text = function(s)
    local helpers = ""
    if s.council then
      helpers = [[ Teresa adds that the council asked, at your meeting, that
        the Nation's birth helpers be able to work under the benefit too.]]
    end
    return [[Nate's draft covers doula care as a preventive service. Federal
      rules require a physician or other licensed practitioner to recommend it.
      The draft also requires doulas to hold a certificate from one of two
      national organizations, and pays $1,100 a birth for four prenatal visits,
      the birth and four postpartum visits. Until it is approved, a
      grant-funded pilot pays doulas and community health workers in Ellisburg
      and Harlan County; it starts next week.

      Keisha has read it twice. "Three of my eleven doulas hold one of those
      certificates. The others trained in the community, for years, and they
      are the ones Black mothers call. The certificate costs about a thousand
      dollars and a month without pay. And a mother who has to ask a doctor for
      a note to get a doula is exactly the mother who was not believed by a
      doctor." Dr. Osei answers that hospitals will only let in doulas they
      trust, and that a certificate is what they trust.]] .. helpers
  end,

  choice {
    id = "national_only",
    text = "Keep national certification as drafted: hospitals trust it, and a shaky start with hospitals could sink the benefit for everyone",
    score = { systems_thinking = 1, engaging_stakeholders = -2, improving_health_outcomes = -2,
              leading_innovation = -1 },
    effects = { community = -7, team = -4, backing = 2 },
    feedback = [[Hospital acceptance is a real risk, and Dr. Osei is not wrong
      about it. But the rule keeps out the doulas the most affected mothers
      already trust, so the benefit will reach the mothers who needed it least.
      Keisha hears that her collective's experience counts for less than a
      certificate.]],
    next = function(s) s.keisha_hurt = true; return s.notice_only and "objection" or (s.seat_only and "objection" or "budget") end,
  },

  choice {
    id = "standing_rec",
    text = "Have Dr. Osei sign a standing recommendation so no mother needs a note, and let a doula panel settle certification within the budget",
    score = { technical_learning = 2, developing_directing_and_delegating = 1, improving_health_outcomes = 1,
              engaging_stakeholders = 1 },
    effects = { team = 4, community = 3, gap = -1 },
    feedback = [[You found the rule's give: a standing recommendation meets the
      federal requirement without putting a doctor's visit between a mother and
      a doula, and asking Dr. Osei to sign it makes her part of the answer.
      Handing certification to a doula panel is trusting, though it leaves the
      hardest question to people who have never designed a Medicaid benefit.]],
    next = function(s) s.standing_rec = true; return s.notice_only and "objection" or (s.seat_only and "objection" or "budget") end,
  },

  choice {
    id = "fight_rate",
    text = "Fight for a $1,800 rate and keep the certificates: if the state demands credentials, it should pay doulas enough to earn a living",
    score = { managing_conflict_and_negotiating = 1, improving_health_outcomes = 1, managing_resources = -1,
              communication = -1 },
    effects = { backing = -8, community = 2 },
    feedback = [[Low rates are a real reason doula programs fail, and pairing
      credentials with fair pay has a logic. But it spends your budget
      credibility on the rate while keeping the barrier Keisha named first, and
      the budget office will read a 60% increase as a team that has not done its
      sums.]],
    next = function(s) return s.notice_only and "objection" or (s.seat_only and "objection" or "budget") end,
  },

  choice {
    id = "community_path",
    text = "Add a community pathway to certification, designed with Keisha's collective and the Nation's birth helpers, at $1,100 for now",
    score = { engaging_stakeholders = 2, leading_innovation = 2, improving_health_outcomes = 1,
              collaborating_and_working_in_teams = 1 },
    effects = { community = 7, team = 3, gap = -2 },
    feedback = [[You kept a standard and changed who sets it: a pathway that
      recognizes years of community practice, written with the people who have
      it. Other states have done this, and it is how a benefit reaches the
      mothers it was meant for. You left the rate and the doctor's note for
      later, and Keisha will hold you to the rate.]],
    next = function(s) s.community_path = true; return s.notice_only and "objection" or (s.seat_only and "objection" or "budget") end,
  },
}

scene "objection" {
  title = "January 2027, a week later",
  speaker = "Teresa Highwater, Health Director, Red Willow Nation",
  text = function(s)
    local why = "a sixty-day notice letter"
    if s.seat_only then why = "the work of its health director on a state committee" end
    return [[A letter arrives from the Red Willow Nation's council, copied to
      the Governor and to the regional office of the federal Medicaid agency.
      It says the state treated ]] .. why .. [[ as consultation, that the
      doula benefit ignores the Nation's birth helpers, and that the council
      asks the state to hold its submission until it has been consulted.

      Teresa calls you afterwards. Her voice is level. "I did not write it.
      I did not try to stop it either."]]
  end,

  choice {
    id = "defend",
    text = "Reply that the state met its written consultation policy, and offer a further comment period before the amendment goes in",
    score = { business_acumen = 1, effective_decision_making = 1, engaging_stakeholders = -2,
              receiving_feedback = -1 },
    effects = { community = -6, backing = 2 },
    feedback = [[Legally you may be right, and the Governor's office will want
      the record straight. But a council that felt ignored reads a defense as a
      second dismissal, and a federal regional office that receives a tribe's
      complaint will look closely at the amendment anyway.]],
    next = "budget",
  },

  choice {
    id = "hold_and_go",
    text = "Hold the submission, ask the council for a meeting on its land, and go with the Medicaid director to hear what it wants changed",
    score = { engaging_stakeholders = 3, self_awareness = 2, planning_for_action = -1 },
    effects = { community = 7, backing = -4 },
    feedback = [[Late, but real: you did what the council asked, in person,
      with someone who can change the plan. The delay will cost you the March
      submission and some patience at the Capitol. The council will remember
      that you came; it will also remember why it had to write.]],
    next = function(s) s.council = true; return "budget" end,
  },

  choice {
    id = "ask_teresa",
    text = "Ask Teresa to take your apology to the council and to bring back what it needs changed, since she knows both sides",
    score = { collaborating_and_working_in_teams = 1, communication = 1, engaging_stakeholders = -1,
              developing_directing_and_delegating = -1 },
    effects = { team = -3, community = -2 },
    feedback = [[Teresa does know both sides, and the instinct to go through a
      trusted colleague is natural. But it asks her, again, to carry the state's
      message to her own government, which is exactly what the council
      objected to. An apology sent through a member of staff is received as one.]],
    next = "budget",
  },

  choice {
    id = "joint_review",
    text = "Propose a joint review of the amendment with the Nation's lawyers and Nate before it is submitted, on a date the council chooses",
    score = { managing_conflict_and_negotiating = 1, business_acumen = 1, engaging_stakeholders = -1 },
    effects = { community = 4, backing = -2 },
    feedback = [[A joint review on the council's timetable turns the complaint
      into shared work and gives the Nation a hand on the text. It is sound
      and businesslike. It keeps the conversation between lawyers and staff,
      though, and the council asked to hear from someone who decides.]],
    next = "budget",
  },
}

-- ---------------------------------------------------------------- February

scene "budget" {
  title = "February 2027, Monday, 7:30 a.m.",
  speaker = "Dr. Naomi Sterling, Commissioner of Health",
  text = [[
    The appropriations committee has marked up the budget. Medicaid is under
    pressure everywhere: the 2025 federal law bars new or increased provider
    taxes, so the state cannot raise its hospital assessment to fill gaps, and
    the committee has cut the maternal health request by a third, from $12
    million to $8 million for the year.

    "I can defend eight million," the Commissioner says, "if you tell me by
    Friday what we do with it and what we stop. The chair represents three
    rural counties, and she has asked what her districts get."
  ]],

  choice {
    id = "statewide_thin",
    text = "Roll everything out statewide at two-thirds strength, so every county gets doulas and interpreters and no district is left out",
    score = { engaging_stakeholders = 1, communicating_with_internal_and_external_audiences = 1,
              managing_resources = -2, improving_health_outcomes = -1, systems_thinking = -1 },
    effects = { backing = 6, gap = 1 },
    feedback = [[Every legislator can point to something, and that is how
      budgets survive. But spreading eight million across the state gives each
      county too little to change anything, and the gap is concentrated in a
      few places. Equal shares of a remedy are not the same as an equal start.]],
    next = "clash",
  },

  choice {
    id = "benefit_plus_targeted",
    text = "Keep the doula benefit statewide, as a Medicaid benefit must be, and put the interpreter grant money where the gaps are widest",
    score = { business_acumen = 2, systems_thinking = 2, planning_for_action = 1,
              balancing_strategic_focus_and_agility = 1, improving_health_outcomes = 1 },
    effects = { gap = -3, backing = 2 },
    feedback = [[You used how the money works: the doula benefit draws federal
      match and must be statewide under the state plan, so it answers the
      chair's question, while scarce grant dollars go where the gap lives.
      The communities in the north and in Harlan County get the most, and every
      district gets something real.]],
    next = "clash",
  },

  choice {
    id = "three_places",
    text = "Put the whole eight million into the three places with the widest gaps and tell the chair her counties come in year two",
    score = { improving_health_outcomes = 1, managing_resources = 1, engaging_stakeholders = -1,
              business_acumen = -1 },
    effects = { gap = -3, backing = -9, community = 3 },
    feedback = [[Concentrating money where the deaths are is defensible and
      honest. But a state plan benefit cannot be offered in some counties and
      not others without a waiver, and telling the chair her districts wait a
      year, in the month she decides your budget, spends backing you will need
      again.]],
    next = "clash",
  },

  choice {
    id = "cut_bundles",
    text = "Cut the hospital safety-bundle money: hospitals can fund their own quality work, and the community programs are what is new here",
    score = { managing_resources = 1, systems_thinking = -2, collaborating_and_working_in_teams = -2 },
    effects = { team = -6, gap = 1 },
    feedback = [[Hospitals do have quality budgets, and protecting the new
      community work has a logic. But the report's deaths from hypertension and
      hemorrhage happened in hospitals, and Dr. Osei learns from the budget
      sheet that her part of the plan was the one you gave up.]],
    next = function(s) s.osei_hurt = true; return "clash" end,
  },
}

-- ---------------------------------------------------------------- March

scene "clash" {
  title = "March 2027, Thursday, 3:15 p.m.",
  speaker = "The joint team",
  notes = [[Here speaking up in the room is the tempting move and not the best
    one: Keisha has just named a dead woman, and a facilitation exercise in
    front of everyone asks two people to perform reconciliation. The private
    conversations win narrowly; naming it in the room is stronger on
    teamwork and vision. Ask who in the room has been on either side of a
    moment like this.]],
  text = function(s)
    local extra = ""
    if s.osei_hurt then
      extra = [[ Dr. Osei has been short with everyone since the budget
        sheet came out.]]
    end
    return [[The team is reviewing the first cases from the pilot in
      Ellisburg.]] .. extra .. [[ Dr. Osei says, evenly, "With respect, a
      doula does not stop a hemorrhage. A protocol does."

      Keisha puts down her pen. "A protocol didn't stop Tamara Ellison being
      sent home from Ellisburg General with a pressure of 160 over 110 because
      nobody believed she had a headache. She died four days later. I was her
      doula."

      Nobody speaks. Ben looks at his screen. Lucía looks at you.]]
  end,

  choice {
    id = "in_the_room",
    text = "Name it in the room: both are describing real deaths, the plan needs both answers, and ask each what the other's work adds",
    score = { collaborating_and_working_in_teams = 2, vision_and_purpose = 1, managing_conflict_and_negotiating = 1 },
    effects = { team = 2 },
    feedback = [[You held the purpose in front of everyone: these are two answers
      to different deaths, and the plan needs both. It is a real act of
      leadership. But asking two people to say, right now, what the other
      adds, moments after one of them named a woman she lost, puts them on
      stage, and one of them is grieving.]],
    next = "hospital",
  },

  choice {
    id = "evidence",
    text = "Ask Ben to bring the evidence on doulas and on safety bundles to the next meeting, so data can settle it rather than volume",
    score = { measuring_performance = 1, managing_conflict_and_negotiating = -1, self_awareness = -1,
              collaborating_and_working_in_teams = -1 },
    effects = { team = -4 },
    feedback = [[Evidence should inform the plan, and Ben will do it well. But
      this was not a disagreement about data. Keisha told the team about a
      woman she lost, and turning to a literature review tells her the story
      did not count as evidence, exactly what your own ground rules were meant
      to prevent.]],
    next = function(s) s.keisha_hurt = true; return "hospital" end,
  },

  choice {
    id = "move_on",
    text = "Thank them both for caring this much, say the plan funds both answers, and move on to the next item on the team's agenda",
    score = { managing_work = 1, managing_conflict_and_negotiating = -2, self_awareness = -1,
              collaborating_and_working_in_teams = -1 },
    effects = { team = -5 },
    feedback = [[Keeping the meeting moving is sometimes kind, and a steady leader
      does not have to resolve every tension on the spot. But what was said
      was too big to step over. Both will take it away unresolved, and the team
      learns that the hardest things get noted and filed.]],
    next = function(s) s.keisha_hurt = true; return "hospital" end,
  },

  choice {
    id = "break_private",
    text = "Call a short break, then talk with each of them alone before the team meets again, so neither has to back down in public",
    score = { managing_conflict_and_negotiating = 3, self_awareness = 1, collaborating_and_working_in_teams = 1 },
    effects = { team = 6 },
    feedback = [[You read the moment: one person grieving, one person cornered,
      and a room watching. Talking with each alone lets Keisha be heard about
      Tamara and lets Dr. Osei say what she could not say in front of everyone.
      The team does not see the repair happen, and some of them will wonder
      whether it did.]],
    next = "hospital",
  },
}

-- ---------------------------------------------------------------- April

scene "hospital" {
  title = "April 2027, Friday, 11:00 a.m.",
  speaker = "Teresa Highwater, Health Director, Red Willow Nation",
  text = function(s)
    local tone = [[Teresa calls you directly.]]
    if s.notice_only or s.seat_only then
      if not s.council then
        tone = [[Teresa calls. She is polite, and careful in a way she was not
          in October.]]
      end
    end
    return tone .. [[ Hollis Community Hospital, the only birthing unit within
      seventy miles of the Nation, will close its labor and delivery unit in
      ninety days. It delivers about nine babies a month and cannot keep
      enough nurses. Most of the Nation's births happen there.

      "Our clinic already sees most of our women for prenatal care," she says.
      "If births move to Ellisburg, the year after birth is where we lose
      them." Nate adds, when you ask, that services received through the
      Nation's clinic are matched at 100% federal share, and that under federal
      guidance care by outside providers can count too, when the clinic
      coordinates it under a written agreement.]]
  end,

  choice {
    id = "bridge",
    text = "Offer Hollis a one-year bridge payment to keep the unit open while a regional plan is worked out with everyone affected",
    score = { improving_health_outcomes = 1, engaging_stakeholders = 1, managing_resources = -2,
              business_acumen = -1 },
    effects = { backing = -9, community = 3 },
    feedback = [[Keeping births close to home matters, and a bridge shows the
      Nation you take it seriously. But money does not hire nurses who are not
      there, a unit with nine births a month struggles to stay safe, and a
      year's payment uses most of your flexible dollars on one building.]],
    next = "early_data",
  },

  choice {
    id = "regional",
    text = "Convene Hollis, the Nation and Ellisburg General on a transfer and transport plan, so care stays close to home even when births move",
    score = { systems_thinking = 2, engaging_stakeholders = 1 },
    effects = { community = 3, gap = -1 },
    feedback = [[A regional plan is what most experts would advise: safe births
      where the staff are, and prenatal and postpartum care near home. It is
      sound and it brings the right people together. It leaves the Nation as
      one party among three in a plan about its own mothers.]],
    next = "early_data",
  },

  choice {
    id = "care_coordination",
    text = "Work with Teresa on a care coordination agreement so the Nation's clinic leads care before and after birth, at full federal match",
    score = { business_acumen = 2, improving_health_outcomes = 2, engaging_stakeholders = 1,
              technical_learning = 1, systems_thinking = 1 },
    effects = { community = 6, gap = -2, backing = 2 },
    feedback = [[You turned a rule about federal match into a design: the Nation's
      clinic leads the year around the birth, outside providers work under its
      agreement, and the state's share of that care falls to nothing, freeing
      money for the rest of the plan. It does not keep Hollis's unit open,
      and some mothers will still drive seventy miles to give birth.]],
    next = function(s) s.cca = true; return "early_data" end,
  },

  choice {
    id = "not_ours",
    text = "Tell Teresa a hospital's service lines are its own business, and keep the team's time on what Medicaid actually pays for",
    score = { balancing_strategic_focus_and_agility = 1, engaging_stakeholders = -2, improving_health_outcomes = -2 },
    effects = { community = -7 },
    feedback = [[It is true that the state does not run Hollis, and a team that
      chases every problem finishes none. But Medicaid pays for most of those
      births, and where mothers give birth and who sees them afterwards is
      exactly the team's business. The Nation hears that its crisis is out of
      scope.]],
    next = "early_data",
  },
}

-- ---------------------------------------------------------------- May

scene "early_data" {
  title = "May 2027, Monday, 9:00 a.m.",
  speaker = "Ben Novak, Maternal and Child Health Epidemiologist",
  notes = [[Good news and small numbers. Eighty-four mothers is enough to hope
    and not enough to claim. The health plan's VP is not a villain: his plan
    started its own outreach the same month, and announcing protects the
    budget. Whatever the player chooses, the second quarter's numbers are
    drawn at random (s.q2), and the text never says which program caused
    what. Ask the room what they would say at the summit if they knew the
    next quarter would fall back.]],
  text = [[
    The first quarter of the pilot is in. Among Black mothers on Medicaid in
    Ellisburg who had a doula, 61% had a postpartum visit within twelve weeks,
    against 48% last year. Ben is careful: eighty-four mothers, a wide margin of
    error, mothers who ask for a doula may differ from those who do not, and
    the largest health plan began its own postpartum outreach calls the same
    month. "It could be us, it could be them, it could be
    chance."

    Greg Tillman, the plan's vice president for quality, wants to announce the
    result at the Governor's maternal health summit next week. "The
    legislature funds what works. This is working."
  ]],

  choice {
    id = "honest_signal",
    text = "Present it yourself as an early signal, with its uncertainty and the plan's outreach named, and say what would make you trust it",
    score = { measuring_performance = 2, communicating_with_internal_and_external_audiences = 2,
              technical_learning = 1 },
    effects = { backing = 2 },
    feedback = [[You told the truth about a hopeful number: what it shows, what
      it cannot yet show, and what you will watch. Audiences remember leaders
      who were straight with them when the news was good, and the next quarter
      cannot embarrass you.]],
    next = function(s) s.q2 = s.random(1, 3); return "lucia" end,
  },

  choice {
    id = "announce",
    text = "Let Greg announce it at the summit: good news protects the budget, the numbers are real, and the plan earned the credit too",
    score = { engaging_stakeholders = 1, business_acumen = 1, measuring_performance = -2,
              communicating_with_internal_and_external_audiences = -1 },
    effects = { backing = 7 },
    feedback = [[Partners who share credit stay partners, and budgets do follow
      success stories. But a claim built on eighty-four mothers, with another
      program running in the same month, is one bad quarter from becoming a
      retraction, and it will be the plan's claim with your name under it.]],
    next = function(s) s.announced = true; s.q2 = s.random(1, 3); return "lucia" end,
  },

  choice {
    id = "hold_claims",
    text = "Ask Greg to hold any public claim until two more quarters are in, and give the summit only the program's design and timeline",
    score = { measuring_performance = 1, managing_conflict_and_negotiating = -1,
              communicating_with_internal_and_external_audiences = -1 },
    effects = { backing = -3 },
    feedback = [[Rigor is a virtue, and Ben is relieved. But saying nothing about
      a real early signal, at the one event built to hear it, leaves the story
      to others and looks to the plan like caution for its own sake. There is
      a way to speak honestly about uncertain numbers.]],
    next = function(s) s.q2 = s.random(1, 3); return "lucia" end,
  },

  choice {
    id = "community_reading",
    text = "Take the numbers to the doulas and Lucía's workers first, ask what they see behind them, and then decide what to say at the summit",
    score = { engaging_stakeholders = 1, collaborating_and_working_in_teams = 1, effective_decision_making = -1 },
    effects = { community = 3, backing = -1 },
    feedback = [[The people doing the visits often know why a number moved, and
      asking them treats their knowledge as evidence. With a week to go, though,
      the summit comes before the conversation ends, and Greg fills the silence
      with his own slide.]],
    next = function(s) s.q2 = s.random(1, 3); return "lucia" end,
  },
}

-- ---------------------------------------------------------------- June

scene "lucia" {
  title = "June 2027, Wednesday, 6:40 p.m.",
  speaker = "Lucía Ferreira",
  text = function(s)
    local q = ({
      [[The second quarter's rate came in at 52%. Ben says it is still within
        the margin of the first; Greg has stopped mentioning it.]],
      [[The second quarter's rate came in at 59%, close to the first. Ben says
        two quarters are better than one, and still not proof.]],
      [[The second quarter's rate came in at 66%. Ben says it is encouraging,
        and that the plan's outreach calls grew too.]],
    })[s.q2 or 2]
    if s.announced and s.q2 == 1 then
      q = q .. [[ A reporter has asked the department about the summit's
        "success story."]]
    end
    local load = [[She is on every agenda as "the community voice," and
      interprets at night when the new interpreters are not on shift.]]
    if s.lucia_overloaded then
      load = [[She has interpreted for forty-one families since December, at
        night and on weekends, and is on every agenda as "the community
        voice."]]
    elseif not s.mam_chw then
      load = [[The plans' interpreter lines still rarely find a Mam speaker,
        so families call her. She is on every agenda as "the community
        voice."]]
    end
    return q .. [[


      Lucía stays behind after the meeting. ]] .. load .. [[ "I applied for a
      job with the school district," she says. "I don't want to leave. I don't
      know how to keep doing this."]]
  end,

  choice {
    id = "hold_on",
    text = "Tell her how much the team relies on her, and ask her to hold on until the new interpreter positions are funded in the July budget",
    score = { communication = 1, developing_directing_and_delegating = -2, self_awareness = -1 },
    effects = { team = -4 },
    feedback = [[It is true, and she deserves to hear it. But asking an exhausted
      person to hold on for a date you do not control tells her the work comes
      before her. Reliance is not a reason to stay; it is the problem she just
      described.]],
    next = "alert",
  },

  choice {
    id = "positions",
    text = "Take her workload to the Commissioner as evidence that the program needs two more positions, and tell Lucía you are doing it",
    score = { managing_resources = 1, business_acumen = 1 },
    effects = { team = 2, backing = -1 },
    feedback = [[You turned one person's overload into a staffing case with
      evidence behind it, which is how lasting fixes get funded. It is a good
      move that takes months, and it does not change what Lucía does next week
      or ask what she wants her job to be.]],
    next = "alert",
  },

  choice {
    id = "leave_coach",
    text = "Offer two weeks of paid leave and a coach from the leadership program, and cover her meetings yourself while she is away",
    score = { developing_directing_and_delegating = 1, self_awareness = 1, managing_work = -1 },
    effects = { team = 1 },
    feedback = [[Rest and a coach are real care, and covering her meetings shows
      it. But she comes back to the same job: every agenda, every family, every
      night. Recovery that returns a person to what exhausted her postpones the
      resignation rather than answering it.]],
    next = "alert",
  },

  choice {
    id = "reshape",
    text = "Rework the job with her: no more interpreting or speaking for everyone, and lead language access, with a regrade request",
    score = { developing_directing_and_delegating = 3, collaborating_and_working_in_teams = 1, managing_resources = 1,
              managing_work = 1 },
    effects = { team = 5, gap = -1 },
    feedback = [[You asked what she does best and built the job around it:
      leading the language-access work rather than being its only interpreter,
      and no longer the team's token voice. A regrade request puts your own
      credibility behind her, and it may not be approved this year.]],
    next = function(s) s.lucia_lead = true; return "alert" end,
  },
}

-- ---------------------------------------------------------------- August

scene "alert" {
  title = "August 2027, Saturday, 9:10 p.m.",
  speaker = "Keisha Bright, on the phone",
  notes = [[A night call. The options pull between position power (call the
    hospital's chief medical officer), clinical routes (Dr. Osei), and trusting
    the doula in the room. The clinician-to-clinician call and coaching Keisha
    are close; each is stronger on something different. Waiting for morning
    follows a real rule about roles and is the costly choice. The narrator
    does not say whether the call made the difference; ask the room whether
    they would make the same call if they knew it would not change the
    outcome.]],
  text = function(s)
    local opening = [[Keisha is calling from the emergency department at
      Ellisburg General.]]
    if s.keisha_hurt then
      opening = [[Keisha has not called you in months. She is calling now,
        from the emergency department at Ellisburg General.]]
    end
    return opening .. [[ A client, eleven days after birth, has a pounding
      headache and a blood pressure of 164 over 104 on the doula's own cuff.
      Triage has taken a reading, told her it is "probably stress," and asked
      her to wait. She has been waiting ninety minutes with her baby.

      "I have done everything the protocol says a doula can do," Keisha says.
      "They are not listening to me either."]]
  end,

  choice {
    id = "call_cmo",
    text = "Call the hospital's chief medical officer yourself; you know her from the quality board, and your title will get attention tonight",
    score = { engaging_stakeholders = 1, improving_health_outcomes = 1, collaborating_and_working_in_teams = -1,
              developing_directing_and_delegating = -1 },
    effects = { team = -2 },
    feedback = [[It will probably work, and speed matters with a pressure like
      that. But a director phoning an executive about one patient goes around
      the clinicians in the room and around your own obstetrician, and tells
      Keisha that it takes a title to be heard. The hospital will fix tonight
      and resent how.]],
    next = function(s) s.night = "cmo"; return "night_after" end,
  },

  choice {
    id = "coach_keisha",
    text = "Tell Keisha to ask for the charge nurse and the hospital's own hypertension protocol by name, and to call you back in thirty minutes",
    score = { developing_directing_and_delegating = 2, improving_health_outcomes = 1,
              collaborating_and_working_in_teams = 1 },
    effects = { team = 3, community = 2 },
    feedback = [[You trusted the doula in the room and gave her the words that
      open doors: the charge nurse and the hospital's own protocol. It builds
      her standing rather than borrowing yours. If the charge nurse is busy,
      though, the next thirty minutes are the mother's, not yours.]],
    next = function(s) s.night = "keisha"; return "night_after" end,
  },

  choice {
    id = "call_osei",
    text = "Call Dr. Osei and ask her to phone the emergency physician on duty; a doctor-to-doctor call is the fastest clinical second look",
    score = { collaborating_and_working_in_teams = 2, effective_decision_making = 2, improving_health_outcomes = 1 },
    effects = { team = 4 },
    feedback = [[A physician calling a physician is the route the hospital
      respects, and asking Dr. Osei puts the two people who argued in March on
      the same side of the same patient. It is quick and it is clinical. It
      also means Keisha was heard through someone else again.]],
    next = function(s) s.night = "osei"; return "night_after" end,
  },

  choice {
    id = "morning",
    text = "Tell Keisha you will raise it through the hospital's quality review in the morning; a clinical decision tonight is not yours to make",
    score = { self_awareness = 1, improving_health_outcomes = -2, effective_decision_making = -1 },
    effects = { community = -6, team = -3 },
    feedback = [[Knowing the limits of your role is a real discipline, and
      administrators who meddle in clinical care do harm. But a pressure of
      164 over 104 eleven days after birth is an emergency the report describes
      over and over, and waiting is itself a decision.]],
    next = function(s) s.night = "morning"; return "night_after" end,
  },
}

scene "night_after" {
  title = "August 2027, Sunday morning",
  text = function(s)
    local how = ({
      cmo = [[Within twenty minutes of your call she was seen, started on
        medication and admitted with postpartum preeclampsia.]],
      keisha = [[The charge nurse came within a quarter of an hour. She was
        started on medication and admitted with postpartum preeclampsia.]],
      osei = [[Dr. Osei reached the physician on duty, and within half an hour
        she was started on medication and admitted with postpartum
        preeclampsia.]],
      morning = [[She was seen a little before midnight, started on medication
        and admitted with postpartum preeclampsia.]],
    })[s.night]
    return how .. [[ She went home four days later. Whether the timing made
      a difference, nobody can say; the hospital's review notes only that
      triage "followed policy." Keisha has asked that the review look at the
      policy.]]
  end,
  next = "year_end",
}

-- ---------------------------------------------------------------- October 2027

scene "year_end" {
  title = "October 2027, Tuesday, 10:00 a.m.",
  speaker = "Dr. Naomi Sterling, Commissioner of Health",
  notes = [[The last decision is about who owns the work after the leader
    moves on. The standing council and the public measures are close and
    stronger on different things: ownership and vision on one side,
    measurement and data sovereignty on the other. Moving the work inside
    Medicaid under Dr. Osei is how many pilots survive, and it quietly ends the
    team's shared ownership. Ask the room which of their own pilots outlived
    the person who led it, and why.]],
  text = function(s)
    local trend = ({
      [[The pilot's quarterly numbers never repeated the first quarter's.]],
      [[The pilot's quarterly numbers held close to the first quarter's.]],
      [[The pilot's quarterly numbers kept rising after the first quarter.]],
    })[s.q2 or 2]
    local numbers = ("By Ben's count, the gap in postpartum care between the three communities "
      .. "and the state average is %d points, against 18 a year ago. "):format(s.gap)
    return numbers .. trend .. [[ The Commissioner has a legislative report due and a
      new budget to defend. "The team was a one-year assignment," she says.
      "Tell me what happens to this work next year, and who owns it."]]
  end,

  choice {
    id = "standing_council",
    text = "Propose a standing council to carry the work on, with seats held by the doulas, the Nation, the health workers and the hospitals",
    score = { vision_and_purpose = 2, engaging_stakeholders = 2, managing_change = 1,
              collaborating_and_working_in_teams = 1 },
    effects = { community = 6, team = 4 },
    feedback = [[You gave the work owners who will be there after you: the people
      who deliver it and the communities it serves, with a formal place to
      decide. Councils can drift into talk, so it will need a budget line and
      a measure to answer to, and you have not yet named either.]],
    next = function(s) s.council_standing = true; return "verdict" end,
  },

  choice {
    id = "metrics",
    text = "Commit to three public measures, reported each quarter by race, language and tribe, with the Nation approving release of its own data",
    score = { measuring_performance = 2, engaging_stakeholders = 2, managing_change = 1 },
    effects = { community = 4, backing = 3 },
    feedback = [[Public measures by race, language and tribe keep the gap
      visible after everyone's attention moves on, and letting the Nation
      approve release of its own data answers the grievance from the first
      day. Measures hold the state to account; they do not by themselves say
      who does the work.]],
    next = "verdict",
  },

  choice {
    id = "inside_medicaid",
    text = "Move the program into Medicaid's maternal health unit under Dr. Osei, where budget lines survive better than temporary teams do",
    score = { managing_change = 2, business_acumen = 1, collaborating_and_working_in_teams = -1,
              engaging_stakeholders = -2 },
    effects = { backing = 4, community = -5 },
    feedback = [[Permanent programs need permanent homes, and Medicaid has the
      money and the staff. But the work moves inside one agency, under one
      profession, and the doulas and the Nation go from partners back to
      vendors and stakeholders. Stability bought with ownership is a real
      trade.]],
    next = "verdict",
  },

  choice {
    id = "expand",
    text = "Report the wins, ask the legislature for money to expand statewide, and keep the team as it is, since it works and change is a risk",
    score = { communicating_with_internal_and_external_audiences = 1, measuring_performance = -1,
              managing_change = -2 },
    effects = { backing = 2 },
    feedback = [[Momentum is worth protecting, and a confident report can win
      money. But the team was built for one year, its members have day jobs,
      and "keep it as it is" is not a plan for who owns the work. Wins
      reported without the setbacks are also the ones legislators remember
      when the numbers turn.]],
    next = "verdict",
  },
}

-- ---------------------------------------------------------------- Endings

scene "verdict" {
  title = "A year on",
  text = "The assignment ends. What the team built goes on without it, or does not.",
  next = function(s)
    if s.team < 38 then return "split_team" end
    if s.community < 40 then return "built_for" end
    if s.backing < 35 then return "stalled" end
    if s.gap <= 11 and s.team >= 50 and s.community >= 55 then return "equal_start" end
    return "ground_gained"
  end,
}

local function epilogue(s)
  local lines = {}
  if s.community_path then
    lines[#lines + 1] = "Forty-two doulas have qualified through the community pathway, nine of them the Nation's birth helpers."
  elseif s.standing_rec then
    lines[#lines + 1] = "No mother has needed a doctor's note to get a doula; the panel is still arguing about certification."
  end
  if s.mam_chw then
    lines[#lines + 1] = "Harlan County now has six qualified Mam interpreters, paid by the plans."
  elseif s.lucia_overloaded and not s.lucia_lead then
    lines[#lines + 1] = "Lucía took the school district job in the autumn; the families still call her."
  end
  if s.lucia_lead then
    lines[#lines + 1] = "Lucía leads the state's language-access work, and has stopped being asked for the Latino perspective."
  end
  if s.cca then
    lines[#lines + 1] = "The Nation's clinic now leads care for its mothers through the year after birth."
  end
  if s.council_standing then
    lines[#lines + 1] = "The standing council meets monthly; Keisha chairs it this year and Teresa next."
  end
  return table.concat(lines, " ")
end

scene "equal_start" {
  ending = "Closer to an equal start",
  text = function(s)
    return [[The gap in postpartum care has narrowed, the communities it was
      built for use what was built, and the team still argues in the open. It
      is not yet equal, and a year of numbers this small proves little. But
      the people who will carry the work on were at the table when it was
      designed. ]] .. epilogue(s)
  end,
}

scene "ground_gained" {
  ending = "Ground gained, not yet held",
  text = function(s)
    return [[Real things were built this year, and some of them are working.
      Whether they last depends on relationships that are not yet sure of you
      and on a budget that is not yet sure of them. ]] .. epilogue(s)
  end,
}

scene "split_team" {
  ending = "Programs without a team",
  text = function(s)
    return [[The programs run, but the team that designed them stopped talking
      to each other months ago. Dr. Osei works through the hospitals, Keisha
      through the press, and Teresa through her own council. Each part
      is fine alone; the mothers fall through the places where they used to
      meet. ]] .. epilogue(s)
  end,
}

scene "built_for" {
  ending = "Built for them, not with them",
  text = function(s)
    return [[The plan is sound on paper and funded. But the mothers it was
      meant for do not trust it enough to use it: the doulas they know are not
      in it, the Nation is in dispute with the state, and the interpreters are
      still a phone number. The gap has barely moved. ]] .. epilogue(s)
  end,
}

scene "stalled" {
  ending = "The pilot that stayed a pilot",
  text = function(s)
    return [[The communities trust the work and the team believes in it, but
      the Commissioner could not defend it at the Capitol, and next year's
      budget funds the pilot places and nothing more. ]] .. epilogue(s)
  end,
}
