-- The Promotion
--
-- For seven years the player was the state Medicaid agency's best data
-- analyst. Now they manage the unit they used to sit in, promoted for
-- technical skill with no preparation for leading people. Over thirteen weeks
-- they must set expectations, resist doing the technical work themselves,
-- delegate real responsibility, give and receive difficult feedback, handle a
-- conflict between a veteran and a newcomer, support a struggling colleague
-- fairly and privately, and decide how much the team should manage itself.
--
-- The team is deliberately mixed: a veteran who applied for the job, a young
-- analyst with bold ideas, a social worker on secondment from child welfare,
-- a remote analyst with a parent to care for, and a quiet data engineer. The
-- scenario rewards leaders who trade doing for enabling without abandoning
-- the standard, and who notice their own habits before the team has to.
--
-- Meters:
--   trust      the team's trust in you as their manager
--   ownership  how much the team owns its work (falls when you do it for them)
--   delivery   whether the unit's work goes out on time and right
--   reserves   your own energy; doing two jobs at once drains it
--
-- Flags on `s` carry early choices forward. The main ones:
--   s.did_work        how many times you did the team's technical work yourself
--   s.gloria_lead     Gloria leads the move off the old platform
--   s.gloria_gate     Gloria signs off all numbers (a bottleneck)
--   s.report_team / s.report_self / s.report_gloria / s.report_split
--                     who built the foster care report
--   s.pilot           Dev's renewal model goes to a bounded pilot
--   s.migration_plan  the platform move was led, not just announced
--   s.dev_feedback    Dev heard about his error privately and clearly
--   s.conflict_resolved, s.took_feedback, s.tom_plan, s.tom_exposed, ...
--   s.self_managed    "trial" or "full" for the request rota
--   s.hearing_ok, s.unconfirmed, s.reframed, s.postponed
--                     how the hearing went (unconfirmed: the answer did not
--                     come back by ten, one time in three, by s.random)
-- The verdict scene reads the meters and s.did_work to choose the ending.

scenario {
  id = "the-promotion",
  title = "The Promotion",
  role = "Manager, Care Analytics Unit, State Medicaid Agency",
  summary = "Spring 2026, in a state Medicaid agency: renewals run under 42 CFR 435.916, the "
         .. "health plans' quality withhold under 42 CFR 438.6, and the 2025 federal budget law's "
         .. "six-month renewals for expansion adults begin with 2027. For seven years you were "
         .. "the agency's best data analyst. On Monday you start managing the five people you "
         .. "sat beside, one of whom applied for your job.",
  minutes = 25,
  start = "before_monday",
  meters = {
    trust     = { label = "Team's trust in you", value = 40, order = 1 },
    ownership = { label = "Team ownership of the work", value = 30, order = 2 },
    delivery  = { label = "Work delivered, on time and right", value = 50, order = 3 },
    reserves  = { label = "Your own reserves", value = 70, order = 4 },
  },
  reflection = {
    "When did you do work yourself that someone on the team could have done? What did it cost them, and what did it cost you?",
    "Tom asked for different hours and for privacy. What does fairness to a struggling colleague require, and what does fairness to the rest of the team require? Where do they conflict?",
    "Aisha was the most junior person in the unit. What makes it safe, in your agency, for someone junior to tell a manager something unwelcome?",
    "How much should a public-sector team manage itself? What has to stay with the manager, and why?",
    "Gloria wanted your job. What do you owe a colleague who was passed over for you, and what do you not owe them?",
  },
  closing = "Think of the next person you will promote, or the next promotion you will take. "
         .. "Name one thing that should happen in their first ninety days that did not happen in yours.",
}

-- Doing the team's technical work yourself is the thread of this scenario.
-- Every choice that does it calls this, and the ending reads the count.
local function did_work(s)
  s.did_work = (s.did_work or 0) + 1
end

-- ---------------------------------------------------------------- Before

scene "before_monday" {
  title = "Friday afternoon, before you start",
  speaker = "Carol Brandt, Deputy Director for Quality and Analytics",
  text = [[
    Carol calls to make it official. "You're the best analyst this agency
    has," she says. "I need the unit to be as good as you are." Walt Emerson,
    who ran the Care Analytics Unit for nineteen years, has retired. There is a
    course for new supervisors in the autumn; until then, Carol says
    cheerfully, you will learn on the job.

    The unit's monthly scorecard for the six managed care plans decides how
    $40 million a year of plan payments is withheld or released. This quarter
    the unit also owes the legislature a report on foster children's health
    care, and must move every program it runs off the old SAS platform before
    the license ends on June 30.

    On Monday you will manage the five people you have sat beside for years:

    - Gloria Whitfield, senior analyst, twenty-two years at the agency. She
      trained you on the scorecard. She also applied for this job.
    - Dev Malhotra, analyst, twenty-six, two years in. Fast, curious, and
      convinced most of the unit's code should be rewritten.
    - Renée Baptiste, a clinical social worker seconded for a year from the
      Division of Child and Family Services to help connect child welfare and
      Medicaid data. The analysts sometimes talk as if she were not in the room.
    - Tom Kowalski, analyst, fourteen years in, who runs scorecard
      production. He moved two hours away last year and now works remotely.
    - Aisha Rahman, data engineer, who keeps the warehouse extracts running
      and rarely speaks in meetings.
  ]],
  next = "first_meeting",
}

-- ---------------------------------------------------------------- Week 1

scene "first_meeting" {
  title = "Week 1, Monday, 10:00 a.m.",
  speaker = "Your first team meeting",
  text = [[
    They are in the small conference room where, a week ago, you sat on the
    other side of the table. Tom is on the screen from his kitchen. Gloria
    has brought a printed agenda of her own. Dev has his laptop open. Renée
    sits slightly apart, the way people do on a secondment. Aisha has not
    said anything yet.

    Someone has left a card on the table: "Congratulations, boss!" Five
    signatures, one of them noticeably smaller than the others.

    You have an hour. How do you use it?
  ]],

  notes = [[A close call between direction and humility. Setting out a
    purpose and expectations is the classic first move; saying "I am still
    learning, how would you run it?" builds a different kind of trust and
    gives the veteran in the room a reason to engage. Ask the room what they
    needed from a new manager in week one, and whether they got it.]],
  choice {
    id = "one_of_them",
    text = "Keep it light: say you are still one of them at heart, that nothing much is going to change, and that your door is always open to anyone",
    score = { collaborating_and_working_in_teams = 1, developing_directing_and_delegating = -2, self_awareness = -1 },
    effects = { trust = 3, ownership = -3, delivery = -3 },
    feedback = [[Wanting to reassure people you have worked beside for years is
      natural, and it lowered the temperature for a day. But something has
      changed and everyone in the room knows it; saying otherwise left them
      guessing what you now expect, and made your first hard conversation
      feel like a broken promise.]],
    next = function(s) s.no_expectations = true; return "gloria" end,
  },
  choice {
    id = "work_plan",
    text = "Hand out the work plan you drafted at the weekend, each deliverable with an owner and a date, so nobody starts the quarter unsure",
    score = { managing_work = 2, developing_directing_and_delegating = 1,
              collaborating_and_working_in_teams = -2, vision_and_purpose = -1 },
    effects = { delivery = 6, ownership = -5, trust = -3 },
    feedback = [[A clear plan is valuable, and it showed you had done your
      homework: the work started on Tuesday with no confusion about who owned
      what. But it answered questions the team had not yet been asked, and
      people you used to sit beside read a finished plan as the first sign
      that you had stopped asking them.]],
    next = function(s) s.plan_handed = true; return "gloria" end,
  },
  choice {
    id = "purpose_and_expectations",
    text = "Set out the unit's purpose and the quarter's two commitments, agree what each side can expect, and ask what you missed",
    score = { vision_and_purpose = 3, communication = 2, developing_directing_and_delegating = 1 },
    effects = { trust = 6, ownership = 4, delivery = 5 },
    feedback = [[You tied the unit's work to the people it serves, health plans
      held to account and foster children's care made visible, and made
      expectations run both ways. Clear expectations are a kindness to a team
      in transition: they tell people what will be noticed. Some in the room
      heard a manager; one or two heard a speech.]],
    next = function(s) s.set_expectations = true; return "gloria" end,
  },
  choice {
    id = "still_learning",
    text = "Say the change feels strange, admit you are still learning the job, and ask the team how they would want the unit to run",
    score = { self_awareness = 2, collaborating_and_working_in_teams = 2, receiving_feedback = 1,
              vision_and_purpose = -1 },
    effects = { trust = 6, ownership = 4, delivery = -3 },
    feedback = [[Candor about being new was disarming, and the team told you more
      in that hour than in the previous year. But a team in transition also
      needs to know where it is going, and a blank page in week one hands the
      job of setting direction back to people who were hoping you would do
      it. Humility works best alongside a view of your own.]],
    next = "gloria",
  },
}

