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
-- The verdict scene reads the meters and s.did_work to choose the ending.

scenario {
  id = "the-promotion",
  title = "The Promotion",
  role = "Manager, Care Analytics Unit, State Medicaid Agency",
  summary = "For seven years you were the agency's best data analyst. On Monday you start "
         .. "managing the five people you used to sit beside, one of whom applied for your "
         .. "job. The legislature wants a report on foster children's care in ten weeks.",
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

  choice {
    id = "one_of_them",
    text = "Keep it light: tell them nothing much will change, you are still one of them, and your door is always open",
    score = { collaborating_and_working_in_teams = 1, developing_directing_and_delegating = -2,
              self_awareness = -1, communication = -1 },
    effects = { trust = 3, ownership = -3, delivery = -3 },
    feedback = [[Wanting to reassure people you have worked beside for years is
      natural, and it lowers the temperature today. But something has changed and
      everyone in the room knows it; saying otherwise leaves them guessing what you
      now expect, and it will make your first hard conversation feel like a broken
      promise. New managers who stay "one of the team" usually end up managing by
      exception, and late.]],
    next = function(s) s.no_expectations = true; return "gloria" end,
  },
  choice {
    id = "purpose_and_expectations",
    text = "Set out the unit's purpose and this quarter's two commitments, agree what you and they can expect of each other, and ask what you have missed",
    score = { vision_and_purpose = 3, communication = 2, developing_directing_and_delegating = 2,
              receiving_feedback = 1 },
    effects = { trust = 6, ownership = 4, delivery = 5 },
    feedback = [[You tied the unit's work to the people it serves (health plans held
      to account, foster children's care made visible), made expectations run both
      ways, and invited correction in your first hour. Clear expectations are a
      kindness to a team in transition: they tell people what will be noticed and
      valued. Asking what you missed shows you know the view from the manager's
      chair is partial.]],
    next = function(s) s.set_expectations = true; return "gloria" end,
  },
  choice {
    id = "work_plan",
    text = "Hand out the work plan you drafted over the weekend, with every deliverable, its owner and its deadline, so nobody starts the quarter unsure of their job",
    score = { managing_work = 2, developing_directing_and_delegating = 1,
              collaborating_and_working_in_teams = -2, vision_and_purpose = -1 },
    effects = { delivery = 6, ownership = -5, trust = -3 },
    feedback = [[A clear plan is valuable, and it shows you did your homework. But it
      answers questions the team has not yet been asked, and it presents the unit as
      a list of tasks rather than a purpose. People you used to sit beside will read
      a finished plan as the first sign that you have stopped asking them.]],
    next = function(s) s.plan_handed = true; return "gloria" end,
  },
  choice {
    id = "still_learning",
    text = "Admit the change feels strange, say you are still learning the job, and ask the team how they would like the unit to run",
    score = { self_awareness = 2, collaborating_and_working_in_teams = 2,
              developing_directing_and_delegating = -1, vision_and_purpose = -2 },
    effects = { trust = 5, ownership = 3, delivery = -4 },
    feedback = [[Candor about being new is disarming, and saying "I'm still
      learning" costs less credibility than people fear. But a team in transition
      also needs to know where it is going, and handing it a blank page in week one
      gives the job of setting direction back to the people who were hoping you
      would do it. Humility works best alongside a view of your own.]],
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
    text = "Name it: ask how it sits with her that you got the job, and ask her to lead the move off SAS, since nobody knows the old code better",
    score = { managing_conflict_and_negotiating = 2, self_awareness = 2,
              developing_directing_and_delegating = 3 },
    effects = { trust = 6, ownership = 7, reserves = -2 },
    feedback = [[Naming the awkward thing takes the charge out of it, and asking how
      it sits with her treats her disappointment as legitimate rather than as a
      problem to manage. The migration is not a consolation prize: it is real
      authority over the unit's biggest change, matched to knowledge only she has.
      Veterans passed over for promotion stay and thrive when the new manager
      visibly needs what they know.]],
    next = function(s) s.gloria_lead = true; return "report" end,
  },
  choice {
    id = "business",
    text = "Keep it to business: go through her eleven items, confirm her priorities for the quarter, and let the rest settle with time",
    score = { managing_work = 1, managing_conflict_and_negotiating = -1, self_awareness = -1 },
    effects = { trust = -2, delivery = 2 },
    feedback = [[A clean review of her workload is useful, and it spares you both an
      uncomfortable conversation in your first week. But disappointment does not go
      away because nobody mentions it; it goes underground, where it will color how
      she hears every decision you make. Staying on business was the easy path, not
      the safe one.]],
    next = "report",
  },
  choice {
    id = "deputy",
    text = "Ask her to be your informal deputy: she will sign off on every set of numbers before it leaves the unit",
    score = { developing_directing_and_delegating = 1, collaborating_and_working_in_teams = 1,
              managing_work = -2, managing_conflict_and_negotiating = -1 },
    effects = { trust = 4, delivery = -3, ownership = -2 },
    feedback = [[It honors her experience and gives her standing, which she will
      appreciate. But it makes one person the bottleneck for everything the unit
      produces, and it puts her in judgment over colleagues, including Dev, whose
      methods she distrusts. An informal title without clear limits tends to create
      the conflicts it was meant to soothe.]],
    next = function(s) s.gloria_gate = true; return "report" end,
  },
  choice {
    id = "leave_it",
    text = "Leave the subject alone: she is a professional, raising it might sound like gloating, and she can bring it up if she wants to",
    score = { managing_conflict_and_negotiating = -1, self_awareness = -2,
              developing_directing_and_delegating = -1 },
    effects = { trust = -4 },
    feedback = [[You want to spare her feelings, and you are right that a clumsy
      conversation could sound like gloating. But avoiding the subject mostly spares
      you: she knows that you know, and silence reads as either indifference or
      unease. The conversation only gets harder the longer it waits.]],
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

  choice {
    id = "do_it_yourself",
    text = "Do it yourself: you know the data best, it is the unit's first test under you, Carol asked, and the team is already stretched",
    score = { managing_work = 1, developing_directing_and_delegating = -2, self_awareness = -1,
              collaborating_and_working_in_teams = -1 },
    effects = function(s)
      s.delivery = s.delivery + 8
      s.ownership = s.ownership - 10
      s.reserves = s.reserves - 15
      s.trust = s.trust - 2
      did_work(s)
    end,
    feedback = [[It is the surest route to a good report, and Carol did ask. But
      every evening you spend on the code is an evening not spent on the job you
      now hold, and the team learns that the interesting work still belongs to you.
      Doing the technical work yourself is the commonest trap for people promoted
      for technical skill: it feels like leadership because it is hard.]],
    next = function(s) s.report_self = true; return "dev_idea" end,
  },
  choice {
    id = "gloria_alone",
    text = "Give it to Gloria alone: she is the most reliable analyst you have, and it shows her you trust her",
    score = { developing_directing_and_delegating = 1, managing_work = -1,
              collaborating_and_working_in_teams = -1 },
    -- Gloria already leading the migration means she is now carrying two big jobs.
    effects = function(s)
      if s.gloria_lead then s.delivery = s.delivery - 3 else s.delivery = s.delivery + 3 end
      s.ownership = s.ownership + 3
      s.trust = s.trust + 1
    end,
    feedback = [[Handing real work to a trusted colleague is delegation, and Gloria
      will be careful. But the report is about how children move through foster
      care, and the person who understands that best, Renée, is left out, while
      Gloria is already carrying a heavy load. Delegating to the safest pair of hands
      protects the deadline and teaches the unit nothing new.]],
    next = function(s) s.report_gloria = true; return "dev_idea" end,
  },
  choice {
    id = "pair_and_frame",
    text = "Give it to Dev and Renée as a pair, with Gloria checking the method; agree the scope, a mid-point check and what \"done\" means, and tell Carol you will back them",
    score = { developing_directing_and_delegating = 3, collaborating_and_working_in_teams = 2,
              managing_work = 2, vision_and_purpose = 1 },
    effects = { ownership = 12, trust = 5, reserves = -3, delivery = 2 },
    feedback = [[You paired the unit's fastest analyst with the person who knows what
      the data means for children, and gave the veteran a role that uses her
      judgment. Agreeing the scope, a check-in and the standard of "done" is what
      separates delegation from abandonment. Telling Carol you will back them takes
      her worry onto your shoulders, instead of onto your evenings.]],
    next = function(s) s.report_team = true; return "dev_idea" end,
  },
  choice {
    id = "split_and_review",
    text = "Break it into pieces, spread them across the team so everyone has a share, and review each piece yourself as it comes in",
    score = { managing_work = 2, developing_directing_and_delegating = -1, self_awareness = -1 },
    effects = { delivery = 5, ownership = -3, reserves = -8 },
    feedback = [[Splitting the work and checking it is a sensible way to control
      risk, and everyone gets a piece. But nobody owns the whole, so nobody learns
      how the parts fit, and every piece now waits in your queue. Reviewing
      everything yourself is doing the work yourself at one remove.]],
    next = function(s) s.report_split = true; return "dev_idea" end,
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


      "We lose about nine thousand people a month that way," he says. "If the
      eligibility offices knew who was at risk, they could call them first."

      You know the renewal data cold. You know very little about machine
      learning, and the code is in Python, which you have never used. Gloria has
      already told him it "smells of a black box."]]
  end,

  choice {
    id = "send_up",
    text = "Send it to Carol as an early example of what the unit can do, and let Dev present it himself",
    score = { leading_innovation = 1, technical_learning = -2, measuring_performance = -2 },
    effects = { trust = 2, delivery = -4 },
    feedback = [[Showing leadership what the team can do is part of your job, and Dev
      will be thrilled. But nobody, you included, yet knows whether the model works
      or whom it misses, and once a deputy director has seen a number it tends to
      become a promise. A new tool should meet a test before it meets an audience.]],
    next = function(s) s.model_upward = true; return "migration" end,
  },
  choice {
    id = "later",
    text = "Tell him it is promising but the unit has no room until the foster care report is done; revisit it in the summer",
    score = { balancing_strategic_focus_and_agility = 1, leading_innovation = -2,
              developing_directing_and_delegating = -1 },
    effects = { delivery = 2, trust = -4 },
    feedback = [[Protecting the unit's commitments is legitimate, and the report does
      come first. But "revisit it in the summer" is how good ideas from junior staff
      quietly die, and Dev will notice that his initiative earned a deferral. A
      small, bounded next step would have protected both the deadline and his
      motivation.]],
    next = "migration",
  },
  choice {
    id = "take_it_home",
    text = "Take the code home this weekend and work through it yourself, so you understand it properly before you decide anything",
    score = { technical_learning = 1, developing_directing_and_delegating = -1, self_awareness = -1 },
    effects = function(s)
      s.reserves = s.reserves - 10
      s.ownership = s.ownership - 3
      did_work(s)
    end,
    feedback = [[Wanting to understand something before you back it is sound, and you
      would learn some Python. But working through it alone, on a weekend, turns a
      chance to coach Dev into a code review he never sees, and it teaches you the
      syntax rather than the questions that matter. Learning it with him would have
      served you both.]],
    next = "migration",
  },
  choice {
    id = "ask_and_pilot",
    text = "Ask him to show you how it works and whom it misses, such as Spanish speakers and rural members, then agree a one-county pilot with Gloria checking the validation",
    score = { technical_learning = 3, leading_innovation = 2, measuring_performance = 1,
              balancing_strategic_focus_and_agility = 1 },
    effects = { trust = 5, ownership = 5, reserves = -2 },
    feedback = [[You do not need to write Python to lead this work; you need to ask
      the questions that decide whether it is safe and useful, and you asked them.
      Checking accuracy across groups matters because a model trained on who lost
      coverage before can learn the same inequities. A bounded pilot with Gloria's
      scrutiny gives Dev's idea a real chance, keeps the report first, and gives the
      skeptic a stake in proving it.]],
    next = function(s) s.pilot = true; return "migration" end,
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
    text = "Set the June deadline, ask everyone to convert their own programs, since they know them best, and make Dev available for questions",
    score = { managing_change = -2, managing_work = -1, developing_directing_and_delegating = -1,
              collaborating_and_working_in_teams = -1 },
    effects = { delivery = -3, trust = -4, ownership = 2 },
    feedback = [[Clear ownership and a deadline are simple, and on paper they are
      fair. But it treats a change in how people work as a technical task, leaves
      Gloria and Tom to struggle alone with tools they have never used, and makes
      Dev the unofficial help desk on top of his own load. Change announced but not
      led tends to be quietly resisted, and then late.]],
    next = "the_error",
  },
  choice {
    id = "lead_the_move",
    text = "Explain why the move matters, pair old skills with new (Gloria with Dev, Tom with Aisha online), convert the critical programs first, and protect weekly learning time, yours included",
    score = { managing_change = 3, technical_learning = 2, collaborating_and_working_in_teams = 2,
              managing_work = 1 },
    effects = { ownership = 8, trust = 6, delivery = 3, reserves = -3 },
    feedback = [[Change sticks when people understand why, feel that their expertise
      still counts, and get time to learn. Pairing Gloria's knowledge of what the old
      programs really do with Dev's fluency in the new tools turns a source of
      friction into an exchange, and pairing Tom online answers his problem with the
      training. Converting the critical programs first keeps the scorecard safe, and
      learning alongside them tells the team the new platform is everyone's job, the
      manager's included.]],
    next = function(s) s.migration_plan = true; return "the_error" end,
  },
  choice {
    id = "do_the_scorecard",
    text = "Convert the scorecard programs yourself over the next few weekends, so the part that moves plan payments is safe whatever else happens",
    score = { managing_change = -1, developing_directing_and_delegating = -2, technical_learning = 1 },
    effects = function(s)
      s.reserves = s.reserves - 12
      s.delivery = s.delivery + 4
      s.ownership = s.ownership - 6
      did_work(s)
    end,
    feedback = [[Protecting the scorecard matters, since plans' payments depend on
      it, and you would learn the new platform fast. But it takes the most important
      learning away from the people who will run the scorecard for years, and it
      costs you the weekends you need to recover. The team will conclude that the
      change is something done for them, and to them, by you.]],
    next = "the_error",
  },
  choice {
    id = "ask_for_time",
    text = "Go to IT's director anyway and argue for six more months of SAS, so the move does not collide with the legislative report",
    score = { managing_change = -2, balancing_strategic_focus_and_agility = -1, managing_work = 1 },
    effects = { delivery = -2, trust = -1, reserves = -3 },
    feedback = [[Keeping two big pieces of work from colliding is good judgment, and
      it is worth saying so. But IT has already said no, and a deadline set that
      firmly is something to plan around, not to reopen. Arguing again postpones the
      change without leading it: the team hears that even its manager would rather
      not move, and the same anxieties will be waiting, with less time, when the
      answer is still no.]],
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
        is 14.8 percent, nearly twice what any state reports. Dev joined the
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
    id = "fix_quietly",
    text = "Fix the numbers yourself this afternoon, and from now on quietly add a second check to everything Dev produces before it leaves the unit",
    score = { developing_directing_and_delegating = -2, communication = -2, measuring_performance = 1 },
    effects = function(s)
      s.delivery = s.delivery + 4
      s.reserves = s.reserves - 6
      s.trust = s.trust - 3
      s.ownership = s.ownership - 4
      did_work(s)
    end,
    feedback = [[It protects the work today and spares everyone an awkward
      conversation. But Dev never hears what went wrong or why it mattered, so he
      cannot improve, and a silent extra check tells him you do not trust him
      without telling him why. Feedback withheld to avoid discomfort is a cost
      passed on to the next error.]],
    next = function(s) s.fixed_quietly = true; return "the_conflict" end,
  },
  choice {
    id = "team_lesson",
    text = "Make it a lesson at Friday's team meeting: walk through the error without naming anyone, and agree a checklist for everyone",
    score = { measuring_performance = 1, communication = -1, developing_directing_and_delegating = -1 },
    effects = { delivery = 2, trust = -2 },
    feedback = [[Turning a mistake into a shared standard is a good instinct, and a
      checklist may well help. But everyone in the room knows whose error it was, so
      "without naming anyone" names him anyway, in front of his peers, while the
      conversation he actually needs never happens. Difficult feedback belongs in
      private first.]],
    next = "the_conflict",
  },
  choice {
    id = "private_and_clear",
    text = "See Dev privately today: say exactly what happened and what it cost, hear his side, and agree a validation routine that he will own from now on",
    score = { developing_directing_and_delegating = 3, communication = 2, measuring_performance = 2 },
    effects = { trust = 4, delivery = 5, ownership = 3, reserves = -2 },
    feedback = [[Specific, prompt and private: you described what happened and its
      effect rather than judging the person, listened to his side, and let him own
      the fix. A routine he designs (checking against benchmarks, against last month,
      and against a colleague who says a number looks wrong) makes the standard clear
      without humiliating him. Done this way, difficult feedback is a sign that you
      take someone's development seriously.]],
    next = function(s) s.dev_feedback = true; return "the_conflict" end,
  },
  choice {
    id = "light_word",
    text = "Keep it to a light word: he is talented, it was a first mistake, and a heavy conversation might knock his confidence",
    score = { developing_directing_and_delegating = -2, measuring_performance = -1, communication = -1 },
    effects = { trust = 1, delivery = -5 },
    feedback = [[Protecting a promising young analyst's confidence is a kind impulse,
      and one error is not a pattern. But a light word after a mistake this visible
      tells him, and everyone watching, that accuracy is negotiable. Confidence built
      on not hearing the truth tends to collapse the first time someone outside the
      unit delivers it.]],
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

  choice {
    id = "back_gloria",
    text = "Back Gloria, firmly: after last week, quality comes first, and Dev needs to hear that from you in front of the team",
    score = { managing_conflict_and_negotiating = -2, collaborating_and_working_in_teams = -2 },
    effects = { trust = -6, ownership = -4 },
    feedback = [[Quality does come first, and Gloria's point about last week is fair.
      But backing one side in public ends the argument without resolving it: Dev
      learns that the veteran wins, Gloria learns she can win in the open, and the
      quieter members learn that disagreement here has a loser. The real question,
      how new work gets checked without stalling, is still unanswered.]],
    next = after_conflict,
  },
  choice {
    id = "let_it_run",
    text = "Let it run for a while: the team should see disagreement aired rather than buried, and both of them have a point",
    score = { managing_conflict_and_negotiating = -1, collaborating_and_working_in_teams = -2 },
    effects = { trust = -4 },
    feedback = [[Open disagreement can be healthy, and burying conflict is a real
      failure. But this has stopped being about the work and become personal, and
      letting it run in front of Renée, Aisha and Tom tells them this is a room where
      people get hurt. Airing conflict needs a leader who shapes it into a question
      the team can answer.]],
    next = after_conflict,
  },
  choice {
    id = "stop_and_remind",
    text = "Stop it politely, move to the next item, and tell each of them later that you expect more professional behavior",
    score = { managing_conflict_and_negotiating = 1, communication = 1,
              collaborating_and_working_in_teams = -1 },
    effects = { trust = 1 },
    feedback = [[Calling time protects the meeting, and raising conduct in private is
      better than doing it in public. But a reminder about professionalism treats the
      clash as bad manners when it is a real disagreement about how the unit should
      work. Unless someone brings the two of them to the same table on the
      substance, it will surface again.]],
    next = after_conflict,
  },
  choice {
    id = "surface_interests",
    text = "Call a pause, say the disagreement is real, and meet them together this week to agree one review standard: fast enough for Dev, rigorous enough for Gloria",
    score = { managing_conflict_and_negotiating = 3, collaborating_and_working_in_teams = 2,
              measuring_performance = 1 },
    effects = { trust = 7, ownership = 5, delivery = 3, reserves = -3 },
    feedback = [[You named the conflict as a legitimate difference about the work,
      not a clash of personalities, and moved it out of the public meeting into a
      room where both could be heard. Looking past their positions ("check
      everything", "stop blocking me") to their interests (accuracy and momentum)
      gives you something both can sign. An agreed standard also takes the personal
      sting out of the next review.]],
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

  choice {
    id = "push_through",
    text = "Push through tonight: clear the inbox and finish the status report, then sleep; things will ease once the report is out",
    score = { resiliency = -2, managing_work = 1, self_awareness = -1 },
    effects = { reserves = -10, delivery = 2 },
    feedback = [[Sometimes a late night really is the only way through, and the
      report is due. But this is the third weekend, not the first, and snapping at
      Aisha was your own warning light. A manager running on empty makes worse
      decisions, and shows the team a pace nobody can sustain.]],
    next = "aisha",
  },
  choice {
    id = "rule",
    text = "Make yourself a rule, starting next week: no work after eight on weeknights, and none at weekends",
    score = { resiliency = 1, self_awareness = 1, managing_work = -1 },
    effects = { reserves = 5 },
    feedback = [[A boundary is a real start, and naming it to yourself matters. But
      the load that broke the last boundary has not moved, and a rule without a
      change in what you carry tends to hold only until the next deadline. The
      question is not when you work, but whose work you are doing.]],
    next = "aisha",
  },
  choice {
    id = "reset",
    text = "Stop for the night. Tomorrow, list what only you can do, hand the rest back to its owners, rebook Tom first, and apologize to Aisha",
    score = { resiliency = 3, managing_work = 2, self_awareness = 2 },
    effects = { reserves = 18, ownership = 6, trust = 3 },
    feedback = [[You treated exhaustion as information about how you are working,
      not as a test of endurance. Sorting what only a manager can do from what you
      have been doing out of habit is the central discipline of a new leader, and
      apologizing to Aisha shows the team you notice your own behavior. Rest is part
      of the job, not a reward for finishing it.]],
    next = function(s) s.reset = true; return "aisha" end,
  },
  choice {
    id = "day_off",
    text = "Take Monday off to recover, tell Carol you need a day, and let everything wait until Tuesday",
    score = { resiliency = 1, self_awareness = 1, managing_work = -2 },
    effects = { reserves = 8, delivery = -3 },
    feedback = [[A day off genuinely helps, and admitting you need one is a step.
      But the same load will be waiting on Tuesday, arranged the same way, with the
      status report and Tom's meeting one day later. Recovery lasts when it comes with
      a change in what you carry.]],
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
    local why_now = ""
    if s.reset then
      why_now = [[ Your apology yesterday morning, she says, is the reason she felt
        she could come.]]
    end
    return [[Aisha asks if you have ten minutes. She has never asked for a
      meeting before. She closes the door and sits down.]] .. why_now .. [[ Then
      she speaks as if she has rehearsed it.

      ]] .. said .. [[


      She looks at the table. "I wasn't sure whether I should say this."]]
  end,

  choice {
    id = "thank_and_ask",
    text = "Thank her, ask for a recent example and what she would like you to do instead, and promise to try it and ask her in a month",
    score = { receiving_feedback = 3, self_awareness = 2, developing_directing_and_delegating = 1 },
    effects = { trust = 6, ownership = 5 },
    feedback = [[Feedback from the most junior person in the room is the hardest to
      give and the most valuable to get. Thanking her, asking for specifics and
      committing to check back makes it safe for her to do it again, and tells her
      the risk she took was worth taking. The change she sees in your next meeting
      will tell the rest of the team more than any speech.]],
    next = function(s) s.took_feedback = true; return "tom_slips" end,
  },
  choice {
    id = "explain",
    text = "Explain why you have been stepping in: the stakes are high, and in the end you are the one accountable",
    score = { receiving_feedback = -2, self_awareness = -1 },
    effects = { trust = -6 },
    feedback = [[Your reasons are real: the scorecard moves money, and the report goes
      to legislators. But answering feedback with an explanation turns it into a
      debate, and Aisha hears that the problem was her understanding. She will not
      try again, and she may tell Renée not to bother either.]],
    next = "tom_slips",
  },
  choice {
    id = "who_else",
    text = "Ask whether the others feel the same way, and which of them have said so, so you know how widespread it is",
    score = { receiving_feedback = -1, collaborating_and_working_in_teams = -1, self_awareness = -1 },
    effects = { trust = -5 },
    feedback = [[Wanting to know how widespread a problem is makes sense. But asking
      who said what turns a brave conversation into an investigation, and puts Aisha
      in the position of informing on colleagues. The useful question is what she
      has seen, not who else agrees.]],
    next = "tom_slips",
  },
  choice {
    id = "note_it",
    text = "Thank her warmly, tell her it is really useful to hear, and make a note to reflect on it properly at the weekend",
    score = { receiving_feedback = 1, self_awareness = -1 },
    effects = { trust = 2 },
    feedback = [[A gracious response, and it does not punish her for speaking up. But
      without a question, an example or a commitment, she leaves unsure whether
      anything will change, and if nothing visibly does, she will conclude the risk
      was not worth taking. Feedback lands when people can see what you did with it.]],
    next = "tom_slips",
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
    text = "Reply in the channel that the unit will meet its deadlines, and that from now on everyone should be online during core hours, nine to four",
    score = { communication = -1, developing_directing_and_delegating = -2,
              collaborating_and_working_in_teams = -1 },
    effects = { trust = -6, delivery = 2 },
    feedback = [[An even-handed rule looks fair and avoids singling anyone out. But
      everyone knows whom it is aimed at; it penalizes a remote colleague for a
      problem you have not yet discussed with him, and it leaves Gloria's jab
      unanswered. A blanket rule is often a way of avoiding one difficult
      conversation.]],
    next = function(s) s.tom_public = true; return "tom_talk" end,
  },
  choice {
    id = "call_tom",
    text = "Call Tom today: tell him plainly what you have seen slip and ask what is going on; separately, ask Gloria privately to bring concerns to you, not the channel",
    score = { developing_directing_and_delegating = 3, communication = 2,
              managing_conflict_and_negotiating = 1 },
    effects = { trust = 6, delivery = 1 },
    feedback = [[Performance problems are best raised early, privately and with
      curiosity: you named the facts without judging him, and asked before assuming.
      Handling Gloria's post separately and in private protects Tom's dignity and
      sets a norm about where concerns go, without shaming her in turn. Being clear
      and being kind are not in tension here.]],
    next = function(s) s.tom_private = true; return "tom_talk" end,
  },
  choice {
    id = "move_scorecard",
    text = "Quietly move the scorecard to Dev until things settle, and say nothing to Tom yet, to spare him an awkward conversation",
    score = { managing_work = 1, developing_directing_and_delegating = -2, communication = -1 },
    effects = { delivery = 3, trust = -3 },
    feedback = [[Protecting the deadline is your job, and sparing Tom an awkward
      conversation feels kind. But taking away his main responsibility without a word
      tells him, and the team, that you have made a judgment you were not willing to
      explain. He will find out, and he will find out from someone else.]],
    next = function(s) s.tom_sidelined = true; return "tom_talk" end,
  },
  choice {
    id = "formal_plan",
    text = "Ask HR to open a formal performance improvement plan, since the missed deadlines are documented and the process protects everyone",
    score = { measuring_performance = 1, developing_directing_and_delegating = -2, communication = -1 },
    effects = { trust = -5, delivery = 1 },
    feedback = [[Documenting performance and following procedure protects everyone,
      and sometimes a formal plan is the right step. But starting one before you have
      asked Tom what is happening skips the conversation that would tell you whether
      this is a performance problem at all. As a first move, it tells a colleague of
      fourteen years that the relationship has already been set aside.]],
    next = function(s) s.tom_formal = true; return "tom_talk" end,
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
    id = "same_rules",
    text = "Sympathize, but explain that you cannot make an exception for one person without making it for everyone: the deadlines have to stand",
    score = { developing_directing_and_delegating = -2, managing_work = 1, self_awareness = -1 },
    effects = { trust = -8, delivery = -4 },
    feedback = [[Consistency feels like fairness, and you are right to think about how
      the team will see special arrangements. But treating people identically is not
      the same as treating them fairly, and his request is modest, specific and
      workable. Refusing it is likely to cost you either Tom's health or Tom.]],
    next = function(s) s.tom_refused = true; return "self_managing" end,
  },
  choice {
    id = "whatever_you_need",
    text = "Tell him to take whatever time he needs, not to worry about the work for now, and that you will make sure it is covered",
    score = { developing_directing_and_delegating = -1, managing_work = -2,
              collaborating_and_working_in_teams = -1 },
    effects = { trust = 4, delivery = -8, ownership = -2 },
    feedback = [[It is generous, and Tom will be grateful tonight. But an open-ended
      "don't worry" leaves him without a plan and the team without one either: the
      scorecard still has to go out, and someone will quietly absorb his work without
      knowing why. Support without clear expectations tends to end in a harder
      conversation later.]],
    next = function(s) s.tom_open_ended = true; return "self_managing" end,
  },
  choice {
    id = "trial_and_privacy",
    text = "Agree a three-month trial of those hours and the later deadline, with a backup and a monthly check; point him to leave and support options; keep the reason private",
    score = { developing_directing_and_delegating = 3, managing_work = 2, measuring_performance = 1 },
    effects = { trust = 6, delivery = 6, reserves = -2 },
    feedback = [[You separated the performance question from the personal one and
      answered both: the work has a plan, a backup and a way to check it, and Tom has
      the privacy he asked for and a route to family leave and the employee
      assistance program. A time-limited trial with agreed signs of
      success is fair to him and to the team, who need the scorecard on time but not
      the reason. This is what supporting someone without lowering the bar looks
      like.]],
    next = function(s) s.tom_plan = true; return "self_managing" end,
  },
  choice {
    id = "tell_the_team",
    text = "Agree the hours he asked for, and let the team know he has a family situation, so they understand the change",
    score = { developing_directing_and_delegating = -2, communication = -2 },
    effects = { delivery = 3, trust = -4 },
    feedback = [[The hours are right, and you want to spare Tom the resentment that
      Gloria's post showed. But he asked you, plainly, to keep it private, and even a
      vague "family situation" invites questions he did not choose to answer. The
      team needs to know the arrangement, not the reason; leaders earn the right to
      hear hard news by keeping it.]],
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
    text = "Keep intake with you for now: every request comes through you and you assign it, at least until the unit has settled",
    score = { developing_directing_and_delegating = -2, managing_change = -1, managing_work = -1,
              leading_innovation = -1 },
    effects = { ownership = -8, delivery = 2, reserves = -6 },
    feedback = [[With a new stream of work and a team still settling, keeping control
      feels prudent, and you would see everything. But you would become the
      bottleneck for thirty requests a month, and you would be telling three
      colleagues who did the thinking that their proposal was not trusted. A team
      that is never given room to manage itself never learns how.]],
    next = function(s) s.switchboard = true; return "the_hearing" end,
  },
  choice {
    id = "bounded_trial",
    text = "Agree a three-month trial: you set the frame (priorities, quality standard, what must come to you), they run triage, and you review turnaround and accuracy together",
    score = { developing_directing_and_delegating = 3, managing_change = 2,
              measuring_performance = 1, managing_work = 1 },
    effects = { ownership = 12, delivery = 5, trust = 4, reserves = 4 },
    feedback = [[Devolving work is not the same as abandoning it: you kept what only
      you can hold (the direction, the standard and the line to Carol) and handed the
      team what they are better placed to do. A trial with agreed measures lets
      everyone learn whether it works without staking the unit on it. Self-managed
      teams thrive inside clear boundaries and wither without them.]],
    next = function(s) s.self_managed = "trial"; return "the_hearing" end,
  },
  choice {
    id = "hand_it_over",
    text = "Hand it over entirely: they are professionals, it was their idea, and they do not need a manager in the middle",
    score = { developing_directing_and_delegating = 1, managing_work = -2, vision_and_purpose = -1,
              managing_change = -1 },
    effects = { ownership = 10, delivery = -10 },
    feedback = [[Trusting the team is the right instinct, and they will relish the
      freedom. But without agreed priorities or limits, the loudest requester wins,
      and the first request that competes with the unit's commitments will land with
      nobody to weigh it. Self-managed teams in health and social care work because
      someone sets the frame they manage within.]],
    next = function(s) s.self_managed = "full"; return "the_hearing" end,
  },
  choice {
    id = "ask_carol",
    text = "Take it to Carol for a decision, since it changes how the unit works and she set up the new request stream",
    score = { developing_directing_and_delegating = -1, self_awareness = -1,
              effective_decision_making = -1 },
    effects = { ownership = -4, trust = -2 },
    feedback = [[Keeping your boss informed about a change of this size is sensible.
      But how your own unit organizes its work is exactly the kind of decision she
      promoted you to make, and passing it up tells the team, and Carol, that you are
      not yet sure you are the manager. Go to Carol with a recommendation, not a
      question.]],
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
      division counted every child in care at any point in the year. You are not
      certain. "Can you fix this before ten?" Carol asks.]]
  end,

  -- Two versions of the strongest move: who you turn to depends on who built it.
  choice {
    id = "steady_team",
    text = "Stay steady: ask Dev and Renée to confirm within the hour how each count was defined, then send Carol and the staffer a short, plain explanation",
    when = function(s) return s.report_team end,
    score = { resiliency = 3, effective_decision_making = 2, communication = 2,
              receiving_feedback = 1 },
    effects = { trust = 4, delivery = 6, reserves = -2 },
    feedback = [[With an hour to spare you did the three things that matter: found out before
      answering, used the people who know, and explained the difference plainly
      instead of changing the numbers to make it go away. Treating the staffer's
      challenge as a fair question rather than an attack will serve the agency in
      that committee for years. Carol gets what she needs: something true to say at
      ten.]],
    next = function(s) s.hearing_ok = true; return "carol_review" end,
  },
  choice {
    id = "steady_renee",
    text = "Stay steady: ask Renée to confirm with her old colleagues how the division counted, then send Carol and the staffer a short, plain explanation",
    when = function(s) return not s.report_team end,
    score = { resiliency = 3, effective_decision_making = 2, communication = 2,
              receiving_feedback = 1 },
    effects = { trust = 4, delivery = 6, reserves = -2 },
    feedback = [[With an hour to spare you did the three things that matter: found out before
      answering, used the person who knows how the division counts, and explained the
      difference plainly instead of changing the numbers to make it go away. Treating
      the staffer's challenge as a fair question rather than an attack will serve the
      agency in that committee for years. Carol gets what she needs: something true
      to say at ten.]],
    next = function(s) s.hearing_ok = true; return "carol_review" end,
  },
  choice {
    id = "rebuild",
    text = "Rebuild the table yourself before ten using the division's definition, so that the two numbers match and the question goes away",
    score = { resiliency = -1, measuring_performance = -2, developing_directing_and_delegating = -1 },
    effects = function(s)
      s.reserves = s.reserves - 8
      s.delivery = s.delivery - 4
      s.ownership = s.ownership - 4
      did_work(s)
    end,
    feedback = [[Making the discrepancy disappear is tempting, and you could probably
      do it by ten. But switching definitions under pressure, three hours before a
      hearing, produces a number nobody has checked and a report that no longer
      matches its own method. The problem was never the arithmetic; it was the
      explanation.]],
    next = "carol_review",
  },
  choice {
    id = "nothing_to_fix",
    text = "Reassure Carol that the numbers are right and the staffer has compared two different counts; there is nothing to fix",
    score = { resiliency = 1, receiving_feedback = -2, communication = -1,
              effective_decision_making = -1 },
    effects = { trust = -2, delivery = -2 },
    feedback = [[You are probably right, and your calm helps Carol. But "nothing to
      fix" answers a legislator's question with a shrug: the staffer needs an
      explanation she can give the chair, and you have not yet checked. A challenge
      that turns out to be mistaken still deserves to be taken seriously.]],
    next = "carol_review",
  },
  choice {
    id = "postpone",
    text = "Ask Carol to have the item moved to next month's agenda, so nothing unverified goes in front of the committee",
    score = { resiliency = -2, effective_decision_making = -1, communication = -1 },
    effects = { delivery = -6, trust = -1 },
    feedback = [[Not presenting numbers you are unsure of is a responsible instinct.
      But the question can almost certainly be answered within the hour, and
      withdrawing on the morning of a hearing tells the committee the agency does not
      trust its own work. A setback like this is information to act on, not a reason
      to retreat.]],
    next = function(s) s.postponed = true; return "carol_review" end,
  },
}

-- ---------------------------------------------------------------- Week 13

scene "carol_review" {
  title = "Week 13, Friday, 3:00 p.m.",
  speaker = "Carol Brandt, Deputy Director for Quality and Analytics",
  text = function(s)
    local notes = {}
    if s.hearing_ok then
      notes[#notes + 1] = [[The chair told the Medicaid director it was the first
        time anyone had explained the foster care count to her.]]
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

  choice {
    id = "going_well",
    text = "Tell her it is going well, and point to the report, the migration and the scorecard as evidence",
    score = { self_awareness = -2, receiving_feedback = -1 },
    feedback = [[The results may well be real, and wanting your boss to see them is
      natural. But Carol asked "honestly", and a new manager who reports only
      successes at ninety days has either not noticed where they are struggling or is
      not saying. Either way, she cannot help you.]],
    next = "verdict",
  },
  choice {
    id = "another_analyst",
    text = "Tell her the unit needs another analyst, because you cannot manage and still carry your share of the analysis",
    score = { self_awareness = 1, managing_work = -1, developing_directing_and_delegating = -1 },
    feedback = [[You are honest about the load, which is a start. But you still count
      "your share of the analysis" as part of the job, and a new analyst would soon be
      absorbed by the same habit. The strain is a signal about how you are working,
      not only about how many people you have.]],
    next = "verdict",
  },
  choice {
    id = "what_have_you_heard",
    text = "Ask her what she has heard about you, from the team and from others, that you might not have heard yourself",
    score = { receiving_feedback = 2, self_awareness = 1 },
    effects = { reserves = 2 },
    feedback = [[Asking your own manager for feedback on your style is a strong move,
      and Carol hears things you do not. It leaves your own view unspoken, though, and
      a development conversation works best when you bring your own reading of
      yourself and test it against hers.]],
    next = "verdict",
  },
  choice {
    id = "own_growth",
    text = "Tell her honestly where you still pull work back to yourself, ask what she has seen, and ask for a mentor and a place on the supervisors' course",
    score = { self_awareness = 3, receiving_feedback = 2, resiliency = 1 },
    effects = { reserves = 5 },
    feedback = [[You gave an honest account of your own habits, invited her view, and
      asked for the preparation your promotion did not come with. Leaders promoted
      for technical skill are rarely taught to lead; asking for a mentor and training
      is not an admission of failure, it is how the gap closes. Carol now knows how to
      help you, and that you will use it.]],
    next = function(s) s.mentor = true; return "verdict" end,
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
