-- Your Own Budget
--
-- The legislature has told the state Medicaid agency to let older adults and
-- adults with physical disabilities on its home and community-based services
-- waiver direct their own care: hold a budget, hire, train and dismiss their
-- own workers, and set their pay. The player is the director of long-term
-- services and supports who must build it.
--
-- This is a second-order change: instead of the agency buying hours from
-- provider agencies and rationing them, the money moves into the hands of the
-- people served, and their choices shape the market. It threatens the home
-- care agencies, unsettles case managers whose job was to arrange services,
-- worries program integrity staff, and raises real questions of safety: for
-- people at risk of exploitation, and for people who do not want to be an
-- employer at all.
--
-- The scenario rewards leaders who pick the federal authority with its costs
-- in view, share design with participants, set budgets that a thin labor
-- market can actually spend, choose fiscal arrangements that protect workers
-- and participants, change case managers' roles instead of fighting them,
-- negotiate with the agencies' interests in mind, write safeguards that
-- follow risk rather than fear, keep help for those who want it, and measure
-- what people can actually do with the money.
--
-- Policy setting (March 2026; federal rules in force):
--   * A 1915(c) waiver may offer participant direction with budget authority
--     and employer authority (the waiver application's Appendix E), through a
--     financial management service: a fiscal/employer agent (IRS section
--     3504) or an agency with choice (co-employment). Amendments need public
--     notice and comment (42 CFR 441.304).
--   * The 1915(j) state plan option (42 CFR 441.450-484) allows self-directed
--     personal assistance, individual backup plans, and involuntary
--     disenrollment only on conditions CMS approves, with traditional services
--     kept available (441.452, 441.458).
--   * Community First Choice, 1915(k) (42 CFR 441.500-590), adds six
--     percentage points of federal match for attendant services, is offered
--     statewide to everyone who qualifies, and needs a Development and
--     Implementation Council with a majority of people with disabilities and
--     older adults.
--   * Electronic visit verification is required for Medicaid personal care,
--     self-directed included (21st Century Cures Act, section 12006).
--   * The 2024 access rule (42 CFR 441.302, 441.311) requires an incident
--     management system and HCBS reporting over the next few years, and from
--     July 9, 2030 that at least 80% of Medicaid payments for homemaker, home
--     health aide and personal care services go to direct care workers'
--     compensation (441.302(k)); person-centered planning and conflict-free
--     case management are already required (441.301(c)).
--
-- Meters:
--   control     how much choice and control participants actually have
--   hours       share of authorized hours of care actually delivered (%)
--   safeguards  whether the safeguards work: for exploitation, neglect and
--               fraud, and for people who want help
--   coalition   support from advocates, agencies, case managers and workers
--
-- Flags on `s`: s.route ("waiver", "cfc", "pilot", "compare"), s.co_design,
-- s.budget ("range", "full", "discount", "hours"), s.fms ("both", "single",
-- "market", "state"), s.brokers, s.cm_approve, s.cm_trained, s.agency_partner,
-- s.walt_rule, s.rep_rule ("safeguarded", "strict", "exception", "case"),
-- s.payroll_failed, s.paused, s.backup_pool, s.backup_plans, s.wage_floor.
-- One scene appears only on some paths: "payroll" (month 7, when the fiscal
-- agent's first statewide payroll fails: always with the cheapest single
-- vendor, and by bad luck with a one-in-four chance otherwise).

scenario {
  id = "own-budget",
  title = "Your Own Budget",
  role = "Director of Long-Term Services and Supports, State Medicaid Agency",
  summary = "March 2026. A new state law tells you to let 9,000 older adults and adults with disabilities "
         .. "on your home care waiver direct their own care: hold a budget, hire their own workers, "
         .. "set their pay. Agencies fill only 71% of the hours you authorize. Federal rules in force: "
         .. "1915(c) participant direction, the 1915(j) and 1915(k) options, electronic visit verification.",
  minutes = 22,
  start = "the_law",
  meters = {
    control    = { label = "Participants' choice and control", value = 40, order = 1 },
    hours      = { label = "Authorized hours delivered (%)", value = 71, order = 2 },
    safeguards = { label = "Safeguards that work", value = 45, order = 3 },
    coalition  = { label = "Support from advocates, agencies and staff", value = 50, order = 4 },
  },
  reflection = {
    "Where did you give the people served real control over money, and where did you keep it with the agency or the case manager? What were you protecting each time?",
    "The home care agencies lost workers to the people they used to serve. Which of their interests did you treat as legitimate, and which as self-interest?",
    "Dale Hughes's case was never fully resolved. How did you decide what to change without knowing what happened?",
    "Ruth Danner did not want to be an employer. How did your design serve the people who want help as well as the people who want control?",
    "If you judged this program by one number next year, which would it be, and what would that number hide?",
  },
  closing = "Think of one service your agency buys on people's behalf. Name one decision about it that you could hand to the people who use it, and the safeguard that would let you sleep at night.",
}

-- ---------------------------------------------------------------- Week 1

scene "the_law" {
  title = "March 2026, Monday, 8:00 a.m.",
  speaker = "Tom Lindgren, Medicaid Chief Financial Officer",
  text = [[
    The law passed on Friday. By July 2027, everyone on the Elders and Adults
    waiver must be able to choose self-direction: a budget based on their
    assessed need, authority to hire, train and dismiss their own workers,
    and to set their pay within the budget. Today all 9,000 people get
    personal care through licensed agencies, which deliver 71% of the hours
    you authorize. They cannot hire enough aides at the $14.50 an hour they
    pay; the Medicaid rate is $31.

    Tom has three routes on the whiteboard. Amend the existing waiver to add
    budget and employer authority. Add Community First Choice, a state plan
    benefit that brings six extra points of federal match but must be offered
    to everyone in the state who qualifies, with no waiting list. Or use the
    1915(j) state plan option for self-directed personal assistance.

    "The law does not say how," Tom says. "That is your call, and it sets
    everything else."
  ]],
  next = "authority",
}

scene "authority" {
  title = "Week 1, Monday, 10:30 a.m.",
  speaker = "Tom Lindgren and the waiver team",
  notes = [[The route decision is a close call on purpose. The waiver
    amendment is the safe, fast, controllable route; Community First Choice
    is the bolder one, with more federal money and an open-ended entitlement.
    Ask the room what they would need to believe about their budget office to
    choose the second. The pilot is tempting caution that the law has already
    ruled out; the costed comparison is good practice at a price.]],
  text = [[
    The waiver team leans toward an amendment: familiar, and CMS reviews
    amendments in about three months. Tom points out that Community First
    Choice would bring in roughly $14 million more a year in federal match on
    current spending, and would also open attendant care to most of the
    1,400 people on the waiver's waiting list, which the budget has never
    priced. Marisol Quintero
    of the Statewide Independent Living Council has already emailed: she
    wants "real money, real choice, no waiting list."
  ]],

  choice {
    id = "waiver_amend",
    text = "Amend the existing waiver to add budget and employer authority: the quickest lawful route, inside the waiver's enrollment cap",
    score = { business_acumen = 2, planning_for_action = 2, effective_decision_making = 1 },
    effects = { safeguards = 3, coalition = 2 },
    feedback = [[You chose the route your team knows how to build and CMS knows
      how to approve, and it fits the deadline. It also keeps the waiting list
      and leaves federal money on the table, a choice you can defend and
      should be ready to explain to Marisol.]],
    next = function(s) s.route = "waiver"; return "design_table" end,
  },
  choice {
    id = "cfc",
    text = "Propose Community First Choice: six more points of federal match, and attendant care for everyone who qualifies, with no waiting list",
    score = { leading_innovation = 1, business_acumen = 2, improving_health_outcomes = 1, managing_resources = -1 },
    effects = { control = 4, coalition = 4, safeguards = -2 },
    feedback = [[It is the bigger idea: more federal money, no waiting list, and a
      council of participants written into the law. But an entitlement with no
      cap, priced on today's spending, will grow in ways the budget office has
      not seen, and the build is harder to finish by July 2027.]],
    next = function(s) s.route = "cfc"; return "design_table" end,
  },
  choice {
    id = "pilot",
    text = "Pilot budget authority in two counties for a year, measure it properly, and take it statewide only when the evidence is in",
    score = { measuring_performance = 1, managing_change = 1, effective_decision_making = -2,
              vision_and_purpose = -1 },
    effects = { safeguards = 2, control = -4, coalition = -4 },
    feedback = [[Testing before scaling is usually wise, and a pilot would teach
      you a great deal. But the legislature has already decided the question,
      and a year in two counties makes July 2027 impossible. Advocates will
      read caution as resistance.]],
    next = function(s) s.route = "pilot"; return "design_table" end,
  },
  choice {
    id = "compare",
    text = "Ask the team for a costed side-by-side of all three routes, and decide in a month with participants and the budget office",
    score = { technical_learning = 1, business_acumen = 1, engaging_stakeholders = 1,
              effective_decision_making = -1 },
    effects = { coalition = 1 },
    feedback = [[A costed comparison is careful work, and deciding with the
      people affected is right in spirit. It spends a month of a sixteen-month
      build, though, on a choice your team already understands, and defers the
      decision everything else depends on.]],
    next = function(s) s.route = "compare"; return "design_table" end,
  },
}

-- ---------------------------------------------------------------- Week 3

scene "design_table" {
  title = "Week 3, Thursday, 1:00 p.m.",
  speaker = "Marisol Quintero, Statewide Independent Living Council",
  text = function(s)
    local opening = ""
    if s.route == "cfc" then
      opening = [[Community First Choice needs a council with a majority of
        people with disabilities and older adults. Marisol has noticed. ]]
    elseif s.route == "pilot" then
      opening = [[Marisol has heard about the pilot. She is not pleased. ]]
    elseif s.route == "compare" then
      opening = [[The costed comparison is under way; the route comes back
        in April. Marisol is polite about the wait. ]]
    end
    return opening .. [[Marisol has used a power chair since a spinal cord
      injury twenty years ago, and has hired her own attendants, privately, for
      most of those years. "Nothing about us without us," she says. "Not a
      listening session. A seat where the decisions are."

      Walt Brennan of the Home Care Association wants his members in the room:
      they employ every aide in the program today. Denise Okoro, who
      supervises case managers at the largest Area Agency on Aging, says her
      staff are anxious and nobody has asked them anything.]]
  end,

  choice {
    id = "staff_design",
    text = "Have your staff write the design to meet the deadline, then put it out for thirty days of public comment before it goes to CMS",
    score = { planning_for_action = 1, effective_decision_making = 1, engaging_stakeholders = -2,
              vision_and_purpose = -1 },
    effects = { control = -5, coalition = -6 },
    feedback = [[It is efficient, it follows the rules, and it protects the
      deadline. But a design for self-direction written without the people who
      will direct it starts by doing the opposite of what it promises, and
      comment on a finished draft changes little.]],
    next = "budget_method",
  },
  choice {
    id = "consultants",
    text = "Bring in a national firm that has built self-direction in other states, and have it hold listening sessions across the state",
    score = { planning_for_action = 1, engaging_stakeholders = -1, developing_directing_and_delegating = -1 },
    effects = { coalition = -2, safeguards = 2 },
    feedback = [[Borrowed experience saves mistakes, and the firm will know the
      payroll and tax pitfalls. But listening sessions are not seats, and a
      consultant's design will belong to the consultant. Your own staff, who
      must run it, learn less.]],
    next = "budget_method",
  },
  choice {
    id = "design_group",
    text = "Form a design group where participants hold most seats, with agencies, case managers and workers at the table, on stipends",
    score = { engaging_stakeholders = 3, vision_and_purpose = 1, collaborating_and_working_in_teams = 1,
              leading_innovation = 1 },
    effects = { control = 6, coalition = 5 },
    feedback = [[Participants with a majority of seats and the other interests
      in the room is how self-direction is done well: the people who will use
      it shape it, and the people who will lose something are heard rather
      than surprised. Stipends make the seats real. It will be slower and
      louder than a staff draft.]],
    next = function(s) s.co_design = true; return "budget_method" end,
  },
  choice {
    id = "council_drafts",
    text = "Ask Marisol's council to draft the design itself, with your staff reviewing it for federal rules before it goes out",
    score = { engaging_stakeholders = 2, developing_directing_and_delegating = 1, vision_and_purpose = 1,
              leading_innovation = 1, managing_conflict_and_negotiating = -1 },
    effects = { control = 7, coalition = -4 },
    feedback = [[Handing the pen to the people served is a bold statement of
      trust, and the draft will be theirs. But the agencies and case managers
      who must make it work were left outside, and they will fight a design
      they never saw.]],
    next = function(s) s.co_design = true; s.walt_out = true; return "budget_method" end,
  },
}

-- ---------------------------------------------------------------- April

scene "budget_method" {
  title = "April 2026, Tuesday, 9:00 a.m.",
  speaker = "The design group",
  notes = [[How the budget is set decides whether the money can buy anything.
    The published wage range is strongest; paying the full rate with no range
    is a close second and stronger on vision and innovation, and it pulls
    aides out of agencies fastest. Ask the room who pays when an agency loses
    its aides: the agency, or the agency's remaining clients. The 85% option
    is what many budget offices ask for, and it has a real logic.]],
  text = [[
    Tom proposes that a person's budget be their assessed hours times 85% of
    the agency rate: "Self-direction should save the state something." Marisol
    wants the full $31 an hour to follow the person, less the cost of the
    fiscal agent: with no agency overhead, a participant could pay an aide $22
    an hour instead of $14.50. Walt says that if self-directing participants
    can pay $22, his members will lose a third of their aides within a year,
    and the people who stay with agencies will get even fewer of their hours.

    Behind the argument sits July 2030, when the 2024 federal access rule
    will require at least 80% of what Medicaid pays agencies for personal
    care, homemaker and home health aide services to go to the workers' pay
    and benefits. Walt's agencies, at $14.50 an hour plus benefits out of
    $31, are well short of it, and Walt knows it.
  ]],

  choice {
    id = "discount",
    text = "Set budgets at 85% of the agency rate: self-direction should save the state money, and it still beats what agencies pay aides",
    score = { managing_resources = 1, business_acumen = 1, improving_health_outcomes = -2, vision_and_purpose = -1 },
    effects = { control = -4, hours = -2, coalition = -3 },
    feedback = [[Savings are a fair thing to want, and the budget office will
      like it. But a budget that buys fewer hours than people were assessed to
      need is a cut dressed as choice, and in a labor market this thin, every
      dollar off the wage is hours that go unfilled.]],
    next = function(s) s.budget = "discount"; return "fms" end,
  },
  choice {
    id = "range",
    text = "Let the full rate follow the person, less the fiscal agent's fee, within a published wage range of $17 to $24 an hour",
    score = { business_acumen = 2, systems_thinking = 2, managing_resources = 1, leading_innovation = 1 },
    effects = { control = 5, hours = 4, coalition = 2 },
    feedback = [[The money follows the person, so the hours people need can be
      bought, and the range keeps wages fair to workers and predictable for the
      agencies competing for them. It limits participants' say over pay a
      little, and Marisol will call the ceiling paternalism.]],
    next = function(s) s.budget = "range"; return "fms" end,
  },
  choice {
    id = "full_rate",
    text = "Let the full rate follow the person, less the fiscal agent's fee, and leave the wage entirely to them: it is their budget",
    score = { vision_and_purpose = 2, leading_innovation = 2, business_acumen = 1, systems_thinking = -1 },
    effects = { control = 8, hours = 2, coalition = -4, safeguards = -4 },
    feedback = [[This is self-direction at its purest: the person decides what
      their help is worth. It will raise aides' pay quickly. Without any floor
      or ceiling, though, some participants will bid up wages and others will
      pay too little to keep anyone, and agencies' clients will lose aides
      first.]],
    next = function(s) s.budget = "full"; return "fms" end,
  },
  choice {
    id = "hours_only",
    text = "Keep budgets in hours, not dollars: participants choose and direct their aides, at a single state-set wage of $18 an hour",
    score = { managing_resources = 1, business_acumen = 1, leading_innovation = -2, vision_and_purpose = -1 },
    effects = { control = -2, hours = 2, safeguards = 3 },
    feedback = [[Hours are simpler to administer and harder to misuse, and a
      single wage above the agencies' is a real raise. But the law asked for
      budget authority, and hours without dollars leave participants unable to
      buy anything else that would meet their needs, such as a ramp or a
      shopping service instead of an aide's time.]],
    next = function(s) s.budget = "hours"; return "fms" end,
  },
}

-- ---------------------------------------------------------------- May

scene "fms" {
  title = "May 2026, Wednesday, 2:00 p.m.",
  speaker = "Rita Chen, Director of Program Integrity",
  text = [[
    Someone has to run payroll for thousands of household employers:
    withholding taxes, workers' compensation, checking timesheets against
    electronic visit verification, paying aides every two weeks. Rita lays
    out the options. A single statewide fiscal/employer agent, procured, with
    one lowest bidder at $95 a person a month. Several competing fiscal
    agents that participants choose among. Or an agency-with-choice model, in
    which a home care agency is co-employer: it handles the payroll and
    employer paperwork, and the participant still picks and directs the
    aide.
  ]],

  choice {
    id = "single_cheapest",
    text = "Procure one statewide fiscal/employer agent from the lowest qualified bidder: one contract, one system, and the least overhead",
    score = { managing_resources = 2, systems_thinking = -1, managing_change = -1 },
    effects = { safeguards = 2 },
    feedback = [[One vendor is simpler to oversee, and $95 a month leaves more of
      each budget for care. But the whole program's payroll now rests on the
      cheapest bidder's first year, and the people most likely to be hurt by a
      failure are those with no other way to pay their aides.]],
    next = function(s) s.fms = "single"; return "case_managers" end,
  },
  choice {
    id = "market",
    text = "Certify any qualified fiscal agent and let participants choose among them, so competition keeps fees down and service up",
    score = { engaging_stakeholders = 1, managing_resources = -1, measuring_performance = -1 },
    effects = { control = 4, safeguards = -6 },
    feedback = [[Choice among vendors fits the spirit of the program, and some
      states do it. But overseeing many fiscal agents' tax filings and
      visit checks takes staff your agency does not have, and a participant
      who chose a failing vendor carries the risk of choosing.]],
    next = function(s) s.fms = "market"; return "case_managers" end,
  },
  choice {
    id = "state_payroll",
    text = "Run payroll through the state's own payroll office: no vendor margin, direct control, and the state's own auditors watching",
    score = { managing_resources = 1, business_acumen = -1, technical_learning = -1, planning_for_action = -1 },
    effects = { safeguards = -2 },
    feedback = [[Keeping it in-house avoids a vendor's margin and feels safer.
      But the state payroll office pays state employees, not thousands of
      household employers, and the tax rules for a participant as employer are
      their own field. Learning them on live paychecks is a risk.]],
    next = function(s) s.fms = "state"; return "case_managers" end,
  },
  choice {
    id = "fea_and_awc",
    text = "Procure a fiscal/employer agent for those who want to be the employer, and offer agency-with-choice for those who want help",
    score = { systems_thinking = 2, improving_health_outcomes = 1, business_acumen = 1, technical_learning = 1,
              leading_innovation = 1 },
    effects = { safeguards = 4, control = 2, coalition = 4, hours = 2 },
    feedback = [[Two models answer two kinds of people: those who want to be an
      employer, and those who want to choose their aide without the tax
      forms. It also gives willing agencies a new role instead of only a loss.
      Two models cost more to run and explain than one.]],
    next = function(s) s.fms = "both"; s.agency_partner = true; return "case_managers" end,
  },
}

-- ---------------------------------------------------------------- June

scene "case_managers" {
  title = "June 2026, Thursday, 3:30 p.m.",
  speaker = "Denise Okoro, Case Management Supervisor, Central Area Agency on Aging",
  text = function(s)
    local seat = [[Denise has brought two of her staff.]]
    if s.co_design and not s.walt_out then
      seat = [[Denise has been in the design group since April, and says so.]]
    end
    return seat .. [[ "My people are not against this. They are frightened
      of it. If a client hires someone who steals from her, who is
      responsible? Us. We wrote the plan." Her staff propose that case
      managers approve every hire and review every timesheet.

      Marisol, when she hears it, says that is the agency system with extra
      steps. Federal rules already require conflict-free case management, and
      the case managers' own agency does not provide the care; but nothing
      says what their job becomes when the person hires the aide.]]
  end,

  choice {
    id = "new_role",
    text = "Redefine the job with them: planning partner and risk talk, not gatekeeper, with support brokers for the employer tasks",
    score = { managing_change = 2, developing_directing_and_delegating = 2, systems_thinking = 1 },
    effects = { coalition = 5, control = 3, safeguards = 2 },
    feedback = [[You took the fear seriously and changed the job rather than
      the principle: case managers plan with the person and talk through risks
      openly, and support brokers help with hiring and payroll. Nobody loses
      their place, and the veto goes. It means retraining, and some case
      managers will miss the old certainty.]],
    next = function(s) s.brokers = true; return "walt" end,
  },
  choice {
    id = "approve_hires",
    text = "Agree that case managers approve each hire and review timesheets for the first year, while everyone learns how this works",
    score = { managing_conflict_and_negotiating = 1, vision_and_purpose = -2, managing_change = -1 },
    effects = { safeguards = 4, control = -7, coalition = 1 },
    feedback = [[A year of extra checks would calm a frightened workforce, and
      that matters. But a case manager's approval of every hire is the agency
      system with a new name, and temporary controls in public programs have a
      way of becoming permanent.]],
    next = function(s) s.cm_approve = true; return "walt" end,
  },
  choice {
    id = "law_says",
    text = "Tell Denise that the law gives the choice to participants and the liability stays with the state, and keep the design as it is",
    score = { business_acumen = 1, managing_change = -2, collaborating_and_working_in_teams = -1 },
    effects = { coalition = -6, control = 2, safeguards = -3 },
    feedback = [[You are right on the law, and clarity has value. But case
      managers are the people participants will call first, and frightened
      staff who feel overruled will quietly steer clients away from
      self-direction. A right answer given as an order changes little.]],
    next = "walt",
  },
  choice {
    id = "train_first",
    text = "Give every case manager six months of training in self-direction before the launch, and move the launch date back to fit it",
    score = { developing_directing_and_delegating = 2, managing_change = 1, planning_for_action = -2 },
    effects = { coalition = 3, control = -3 },
    feedback = [[Training is part of any real change, and case managers will
      be better at the work for it. But it treats fear as a knowledge gap when
      it is a question about their role and their liability, and the delay
      costs participants who were promised July.]],
    next = function(s) s.cm_trained = true; return "walt" end,
  },
}

-- ---------------------------------------------------------------- July

scene "walt" {
  title = "July 2026, Monday, 11:00 a.m.",
  speaker = "Walt Brennan, Home Care Association",
  text = function(s)
    local mood = ""
    if s.walt_out then
      mood = [[ He reminds you that his members were not asked to the table.]]
    elseif s.agency_partner then
      mood = [[ Some of his members are interested in agency-with-choice; the
        large ones are not.]]
    end
    return [[Walt has been to see the chair of the House health committee.]]
      .. mood .. [[ He proposes an amendment to the law: any aide hired
      through self-direction must first have worked six months for a licensed
      agency. "Training, background checks, supervision. That is quality.
      Otherwise you are handing vulnerable people a checkbook and a
      Craigslist ad."

      His members have lost 6% of their aides since the design was announced.
      Some of them are the aides now waiting to be hired by their own former
      clients.]]
  end,

  choice {
    id = "fight",
    text = "Oppose the amendment in committee: it would give agencies a veto over who participants can hire, and the law is clear",
    score = { managing_conflict_and_negotiating = -2, engaging_stakeholders = -1, communication = 1 },
    effects = { coalition = -6, control = 2 },
    feedback = [[You may well win, and the principle is worth defending. But you
      fought his position without touching his interests: his members are
      losing aides and fear they will lose their business, and a defeated
      association will be back next session with a worse amendment.]],
    next = "carla",
  },
  choice {
    id = "accept_rule",
    text = "Accept the six-month rule to keep the agencies on side: aides with agency experience are safer hires for the people they serve",
    score = { engaging_stakeholders = 1, managing_conflict_and_negotiating = 1, vision_and_purpose = -2,
              improving_health_outcomes = -1 },
    effects = { coalition = 4, control = -6, hours = -4 },
    feedback = [[Peace with the agencies has real value, and agency experience
      is worth something. But the rule shuts out the neighbors, friends and
      relatives who make self-direction work in rural places, and the labor
      market is already too thin.]],
    next = function(s) s.walt_rule = true; return "carla" end,
  },
  choice {
    id = "interests",
    text = "Offer agencies a paid role instead: training and backup staffing for self-directed aides, plus agency-with-choice contracts",
    score = { managing_conflict_and_negotiating = 3, systems_thinking = 1, business_acumen = 1,
              leading_innovation = 1 },
    effects = { coalition = 6, hours = 3, safeguards = 2 },
    feedback = [[You answered his interest, a business future, instead of his
      position, control over hiring. Paid training and backup staffing give
      the agencies revenue from the new market and give participants
      something they need. The larger agencies may still prefer to fight.]],
    next = function(s) s.agency_partner = true; return "carla" end,
  },
  choice {
    id = "governor",
    text = "Ask the Governor's office to tell the committee chair the amendment will not pass, and keep your own time for the build",
    score = { balancing_strategic_focus_and_agility = 1, engaging_stakeholders = -2,
              managing_conflict_and_negotiating = -1 },
    effects = { coalition = -4 },
    feedback = [[It might work, and the build does need your time. But spending
      the Governor's capital to stop one association looks like you could not
      manage your own partners, and the agencies' grievance goes underground
      rather than away.]],
    next = "carla",
  },
}

-- ---------------------------------------------------------------- November

scene "carla" {
  title = "November 2026, Friday, 4:15 p.m.",
  speaker = "Carla Pruitt",
  notes = [[A real family and a real rule. Many states bar a participant's
    representative from also being the paid aide, because the person who
    approves the timesheet should not be the person who fills it in. Carla's
    situation is common, and the exception for her alone is the humane
    instinct. Ask the room what a rule owes the cases it did not foresee, and
    whether a one-off exception is fair to the next Carla.]],
  text = function(s)
    local opened = "CMS approved the amendment in October, and enrollment opened statewide on the first."
    if s.route == "pilot" then opened = "Enrollment opened in the two pilot counties on the first." end
    if s.route == "cfc" then opened = "CMS approved the state plan amendment in October, and enrollment opened statewide on the first." end
    if s.cm_trained then
      -- The launch moved back for the case managers' training.
      opened = "CMS approved the change in October; enrollment, moved back for the case managers' training, opens on December 1, and families are already applying."
      if s.route == "pilot" then opened = "Enrollment in the two pilot counties, moved back for the case managers' training, opens on December 1, and families are already applying." end
    end
    return opened .. [[ Eugene Pruitt, 81, has dementia; his
    daughter Carla is his legal representative for self-direction. She wants
    to be his paid aide: she already does most of his care, and the agency
    fills barely half his hours. But your draft rules say a participant's
    representative may not also be the paid worker, since the same person
    would be approving her own timesheets.

    "So I have to find a stranger to sign off on me caring for my own
    father," Carla says, "or quit my job and do it for free. Which one is the
    safeguard?" Her brother lives out of state and has not visited in two
    years.]]
  end,

  choice {
    id = "strict",
    text = "Keep the rule as written: the conflict is real, and Carla can name another representative, perhaps her brother, to approve timesheets",
    score = { business_acumen = 1, improving_health_outcomes = -1, self_awareness = -1 },
    effects = { safeguards = 2, control = -4 },
    feedback = [[The rule protects against a real risk, and consistency matters
      in a public program. But a brother who has not visited in two years is a
      signature, not a safeguard, and the rule now pushes Eugene's best
      caregiver out of paid work.]],
    next = function(s) s.rep_rule = "strict"; return "dale" end,
  },
  choice {
    id = "exception",
    text = "Grant Carla an exception: her father's care is obviously in good hands, and a rule that hurts this family is the wrong rule",
    score = { improving_health_outcomes = 1, managing_conflict_and_negotiating = 1,
              effective_decision_making = -1, systems_thinking = -2 },
    effects = { control = 3, safeguards = -8 },
    feedback = [[Your instinct about Carla is probably right. But a director's
      one-off exception is a rule for Carla alone, decided by whoever she
      reached, and the next family will ask for the same. Exceptions granted
      this way are also where exploitation hides.]],
    next = function(s) s.rep_rule = "exception"; return "dale" end,
  },
  choice {
    id = "case_by_case",
    text = "Let each case manager decide, family by family, whether a representative may also be the paid aide, since they know the family",
    score = { developing_directing_and_delegating = 1, systems_thinking = -1, managing_change = -1 },
    effects = { safeguards = -4, coalition = 1 },
    feedback = [[Judgment close to the family is valuable, and case managers
      will appreciate the trust. But it hands them exactly the gatekeeping role
      you were trying to change, and the same family would get different
      answers in different counties.]],
    next = function(s) s.rep_rule = "case"; return "dale" end,
  },
  choice {
    id = "safeguarded",
    text = "Change the rule for all families: a representative may be the aide if someone else approves her hours and visits are verified",
    score = { systems_thinking = 2, improving_health_outcomes = 1, effective_decision_making = 1,
              receiving_feedback = 1 },
    effects = { control = 4, safeguards = 2, hours = 2 },
    feedback = [[You let one family's case show you a flaw in the rule, and
      fixed it for everyone: the aide can be the representative, while someone
      else approves her time and electronic visit checks confirm the hours.
      It takes a policy change and a month, and Carla waits that month.]],
    next = function(s) s.rep_rule = "safeguarded"; return "dale" end,
  },
}

-- ---------------------------------------------------------------- January 2027

-- Whether the first big payroll fails: always with the cheapest single
-- vendor, and by bad luck one time in four otherwise, even with good process.
-- Drawn once, when the player leaves "dale", so a replay is exact.
local function payroll_luck(s)
  if s.fms == "single" then
    s.payroll_failed = true
  else
    s.payroll_failed = (s.random(1, 4) == 1)
  end
  return "payroll_check"
end

scene "dale" {
  title = "January 2027, Tuesday, 7:50 a.m.",
  speaker = "Rita Chen, Director of Program Integrity",
  notes = [[An ambiguous case. The narrator never says whether Dale Hughes was
    exploited or whether his aide was careless with a phone app: Adult
    Protective Services has not finished. Going on the record to defend the
    program before the facts are in is the tempting move and a costly one;
    pausing everything is the other temptation. Ask the room what they would
    need to know before changing policy, and what they must do today
    regardless.]],
  text = function(s)
    local broker = ""
    if s.brokers then
      broker = [[ His support broker raised a concern in December.]]
    elseif s.cm_approve then
      broker = [[ His case manager approved the hire in November.]]
    end
    return [[Electronic visit verification flagged it: Dale Hughes, 63,
      living alone after a stroke, hired a friend as his aide, and she has
      logged sixty hours a week, some of them at times when her phone placed
      her across town. Dale's sister called Adult Protective Services, which
      is investigating. Dale says his friend is the only person who ever
      shows up and that the app is confusing.]] .. broker .. [[


      Channel 8 has the sister's complaint and wants an interview by noon.
      Rita wants to suspend all hiring of non-relative friends until the
      review is done.]]
  end,

  choice {
    id = "on_camera",
    text = "Do the interview at noon: say visit verification caught the pattern within weeks, and that the case is under investigation",
    score = { communicating_with_internal_and_external_audiences = 1, self_awareness = -1,
              effective_decision_making = -1, improving_health_outcomes = -1 },
    effects = { safeguards = -5, coalition = -2 },
    feedback = [[It is true that the check worked, and silence can look like
      hiding. But going on camera to defend the program before anyone knows
      whether Dale was exploited puts the program ahead of the person, and if
      the investigation finds harm, the clip runs again.]],
    next = payroll_luck,
  },
  choice {
    id = "handle_case",
    text = "Protect Dale first: hold the disputed pay, arrange backup care this week, refer it to the fraud unit, and send Channel 8 a statement",
    score = { effective_decision_making = 2, improving_health_outcomes = 2,
              communicating_with_internal_and_external_audiences = 1 },
    effects = { safeguards = 4 },
    feedback = [[You acted on what you knew: Dale needs care whatever
      happened, disputed hours are held rather than paid or punished, and the
      investigators investigate. A short written statement says what you did
      without judging a case still open. The question of what to change waits
      for the facts.]],
    next = payroll_luck,
  },
  choice {
    id = "pause_friends",
    text = "Suspend all hiring of non-relative friends until the review is done, as Rita asks, so no one else is put at the same risk",
    score = { managing_conflict_and_negotiating = 1, vision_and_purpose = -2, systems_thinking = -1,
              improving_health_outcomes = -1 },
    effects = { control = -8, hours = -4, safeguards = 2 },
    feedback = [[Caution after an alarm is natural, and Rita's worry is
      sincere. But a statewide ban because of one unresolved case punishes
      hundreds of people whose friends are their only help, and the hours they
      lose are a harm too, only quieter.]],
    next = function(s) s.paused = true; return payroll_luck(s) end,
  },
  choice {
    id = "quiet_review",
    text = "Decline the interview, ask Rita for a full review of every friend-as-aide case, and hold any change of policy until it reports",
    score = { measuring_performance = 1, communicating_with_internal_and_external_audiences = -1,
              improving_health_outcomes = -1 },
    effects = { safeguards = 1, coalition = -2 },
    feedback = [[A review before policy is disciplined, and declining an
      interview is sometimes wise. But Dale's own care is left unanswered
      today, and a program that says nothing while a reporter has a
      complaint lets the complaint become the story.]],
    next = payroll_luck,
  },
}

scene "payroll_check" {
  title = "January 2027, that Friday",
  text = function(s)
    if s.payroll_failed then
      local who = "the fiscal agent's"
      if s.fms == "state" then who = "the state payroll office's" end
      if s.fms == "market" then who = "the largest fiscal agent's" end
      return "On Friday, " .. who .. [[ first payroll since enrollment
        tripled goes out. Or rather, it does not.]]
    end
    return [[On Friday, the first payroll since enrollment tripled goes out
      on time. Rita's team finds a handful of errors and fixes them by
      Tuesday.]]
  end,
  next = function(s)
    if s.payroll_failed then return "payroll" end
    return "ruth"
  end,
}

scene "payroll" {
  title = "January 2027, Friday, 6:00 p.m.",
  speaker = "Rita Chen, Director of Program Integrity",
  text = function(s)
    local whose = "The fiscal agent's"
    if s.fms == "state" then whose = "The state payroll office's" end
    if s.fms == "market" then whose = "The largest fiscal agent's" end
    return whose .. [[ system rejected 1,140 timesheets over a file-format
      change; 900 aides were not paid today. Some of them live paycheck to
      paycheck, and some of their employers are people who cannot get out of
      bed without them. Several aides have already texted their employers
      that they will not come in on Monday.]]
  end,

  choice {
    id = "blame_vendor",
    text = "Hold the agent to its contract: demand a fix by Tuesday, apply the penalty clause, and refer aides' questions to its hotline",
    score = { business_acumen = 1, improving_health_outcomes = -2, receiving_feedback = -1 },
    effects = { hours = -6, coalition = -4 },
    feedback = [[The contract is the right tool for the vendor, and penalties
      focus minds. But the aides are not the vendor's problem this weekend;
      they are yours, and so are the people who will be alone on Monday if
      their aides do not come.]],
    next = "ruth",
  },
  choice {
    id = "tell_everyone",
    text = "Email every participant and aide tonight: what went wrong, when pay will come, and whom to call over the weekend",
    score = { communication = 2, communicating_with_internal_and_external_audiences = 1,
              improving_health_outcomes = -1 },
    effects = { hours = -2, coalition = 1 },
    feedback = [[Fast, honest word to everyone affected matters, and it keeps
      rumors from doing the damage. But a message is not a paycheck, and some
      aides will not come on Monday because they cannot afford the bus.]],
    next = "ruth",
  },
  choice {
    id = "wait_monday",
    text = "Wait for Monday's full report before acting: a fix made in a panic on a Friday night can break the next payroll too",
    score = { balancing_strategic_focus_and_agility = 1, effective_decision_making = -2,
              improving_health_outcomes = -2 },
    effects = { hours = -8, coalition = -5 },
    feedback = [[Calm has value, and rushed fixes do cause second failures. But
      the harm here is not in the software; it is in 900 households this
      weekend, and waiting for a report lets it land.]],
    next = "ruth",
  },
  choice {
    id = "advance_pay",
    text = "Have the agency advance pay from the last good timesheets tonight, tell every aide and employer, and reconcile it next week",
    score = { effective_decision_making = 2, improving_health_outcomes = 2, resiliency = 1, business_acumen = -1 },
    effects = { hours = -1, coalition = 3, safeguards = -1 },
    feedback = [[You put the people first and paid on the best information you
      had, with a reconciliation to follow. Some advances will be wrong and
      have to be recovered, which is awkward and administrative. The aides
      come on Monday.]],
    next = "ruth",
  },
}

-- ---------------------------------------------------------------- February

scene "ruth" {
  title = "February 2027, Monday, 10:00 a.m.",
  speaker = "Paul Danner",
  notes = [[Self-direction is not for everyone, and a program that is proud
    of enrollment can push people into it. Paul is angry and partly right.
    The tested backup plans and the backup pool are close, and each is
    stronger on something different. Ask the room how they would know whether
    people are choosing self-direction or being steered into it.]],
  text = function(s)
    local awc = [[There was no agency-with-choice option to offer her.]]
    if s.fms == "both" then
      awc = [[Nobody mentioned that agency-with-choice would have handled the
        employer part for her.]]
    end
    return [[Paul Danner's mother Ruth, 88, moved to self-direction in
      December after her case manager described it with real enthusiasm. She
      hired a young woman from church. Last week the aide left for a job at
      the hospital, with a day's notice. Ruth's backup plan said "neighbor."
      The neighbor was away. Ruth spent four days mostly in her chair, and a
      home health nurse found her dehydrated.

      "She never wanted to be anybody's boss," Paul says. "She wanted help.
      You people sold her a program." ]] .. awc
  end,

  choice {
    id = "tested_backup",
    text = "Require every self-directing participant to have a tested backup plan with a paid source, and to hear the agency options",
    score = { receiving_feedback = 2, improving_health_outcomes = 2, systems_thinking = 1 },
    effects = { safeguards = 5, hours = 2, control = 1 },
    feedback = [[You heard the complaint as information about the program, not
      an attack. A backup plan that names a paid source and has been tried once
      is a real safeguard, and making sure people hear every option, agencies
      included, keeps self-direction a choice rather than a sales target.]],
    next = function(s) s.backup_plans = true; return "union" end,
  },
  choice {
    id = "default_agency",
    text = "Make agency care the default again, with self-direction only after a readiness screen that shows a person can manage it",
    score = { improving_health_outcomes = 1, vision_and_purpose = -2, engaging_stakeholders = -1 },
    effects = { safeguards = 3, control = -8 },
    feedback = [[Protecting people like Ruth is right, and a default matters.
      But a readiness screen run by the system puts back the gate the law
      removed, and it will screen out people with disabilities who have
      managed their own aides for decades.]],
    next = "union",
  },
  choice {
    id = "apologize_move",
    text = "Apologize to Paul, move Ruth back to an agency this week, and ask her case manager to check on her in person every week this winter",
    score = { receiving_feedback = 1, self_awareness = 1, improving_health_outcomes = 1, systems_thinking = -1 },
    effects = { safeguards = 1 },
    feedback = [[A sincere apology and quick help for Ruth are the least she is
      owed, and you gave both. But the next Ruth is already in this month's
      enrollment, with the same neighbor on the same form, and nothing in the
      program has changed.]],
    next = "union",
  },
  choice {
    id = "backup_pool",
    text = "Fund an on-call pool of backup aides, paid a premium, that any self-directing participant can call on within four hours",
    score = { leading_innovation = 2, improving_health_outcomes = 2, managing_resources = -1 },
    effects = { hours = 4, safeguards = 3 },
    feedback = [[A pool answers the thinnest point of the market: the day an aide
      does not come. It costs real money and takes months to stand up, and it
      does not ask why Ruth was in self-direction at all.]],
    next = function(s) s.backup_pool = true; return "union" end,
  },
}

-- ---------------------------------------------------------------- March

scene "union" {
  title = "March 2027, Wednesday, 2:00 p.m.",
  speaker = "Angela Cole, Home Care Workers United",
  text = function(s)
    local count = "Twenty-six hundred aides now work"
    if s.route == "pilot" then count = "Four hundred aides in the pilot counties now work" end
    return count .. [[ for self-directing participants. Angela
    Cole's union wants a bill that would let them bargain collectively with
    the state over a wage floor, benefits and training, as aides do in a
    number of other states, while participants remain the employers for
    hiring, firing and daily direction.

    Marisol is wary: "Wages set at a bargaining table are wages I don't set."
    Walt is quietly in favor, since a floor would stop participants outbidding
    his members. The Governor's office wants to know what you think before
    Friday.]]
  end,

  choice {
    id = "oppose",
    text = "Advise against the bill: wages are the heart of budget authority, and participants, not a bargaining table, should set them",
    score = { vision_and_purpose = 1, engaging_stakeholders = -1, systems_thinking = -1,
              improving_health_outcomes = -1 },
    effects = { control = 3, hours = -3, coalition = -5 },
    feedback = [[You protected the principle the program is built on, and
      Marisol will be grateful. But aides who cannot count on a wage leave for
      hospitals and warehouses, and budget authority over a labor market that
      is empty is a right with nothing to buy.]],
    next = "year_end",
  },
  choice {
    id = "neutral",
    text = "Tell the Governor's office the agency takes no position: it is a labor question for the legislature, not a Medicaid one",
    score = { balancing_strategic_focus_and_agility = 1, communication = -1, systems_thinking = -2 },
    effects = { coalition = -2 },
    feedback = [[Staying in your lane is often right, and labor policy is the
      legislature's. But Medicaid pays every one of these wages, and a director
      with no view on the workforce that delivers the hours is leaving the
      biggest risk in the program to others.]],
    next = "year_end",
  },
  choice {
    id = "floor_and_control",
    text = "Support a bargained wage floor and training fund, with participants keeping hiring, firing, scheduling and pay above it",
    score = { systems_thinking = 2, managing_conflict_and_negotiating = 1, balancing_strategic_focus_and_agility = 1,
              engaging_stakeholders = 1 },
    effects = { hours = 5, coalition = 3, control = -1 },
    feedback = [[You separated what a bargaining table can do well, a floor,
      benefits and training for a thin workforce, from what participants must
      keep: who works in their home and how. Marisol loses a little of the
      wage decision, and aides gain a reason to stay.]],
    next = function(s) s.wage_floor = true; return "year_end" end,
  },
  choice {
    id = "registry",
    text = "Propose a state-run registry with training and pay steps instead, so the state can raise wages without a bargaining table",
    score = { managing_resources = 1, leading_innovation = 1, managing_conflict_and_negotiating = -1 },
    effects = { hours = 2, coalition = -1 },
    feedback = [[A registry helps participants find aides, and pay steps are a
      real improvement. It also looks to the union like a way around it, and
      pay set by the state alone can be cut as easily as it was raised.]],
    next = "year_end",
  },
}

-- ---------------------------------------------------------------- April 2027

scene "year_end" {
  title = "April 2027, Thursday, 9:00 a.m.",
  speaker = "Senator Grace Whitfield, Chair, Health and Human Services Committee",
  notes = [[What gets measured decides what the program becomes. Enrollment
    is the number legislators ask for, and it rewards steering people into
    self-direction. Hours delivered and unmet need for everyone, agency
    clients included, is the strongest; participants' testimony is close and
    stronger on engaging and communicating. Ask the room what number their
    own programs report, and what it hides.]],
  text = function(s)
    local ledger = {}
    if s.paused then ledger[#ledger + 1] = "the pause on hiring friends" end
    if s.payroll_failed then ledger[#ledger + 1] = "January's missed payroll" end
    if s.walt_rule then ledger[#ledger + 1] = "the six-month agency rule" end
    local asked = ""
    if #ledger > 0 then
      asked = " She has notes on " .. table.concat(ledger, " and ") .. "."
    end
    local count = [[Self-direction has 2,900 participants; the rest are still
      with agencies.]]
    if s.route == "pilot" then
      count = [[The two pilot counties have 520 participants, and the other
        counties are still waiting.]]
    end
    return [[The committee is holding its review three months before the
      statewide deadline. ]] .. count .. [[ Senator Whitfield wants to know whether this is
      working, and for whom.]] .. asked .. [[ You have twenty minutes and
      one slide to show how you will answer that question every year.]]
  end,

  choice {
    id = "enrollment",
    text = "Lead with enrollment: how many people have chosen to direct their own care in five months, and a cost per person that is flat",
    score = { communicating_with_internal_and_external_audiences = 1, business_acumen = 1,
              measuring_performance = -2 },
    effects = { coalition = 2 },
    feedback = [[Enrollment is a clear number that legislators understand, and
      flat cost matters to them. But it counts the program's reach rather than
      its results, and it rewards steering people in, which is what happened
      to Ruth.]],
    next = "verdict",
  },
  choice {
    id = "hours_for_all",
    text = "Report hours delivered and unmet need for everyone, agency clients too, with incidents and what participants say in a survey",
    score = { measuring_performance = 3, systems_thinking = 1, improving_health_outcomes = 1 },
    effects = { safeguards = 3, coalition = 2 },
    feedback = [[You measured the whole system, not only the new part: whether
      people get the help they were assessed to need, in either model, and
      what went wrong. If agency clients lost hours while self-directing
      participants gained them, this slide will show it, and that is the point.]],
    next = "verdict",
  },
  choice {
    id = "testimony",
    text = "Invite three participants to testify, Marisol among them, and let them tell the committee what the budgets have changed",
    score = { engaging_stakeholders = 2, communicating_with_internal_and_external_audiences = 2,
              measuring_performance = -1 },
    effects = { coalition = 3, control = 2 },
    feedback = [[Legislators remember people far longer than slides, and letting
      participants speak for themselves is the program's own principle. But
      three good stories do not show whether it works for the nine thousand,
      and the next hearing will have three bad ones.]],
    next = "verdict",
  },
  choice {
    id = "expand",
    text = "Propose extending self-direction to the developmental disabilities waiver next year, building on what has been learned",
    score = { vision_and_purpose = 1, leading_innovation = 1, measuring_performance = -1, planning_for_action = -1 },
    effects = { control = 1, coalition = -2 },
    feedback = [[Ambition for the next group is a good instinct, and families
      on that waiver are asking. But the committee asked whether this works,
      and answering with the next program suggests you have not yet measured
      the first.]],
    next = "verdict",
  },
}

-- ---------------------------------------------------------------- Endings

scene "verdict" {
  title = "July 2027",
  text = "The statewide deadline arrives, and the program meets the people it was built for.",
  next = function(s)
    if s.safeguards < 35 then return "headline" end
    if s.control < 35 then return "in_name_only" end
    if s.hours < 72 then return "nobody_to_hire" end
    if s.coalition < 45 then return "contested" end
    -- A pilot in two counties cannot put budgets in everyone's hands by July.
    if s.route ~= "pilot" and s.control >= 55 and s.hours >= 78 and s.safeguards >= 50 then
      return "in_their_hands"
    end
    return "contested"
  end,
}

local function epilogue(s)
  local lines = {}
  if s.rep_rule == "safeguarded" then
    lines[#lines + 1] = "Carla Pruitt is her father's paid aide; her neighbor approves her timesheets."
  elseif s.rep_rule == "strict" then
    lines[#lines + 1] = "Carla Pruitt went back to full-time work; her father's hours are still half filled."
  end
  if s.backup_pool then
    lines[#lines + 1] = "The backup pool answered 1,300 calls this year."
  elseif s.backup_plans then
    lines[#lines + 1] = "Every backup plan now names a paid source; most have been used at least once."
  end
  if s.wage_floor then
    lines[#lines + 1] = "Aides' turnover has fallen by a quarter since the wage floor."
  end
  if s.agency_partner then
    lines[#lines + 1] = "Eleven agencies now offer agency-with-choice and backup staffing; Walt calls it a new line of business."
  end
  if s.paused then
    lines[#lines + 1] = "The review found two problem cases among 480 friends hired as aides; the pause lasted four months."
  end
  return table.concat(lines, " ")
end

scene "in_their_hands" {
  ending = "Budgets in people's hands",
  text = function(s)
    local roles = "the case managers an uneasy truce with the new model"
    if s.brokers then roles = "the case managers a new job" end
    return [[Self-direction is open statewide, people use it for what they
      need, and the hours they were assessed for are mostly being delivered,
      in both models. The agencies have found a role, ]] .. roles ..
      [[, and the safeguards catch problems without stopping everyone. ]]
      .. epilogue(s)
  end,
}

scene "contested" {
  ending = "Open, and still contested",
  text = function(s)
    local where = "The program is open statewide and growing."
    if s.route == "pilot" then
      where = [[The program is running in two pilot counties, the statewide
        deadline has passed, and the legislature has asked why.]]
    end
    return where .. [[ Its critics have not gone away: agencies, case managers or advocates, each for their own
      reasons, are lobbying to change it next session, and some of their
      reasons are good. ]] .. epilogue(s)
  end,
}

scene "headline" {
  ending = "The headline that froze it",
  text = function(s)
    return [[In June, the case of a participant whose aide had emptied her
      bank account, and of the safeguards that missed it, reached the front
      page. The legislature froze new enrollment
      pending an audit. The people already enrolled keep their budgets; nobody
      new can join. ]] .. epilogue(s)
  end,
}

scene "in_name_only" {
  ending = "Self-direction in name only",
  text = function(s)
    return [[The program exists, and few people use it for much. Budgets are
      tight, choices need approval, and the rules that were meant to be
      temporary are now the program. Marisol calls it the agency system with
      extra forms. ]] .. epilogue(s)
  end,
}

scene "nobody_to_hire" {
  ending = "A budget with no one to hire",
  text = function(s)
    return [[People have budgets, and in much of the state there is nobody to
      hire with them. Aides have moved between agencies and participants, and
      out of the field, and the share of authorized hours actually delivered is
      no better than when you started. ]] .. epilogue(s)
  end,
}