scene "gloria" {
  title = "Week 1, Wednesday, 2:00 p.m.",
  speaker = "Gloria Whitfield, Senior Analyst",
  text = function(s)
    local extra = ""
    if s.no_expectations then
      extra = [[ "And since nothing much is changing," she adds, "I'll carry on
        as before."]]
    elseif s.plan_handed then
      extra = [[ Her copy of your work plan is in her folder, with two of her
        deadlines circled in red.]]
    end
    return [[Your first one-on-one with Gloria. She was here when the agency
      still ran claims on a mainframe, she taught you the scorecard seven years
      ago, and she applied for this job. She is perfectly pleasant.

      "Congratulations, really," she says. "I assume you'll want the scorecard
      back under your wing. You always did like it done your way." She slides
      her workload summary across the table: eleven items, neatly typed.]]
      .. extra
  end,

  choice {
    id = "name_it",
    text = "Name it: ask how it sits with her that you got the job, then ask her to lead the move off SAS, since nobody knows the old code better",
    score = { managing_conflict_and_negotiating = 2, self_awareness = 2, developing_directing_and_delegating = 2 },
    effects = { trust = 6, ownership = 7, reserves = -2 },
    feedback = [[Naming the awkward thing took the charge out of it, and asking how
      it sits with her treated her disappointment as legitimate. The
      migration is not a consolation prize: it is real authority over the
      unit's biggest change, matched to knowledge only she has. It was also
      an uncomfortable ten minutes for you both.]],
    next = function(s) s.gloria_lead = true; return "report" end,
  },
  choice {
    id = "business",
    text = "Keep it to business: go through her eleven items, agree her priorities for the quarter, and let the rest settle in its own time",
    score = { managing_work = 2, managing_conflict_and_negotiating = -1, self_awareness = -1 },
    effects = { trust = -2, delivery = 2 },
    feedback = [[A clean review of her workload was useful, and it spared you both
      an uncomfortable conversation in your first week. But disappointment
      does not go away because nobody mentions it; it goes underground, where
      it colors how she hears every decision you make.]],
    next = "report",
  },
  choice {
    id = "deputy",
    text = "Ask her to be your informal deputy, signing off every set of numbers before it leaves, so her experience guards all the unit's work",
    score = { collaborating_and_working_in_teams = 1, measuring_performance = 1,
              developing_directing_and_delegating = 1, managing_work = -2 },
    effects = { trust = 4, delivery = -3, ownership = -2 },
    feedback = [[It honored her experience, gave her standing, and put the most
      careful eyes in the unit on every number. But it made one person the
      bottleneck for everything the unit produces, and put her in judgment
      over colleagues, including Dev, whose methods she distrusts. An
      informal title without limits tends to create the conflicts it was
      meant to soothe.]],
    next = function(s) s.gloria_gate = true; return "report" end,
  },
  choice {
    id = "leave_it",
    text = "Leave the subject alone for now: she is a professional, raising it might sound like gloating, and she can bring it up whenever she wants",
    score = { managing_conflict_and_negotiating = -1, self_awareness = -1, developing_directing_and_delegating = -1 },
    effects = { trust = -4 },
    feedback = [[You wanted to spare her feelings, and a clumsy conversation could
      have sounded like gloating. But avoiding the subject mostly spared you:
      she knows that you know, and silence reads as indifference or unease.
      The conversation only gets harder the longer it waits.]],
    next = "report",
  },
}

-- ---------------------------------------------------------------- Week 2

scene "report" {
  title = "Week 2, Tuesday, 8:30 a.m.",
  speaker = "Carol Brandt, Deputy Director for Quality and Analytics",
  text = [[
    The Joint Committee on Children and Families wants its report by the
    second week of May. Of the roughly four thousand children in foster care
    who are enrolled in Medicaid, how many see a behavioral health provider
    within thirty days of entering care, and how many are prescribed three or
    more psychotropic medications at once?

    It is the unit's first big deliverable with you in charge. "You built the
    adoption subsidy dashboard in a weekend," Carol says. "Honestly, I'd sleep
    better if you did this one yourself."

    You could. It would take you about ten evenings. Renée knows how children
    move through care and what the placement records mean. Dev is quick.
    Gloria knows the pharmacy claims better than anyone.
  ]],

  notes = [[The thread of the scenario starts here: doing the work yourself
    is the surest route to a good report, and Carol asked for it. Ask the
    room why it feels like leadership, and what the team learns from it. The
    pairing wins partly on what Renée brings: knowing what the numbers mean
    for children in care.]],
  choice {
    id = "do_it_yourself",
    text = "Do it yourself over ten evenings: you know the data best, it is the unit's first test under you, and Carol asked you to",
    score = { managing_work = 1, measuring_performance = 1, developing_directing_and_delegating = -2,
              self_awareness = -1 },
    effects = function(s)
      s.delivery = s.delivery + 8
      s.ownership = s.ownership - 10
      s.reserves = s.reserves - 15
      s.trust = s.trust - 2
      did_work(s)
    end,
    feedback = [[It was the surest route to an accurate report, and Carol did ask.
      But every evening on the code was an evening not spent on the job you
      now hold, and the team learned that the interesting work still belongs
      to you. Doing the technical work yourself is the commonest trap for
      people promoted for technical skill: it feels like leadership because
      it is hard.]],
    next = function(s) s.report_self = true; return "dev_idea" end,
  },
  choice {
    id = "gloria_alone",
    text = "Give it to Gloria alone: she is the most careful analyst you have, she knows pharmacy claims, and it shows her your trust",
    score = { developing_directing_and_delegating = 2, measuring_performance = 1, managing_work = -1,
              collaborating_and_working_in_teams = -1 },
    -- Gloria already leading the migration means she is now carrying two big jobs.
    effects = function(s)
      if s.gloria_lead then s.delivery = s.delivery - 3 else s.delivery = s.delivery + 3 end
      s.ownership = s.ownership + 3
      s.trust = s.trust + 1
    end,
    feedback = [[Handing real work to a trusted colleague is delegation, and Gloria
      was careful. But the report is about how children move through foster
      care, and the person who understands that best, Renée, was left out,
      while Gloria already carries a heavy load. Delegating to the safest
      pair of hands protects the deadline and teaches the unit nothing new.]],
    next = function(s) s.report_gloria = true; return "dev_idea" end,
  },
  choice {
    id = "split_and_review",
    text = "Break it into pieces, give everyone a share, and review each piece yourself as it comes in, so nothing leaves the unit unchecked",
    score = { managing_work = 2, measuring_performance = 1, developing_directing_and_delegating = -1,
              self_awareness = -1 },
    effects = { delivery = 5, ownership = -3, reserves = -8 },
    feedback = [[Splitting the work and checking it controlled risk, and everyone
      got a piece. But nobody owned the whole, so nobody learned how the
      parts fit, and every piece waited in your queue. Reviewing everything
      yourself is doing the work yourself at one remove.]],
    next = function(s) s.report_split = true; return "dev_idea" end,
  },
  choice {
    id = "pair_and_frame",
    text = "Give it to Dev and Renée as a pair, with Gloria checking the method; agree the scope, a mid-point check and what done means",
    score = { developing_directing_and_delegating = 3, collaborating_and_working_in_teams = 2,
              improving_health_outcomes = 2 },
    effects = { ownership = 12, trust = 5, reserves = -3, delivery = 2 },
    feedback = [[You paired the unit's fastest analyst with the person who knows
      what the data means for children, and gave the veteran a role that uses
      her judgment. Renée's questions (which children wait longest for a
      first visit, and where) turned a count into something the committee
      could act on. Agreeing the scope and a check-in is what separates
      delegation from abandonment.]],
    next = function(s) s.report_team = true; return "dev_idea" end,
  },
}

-- ---------------------------------------------------------------- Week 3

scene "dev_idea" {
  title = "Week 3, Thursday, 4:45 p.m.",
  speaker = "Dev Malhotra, Analyst",
  text = function(s)
    local aside = ""
    if s.report_team then
      aside = [[ The foster care work is on track, he assures you; this was
        his own time.]]
    end
    return [[Dev catches you at the end of the day, laptop open. In the new
      cloud platform's sandbox he has built a model that predicts which members
      are likely to lose Medicaid at their annual renewal, most of them for
      paperwork reasons rather than because they are no longer eligible.]] .. aside .. [[


      "We lose about nine thousand people a month that way," he says, "after
      the ex parte checks have renewed everyone the data can renew. And from
      next January the budget law has expansion adults renewing every six months,
      so that number could double. If the eligibility offices knew who was
      at risk, they could call them first."

      You know the renewal data cold. You know very little about machine
      learning, and the code is in Python, which you have never used. Gloria has
      already told him it "smells of a black box."]]
  end,

  notes = [[A close call between speed and validation. The case for sending
    it up now is real: six-month renewals start in January, and every month
    of delay is people losing coverage for paperwork. The case for the pilot
    is that nobody yet knows whom the model misses. Ask the room how they
    would test a tool that could carry old inequities forward.]],
  choice {
    id = "later",
    text = "Tell him it is promising, but the unit has no room until the foster care report is out; come back to it in the summer",
    score = { balancing_strategic_focus_and_agility = 2, leading_innovation = -2,
              developing_directing_and_delegating = -1 },
    effects = { delivery = 2, trust = -4 },
    feedback = [[Protecting the unit's commitments is legitimate, and the report
      does come first. But "come back in the summer" is how good ideas from
      junior staff quietly die, and Dev noticed that his initiative earned a
      deferral. A small, bounded next step would have protected both the
      deadline and his motivation.]],
    next = "migration",
  },
  choice {
    id = "ask_and_pilot",
    text = "Have him show you whom the model misses, such as Spanish speakers, then agree a one-county pilot that Gloria checks",
    score = { technical_learning = 2, leading_innovation = 2, balancing_strategic_focus_and_agility = 1,
              improving_health_outcomes = 1 },
    effects = { trust = 5, ownership = 5, reserves = -2 },
    feedback = [[You do not need to write Python to lead this work; you need to
      ask the questions that decide whether it is safe and useful. Checking
      accuracy across groups matters because a model trained on who lost
      coverage before can learn the same inequities. A bounded pilot gives
      Dev's idea a real chance and the skeptic a stake in proving it, at the
      cost of months before it reaches the whole state.]],
    next = function(s) s.pilot = true; return "migration" end,
  },
  choice {
    id = "send_up",
    text = "Send it to Carol now as an early win, and let Dev present it himself, so eligibility can use it before six-month renewals begin",
    score = { leading_innovation = 2, improving_health_outcomes = 2, developing_directing_and_delegating = 2,
              measuring_performance = -2 },
    effects = { trust = 3, delivery = -4 },
    feedback = [[Speed has a real case here: every month without outreach is
      people losing coverage for paperwork, and presenting to a deputy
      director is a chance Dev will remember. But nobody, you included, yet
      knew whether the model works or whom it misses, and once a deputy
      director has seen a number it tends to become a promise.]],
    next = function(s) s.model_upward = true; return "migration" end,
  },
  choice {
    id = "take_it_home",
    text = "Take the code home this weekend and teach yourself enough Python to understand it properly before you decide anything at all",
    score = { technical_learning = 2, resiliency = -1, developing_directing_and_delegating = -1 },
    effects = function(s)
      s.reserves = s.reserves - 10
      s.ownership = s.ownership - 3
      did_work(s)
    end,
    feedback = [[Wanting to understand something before you back it is sound, and
      you learned some Python. But working through it alone, on a weekend,
      turned a chance to coach Dev into a code review he never saw, and it
      taught you the syntax rather than the questions that matter. Learning
      it with him would have served you both.]],
    next = "migration",
  },
}

-- ---------------------------------------------------------------- Week 4

scene "migration" {
  title = "Week 4, Monday, 9:00 a.m.",
  speaker = "Aisha Rahman, Data Engineer",
  text = function(s)
    local gloria
    if s.gloria_lead then
      gloria = [[Gloria has drafted a sequence for the move, and it is good. But
        at the end of the meeting she says, to nobody in particular, "Twenty-two
        years of programs, and in July they're legacy."]]
    else
      gloria = [[Gloria says nothing during the meeting, which is somehow worse
        than anything she could have said.]]
    end
    return [[Aisha brings the IT office's confirmation: the SAS license ends on
      June 30, and there will be no extension for anyone. Every program the unit
      runs, about 240 of them, including the scorecard that moves $40 million of
      plan payments, must be rebuilt on the new cloud platform. Aisha has mapped
      the data connections. What is missing is people who can rewrite the code.

      ]] .. gloria .. [[ Tom points out that the vendor's training is in person
      only, at the state office building two hours from his house. Dev asks
      whether he can just start converting things.

      How do you lead the move?]]
  end,

  choice {
    id = "own_programs",
    text = "Set the June deadline and ask everyone to convert their own programs, since they know them best, with Dev on hand for questions",
    score = { developing_directing_and_delegating = 1, managing_change = -2, managing_work = -1 },
    effects = { delivery = -3, trust = -4, ownership = 2 },
    feedback = [[Clear ownership and a deadline are simple, and on paper they are
      fair. But it treated a change in how people work as a technical task,
      left Gloria and Tom to struggle alone with tools they had never used,
      and made Dev the unofficial help desk on top of his own load. Change
      announced but not led tends to be quietly resisted, and then late.]],
    next = "the_error",
  },
  choice {
    id = "do_the_scorecard",
    text = "Convert the scorecard yourself over the next few weekends, so the part that moves $40 million is safe whatever else slips",
    score = { managing_work = 1, technical_learning = 1, managing_change = -1,
              developing_directing_and_delegating = -2 },
    effects = function(s)
      s.reserves = s.reserves - 12
      s.delivery = s.delivery + 4
      s.ownership = s.ownership - 6
      did_work(s)
    end,
    feedback = [[Protecting the scorecard matters, since plans' payments depend on
      it, and you learned the new platform fast. But it took the most
      important learning away from the people who will run the scorecard for
      years, and cost you the weekends you need to recover. The team
      concluded that the change was something done for them, and to them, by
      you.]],
    next = "the_error",
  },
  choice {
    id = "lead_the_move",
    text = "Explain why, pair old skills with new (Gloria with Dev, Tom with Aisha), move the critical programs first, protect learning time",
    score = { managing_change = 3, collaborating_and_working_in_teams = 2, technical_learning = 1,
              balancing_strategic_focus_and_agility = 1 },
    effects = { ownership = 8, trust = 6, delivery = 3, reserves = -3 },
    feedback = [[Change sticks when people understand why, feel that their
      expertise still counts, and get time to learn. Pairing Gloria's
      knowledge of what the old programs really do with Dev's fluency in the
      new tools turned friction into an exchange, and pairing Tom online
      answered his problem with the training. Converting the critical
      programs first kept the scorecard safe.]],
    next = function(s) s.migration_plan = true; return "the_error" end,
  },
  choice {
    id = "ask_for_time",
    text = "Ask IT's director once more for six months' grace on the SAS license, so the move does not collide with the legislative report in May",
    score = { managing_work = 1, managing_change = -2 },
    effects = { delivery = -2, trust = -1, reserves = -3 },
    feedback = [[Keeping two big pieces of work from colliding is good judgment,
      and it was worth saying so once. But IT had already said no, and a
      deadline set that firmly is something to plan around, not to reopen.
      The team heard that even its manager would rather not move, and the
      same anxieties were waiting, with less time, when the answer was still
      no.]],
    next = function(s) s.asked_extension = true; return "the_error" end,
  },
}

-- ---------------------------------------------------------------- Week 6

scene "the_error" {
  title = "Week 6, Wednesday, 11:15 a.m.",
  text = function(s)
    local found = [[Gloria found the problem in twenty minutes]]
    if s.gloria_gate then
      found = [[The scorecard went out while Gloria was on leave, without
        her sign-off; back this morning, she found the problem in twenty minutes]]
    end
    if s.report_team then
      return [[Gloria's review of the foster care draft comes back with one line
        circled. The share of children on three or more psychotropic medications
        is 14.8 percent, far above what other states publish. Dev joined the
        pharmacy claims to placements rather than to children, so a child who
        had lived in three foster homes had every prescription counted three
        times, and looked as if they were taking three medications.

        Renée tells you, quietly, that she raised it a week ago. "I said it
        didn't look like anything I've seen in the field. He said the data is the
        data." The draft was due to go to Carol on Friday.]]
    end
    return [[The monthly scorecard went out on Monday with Dev's new measure of
      follow-up after a psychiatric hospital stay. This morning Northway Health
      Plan called Carol to thank the agency for its "outstanding" 81 percent. Last
      month it was 58. ]] .. found .. [[: Dev joined each
      discharge to every later outpatient visit rather than the first, and skipped
      the usual comparison with the previous month.

      A correction has to go to all six plans today, and Carol wants to know
      what happened.]]
  end,

  choice {
    id = "private_and_clear",
    text = "See Dev privately today: say what happened and what it cost, hear his side, and agree a check he will own, with Renée as the sense test",
    score = { developing_directing_and_delegating = 3, communication = 2, improving_health_outcomes = 1 },
    effects = { trust = 4, delivery = 5, ownership = 3, reserves = -2 },
    feedback = [[Specific, prompt and private: you described what happened and its
      effect rather than judging the person, listened to his side, and let
      him own the fix. A routine that includes a clinician asking "does this
      look like the children I know?" catches the errors that arithmetic
      cannot, and keeps a wrong number about children's medicines from
      reaching the people who set policy.]],
    next = function(s) s.dev_feedback = true; return "the_conflict" end,
  },
  choice {
    id = "team_lesson",
    text = "Walk the whole team through the error on Friday without naming anyone, and agree a validation checklist that everyone will use",
    score = { measuring_performance = 2, collaborating_and_working_in_teams = 1, communication = -1,
              developing_directing_and_delegating = -1 },
    effects = { delivery = 2, trust = -2 },
    feedback = [[Turning a mistake into a shared standard is a good instinct, and the
      checklist helped everyone, not just Dev. But everyone in the room knew
      whose error it was, so "without naming anyone" named him anyway, in
      front of his peers, while the conversation he needed never happened.
      Difficult feedback belongs in private first.]],
    next = "the_conflict",
  },
  choice {
    id = "fix_quietly",
    text = "Fix the numbers yourself this afternoon, and quietly add a second check to everything Dev produces before it leaves the unit",
    score = { measuring_performance = 2, developing_directing_and_delegating = -2, communication = -2 },
    effects = function(s)
      s.delivery = s.delivery + 4
      s.reserves = s.reserves - 6
      s.trust = s.trust - 3
      s.ownership = s.ownership - 4
      did_work(s)
    end,
    feedback = [[It protected the work today, and the second check would catch the
      next error. But Dev never heard what went wrong or why it mattered, so
      he could not improve, and a silent extra check told him you did not
      trust him without telling him why. Feedback withheld to avoid
      discomfort is a cost passed on to the next error.]],
    next = function(s) s.fixed_quietly = true; return "the_conflict" end,
  },
  choice {
    id = "light_word",
    text = "Keep it to a light word with Dev: he is talented, it was his first real mistake, and a heavy talk now could knock a young analyst's confidence",
    score = { developing_directing_and_delegating = -1, measuring_performance = -1, communication = -1 },
    effects = { trust = 1, delivery = -5 },
    feedback = [[Protecting a promising young analyst's confidence is a kind
      impulse, and one error is not a pattern. But a light word after a
      mistake this visible told him, and everyone watching, that accuracy is
      negotiable. Confidence built on not hearing the truth tends to collapse
      the first time someone outside the unit delivers it.]],
    next = "the_conflict",
  },
}

-- ---------------------------------------------------------------- Week 7

-- After the conflict, a manager who has been doing two jobs meets the bill.
local function after_conflict(s)
  if s.reserves < 50 then return "sunday_night" end
  return "aisha"
end

scene "the_conflict" {
  title = "Week 7, Monday, 10:20 a.m.",
  speaker = "Your weekly team meeting",
  text = function(s)
    local complaint
    if s.gloria_gate then
      complaint = [["Gloria has had my last three programs on her desk for a
        week," he says.]]
    else
      complaint = [["Some of us are still re-checking things that were checked
        already," he says, looking at Gloria.]]
    end
    return [[Twenty minutes into the meeting, Aisha reports that the first
      batch of converted programs is running on the new platform. Dev says he
      could have done the batch in half the time if he had not had to wait for
      sign-off. ]] .. complaint .. [[


      Gloria does not look up. "After last week, I'd have thought you'd welcome
      a second pair of eyes."

      "It was one mistake. You've blocked everything new since the day I got
      here."

      "And you've broken things since the day you got here."

      Renée studies her notes. On the screen, Tom has turned his camera off.
      Everyone is waiting for you.]]
  end,

  notes = [[A close call. Stopping a personal exchange in public and taking
    it to each person privately is what many good managers do, and it keeps
    the meeting safe for Renée, Aisha and Tom. Bringing both together on the
    substance resolves more, at the cost of a harder meeting. Ask the room
    when conflict in front of a team is useful, and when it is only
    painful.]],
  choice {
    id = "back_gloria",
    text = "Back Gloria firmly: after last week quality comes first, and Dev needs to hear that from you, now, in front of the team",
    score = { measuring_performance = 1, managing_conflict_and_negotiating = -2, collaborating_and_working_in_teams = -2 },
    effects = { trust = -6, ownership = -4 },
    feedback = [[Quality does come first, and Gloria's point about last week is
      fair. But backing one side in public ended the argument without
      resolving it: Dev learned that the veteran wins, and the quieter members
      learned that disagreement here has a loser. The real question, how new
      work gets checked without stalling, was still unanswered.]],
    next = after_conflict,
  },
  choice {
    id = "let_it_run",
    text = "Let it run a while: the team should see a disagreement aired rather than buried, and both of them have a fair point",
    score = { receiving_feedback = 1, managing_conflict_and_negotiating = -1, collaborating_and_working_in_teams = -2 },
    effects = { trust = -4 },
    feedback = [[Open disagreement can be healthy, and you heard more about how the
      unit really works in five minutes than in a month of one-on-ones. But
      it had stopped being about the work and become personal, and letting
      it run in front of Renée, Aisha and Tom told them this is a room where
      people get hurt.]],
    next = after_conflict,
  },
  choice {
    id = "stop_and_remind",
    text = "Stop it calmly, move to the next item, and see each of them separately that afternoon about how the unit handles disagreement",
    score = { managing_conflict_and_negotiating = 2, communication = 1, resiliency = 1 },
    effects = { trust = 3, delivery = 1 },
    feedback = [[Calling time protected the meeting, and raising it in private was
      better than doing it in public; both of them told you more one to one
      than they would have at the table. But separate conversations treat a
      real disagreement about how the unit should work as a matter of
      manners, and it surfaced again within a month.]],
    next = after_conflict,
  },
  choice {
    id = "surface_interests",
    text = "Pause it, say the disagreement is real, and meet them together this week to agree one review standard: quick enough and rigorous",
    score = { managing_conflict_and_negotiating = 3, collaborating_and_working_in_teams = 2, measuring_performance = 1 },
    effects = { trust = 7, ownership = 5, delivery = 3, reserves = -3 },
    feedback = [[You named the conflict as a legitimate difference about the work,
      not a clash of personalities, and moved it to a room where both could
      be heard. Looking past their positions ("check everything", "stop
      blocking me") to their interests (accuracy and momentum) gave you
      something both could sign. It also cost you a difficult hour with two
      people who were angry with each other.]],
    next = function(s) s.conflict_resolved = true; return after_conflict(s) end,
  },
}

-- Only on paths where doing the team's work has drained the player.
scene "sunday_night" {
  title = "Week 7, Sunday, 10:40 p.m.",
  text = function(s)
    local what = "the migration status report"
    if s.report_self then
      what = "the foster care tables"
    elseif (s.did_work or 0) >= 1 then
      what = "code that someone on the team was supposed to own"
    end
    return [[It is the third weekend in a row you have spent at the kitchen table
      with the work laptop, this time on ]] .. what .. [[. There are 143 unread
      emails, a status report due to IT at eight, and a one-on-one with Tom that
      you have now canceled twice. A friend texts to ask whether you are all
      right: you missed dinner on Saturday, and you had forgotten it entirely.

      You also know that on Friday you snapped at Aisha over something that did
      not matter.]]
  end,

  notes = [[A close call between rest and re-sorting the load. A day off is
    what many leaders never allow themselves, and it helps; the reset asks
    for something harder, handing work back. Ask the room what they carry
    that is not theirs to carry.]],
  choice {
    id = "push_through",
    text = "Push through tonight: clear the inbox and finish the status report, then sleep; it will ease once the report is out",
    score = { managing_work = 1, resiliency = -2, self_awareness = -1 },
    effects = { reserves = -10, delivery = 2 },
    feedback = [[Sometimes a late night really is the only way through, and the
      report went in on time. But this was the third weekend, not the first,
      and snapping at Aisha was your own warning light. A manager running on
      empty makes worse decisions and shows the team a pace nobody can
      sustain.]],
    next = "aisha",
  },
  choice {
    id = "reset",
    text = "Stop now; tomorrow, list what only you can do, hand the rest back, rebook Tom and apologize to Aisha",
    score = { resiliency = 2, managing_work = 2, self_awareness = 2 },
    effects = { reserves = 18, ownership = 6, trust = 3 },
    feedback = [[You treated exhaustion as information about how you are working,
      not as a test of endurance. Sorting what only a manager can do from what
      you had been doing out of habit is the central discipline of a new
      leader, and apologizing to Aisha showed the team you notice your own
      behavior.]],
    next = function(s) s.reset = true; return "aisha" end,
  },
  choice {
    id = "rule",
    text = "Make yourself a rule from next week, no work after eight on weeknights and none at weekends, and tell the team you keep it",
    score = { resiliency = 2, self_awareness = 1, managing_work = -1 },
    effects = { reserves = 5 },
    feedback = [[A boundary is a real start, and telling the team makes it harder
      to break. But the load that broke the last boundary had not moved, and
      a rule without a change in what you carry tends to hold only until the
      next deadline. The question is not when you work, but whose work you
      are doing.]],
    next = "aisha",
  },
  choice {
    id = "day_off",
    text = "Take Monday off to recover, tell Carol honestly that you need a day, and let everything else wait until Tuesday",
    score = { resiliency = 3, self_awareness = 2, managing_work = -1 },
    effects = { reserves = 12, delivery = -3 },
    feedback = [[A day off genuinely helped, and telling Carol the truth about why
      took more courage than working through. But the same load was waiting
      on Tuesday, arranged the same way, with the status report and Tom's
      meeting one day later. Recovery lasts when it comes with a change in
      what you carry.]],
    next = "aisha",
  },
}

-- ---------------------------------------------------------------- Week 8

scene "aisha" {
  title = "Week 8, Tuesday, 4:30 p.m.",
  speaker = "Aisha Rahman, Data Engineer",
  text = function(s)
    local said
    if (s.did_work or 0) >= 2 then
      local dev = ""
      if s.fixed_quietly then
        dev = [[ And you fixed Dev's numbers without telling him; he found
          out from the version history.]]
      end
      said = [["You were in the code again at eleven on Saturday night. I saw the
        commit log.]] .. dev .. [[ I think you mean it as help. But
        people have stopped finishing things properly, because they know you'll
        redo them anyway. And in meetings everyone just waits for your
        answer."]]
    elseif (s.did_work or 0) == 1 or s.report_split or s.gloria_gate then
      said = [["Everything still goes through you, or through someone checking
        for you. People have started handing things in half-finished, because
        they know they'll be redone. And in meetings you answer the question
        before anyone else has had a chance. You're usually right. That's sort
        of the problem."]]
    else
      said = [["In meetings, you answer the question before anyone else has had
        a chance. You're usually right. But people have stopped offering ideas,
        because you always have a better one ready. Renée told me she doesn't
        speak in meetings any more. I didn't either, until today."]]
    end
    local share = "9"
    if (s.did_work or 0) >= 2 then
      share = "61"
    elseif (s.did_work or 0) == 1 or s.report_split or s.gloria_gate then
      share = "34"
    end
    local why_now = ""
    if s.reset then
      why_now = [[ Your apology yesterday morning, she says, is part of why she
        is showing you first.]]
    end
    return [[Aisha has built the migration dashboard that goes to Carol and IT
      every Friday, and she brings her laptop to your desk with a new panel
      on it: changes to the unit's code in the last eight weeks, by author.
      Your name is on ]] .. share .. [[ percent of them.]] .. why_now .. [[


      "The panel's accurate," she says. "But it isn't really the point."
      Then, without looking up from the screen:

      ]] .. said .. [[


      "Carol gets this on Friday," she says. "I can take the panel out if
      you'd rather. I'd rather not."]]
  end,

  notes = [[Feedback arrives here as data, from the most junior person in the
    unit, on its way to the boss. The close call is between asking for more
    (examples, what she would like instead) and acting on what she has
    already shown you. Ask the room what makes it safe in their agency for a
    junior colleague to put a manager's habits on a chart.]],
  choice {
    id = "explain",
    text = "Explain why you have been stepping in: the scorecard moves money, the report goes to legislators, and you are the one accountable",
    score = { communication = 1, receiving_feedback = -2, self_awareness = -1 },
    effects = { trust = -6 },
    feedback = [[Your reasons are real, and she deserved to hear them. But answering
      feedback with an explanation turned it into a debate, and Aisha heard
      that the problem was her understanding. She will not try again, and
      she may tell Renée not to bother either.]],
    next = "tom_slips",
  },
  choice {
    id = "who_else",
    text = "Ask her to hold the panel back until you have talked to the team, and ask which of them feel the same way",
    score = { managing_work = 1, receiving_feedback = -1, collaborating_and_working_in_teams = -1, self_awareness = -1 },
    effects = { trust = -5 },
    feedback = [[Wanting to understand how widespread a problem is before your
      boss sees it makes sense, and it bought you a week. But asking who said
      what turned a brave act into an investigation, put Aisha in the
      position of informing on colleagues, and told her that the first thing
      you protect is how it looks to Carol.]],
    next = "tom_slips",
  },
  choice {
    id = "act_now",
    text = "Tell her to keep the panel in, hand back the work you are holding today, and ask her to flag it whenever you answer first",
    score = { receiving_feedback = 2, self_awareness = 2, developing_directing_and_delegating = 2 },
    effects = { trust = 6, ownership = 7, reserves = 2 },
    feedback = [[You let the evidence stand where your boss would see it, and
      changed something the team could see the same afternoon. Asking her to
      call it when you slip made her a partner in the change, not just its
      messenger. You might have learned more by asking what she had seen; you
      chose to show her first that speaking up works.]],
    next = function(s) s.took_feedback = true; return "tom_slips" end,
  },
  choice {
    id = "thank_and_ask",
    text = "Thank her for showing you first, ask for a recent example and what she would like you to do instead, and promise to ask her again in a month",
    score = { receiving_feedback = 3, self_awareness = 1, communication = 1 },
    effects = { trust = 5, ownership = 3 },
    feedback = [[Thanking her, asking for specifics and committing to check back
      made it safe for her to do it again, and her example (the meeting where
      you rewrote Dev's slide while he was presenting it) was worth hearing.
      The team will judge by what changes next week; for now, the work
      you are holding is still on your desk.]],
    next = function(s) s.took_feedback = true; return "tom_slips" end,
  },
}

-- ---------------------------------------------------------------- Week 9

scene "tom_slips" {
  title = "Week 9, Thursday, 3:50 p.m.",
  speaker = "The team channel",
  text = function(s)
    local pairing = ""
    if s.migration_plan then
      pairing = [[ Aisha mentioned yesterday that he has canceled their
        migration sessions twice.]]
    end
    return [[The plan scorecard was due to Carol at noon. For the second month
      running, it has not arrived. Tom's last file carried one plan's enrollment
      from the wrong month, and lately he is often offline from mid-afternoon,
      then answering messages near midnight.]] .. pairing .. [[


      At 3:47, Gloria posts in the team channel, where all six of you can read
      it: "Some of us are covering for people who apparently work part-time."

      Three people have seen it. Nobody has replied.]]
  end,

  choice {
    id = "core_hours",
    text = "Reply in the channel that the unit meets its deadlines, and that everyone is online in core hours, nine to four",
    score = { managing_work = 1, communication = -1, developing_directing_and_delegating = -2,
              collaborating_and_working_in_teams = -1 },
    effects = { trust = -6, delivery = 2 },
    feedback = [[An even-handed rule looks fair, avoids singling anyone out, and
      answers Gloria in public. But everyone knew whom it was aimed at; it
      penalized a remote colleague for a problem you had not yet discussed
      with him. A blanket rule is often a way of avoiding one difficult
      conversation.]],
    next = function(s) s.tom_public = true; return "tom_talk" end,
  },
  choice {
    id = "move_scorecard",
    text = "Quietly move the scorecard to Dev until things settle, and say nothing to Tom yet, to spare him an awkward conversation",
    score = { managing_work = 2, developing_directing_and_delegating = -2, communication = -1 },
    effects = { delivery = 3, trust = -3 },
    feedback = [[Protecting the deadline is your job, and the scorecard went out on
      time the next month. But taking away his main responsibility without a
      word told him, and the team, that you had made a judgment you were not
      willing to explain. He found out, and he found out from someone else.]],
    next = function(s) s.tom_sidelined = true; return "tom_talk" end,
  },
  choice {
    id = "formal_plan",
    text = "Ask HR to open a formal performance plan: the missed deadlines are on record, and the process protects Tom as well as you",
    score = { measuring_performance = 2, developing_directing_and_delegating = -2, communication = -1 },
    effects = { trust = -5, delivery = 1 },
    feedback = [[Documenting performance and following procedure does protect
      everyone, and sometimes a formal plan is the right step. But starting
      one before you had asked Tom what was happening skipped the
      conversation that would tell you whether this is a performance problem
      at all.]],
    next = function(s) s.tom_formal = true; return "tom_talk" end,
  },
  choice {
    id = "call_tom",
    text = "Call Tom today: say plainly what you have seen slip and ask what is going on; separately, ask Gloria to bring concerns to you",
    score = { developing_directing_and_delegating = 3, communication = 2, managing_conflict_and_negotiating = 1 },
    effects = { trust = 6, delivery = 1 },
    feedback = [[Performance problems are best raised early, privately and with
      curiosity: you named the facts without judging him, and asked before
      assuming. Handling Gloria's post separately and in private protected
      Tom's dignity and set a norm about where concerns go, without shaming
      her in turn.]],
    next = function(s) s.tom_private = true; return "tom_talk" end,
  },
}

scene "tom_talk" {
  title = "Week 9, Friday, 8:15 a.m.",
  speaker = "Tom Kowalski, Analyst",
  text = function(s)
    local opening
    if s.tom_private then
      opening = [[When you called yesterday, Tom asked if you could talk properly
        this morning, once his mother was settled. You describe what you have
        seen. He is quiet for a long moment. Then it comes out.]]
    elseif s.tom_public then
      opening = [[An hour after your post about core hours, Tom messaged you:
        "Can we talk? Not on the channel." This morning, on the phone, it comes
        out.]]
    elseif s.tom_sidelined then
      opening = [[Tom saw the scorecard reassigned to Dev before you told him.
        He calls first thing: "Were you going to tell me?" Then it comes out.]]
    else
      opening = [[HR's meeting invitation reached Tom before you did. He calls
        first thing, his voice tight. Then it comes out.]]
    end
    return opening .. [[


      His mother has Alzheimer's. She moved in with him in January, and her day
      program ends at 2:30. He has been working late at night to catch up, which
      is when the errors creep in. "Please don't tell the team," he says. "I don't
      want to be the one everyone feels sorry for."

      He asks whether he could work from seven until 2:30 and an hour in the
      evening, and whether the scorecard deadline could move from noon on the third
      working day to noon on the fourth. "I know it's not fair on the others."]]
  end,

  choice {
    id = "trial_and_privacy",
    text = "Agree a three-month trial of those hours and the later deadline, with a backup and a monthly check; keep the reason private",
    score = { developing_directing_and_delegating = 3, managing_work = 2, measuring_performance = 1 },
    effects = { trust = 6, delivery = 6, reserves = -2 },
    feedback = [[You separated the performance question from the personal one and
      answered both: the work has a plan, a backup and a check, and Tom has
      the privacy he asked for and a route to family leave and the employee
      assistance program. A time-limited trial is fair to him and to the
      team, who need the scorecard on time but not the reason.]],
    next = function(s) s.tom_plan = true; return "self_managing" end,
  },
  choice {
    id = "same_rules",
    text = "Sympathize, but say you cannot make an exception for one person without making it for all of them: the deadlines stand",
    score = { collaborating_and_working_in_teams = 1, managing_work = 1, developing_directing_and_delegating = -2,
              self_awareness = -1 },
    effects = { trust = -8, delivery = -4 },
    feedback = [[Consistency feels like fairness, and you were right to think about
      how the team would see special arrangements. But treating people
      identically is not the same as treating them fairly, and his request
      was modest, specific and workable. Refusing it is likely to cost you
      either Tom's health or Tom.]],
    next = function(s) s.tom_refused = true; return "self_managing" end,
  },
  choice {
    id = "whatever_you_need",
    text = "Tell him to take whatever time he needs and not to worry about the work for now; you will make sure every piece of it is covered",
    score = { resiliency = 1, developing_directing_and_delegating = -1, managing_work = -2 },
    effects = { trust = 4, delivery = -8, ownership = -2 },
    feedback = [[It was generous, and it took the weight off him that night. But an
      open-ended "don't worry" left him without a plan and the team without
      one either: the scorecard still had to go out, and someone quietly
      absorbed his work without knowing why. Support without clear
      expectations tends to end in a harder conversation later.]],
    next = function(s) s.tom_open_ended = true; return "self_managing" end,
  },
  choice {
    id = "tell_the_team",
    text = "Agree the hours he asked for, and tell the team he has a family situation, so that nobody resents or questions the new arrangement",
    score = { collaborating_and_working_in_teams = 1, developing_directing_and_delegating = -2, communication = -2 },
    effects = { delivery = 3, trust = -4 },
    feedback = [[The hours were right, and you wanted to spare Tom the resentment
      Gloria's post showed. But he asked you, plainly, to keep it private,
      and even a vague "family situation" invites questions he did not choose
      to answer. The team needs to know the arrangement, not the reason.]],
    next = function(s) s.tom_exposed = true; return "self_managing" end,
  },
}

-- ---------------------------------------------------------------- Week 11

scene "self_managing" {
  title = "Week 11, Wednesday, 1:00 p.m.",
  speaker = "Renée Baptiste, Clinical Social Worker (on secondment)",
  text = function(s)
    local listen = ""
    if s.took_feedback then
      listen = [[ "Aisha said you'd actually listen," she says, half smiling.]]
    end
    local gloria = ""
    if s.conflict_resolved then
      gloria = [[ Gloria has read it too. She says she is "not against it",
        which from Gloria is close to enthusiasm.]]
    end
    return [[Carol has agreed that from next month the unit will handle all ad
      hoc data requests from legislative staff, the counties and the health plans:
      about thirty a month, now scattered across three offices.

      Renée comes to see you with a one-page proposal, written with Aisha and
      Dev.]] .. listen .. [[ In her home division, some county child welfare
      teams run themselves: the team meets each morning, decides who takes which
      case, and calls the supervisor only when it is stuck. A Dutch home nursing
      organization, she points out, runs entirely on small self-managed teams.

      "We could do the same with requests," she says. "A rotating triage lead, a
      shared board, and we set the priorities within rules you set. You'd stop
      being the switchboard."]] .. gloria
  end,

  choice {
    id = "keep_intake",
    text = "Keep intake with you for now: every request comes through you and you assign it, at least until the unit has settled in",
    score = { managing_work = 1, developing_directing_and_delegating = -2, managing_change = -1, leading_innovation = -1 },
    effects = { ownership = -8, delivery = 2, reserves = -6 },
    feedback = [[With a new stream of work and a team still settling, keeping
      control felt prudent, and you saw everything. But you became the
      bottleneck for thirty requests a month, and told three colleagues who
      did the thinking that their proposal was not trusted. A team that is
      never given room to manage itself never learns how.]],
    next = function(s) s.switchboard = true; return "the_hearing" end,
  },
  choice {
    id = "bounded_trial",
    text = "Say yes for the summer, inside limits you set (priorities, standard, what comes to you), so they run triage and you judge it",
    score = { developing_directing_and_delegating = 3, managing_change = 2, measuring_performance = 1 },
    effects = { ownership = 12, delivery = 5, trust = 4, reserves = 4 },
    feedback = [[Devolving work is not the same as abandoning it: you kept what
      only you can hold (the direction, the standard and the line to Carol)
      and handed the team what they are better placed to do. A trial with
      agreed measures lets everyone learn whether it works without staking
      the unit on it.]],
    next = function(s) s.self_managed = "trial"; return "the_hearing" end,
  },
  choice {
    id = "hand_it_over",
    text = "Hand it over entirely: they are professionals, it was their idea, and they do not need a manager sitting in the middle of it",
    score = { developing_directing_and_delegating = 2, leading_innovation = 2, managing_work = -2,
              vision_and_purpose = -1 },
    effects = { ownership = 10, delivery = -10 },
    feedback = [[Trusting the team is the right instinct, and they relished the
      freedom. But without agreed priorities or limits, the loudest requester
      won, and the first request that competed with the unit's commitments
      landed with nobody to weigh it. Self-managed teams work because someone
      sets the frame they manage within.]],
    next = function(s) s.self_managed = "full"; return "the_hearing" end,
  },
  choice {
    id = "ask_carol",
    text = "Take the proposal to Carol for a decision, since it changes how the unit works and she set up the new request stream",
    score = { collaborating_and_working_in_teams = 1, developing_directing_and_delegating = -1, self_awareness = -1,
              effective_decision_making = -1 },
    effects = { ownership = -4, trust = -2 },
    feedback = [[Keeping your boss in the loop on a change of this size is
      sensible. But how your own unit organizes its work is exactly the
      decision she promoted you to make, and passing it up told the team,
      and Carol, that you were not yet sure you are the manager. Go to Carol
      with a recommendation, not a question.]],
    next = "the_hearing",
  },
}

-- ---------------------------------------------------------------- Week 12

scene "the_hearing" {
  title = "Week 12, Tuesday, 7:05 a.m.",
  speaker = "Carol Brandt, Deputy Director for Quality and Analytics",
  text = function(s)
    local who
    if s.report_team then
      who = [[Dev and Renée will sit behind Carol to answer questions; it is
        their work.]]
    elseif s.report_self then
      who = [[You will sit behind Carol to answer questions; every line of it
        is yours.]]
    elseif s.report_gloria then
      who = [[Gloria will sit behind Carol to answer questions.]]
    else
      who = [[You will sit behind Carol to answer questions, since you reviewed
        every piece.]]
    end
    return [[The foster care report goes before the Joint Committee at ten.
      ]] .. who .. [[


      Carol is on the phone, tense. A committee staffer emailed at 6:40: the
      report counts 3,870 children in foster care with Medicaid, but the Division
      of Child and Family Services told the committee last year that it had 4,212
      children in care. "Which is it? The chair will want to know why the state
      can't count its own foster children."

      You suspect the report counted children in care on a single day and the
      division counted every child in care at any point in the year. It could
      also be children whose Medicaid had not yet been opened when the data
      were pulled. You are not certain. "Can you fix this before ten?" Carol
      asks.]]
  end,

  -- Two versions of the strongest move: who you turn to depends on who built it.
  notes = [[Not "own it and name the metric". The strongest move here is to
    say what you do not yet know, and find out fast; the close call is to
    lead the committee toward what matters for children, on an answer that
    is still a guess. Whether the division answers before ten is luck: judge
    the choice apart from how it played. Ask the room what they say to a
    boss who asks "can you fix this?" when they are not sure.]],
  choice {
    id = "reframe",
    text = "Give Carol the likely answer now, flagged as unconfirmed, and urge her to turn the committee to the children who waited thirty days",
    score = { improving_health_outcomes = 2, communication = 2, vision_and_purpose = 1, measuring_performance = -1 },
    effects = { trust = 2, delivery = 3 },
    feedback = [[You gave Carol something usable at once, and pointed the committee
      at the number that matters for children: how many waited more than a
      month to see a behavioral health provider. But a count you had not
      checked went into a hearing on your word, and if it had been the other
      explanation, the chair's question would have come back harder.]],
    next = function(s) s.reframed = true; return "carol_review" end,
  },
  choice {
    id = "rebuild",
    text = "Rebuild the table yourself before ten on the division's definition, so the two numbers match and the question simply goes away",
    score = { managing_work = 1, resiliency = -1, measuring_performance = -2, developing_directing_and_delegating = -1 },
    effects = function(s)
      s.reserves = s.reserves - 8
      s.delivery = s.delivery - 4
      s.ownership = s.ownership - 4
      did_work(s)
    end,
    feedback = [[Making the discrepancy disappear was tempting, and you got it done
      by ten. But switching definitions under pressure, three hours before a
      hearing, produced a number nobody had checked and a report that no
      longer matched its own method. The problem was never the arithmetic;
      it was the explanation.]],
    next = "carol_review",
  },
  choice {
    id = "nothing_to_fix",
    text = "Reassure Carol that the numbers are right and the staffer has compared two different counts; there is nothing to fix",
    score = { resiliency = 2, receiving_feedback = -2, communication = -1 },
    effects = { trust = -2, delivery = -2 },
    feedback = [[You are probably right, and your calm steadied Carol. But "nothing
      to fix" answered a legislator's question with a shrug: the staffer
      needed an explanation she could give the chair, and you had not yet
      checked. A challenge that turns out to be mistaken still deserves to be
      taken seriously.]],
    next = "carol_review",
  },
  -- Two versions of the strongest move: who you turn to depends on who built it.
  choice {
    id = "steady_team",
    text = "Tell Carol what you suspect and that you are not yet sure; have Dev and Renée confirm how each count was defined by nine",
    when = function(s) return s.report_team end,
    score = { resiliency = 2, effective_decision_making = 2, communication = 2 },
    effects = { trust = 4, delivery = 6, reserves = -2 },
    feedback = [[You told your boss the truth about what you knew and did not, and
      used the people who built the report to find out fast, instead of
      changing the numbers to make the question go away. Treating the
      staffer's challenge as a fair question will serve the agency in that
      committee for years. Whether the answer came back by ten was not in
      your hands.]],
    next = function(s)
      s.hearing_ok = true; s.unconfirmed = s.random(1, 3) == 1
      return "carol_review"
    end,
  },
  choice {
    id = "steady_renee",
    text = "Tell Carol what you suspect and that you are not yet sure; ask Renée to check with the division how it counted, by nine",
    when = function(s) return not s.report_team end,
    score = { resiliency = 2, effective_decision_making = 2, communication = 2 },
    effects = { trust = 4, delivery = 6, reserves = -2 },
    feedback = [[You told your boss the truth about what you knew and did not, and
      used the person who knows how the division counts to find out fast,
      instead of changing the numbers to make the question go away. Treating
      the staffer's challenge as a fair question will serve the agency in
      that committee for years. Whether the division answered by ten was not
      in your hands.]],
    next = function(s)
      s.hearing_ok = true; s.unconfirmed = s.random(1, 3) == 1
      return "carol_review"
    end,
  },
  choice {
    id = "postpone",
    text = "Ask Carol to have the item moved to next month's agenda, so that nothing unverified goes in front of the chair and the committee",
    score = { measuring_performance = 1, resiliency = -2, effective_decision_making = -1 },
    effects = { delivery = -6, trust = -1 },
    feedback = [[Not presenting numbers you are unsure of is a responsible instinct.
      But the question could almost certainly be answered within the hour,
      and withdrawing on the morning of a hearing told the committee the
      agency does not trust its own work. A setback like this is information
      to act on, not a reason to retreat.]],
    next = function(s) s.postponed = true; return "carol_review" end,
  },
}

-- ---------------------------------------------------------------- Week 13

scene "carol_review" {
  title = "Week 13, Friday, 3:00 p.m.",
  speaker = "Carol Brandt, Deputy Director for Quality and Analytics",
  text = function(s)
    local notes = {}
    if s.hearing_ok and s.unconfirmed then
      notes[#notes + 1] = [[The division never called back before ten, so I
        went in with "we believe". It held, just; the confirmation came at
        eleven, and it was what you thought.]]
    elseif s.hearing_ok then
      notes[#notes + 1] = [[The chair told the Medicaid director it was the first
        time anyone had explained the foster care count to her.]]
    elseif s.reframed then
      notes[#notes + 1] = [[The chair ran with the thirty-day number you gave me
        to lead with. The count still came up twice, and I had to say we would
        confirm it.]]
    elseif s.postponed then
      notes[#notes + 1] = [[The chair's office was not pleased about the
        postponement.]]
    else
      notes[#notes + 1] = [[The hearing got through the foster care item,
        though the count came up twice.]]
    end
    if s.tom_refused then
      notes[#notes + 1] = [[HR tells me Tom has asked about transfers.]]
    end
    if s.gloria_gate then
      notes[#notes + 1] = [[Gloria tells me she has become your quality
        department.]]
    end
    if (s.did_work or 0) >= 2 then
      notes[#notes + 1] = [[And I notice your name is still on most of the code.]]
    end
    return [[Your ninety-day check-in. Carol has her notes open. "]]
      .. table.concat(notes, " ") .. [["

      She closes the folder. "So. Honestly: how is it going, and what do you need
      from me?"]]
  end,

  notes = [[A close call between bringing your own reading of yourself and
    asking for hers. Both are good; the first shows more self-awareness, the
    second more openness. Ask the room which they find harder with their own
    boss, and why.]],
  choice {
    id = "going_well",
    text = "Tell her it is going well, and point to the foster care report, the migration and the scorecard as evidence",
    score = { resiliency = 1, self_awareness = -2, receiving_feedback = -1 },
    feedback = [[The results may well be real, and a new manager needs a boss who
      sees them. But Carol asked "honestly", and a manager who reports only
      successes at ninety days has either not noticed where they are
      struggling or is not saying. Either way, she cannot help you.]],
    next = "verdict",
  },
  choice {
    id = "another_analyst",
    text = "Tell her the unit needs another analyst, because you cannot manage the team and still carry your share of the analysis",
    score = { communication = 1, self_awareness = 1, developing_directing_and_delegating = -1 },
    feedback = [[You were honest about the load, and asking for resources is part
      of the job. But you still count "your share of the analysis" as part of
      yours, and a new analyst would soon be absorbed by the same habit. The
      strain is a signal about how you are working, not only about how many
      people you have.]],
    next = "verdict",
  },
  choice {
    id = "own_growth",
    text = "Tell her honestly where you still pull work back to yourself, ask what she has seen, and ask for a mentor and the course",
    score = { self_awareness = 3, receiving_feedback = 2, resiliency = 1 },
    effects = { reserves = 5 },
    feedback = [[You gave an honest account of your own habits, invited her view,
      and asked for the preparation your promotion did not come with. Leaders
      promoted for technical skill are rarely taught to lead; asking for a
      mentor and training is how the gap closes. Carol now knows how to help
      you, and that you will use it.]],
    next = function(s) s.mentor = true; return "verdict" end,
  },
  choice {
    id = "what_have_you_heard",
    text = "Ask her what she has heard about you, from the team and from others, that you might not yet have heard yourself",
    score = { receiving_feedback = 3, self_awareness = 1 },
    effects = { reserves = 2 },
    feedback = [[Asking your own manager for feedback on your style is a strong move,
      and Carol hears things you do not. It left your own view unspoken,
      though, and a development conversation works best when you bring your
      reading of yourself and test it against hers.]],
    next = "verdict",
  },
}

-- ---------------------------------------------------------------- Six months on

-- The verdict reads the four meters and how often you did the team's work.
scene "verdict" {
  title = "Six months on",
  text = [[
    Summer turns to autumn. The scorecard has run on the new platform since
    July, the legislature has read its report, and the unit has a shape that is
    now more yours than Walt's.
  ]],
  next = function(s)
    if s.reserves < 33 then return "running_on_empty" end
    if s.trust < 36 then return "lost_the_team" end
    if s.delivery < 46 then return "missed_deadlines" end
    if s.ownership < 48 or (s.did_work or 0) >= 2 then return "still_the_analyst" end
    if s.ownership >= 55 and s.trust >= 50 and s.delivery >= 54 then return "leads_itself" end
    return "finding_feet"
  end,
}

-- scorecard_late: the ending has just said the scorecard went out late.
local function epilogue(s, scorecard_late)
  local lines = {}
  if s.gloria_lead and s.migration_plan then
    lines[#lines + 1] = [[Gloria's notes on what the old programs really did have
      become the training guide for two other units moving to the new platform.]]
  elseif s.gloria_gate then
    lines[#lines + 1] = [[Gloria still signs off everything, and the pile on her
      desk has acquired a nickname.]]
  elseif s.trust < 40 then
    lines[#lines + 1] = [[Gloria has applied for a post in the budget office.]]
  end
  if s.pilot then
    lines[#lines + 1] = [[The renewal pilot reached 1,100 members in one county
      before their paperwork deadline; once Gloria's checks across language groups
      are done, eligibility wants it statewide.]]
  elseif s.model_upward then
    lines[#lines + 1] = [[Carol mentioned Dev's model to the Medicaid director
      in August. Nobody has yet tested whether it works.]]
  end
  if s.tom_plan and scorecard_late then
    lines[#lines + 1] = [[Tom's hours are now permanent, and he no longer works
      at midnight to catch up.]]
  elseif s.tom_plan then
    lines[#lines + 1] = [[Tom's hours are now permanent, and the scorecard has gone
      out on time every month since.]]
  elseif s.tom_refused then
    lines[#lines + 1] = [[Tom left in September for a health plan that lets him
      set his own hours, taking fourteen years of scorecard knowledge with him.]]
  elseif s.tom_open_ended then
    lines[#lines + 1] = [[Tom's "whatever you need" has stretched into its fifth
      month. Dev has run the scorecard since June, and neither of them is sure
      whose it is.]]
  elseif s.tom_exposed then
    lines[#lines + 1] = [[Tom's arrangement works, but he no longer says much in
      team meetings, and he has not told you anything since.]]
  end
  if s.self_managed == "trial" then
    lines[#lines + 1] = [[Renée's secondment has been extended, and her home
      division has asked to borrow the request rota.]]
  elseif s.self_managed == "full" then
    lines[#lines + 1] = [[The request rota runs itself, more or less; the counties
      have learned that whoever shouts loudest is served first.]]
  elseif s.switchboard then
    lines[#lines + 1] = [[Renée will go back to her division when her year is up. She
      says, kindly, that she learned a lot about data.]]
  end
  if s.mentor then
    lines[#lines + 1] = [[Once a month you have coffee with your mentor, who ran a
      county public health laboratory for nine years and remembers exactly what
      your first quarter felt like.]]
  end
  return table.concat(lines, " ")
end

scene "leads_itself" {
  ending = "A team that leads itself",
  text = function(s)
    local rota = [[The team now sorts and shares out its own work]]
    if s.self_managed then
      rota = [[The unit runs the request rota without you]]
    elseif s.switchboard then
      rota = [[Requests still come through you, but the team sorts and shares
        out the rest of its work]]
    end
    local committee = ""
    if s.hearing_ok and s.report_self then
      committee = [[ The committee has asked for a second report, and this time
        the team will write it.]]
    elseif s.hearing_ok then
      committee = [[ The committee has asked for a second report, and its letter
        names the team rather than you.]]
    end
    return rota .. [[, the scorecard goes out without drama, and when you took a
      week off in August nothing waited for your return.]] .. committee .. [[ You
      spend your days on what only you can do: the line to Carol, the arguments
      about priorities, the one-on-ones. Some weeks you miss the code. You notice
      you miss it less.

      ]] .. epilogue(s)
  end,
}

scene "still_the_analyst" {
  ending = "Still the best analyst in the unit",
  text = function(s)
    local requests = [[requests route through you, ]]
    if s.self_managed then
      requests = [[the team runs the request rota, but ]]
    end
    local where = [[the hard queries end up on your laptop]]
    if (s.did_work or 0) == 0 then
      where = [[every judgment call waits for your answer]]
    end
    return [[The work is good, and it is on time. It is also, still, mostly yours:
      ]] .. requests .. where .. [[, and when you took a week off
      in August, three things waited for your return. Carol's six-month note
      praises the unit's output and asks, gently, who would run it if you left.

      ]] .. epilogue(s)
  end,
}

scene "finding_feet" {
  ending = "Finding your feet",
  text = function(s)
    return [[Nothing has gone badly wrong, and some things have gone well. The team
      owns more of its work than it did in March, and you are doing less of it
      yourself. But the unit has not quite become a team: people still check which
      way you are leaning before they speak, a couple of old grievances are simply
      being stepped around, and the work arrives on time more often than not, rather
      than reliably. It is a reasonable first six months. It is not yet the unit
      Carol hoped you would build.

      ]] .. epilogue(s)
  end,
}

scene "missed_deadlines" {
  ending = "Good intentions, missed deadlines",
  text = function(s)
    local mood = [[The unit is civil enough.]]
    if s.trust >= 50 then
      mood = [[People in the unit like one another more than they did in March,
        and they like you.]]
    end
    local why
    if s.self_managed == "full" then
      why = [[Freedom without a frame felt, to the team, like nobody was
        steering.]]
    elseif s.ownership < 45 or s.gloria_gate or s.switchboard then
      why = [[Too much still waits on a decision from you, or a signature from
        someone checking for you, and too little has an owner who can simply get
        on with it.]]
    else
      why = [[The team owns more of its work than it did in March. What it
        lacks is someone holding it to its deadlines as firmly as to its
        standards, and that part of the job is still yours.]]
    end
    return mood .. [[ But the request queue is three weeks long, two
      legislative questions went past their deadlines, and the scorecard has been
      late three times since the spring. Carol now wants a weekly status report,
      the very thing you hoped never to need. ]] .. why .. [[


      ]] .. epilogue(s, true)
  end,
}

scene "lost_the_team" {
  ending = "A team in name only",
  text = function(s)
    return [[The work arrives, mostly on time, but nobody volunteers anything.
      Meetings are short and quiet; disagreements happen in the corridor, or in
      messages you are not copied on. Two people have updated their profiles on the
      state jobs site. Carol asks, carefully, whether you would like to talk about
      "support".

      ]] .. epilogue(s)
  end,
}

scene "running_on_empty" {
  ending = "Running on empty",
  text = function(s)
    return [[In the fifth month your doctor signs you off for two weeks. The unit
      copes: people step in, the scorecard goes out a day late, and nothing
      catches fire. That, more than anything, is what stays with you. For months you
      did two jobs because you believed nobody else could do either, and the
      evidence says otherwise.

      ]] .. epilogue(s, true)
  end,
}
