-- The New Front Door
--
-- A state human services department is replacing the thirty-year-old system
-- that decides Medicaid, food assistance (SNAP) and cash assistance for about
-- 900,000 people: the "green screens". The player is the deputy commissioner
-- who has just inherited the project, sixteen weeks before go-live, as its
-- third leader in four years. The vendor is late, veteran caseworkers (whose
-- expertise lives in the old screens and a binder of workarounds) expect this
-- modernization to pass like the last three, the union is wary, the federal
-- partners care about accuracy and timeliness, and a bad go-live would leave
-- families waiting for food and health coverage.
--
-- The scenario is about leading change against resistance. It rewards leaders
-- who treat resisters' expertise as an asset, redesign the process rather than
-- digitize it (a "second-order" solution), hand frontline teams real ownership
-- of the rollout inside firm limits (as self-managing teams do in Buurtzorg,
-- the Dutch home-care organization), stage risk instead of betting everything
-- on a date, measure what families experience, hear unwelcome news, and build
-- something that will outlast a leader's short tenure.
--
-- Meters:
--   readiness   how ready the system and the new process are; with ownership
--               and the go-live mode it sets how far timeliness falls at
--               go-live (function launch_drop), and decides whether the pilot
--               meets its exit criteria (scene "next_wave")
--   ownership   how much the frontline owns the new way of working; with
--               s.embedded, decides between the best ending and "borrowed
--               time" (a change that depends on you does not survive you)
--   timeliness  share of applications decided within federal time limits;
--               decides which scene follows go-live ("news" or "showcase")
--               and the "backlog" ending
--   federal     the federal partners' (FNS, CMS) confidence in the project;
--               decides the "federal hold" ending and whether they grant
--               flexibilities late on
-- The verdict (scene "verdict") reads timeliness, federal and ownership, plus
-- s.redesign (digitizing the old process ends in "new_screens") and
-- s.embedded. Every ending starts after you have left: short tenure is the
-- norm in these jobs.
--
-- Flags on `s` carry choices forward: s.shadowed, s.promised_date,
-- s.loretta ("assure", "scan", "book_team", "champion"), s.redesign ("none",
-- "targeted", "full", "vendor"), s.union ("formal", "letter", "side_letter",
-- "joint"), s.teams ("none", "full", "loose", "pilot"), s.mode ("statewide",
-- "phased", "delayed"), s.late_pilot, s.fed_open, s.rankings, s.one_weekend,
-- s.family_measures, s.took_feedback, s.embedded, s.stayed, ... Two are
-- luck, drawn with s.random so that a seed replays exactly: s.outage (a
-- day-long wage-data outage at go-live, one time in four, whatever the
-- preparation) and s.flex_granted (federal relief asked for late, which
-- trusting partners usually, not always, grant). Look for function `text`,
-- `when` (scenes "federal" and "next_wave"), function `effects` and function
-- `next`.
--
-- Policy setting: November 2026 to early 2028, under the 2025 budget law
-- (H.R. 1): SNAP's benefit cost share by payment error rate from fiscal 2028
-- (the rate of fiscal 2027, the year of go-live, sets the share for 2030),
-- the state's larger share of SNAP administrative costs from October 2026,
-- and Medicaid work requirements and six-month renewals for expansion adults
-- (for renewals scheduled from December 31, 2026). Ex parte renewal (42 CFR
-- 435.916) is a requirement the old system never met, not an option. Renewals
-- themselves cannot be paused: the federal relief a state in trouble can ask
-- CMS for is time-limited 1902(e)(14)(A) authority of the kind used in the
-- unwinding, such as holding off procedural terminations while it catches up.

scenario {
  id = "new-front-door",
  title = "The New Front Door",
  role = "Deputy Commissioner, State Department of Human Services",
  summary = "November 2026, under the federal rules in force after the 2025 budget law (H.R. 1). "
         .. "You have just inherited the project to replace the 30-year-old system that decides "
         .. "Medicaid, food assistance and cash assistance for 900,000 people. Go-live is sixteen "
         .. "weeks away, the vendor is six weeks behind, and the caseworkers who know the old "
         .. "system best have seen three modernizations come and go.",
  minutes = 22,
  start = "handover",
  meters = {
    readiness  = { label = "System and process readiness", value = 30, order = 1 },
    ownership  = { label = "Frontline ownership of the change", value = 33, order = 2 },
    timeliness = { label = "Applications decided on time (%)", value = 88, order = 3 },
    federal    = { label = "Federal partners' confidence", value = 50, order = 4 },
  },
  reflection = {
    "Loretta's binder held thirty years of what the agency actually knew about its families. What did you do with it, and what does your answer say about where you think expertise lives?",
    "Where did you redesign the process, and where did you put the old process on a new screen? What made redesign hard to choose with a deadline in sight?",
    "The go-live teams could own their cutover but not the policy or the federal deadlines. Where would you draw that line in your own agency, and who should help you draw it?",
    "The federal partners, the union and the vendor each held part of the risk. Which did you treat as partners and which as obstacles, and what did that cost or gain you?",
    "You were the project's third leader in four years, and you did not stay to see it finish. What did you build that kept working without you, and what depended on you personally?",
  },
  closing = "Think of a change you are leading now. Name one part of it that the people doing the work "
         .. "could own, and one decision you would have to stop making yourself for them to own it.",
}

-- ---------------------------------------------------------------- Sixteen weeks out

scene "handover" {
  title = "Week 1: sixteen weeks to go-live",
  speaker = "Patricia Nolan, Commissioner of Human Services",
  text = [[
    Commissioner Nolan slides a binder across her table. On the spine is FRONT
    DOOR, with two earlier project names crossed out above it.

    You know the short version. The Client Eligibility and Benefits System,
    which everyone calls the green screens, went live in 1994. It decides
    Medicaid, food assistance (SNAP) and cash assistance for about 900,000
    people. It runs on COBOL, and the state has three programmers left who
    understand it; one retires in June.

    Front Door is meant to replace it: an online application, a rules engine,
    and shared work queues instead of each caseworker owning six hundred
    cases. The contract with Corvant Solutions is worth $186 million, the
    Medicaid share of it at 90% federal match. Statewide go-live is set for
    March 3. The independent verification and validation (IV&V) contractor
    says Corvant is six weeks behind. On the eligibility floors, staff call
    the project "the Back Door."

    The calendar is not kind. The 2025 federal budget law brings Medicaid
    work requirements and six-month renewals for expansion adults from
    January, and since October the state has paid three-quarters of SNAP's
    administrative costs instead of half.

    "You're the third deputy on this in four years," Nolan says. "I'd like
    you to be the one who finishes it. How are you going to spend your first
    two weeks?"
  ]],

  notes = [[The first decision sets the frame for the rest: is Front Door a
    technology project with a people problem, or a change in how 2,300 people
    work with a system attached? Ask the room what each option would tell the
    caseworkers about the new deputy. The war room is a defensible call (the
    schedule really is slipping), and the debrief shows it as a trade-off, not
    an error. Draw out why promising a date in week one is so tempting for a
    project on its third leader.]],

  choice {
    id = "war_room",
    text = "Stand up a daily war room with Sanjay Mehta, the project director, and Corvant's leads to win back the six weeks",
    score = { managing_work = 2, planning_for_action = 1, effective_decision_making = 1, managing_change = -2 },
    effects = { readiness = 5, ownership = -5 },
    feedback = [[A daily war room gives the schedule the attention it needs, and
      Corvant feels the pressure at once: a real strength when the vendor is six
      weeks late. But it treats Front Door as a technology project, when its
      hardest part is 2,300 people changing how they work, and nobody who will
      use the system is in the room.]],
    next = function(s) s.war_room = true; return "loretta" end,
  },
  choice {
    id = "promise",
    text = "Tell Thursday's managers' meeting that March 3 holds, so that after two lost leaders everyone knows the drift has stopped",
    score = { communication = 1, managing_work = 1, balancing_strategic_focus_and_agility = -2,
              effective_decision_making = -2 },
    effects = { ownership = -5, federal = -2 },
    feedback = [[A project that has lost two leaders needs a sign that someone is
      in charge, and a firm date is the quickest sign there is. But you committed
      to the date before knowing whether it can be met, and managers heard that
      the date matters more than the cases. Promises made in your first week are
      the ones people quote back to you.]],
    next = function(s) s.promised_date = true; return "loretta" end,
  },
  choice {
    id = "shadow",
    text = "Spend your mornings beside caseworkers on real cases in three county offices, and your afternoons on the schedule with Sanjay",
    score = { technical_learning = 2, managing_change = 2, planning_for_action = 1 },
    effects = { readiness = 3, ownership = 5 },
    feedback = [[Watching real cases move through the green screens teaches you
      what the new system has to replace, in a way no demonstration can, and
      staff notice a deputy who comes to learn before deciding. The price is
      real: two long weeks, and a vendor that feels less of your weight on the
      schedule than a war room would have put on it.]],
    next = function(s) s.shadowed = true; return "the_floor" end,
  },
  choice {
    id = "ivv",
    text = "Commission a full independent risk assessment from the IV&V contractor, and hold major decisions until it reports in four weeks",
    score = { measuring_performance = 2, planning_for_action = 1, effective_decision_making = -2, managing_work = -1 },
    effects = { readiness = 2, federal = 3 },
    feedback = [[An independent view of risk is valuable, and the federal partners
      are glad you asked for one. But four weeks is a quarter of the time left,
      and IV&V already reports monthly. Holding decisions while you wait for
      certainty lets the schedule slip further, and certainty will not come.]],
    next = function(s) s.ivv = true; return "loretta" end,
  },
}

scene "the_floor" {
  title = "Week 2: the Eastfield County office",
  text = [[
    At 7:40 a.m. the line at the Eastfield office already reaches the door.
    You sit beside Loretta Haynes, who has worked eligibility here for
    twenty-seven years, as she processes a renewal: a grandmother raising two
    grandchildren, one of whom receives disability benefits. It takes fourteen
    screens and three codes that appear in no manual. Loretta finds them in a
    three-inch binder on her desk without looking at the index.

    "That's the Book," she says. "Thirty years of how to make this thing do
    what the policy says." She saw Corvant's demonstration last month. "Very
    pretty. It asked me to upload a pay stub for a woman who has been on
    disability since 2009."
  ]],
  next = "loretta",
}

scene "loretta" {
  title = "Week 3",
  speaker = "Loretta Haynes, Eligibility Specialist III, Eastfield County",
  text = function(s)
    local opening
    if s.shadowed then
      opening = [[Loretta has asked for fifteen minutes, and she has brought the
        Book. "You sat with us," she says, "so I'll tell you what nobody has
        asked."]]
    else
      opening = [[Yolanda Pierce, the director of field operations, brings a
        visitor to your office: Loretta Haynes, who has worked eligibility in
        Eastfield County for twenty-seven years. Loretta puts a three-inch
        binder on your table. "This is the Book," she says. "Thirty years of how
        we make the green screens do what the policy says."]]
    end
    return opening .. [[


      The binder holds about four hundred pages of workarounds that caseworkers
      have handed down: how to budget a farmworker's seasonal income, how to
      keep a kinship family's SNAP right when a child starts receiving
      disability benefits, how to move someone from disability-related Medicaid
      to the adult group without a gap in coverage. Nobody from Corvant has
      asked to see it.

      "I've been through three modernizations and a dozen commissioners," she
      says, not unkindly. "Every one of them said this would change everything.
      We're still here, and so is the Book."]]
  end,

  choice {
    id = "book_team",
    text = "Ask her to pick five veterans from other counties to turn the Book into test cases Corvant must pass, on paid time",
    score = { managing_change = 3, developing_directing_and_delegating = 2, technical_learning = 1,
              managing_resources = -1 },
    effects = { readiness = 8, ownership = 10, timeliness = -1 },
    feedback = [[You turned resistance into authorship: the people whose expertise
      the change threatens now help decide what "ready" means, and test cases
      written by veterans find defects no vendor script would. It has a cost you
      will feel: six of your most experienced caseworkers come off their
      caseloads for weeks, and their offices fall a little behind.]],
    next = function(s) s.loretta = "book_team"; return "redesign" end,
  },
  choice {
    id = "scan",
    text = "Have the binder scanned tonight and sent to Corvant's business analysts, so missing requirements surface while there is time",
    score = { technical_learning = 1, managing_work = 1, managing_change = -1, collaborating_and_working_in_teams = -1 },
    effects = { readiness = 4, ownership = -3 },
    feedback = [[Fast, and it gets the knowledge to the people building the system
      without pulling anyone off a caseload. But the Book is notes, not rules:
      the understanding lives in the people who wrote it, and analysts will
      misread half of it without them. Loretta will also notice that her binder
      was invited into the project and she was not.]],
    next = function(s) s.loretta = "scan"; return "redesign" end,
  },
  choice {
    id = "assure",
    text = "Tell her plainly what Corvant has told you: the rules engine was built from the policy manual, and training will cover the gaps",
    score = { communication = 1, managing_change = -2, receiving_feedback = -1, technical_learning = -1 },
    effects = { ownership = -5 },
    feedback = [[It is honest about what you have been told, and you want it to be
      true. But Loretta came to tell you what the policy manual leaves out;
      answering with the manual tells her, and everyone she talks to, that her
      knowledge does not count. If the rules engine cannot handle a kinship
      family, you will find out on go-live day, from a family.]],
    next = function(s) s.loretta = "assure"; return "redesign" end,
  },
  choice {
    id = "champion",
    text = "Ask her to be Eastfield's change champion, the person her colleagues go to first whenever the new system puzzles them",
    score = { managing_change = 1, developing_directing_and_delegating = 1, receiving_feedback = -1 },
    effects = { ownership = 2 },
    feedback = [[Recruiting respected veterans to lead their peers is a sound
      instinct, and far better than ignoring her. But she came with a warning,
      and you answered with a job promoting the thing she was warning you about.
      Champions who are asked to sell rather than shape soon lose their
      colleagues' trust, or stop trying.]],
    next = function(s) s.loretta = "champion"; return "redesign" end,
  },
}

scene "redesign" {
  title = "Week 4",
  speaker = "Ellen Park, Director of Policy and Process Design",
  text = function(s)
    local found = ""
    if s.loretta == "book_team" then
      found = [[ Loretta's test team has found the same thing from the other
        side: half the Book exists to chase documents the data already has.]]
    end
    return [[Ellen has pinned two diagrams to the wall: today's process and
      Corvant's design. They are almost the same.

      The online application is the thirty-one-page paper form, one screen per
      page. Every applicant is still asked for pay stubs, bank statements and
      proof of address, even when state wage records and the federal data hub
      could confirm them in seconds. Medicaid renewals still go out as paper
      packets to nearly everyone, although federal rules have long required the
      agency to try to renew people from the data it already holds before
      asking them for anything; the green screens never could, and only 9% of
      renewals here happen that way. During the unwinding, about seven in ten
      of the people the state dropped from Medicaid lost coverage over
      paperwork rather than because they were found ineligible, close to the
      national share, and many were back within three months. From January,
      expansion adults renew every six months: twice the paper, unless the data
      does the work.

      "We are about to spend $186 million putting our paper process on a
      screen," Ellen says. "The line outside Eastfield will just move online."
      Corvant says any change to the design now needs a change order, and
      time.]] .. found
  end,

  notes = [[The pivotal design choice. Automatic (ex parte) Medicaid renewal is
    not an innovation the state may choose: federal rules already require it,
    and the old system's failure to do it is a compliance gap. Ask the room
    why "phase two" is so attractive with a vendor six weeks late, and what
    usually happens to phase two. The doubled renewal workload from 2027
    (six-month renewals for expansion adults) is worth drawing out: the paper
    process does not scale.]],

  choice {
    id = "phase_two",
    text = "Keep Corvant's design as built to protect the date, and fund the redesign as a second phase with its own budget, starting after go-live",
    score = { planning_for_action = 1, effective_decision_making = 1, business_acumen = 1,
              leading_innovation = -2, balancing_strategic_focus_and_agility = -1 },
    effects = { readiness = 5 },
    feedback = [[Protecting the date is a legitimate priority, late design changes
      are risky, and you avoid a round of change orders. But "phase two" is where
      redesign usually goes to die: the money is spent, the vendor has moved on,
      and so, often, has the leader who promised it. You will have automated the
      very work that families and caseworkers most need removed, and left a
      federal requirement unmet.]],
    next = function(s) s.redesign = "none"; return "union" end,
  },
  choice {
    id = "full",
    text = "Redesign the whole casework model now, from application through renewal, and ask Corvant to build all of it for March 3",
    score = { leading_innovation = 2, balancing_strategic_focus_and_agility = -2, planning_for_action = -1,
              effective_decision_making = -1 },
    effects = { readiness = -15, ownership = 2 },
    feedback = [[You are right about the problem: the old model is what needs to
      change. But redesigning everything with thirteen weeks left, through change
      orders to a vendor already six weeks late, piles the biggest risk on top of
      the largest one. Innovation needs room to test, and this leaves none.]],
    next = function(s) s.redesign = "full"; return "union" end,
  },
  choice {
    id = "vendor",
    text = "Ask Corvant to propose a redesign drawn from the four states where it has installed this system, priced as one change order",
    score = { leading_innovation = 1, managing_work = 1, technical_learning = -1, business_acumen = -1 },
    effects = { readiness = -5 },
    feedback = [[Learning from other states is sensible, and one priced change
      order is easy to manage. But a vendor's redesign tends to be its product's
      standard setup, sold back to you, and it will fit your policies and your
      families only roughly. Deciding what your process should be is the one
      part of this you cannot buy.]],
    next = function(s) s.redesign = "vendor"; return "union" end,
  },
  choice {
    id = "targeted",
    text = "Rebuild the three steps that make most work (data before paper, renewals from data, same-day interviews), and cut features to pay",
    score = { leading_innovation = 3, balancing_strategic_focus_and_agility = 2, technical_learning = 1,
              business_acumen = 1 },
    effects = { readiness = -3, ownership = 3, federal = 3 },
    feedback = [[This is a second-order change: instead of helping staff chase
      paper faster, it removes most of the chasing. Renewing Medicaid from data
      the state already holds is also what federal rules require, so you closed
      a compliance gap as well as a burden. Paying for it with features you can
      live without kept the date within reach and the change orders small.]],
    next = function(s) s.redesign = "targeted"; return "union" end,
  },
}

scene "union" {
  title = "Week 5",
  speaker = "Marcus Bell, President, Local 1740",
  text = function(s)
    local extra = ""
    if s.loretta == "book_team" then
      extra = [[ He adds, pointedly, that Loretta's test team is the first time
        in four years anyone on this project has asked his members anything.]]
    end
    if s.promised_date then
      extra = extra .. [[ He has also read your first-week message to managers.
        "Whatever it takes," he says. "Takes from who?"]]
    end
    return [[Marcus has filed a demand to bargain over Front Door. Under the
      new design, caseworkers stop owning caseloads of about six hundred
      families and work from shared task queues instead. His members worry
      about three things, he tells you: losing the families they know, being
      judged by a dashboard that counts clicks, and "modernization" turning out
      to mean layoffs.

      The labor relations office says the decision to replace the system is
      the state's to make, but its effects on workload, training and
      performance standards must be bargained on request, and before the
      queues go live. They propose to run it by the book: formal sessions,
      written proposals, a tentative agreement by late February. "You can do
      that," Marcus says. "It's the law. Then see how fast people learn a
      system they never wanted."]] .. extra
  end,

  choice {
    id = "formal",
    text = "Leave it to labor relations: bargain the effects by the book, on their timetable, so that the project team stays out of the talks",
    score = { managing_work = 1, managing_change = -2, engaging_stakeholders = -1 },
    effects = { ownership = -8 },
    feedback = [[Labor relations knows the contract and the law, and the state
      does owe the union effects bargaining before the queues go live. But the
      union is asking about exactly the things that decide whether people adopt
      the system, and a formal process answers them late and at arm's length.
      Change that is lawful but unwelcome gets quietly resisted.]],
    next = function(s) s.union = "formal"; return "teams" end,
  },
  choice {
    id = "joint",
    text = "Offer Marcus a joint labor-management design group with a real say over how the queues work and how dashboards are used",
    score = { collaborating_and_working_in_teams = 2, managing_change = 2, managing_conflict_and_negotiating = 1,
              engaging_stakeholders = 1, managing_resources = -1, planning_for_action = -1 },
    effects = { ownership = 10, readiness = 2 },
    feedback = [[You answered the union's worries by sharing the design, not just
      the news, and members who help decide how the queues work are far more
      likely to make them work. The group still has to reach an effects
      agreement before go-live, and it will cost weeks of your managers' time
      that the schedule does not really have.]],
    next = function(s) s.union = "joint"; return "teams" end,
  },
  choice {
    id = "letter",
    text = "Write to all staff yourself: no layoffs are planned, the queues are coming, and here is how to send questions straight to you",
    score = { communication = 2, collaborating_and_working_in_teams = -2, managing_conflict_and_negotiating = -2 },
    effects = { ownership = -4 },
    feedback = [[Speaking plainly to staff is good, and "no layoffs are planned"
      is worth saying. But writing around the union while its demand to bargain
      is open looks like an attempt to deal with members directly, which labor
      boards treat as an unfair practice, and Marcus now has a reason to oppose
      whatever you do next.]],
    next = function(s) s.union = "letter"; return "teams" end,
  },
  choice {
    id = "side_letter",
    text = "Settle it fast in writing: no layoffs, and no use of system data in anyone's evaluation, so the bargaining ends well before go-live",
    score = { managing_conflict_and_negotiating = 2, managing_change = 1, managing_work = 1,
              measuring_performance = -2 },
    effects = { ownership = 5 },
    feedback = [[You took the fear of layoffs off the table fast and closed the
      bargaining obligation with time to spare, which a leader with a deadline
      has every reason to want. But a permanent promise never to use system data
      gives away the agency's ability to see and fix problems in the work, and
      you traded it before anyone had designed a measure worth keeping.]],
    next = function(s) s.union = "side_letter"; return "teams" end,
  },
}

scene "teams" {
  title = "Week 6",
  speaker = "Yolanda Pierce, Director of Field Operations",
  text = function(s)
    local backing = ""
    if s.union == "joint" then
      backing = [[ Marcus has already said the joint design group would back the
        idea.]]
    elseif s.union == "letter" or s.union == "formal" then
      backing = [[ Yolanda warns you that Marcus will read anything new as a
        change to working conditions.]]
    end
    return [[The rollout plan in the binder has a central team of twenty
      trainers, a 180-page playbook, and all forty-eight county offices doing
      the same thing on the same day.

      Yolanda wants to do it differently. She has been reading about a Dutch
      home-care organization whose nurses work in small self-managing teams,
      with coaches instead of managers. "Our offices aren't the same," she
      says. "Eastfield has the farmworker season. Riverton is mostly renewals.
      Let each office form its own go-live team of caseworkers. They plan their
      cutover, work out their daily workflow, schedule their own people's
      training, and tell us when they're ready. We set the rules that can't
      bend, and we coach."

      Sanjay is uneasy. "Forty-eight offices doing forty-eight different
      things. The federal reviewers check that every determination follows the
      same rules."]] .. backing
  end,

  choice {
    id = "go_live_teams",
    text = "Form a go-live team in each office to own its cutover and workflow inside a few fixed rules, with central staff as coaches",
    score = { developing_directing_and_delegating = 3, managing_change = 2, leading_innovation = 1 },
    effects = { readiness = 5, ownership = 12 },
    feedback = [[This is devolution done properly: real authority over how the
      work is done, matched to clear limits on what cannot change (policy,
      accuracy, federal deadlines, one system setup), with coaching rather than
      command. It is harder to manage than a playbook: forty-eight teams move at
      forty-eight speeds, and central staff must coach rather than check.]],
    next = function(s) s.teams = "full"; return "slip" end,
  },
  choice {
    id = "playbook",
    text = "Keep the central playbook and the twenty trainers: one method statewide is exactly what federal reviewers and auditors will check",
    score = { managing_work = 2, developing_directing_and_delegating = -1, managing_change = -1 },
    effects = { readiness = 3, ownership = -3 },
    feedback = [[Consistency matters for accuracy, and a single playbook is easy
      to manage and to defend to auditors. But it plans the change for people
      rather than with them, and it cannot know that Eastfield's September is
      not Riverton's. Twenty trainers cannot make 2,300 people own a new way of
      working.]],
    next = function(s) s.teams = "none"; return "slip" end,
  },
  choice {
    id = "pilot_teams",
    text = "Try self-managing go-live teams in the two offices that volunteered, Eastfield and Riverton, and keep the playbook everywhere else",
    score = { leading_innovation = 2, developing_directing_and_delegating = 1, managing_work = 1 },
    effects = { readiness = 3, ownership = 6 },
    feedback = [[Testing a new model small before spreading it is sound practice,
      and it keeps forty-six offices on a method you can manage. But those
      offices get the playbook, and with it the message that ownership is an
      experiment for a few rather than how this change will be led.]],
    next = function(s) s.teams = "pilot"; return "slip" end,
  },
  choice {
    id = "anything_goes",
    text = "Let each office decide for itself how and when to adopt the new way of working; the people closest to the work know it best",
    score = { leading_innovation = 1, developing_directing_and_delegating = -1, managing_change = -1, managing_work = -1 },
    effects = { readiness = -8, ownership = 8 },
    feedback = [[Trusting offices is the right instinct, and some will do
      brilliantly. But handing over responsibility without the limits that
      matter (the same rules, the same deadlines, one system) is abandonment
      more than delegation. Some offices will run two ways of working side by
      side, and families will get different answers in different counties.]],
    next = function(s) s.teams = "loose"; return "slip" end,
  },
}

-- ---------------------------------------------------------------- Seven weeks out

scene "slip" {
  title = "Week 10: seven weeks to go-live",
  speaker = "Brent Kowalski, Engagement Lead, Corvant Solutions",
  text = function(s)
    local found = ""
    if s.loretta == "book_team" then
      found = [[ Nineteen of the twenty-nine severe defects were found by
        Loretta's test cases.]]
    end
    if s.redesign == "full" then
      found = found .. [[ Most of the rest are in the redesigned screens added
        since week four.]]
    end
    local pinned = ""
    if s.promised_date then
      pinned = [[ Several managers still have your first-week message pinned
        above their desks: March 3, whatever it takes.]]
    end
    return [[User acceptance testing has closed. Brent's slide shows 214 open
      defects, 29 of them severe. Among the severe ones: SNAP benefits
      calculated wrongly for households that pay child support, renewals for
      people over sixty-five routed to the wrong queue, and the link to state
      wage records timing out under load.]] .. found .. [[


      Corvant proposes going live statewide on March 3 with a documented
      workaround for each defect, and fixing them during ninety days of
      "hypercare." The IV&V contractor rates readiness amber-red.

      Commissioner Nolan has told the legislature's budget committee March 3,
      and the mainframe support contract runs out in June. "I'll back what you
      decide," she tells you. "But decide it this week."]] .. pinned
  end,

  notes = [[The go/no-go. Every option has a constituency in the room: the
    Commissioner's word to the legislature, the vendor contract, the families
    who would get wrong SNAP benefits, the cost of keeping the mainframe. Ask
    what evidence would change each person's mind, and who should set the exit
    criteria. Note the money on both sides: a blanket delay pays for months of
    mainframe support and vendor time; a statewide go-live with severe defects
    risks payment errors, which from 2028 cost the state a share of benefits.]],

  choice {
    id = "hold",
    text = "Hold March 3 statewide and accept Corvant's documented workarounds, with every severe defect fixed during the ninety days of hypercare",
    score = { business_acumen = 1, balancing_strategic_focus_and_agility = -2, improving_health_outcomes = -1,
              effective_decision_making = -1 },
    effects = { federal = -5 },
    feedback = [[Holding the date keeps faith with the legislature, avoids paying
      for months more of the mainframe, and every go-live has some defects. But
      these are severe: families would get the wrong SNAP benefit and older
      people's renewals would go astray, across the whole state at once, and
      workarounds move defects from Corvant's list onto caseworkers' desks in
      the hardest weeks they will have.]],
    next = function(s) s.mode = "statewide"; return "federal" end,
  },
  choice {
    id = "penalties",
    text = "Hold March 3, invoke the contract's late-delivery remedies, and require Corvant to add fifty developers at its own cost",
    score = { managing_conflict_and_negotiating = 1, business_acumen = 1, balancing_strategic_focus_and_agility = -1,
              planning_for_action = -1, effective_decision_making = -1 },
    effects = { readiness = 3, federal = -3 },
    feedback = [[Using the contract's leverage is part of managing a vendor, and
      the state should not pay for Corvant's lateness. But fifty new developers
      seven weeks out spend their first month learning the system, and late
      software rarely gets faster by adding people. The date still rests on the
      defects being fixed in time, only now with a vendor on the defensive.]],
    next = function(s) s.mode = "statewide"; s.penalties = true; return "federal" end,
  },
  choice {
    id = "delay",
    text = "Postpone go-live everywhere by four months, until every severe defect is fixed and IV&V rates the system green",
    score = { improving_health_outcomes = 1, planning_for_action = 1, balancing_strategic_focus_and_agility = -1,
              business_acumen = -1, managing_resources = -1 },
    effects = { readiness = 12, federal = -3, ownership = -5 },
    feedback = [[Refusing to go live with severe defects protects families, and
      more time will produce a more stable system. But a blanket delay costs
      millions in mainframe support and vendor time, runs up against June's
      support deadline, and tells staff that this project, like the last three,
      never quite arrives. A smaller go-live would have bought the learning
      without the wait.]],
    next = function(s) s.mode = "delayed"; return "federal" end,
  },
  choice {
    id = "phased",
    text = "Go live on March 3 in two regions only, and widen in waves once exit criteria are met: no severe defects, accuracy at today's level",
    score = { balancing_strategic_focus_and_agility = 3, effective_decision_making = 2, measuring_performance = 1,
              business_acumen = 1, managing_resources = 1, improving_health_outcomes = 1 },
    effects = { readiness = 10, federal = 8 },
    feedback = [[You kept the commitment and the momentum while limiting the harm
      any one defect can do, without paying for months of mainframe support
      across the whole state. Exit criteria written in advance, in terms of
      accuracy and timeliness for families, turn each later go/no-go into a
      judgment about evidence rather than nerve. You will need to explain to the
      budget committee why "March 3" now means two regions.]],
    next = function(s) s.mode = "phased"; return "federal" end,
  },
}

-- Go-live. How far timeliness falls depends on how much is switched on at
-- once (s.mode), how ready the system and the process are, how much the
-- frontline owns the change, and how much work the redesign took out of the
-- process. launch_drop only computes (scene "go_live" shows it); the
-- narration's `next` applies it, so the debrief does not pin it on the
-- federal call.
local function launch_drop(s)
  local base = ({ statewide = 18, delayed = 11, phased = 6 })[s.mode]
  if s.late_pilot then base = 8 end
  local redesign = ({ targeted = -4, full = 6, vendor = 2, none = 0 })[s.redesign]
  local drop = base - (s.readiness - 40) / 4 - (s.ownership - 40) / 5 + redesign
  if s.outage then drop = drop + 3 end
  return math.min(30, math.max(3, math.floor(drop + 0.5)))
end

-- Good process does not buy good luck: one go-live in four loses the link
-- to state wage records for most of a day, whatever was done to prepare.
-- Decided once, as the federal call ends, so the go-live text and its next
-- agree.
local function to_go_live(s)
  s.outage = s.random(1, 4) == 1
  return "go_live"
end

-- 12345 -> "12,345"
local function thousands(n)
  local str = tostring(math.floor(n))
  return (str:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", ""))
end

scene "federal" {
  title = "Week 11",
  speaker = "Deborah Lin, SNAP Systems Lead, FNS Regional Office",
  text = function(s)
    local plan
    if s.mode == "statewide" then
      plan = [["You're going statewide on March 3 with twenty-nine severe
        defects," Deborah says. "Our guidance expects a pilot before a statewide
        SNAP rollout. If you go ahead, we will be watching your numbers weekly,
        and I can't promise you how that ends."]]
    elseif s.mode == "phased" then
      plan = [["Two regions first is what we like to see," Deborah says. "What
        we need to know is what you'll show us before you expand."]]
    else
      plan = [["Four more months," Carl says. "That changes the funding request,
        and we haven't seen a revised one."]]
    end
    return [[Deborah Lin of the Food and Nutrition Service (FNS), which oversees
      SNAP, has asked for a call with you and Carl Jensen from the Medicaid
      regional office of the Centers for Medicare & Medicaid Services (CMS).
      Both agencies receive the IV&V reports, and both have read this one.

      "Your SNAP payment error rate was 9.4% for fiscal 2025," Deborah says.
      "That's better than the national rate, about 10.6%, so you're clear of
      the old penalty. But you know the new law. From fiscal 2028 any state at
      6% or more pays part of its own benefits, and at your rate that's a
      tenth of them. The year you go live is the year that sets your share for
      2030. Now you're changing the system that does the calculation." Carl
      adds that CMS approves the enhanced federal funding for Front Door one
      planning document at a time.

      ]] .. plan .. [[ Then the question they both came with: "What's your
      plan?"]]
  end,

  notes = [[A close call between learning the money first and opening up at
    once: both are sound, and the debrief shows what each gives up. The facts
    worth having straight: the state's 9.4% error rate is below the national
    rate, so there is no penalty under the old liability rules, but under the
    2025 budget law every state at 6% or more pays part of its SNAP benefits
    from fiscal 2028, and the rate in the year of go-live sets the share for
    fiscal 2030.]],

  choice {
    id = "report",
    text = "Send the standard monthly status report and Corvant's recovery plan, and offer a full briefing once the severe defects are fixed",
    score = { communication = -1, communicating_with_internal_and_external_audiences = -1,
              engaging_stakeholders = -1 },
    effects = { federal = -10 },
    feedback = [[Sending the documents you owe them is correct as far as it goes,
      and briefing when you have good news is a natural instinct. But the
      federal partners fund most of this project and answer for SNAP accuracy
      nationally; hearing the bad news late, or from IV&V first, is what turns
      a partner into an auditor.]],
    next = to_go_live,
  },
  choice {
    id = "apd",
    text = "Take an hour first with your federal funding lead on what the approved plans commit you to, and what the error rate will cost",
    score = { technical_learning = 3, business_acumen = 2, planning_for_action = 1 },
    effects = { federal = 5 },
    feedback = [[An hour learning exactly what the state has promised, what
      enhanced match depends on, and what each point of error rate will cost
      from 2028 lets you answer Deborah and Carl in their own terms. Most
      deputies leave this to the finance office and get surprised by it later.
      The call is an hour later and a little less open than it might have
      been, but far better informed.]],
    next = function(s) s.knows_apd = true; return to_go_live(s) end,
  },
  choice {
    id = "commissioner",
    text = "Ask Commissioner Nolan to call both regional administrators and give them her personal assurance on the plan",
    when = function(s) return s.mode ~= "statewide" end,
    score = { engaging_stakeholders = 1, communication = 1, communicating_with_internal_and_external_audiences = -1,
              collaborating_and_working_in_teams = -1 },
    effects = { federal = -2 },
    feedback = [[Engaging at the senior level has its place, and the regional
      administrators will take the Commissioner's call. But Deborah and Carl
      asked you specific questions, and answering them with reassurance from
      above tells them the working relationship is not where the truth will
      come from.]],
    next = to_go_live,
  },
  choice {
    id = "pilot_now",
    text = "Take the warning: switch to a two-region pilot with exit criteria, and tell Nolan and the budget committee why, today",
    when = function(s) return s.mode == "statewide" end,
    score = { balancing_strategic_focus_and_agility = 3, receiving_feedback = 2, effective_decision_making = 2 },
    effects = { readiness = 8, federal = 8 },
    feedback = [[Changing course on the word of the people who will judge your
      results is not weakness; it is telling a real signal from noise. A pilot
      limits the harm any defect can do, and saying why to the Commissioner and
      the committee today, before they hear it elsewhere, keeps their trust.]],
    next = function(s) s.mode = "phased"; s.late_pilot = true; return to_go_live(s) end,
  },
  choice {
    id = "share",
    text = "Share everything now: the full defect list, what each defect means for families, your go-live criteria, and ask what they need to see",
    score = { communication = 2, communicating_with_internal_and_external_audiences = 2, engaging_stakeholders = 1 },
    effects = { federal = 12 },
    feedback = [[You told the federal partners the truth, including the parts
      that make you look bad, and asked what evidence would satisfy them.
      Regulators who see the whole picture early tend to help solve problems
      rather than document them. You answered before you knew what the error
      rate will cost the state, though, and Carl's questions about enhanced
      funding will need a second call.]],
    next = function(s) s.fed_open = true; return to_go_live(s) end,
  },
}

-- ---------------------------------------------------------------- Go-live

scene "go_live" {
  title = "Go-live day",
  text = function(s)
    local where
    if s.mode == "phased" then
      where = [[At 6 a.m. on March 3, Front Door opens in the Eastfield and
        Riverton regions, eleven offices in all. The rest of the state stays on
        the green screens.]]
    elseif s.mode == "delayed" then
      where = [[At 6 a.m. on July 7, four months late and after an emergency
        extension of the mainframe support contract, Front Door opens in all
        forty-eight offices at once. The green screens go read-only at noon.]]
    else
      where = [[At 6 a.m. on March 3, Front Door opens in all forty-eight
        offices at once. The green screens go read-only at noon.]]
    end
    local drop = launch_drop(s)
    local outage = ""
    if s.outage then
      outage = [[ On the second morning the link to state wage records goes
        down for nine hours. Corvant and the state's data center each say the
        fault is on the other side, and nobody can prove it either way.]]
    end
    local how
    if drop <= 4 then
      how = "The queues are long but moving, and the first week is hard rather than frightening."
    elseif drop <= 12 then
      how = "Defects and unfamiliar screens slow every office, and the queues grow faster than they shrink."
    else
      how = "The task queues swell past anything the plan imagined, and some offices stop answering their phones."
    end
    return where .. [[


      By noon the online portal has taken three times the daily forecast. Many
      of the applications come from people who never finished the paper form:
      parents applying from their phones after a night shift, older adults with
      a grandchild typing beside them. ]] .. how .. outage .. ([[


      By the end of the first week, the share of applications across the state
      decided within federal time limits has gone from %d%% to %d%%.]]):format(s.timeliness, s.timeliness - drop)
  end,
  next = function(s)
    s.timeliness = s.timeliness - launch_drop(s)
    -- A bad start costs federal confidence as well.
    if s.timeliness < 80 then
      s.federal = s.federal - (80 - s.timeliness) // 2
    end
    return "first_weeks"
  end,
}

scene "first_weeks" {
  title = "Two weeks after go-live",
  speaker = "Yolanda Pierce, Director of Field Operations",
  text = function(s)
    local waiting = (88 - s.timeliness + 4) * 350
    local offices
    if s.teams == "full" then
      offices = [[Most offices' go-live teams have already changed their routines
        twice. In Eastfield, the team has quietly rebuilt something like the old
        caseloads: small groups take every task for the same families, so nobody
        has to learn a household from scratch.]]
    elseif s.teams == "loose" and s.mode == "phased" then
      offices = [[Seven of the eleven live offices have taken up the queues; four
        have not, and are running two ways of working side by side.]]
    elseif s.teams == "loose" then
      offices = [[Some offices have taken up the queues; eleven have not, and are
        running two ways of working side by side.]]
    elseif s.teams == "pilot" then
      offices = [[Eastfield and Riverton's go-live teams have reorganized their
        days twice already; elsewhere, offices follow the playbook and the
        trainers' hotline has a two-hour wait.]]
    else
      offices = [[Offices are following the playbook, and the trainers' hotline
        has a two-hour wait.]]
    end
    return [[The task queues hold ]] .. thousands(waiting) .. [[ items waiting
      for a caseworker. Staff who do not yet trust the queues are printing
      screens and keeping paper logs "in case the system loses it."]] .. " " .. offices .. [[


      You have worked eighty-hour weeks since go-live, and so has most of your
      team. Yolanda asks what you want to do about the queues.]]
  end,

  choice {
    id = "mandate",
    text = "Order an end to paper logs and side systems: everyone works in the new queues, and supervisors confirm it each day",
    score = { managing_work = 1, managing_change = -2, developing_directing_and_delegating = -1 },
    effects = { ownership = -10, timeliness = -3 },
    feedback = [[Paper logs alongside a new system are a real risk to accuracy,
      and a clear, quick decision has value in a crisis. But the logs are a
      symptom of distrust, not its cause; policing them teaches people to hide
      their workarounds, which you then cannot learn from, and supervisors
      checking compliance are not clearing the queue.]],
    next = function(s) s.mandate = true; return s.timeliness < 80 and "news" or "showcase" end,
  },
  choice {
    id = "overtime",
    text = "Authorize paid overtime six days a week for a month, so that families waiting for food get their decisions while the queues settle",
    score = { managing_work = 2, improving_health_outcomes = 1, resiliency = -2, managing_resources = -1 },
    effects = { timeliness = 5, ownership = -6 },
    feedback = [[Overtime does clear work, and families waiting for food cannot
      wait for a better process. But a team already working eighty-hour weeks
      at the top, and long days on the floor, will not last a month of six-day
      weeks, and the overtime bill lands on a budget that did not plan for it.
      Your most experienced people are the ones with options elsewhere.]],
    next = function(s) s.overtime = true; return s.timeliness < 80 and "news" or "showcase" end,
  },
  choice {
    id = "huddles",
    text = "Start a fifteen-minute huddle in each office every morning to split the work, and clear one blocker list with Corvant daily",
    score = { managing_work = 3, developing_directing_and_delegating = 2, leading_innovation = 1, resiliency = -1 },
    effects = function(s)
      if s.teams == "full" then
        s.ownership = s.ownership + 6; s.timeliness = s.timeliness + 4
      else
        s.ownership = s.ownership + 3; s.timeliness = s.timeliness + 3
      end
    end,
    feedback = [[Daily huddles put the people closest to the work in charge of
      organizing it, and one triage list that you work in person gets blockers
      fixed in days rather than weeks. Offices that find a better way to split
      the work can show the others. It costs you every afternoon, on top of
      eighty-hour weeks, and it helps less where no go-live team exists yet.]],
    next = function(s) s.huddles = true; return s.timeliness < 80 and "news" or "showcase" end,
  },
  choice {
    id = "portal_off",
    text = "Take the online application offline for two weeks so that staff can catch up on everything that has already come in",
    score = { managing_work = 1, leading_innovation = -2, improving_health_outcomes = -1,
              effective_decision_making = -1 },
    effects = { timeliness = 4, federal = -6, ownership = -2 },
    feedback = [[It relieves the queue, and the surge is real. But the portal is
      working exactly as hoped, reaching people the paper form never did, and
      switching it off shuts them out. SNAP applicants also have the right to
      file on the day they ask, so the work comes in by phone and paper anyway,
      and FNS will want to know why the front door was closed.]],
    next = function(s) s.portal_off = true; return s.timeliness < 80 and "news" or "showcase" end,
  },
}

-- Five weeks after go-live: a reporter if the numbers are bad, a launch event
-- if they are good. Both test how you talk about a change that is not done.

scene "news" {
  title = "Five weeks after go-live",
  speaker = "Colleen Brady, Reporter, the Tribune",
  text = function(s)
    return ([[Colleen has a story for tomorrow's front page. Angela Morris, a
      mother of three in Riverton, applied for food assistance thirty-four days
      ago; federal rules allow thirty. She has been to the office three times,
      and last time a caseworker told her "the new system lost it." Teresa
      Vance of Legal Aid is quoted saying her office is preparing a lawsuit
      over SNAP delays.

      Across the state, %d%% of applications are now decided on time. Ms.
      Morris has agreed to be named. "Does the deputy commissioner want to
      respond?"]]):format(s.timeliness)
  end,

  notes = [[A decision where the familiar "go on record and apologize" move is
    not the strongest. SNAP and Medicaid confidentiality rules bar the agency
    from discussing an applicant's case without her written consent, even
    after she has spoken to the press. Ask the room how to be open about the
    system without talking about the person, and whether fixing one family's
    case in response to a reporter is fair to the families without one.]],

  choice {
    id = "numbers",
    text = "Have Ms. Morris's case decided today, and give Colleen the statewide numbers and your plan on the record, but nothing on her case",
    score = { communicating_with_internal_and_external_audiences = 2, improving_health_outcomes = 1,
              technical_learning = 1 },
    effects = { federal = 4, ownership = 2, timeliness = 1 },
    feedback = [[You were open about the system, with real numbers and a plan the
      public can hold you to, while keeping to the rules that bar discussing an
      applicant's case without her written consent. Deciding her case today is
      right; the story will still say the agency "would not comment" on Ms.
      Morris, and some readers will hear that as hiding.]],
    next = function(s) s.owned_it = true; return "measures" end,
  },
  choice {
    id = "own_it",
    text = "Go on the record: apologize to Ms. Morris by name, give the real numbers and what you are doing, and set the date of your next update",
    score = { communicating_with_internal_and_external_audiences = 2, resiliency = 1, technical_learning = -1 },
    effects = { federal = 2, ownership = 3 },
    feedback = [[You stayed steady, took responsibility in public and gave people
      a date to judge you by, and caseworkers saw their leader in front of them.
      But talking about Ms. Morris's application, even to apologize, discloses
      her case without a signed release; counsel will ask why, and Legal Aid
      may add it to the complaint.]],
    next = function(s) s.owned_it = true; return "measures" end,
  },
  choice {
    id = "legal_aid",
    text = "Skip the interview; call Teresa Vance instead, get Ms. Morris's case decided today, and give Legal Aid a weekly list of overdue cases",
    score = { engaging_stakeholders = 2, improving_health_outcomes = 1, communicating_with_internal_and_external_audiences = -1 },
    effects = { timeliness = 2, federal = 1 },
    feedback = [[Fixing the family's case and giving advocates a way to flag the
      next hundred is real help, and Teresa may hold off on the lawsuit. But
      the story still runs tomorrow with no word from the agency, and the
      public's picture of Front Door will be drawn without you.]],
    next = function(s) s.legal_aid = true; return "measures" end,
  },
  choice {
    id = "privacy",
    text = "Decline to discuss any individual case, citing confidentiality rules, and issue a short statement that the new system is stabilizing",
    score = { technical_learning = 1, communicating_with_internal_and_external_audiences = -2 },
    effects = { federal = -2 },
    feedback = [[The confidentiality rule is real, and you kept to it. But
      "stabilizing" is what every agency says in every one of these stories.
      Readers will hear an institution protecting itself, and the families
      still waiting will hear nothing at all.]],
    next = "measures",
  },
  choice {
    id = "blame",
    text = "Explain on the record that the delays trace to the vendor's severe defects, and that Corvant is being held to its contract",
    score = { communicating_with_internal_and_external_audiences = -1, collaborating_and_working_in_teams = -1, resiliency = -1 },
    effects = { federal = -3, ownership = -2 },
    feedback = [[Some of it is true, and it is tempting to make sure the public
      knows. But the state chose the vendor, the date and the rollout, and the
      public holds you responsible for all three. Blaming a partner in the
      paper also sours the one working relationship you most need to get the
      defects fixed.]],
    next = function(s) s.blamed_vendor = true; return "measures" end,
  },
}

scene "showcase" {
  title = "Five weeks after go-live",
  speaker = "Jared Fenn, Governor's Communications Director",
  text = function(s)
    local caution
    if s.mode == "phased" then
      caution = [["We're only live in two regions," you point out. "Even better,"
        Jared says. "Then the rest of the state has something to look forward
        to."]]
    else
      caution = [[Yolanda tells you quietly that the queues are still fragile,
        and that the first big batch of renewals has not yet run through the new
        system.]]
    end
    -- Two regions take far fewer applications than the whole state, and fewer
    -- still if the portal was switched off for two weeks.
    local taken = s.mode == "phased" and (s.portal_off and "nine" or "twelve")
      or (s.portal_off and "thirty" or "forty")
    local portal = "the portal has taken"
    local off = ""
    if s.portal_off then
      portal = "the portal, back online after its two weeks offline, has taken"
      off = [[ Nobody in the Governor's office seems to remember that the
        portal was switched off for two of its five weeks.]]
    end
    return ([[Jared is delighted. Front Door is holding up: %d%% of
      applications are decided on time, and %s %s thousand applications, a
      third of them at night or at weekends. The Governor wants a launch event
      at the Eastfield office next week under the banner "Help in twenty
      minutes, from your phone."]]):format(s.timeliness, portal, taken) .. off .. " " .. caution .. [[


      Caseworkers have heard about the event. Some are proud. Others are asking
      whether anyone will mention that they worked Saturdays to make it
      happen.]]
  end,

  choice {
    id = "victory",
    text = "Let the Governor declare Front Door a success at his event; it is his announcement, and the staff have more than earned some good news",
    score = { engaging_stakeholders = 1, communication = -2, communicating_with_internal_and_external_audiences = -1 },
    effects = { federal = -4, ownership = -6 },
    feedback = [[Good news is rare, and letting elected leaders share it keeps the
      Governor's office on your side. But declaring victory before renewals
      have run through the system sets up a harder story in three months, and
      the federal partners will notice the gap between the podium and your
      reports. The people who made it work will notice they were not named.]],
    next = function(s) s.victory = true; return "measures" end,
  },
  choice {
    id = "decline",
    text = "Decline the event until the whole rollout is finished, so that nobody has to walk any of it back in three months' time",
    score = { planning_for_action = 1, communication = -1, communicating_with_internal_and_external_audiences = -1,
              engaging_stakeholders = -1 },
    effects = { ownership = -2 },
    feedback = [[Caution about celebrating early is healthy. But saying no to
      the Governor's office costs you goodwill you may need, and it passes up
      the chance to tell staff and the public, accurately, that something is
      going right. Silence is also a message.]],
    next = "measures",
  },
  choice {
    id = "release",
    text = "Offer a written release with the numbers instead, credit each office by name, and keep the teams on the queues",
    score = { communication = 1, communicating_with_internal_and_external_audiences = 1, managing_work = 1 },
    effects = { federal = 1, ownership = 1 },
    feedback = [[A factual release is accurate and low-risk, it credits the
      offices, and it keeps everyone's attention on the queues, where the
      harder weeks are still ahead. But it misses the moment to show the public, in human terms,
      what a better front door looks like, and the Governor's office wanted a
      moment, not a paragraph.]],
    next = "measures",
  },
  choice {
    id = "honest_event",
    text = "Do the event with two caseworkers and a family at the front, and say plainly what works, what is untested, and what comes next",
    score = { communication = 2, communicating_with_internal_and_external_audiences = 2,
              collaborating_and_working_in_teams = 1 },
    effects = { ownership = 4, federal = 3 },
    feedback = [[You gave the Governor his good news and kept it true. Putting
      caseworkers and a family at the front shares the credit where it belongs,
      and naming what is still untested protects everyone from the story that
      follows an over-promise. It also took a day of your own and the Eastfield
      team's time in a week the queues could ill afford.]],
    next = function(s) s.honest_event = true; return "measures" end,
  },
}

scene "measures" {
  title = "Six weeks after go-live",
  speaker = "Kwame Asante, Performance Analyst",
  text = function(s)
    local union = ""
    if s.union == "joint" then
      union = [[ The joint design group agreed that no one would be disciplined
        on system data in the first year; the regional managers want to publish
        the rankings anyway, "for information."]]
    elseif s.union == "side_letter" then
      union = [[ Your side letter with the union promises that system data will
        never be used in anyone's evaluation. The regional managers say a
        ranking is not an evaluation.]]
    end
    local renewals = ""
    if s.redesign == "targeted" or s.redesign == "full" then
      renewals = [[ One good number stands out: 41% of Medicaid renewals now
        complete automatically from data, up from 9% under the green screens.]]
    end
    return [[Front Door produces 140 standard reports. The one the regional
      managers have fallen for is Corvant's dashboard ranking every caseworker
      by tasks closed per hour.]] .. union .. [[


      Kwame has looked underneath it. "Tasks per hour are highest where people
      take the easy tasks and leave the hard ones," he says. "An address change
      closes in a minute. A family with self-employment income sits for a
      week." The first federal case reviews put SNAP accuracy on the new system
      at 92%, and ]] .. s.timeliness .. [[% of applications are decided on
      time.]] .. renewals
  end,

  choice {
    id = "federal_only",
    text = "Report only what carries federal money, timeliness and payment accuracy, and put every office's effort into the error rate",
    score = { business_acumen = 2, effective_decision_making = 1, measuring_performance = 1, leading_innovation = -1 },
    effects = { federal = 3 },
    feedback = [[Focusing on the measures that carry federal consequences is
      disciplined: each point of SNAP error rate will cost the state millions a
      year from 2028, and you ended the rankings argument. But timeliness and
      accuracy say nothing about whether the redesign is working for families,
      such as how many renewals need no paperwork or how often people call
      back, so you cannot tell what to keep and what to change.]],
    next = "candor",
  },
  choice {
    id = "rankings",
    text = "Publish the rankings weekly, as the managers want; staff have asked how they compare, and what gets measured usually gets done",
    score = { managing_work = 1, measuring_performance = -2, managing_change = -2 },
    effects = { ownership = -12, timeliness = 2 },
    feedback = [[Visible numbers can lift effort, and the rankings will move the
      easy tasks faster. But they reward exactly the cherry-picking Kwame
      found, push the hardest families to the back of the queue, and tell staff
      the new system is a way to watch them. Measures used to rank people stop
      being measures people are honest with.]],
    next = function(s) s.rankings = true; return "candor" end,
  },
  choice {
    id = "wait",
    text = "Hold off on new measures for two months, until the data settles and Kwame can vouch for what the numbers actually show",
    score = { technical_learning = 1, measuring_performance = -1, managing_work = -1 },
    effects = { federal = -4, timeliness = -2 },
    feedback = [[New systems do produce messy data, and refusing to act on numbers
      nobody has checked is a fair instinct. But the weeks after go-live are
      when measures matter most, and without them problems are found by
      reporters and advocates rather than by you. Imperfect numbers used
      carefully beat none.]],
    next = "candor",
  },
  choice {
    id = "family_measures",
    text = "Give every office five measures of what families experience, its own beside the state's, weekly; nobody is ranked",
    score = { measuring_performance = 3, developing_directing_and_delegating = 1, managing_change = 1 },
    effects = { ownership = 5, federal = 5, timeliness = 1 },
    feedback = [[Days from application to decision, cases settled at first
      contact, accuracy, renewals done without paperwork, repeat calls: you
      chose outcomes for families over activity by workers, and gave them to
      teams to steer by rather than to managers to rank with. Accuracy is on
      the page but not singled out, so the error rate gets less attention than
      its price would justify.]],
    next = function(s) s.family_measures = true; return "candor" end,
  },
}

scene "candor" {
  title = "Seven weeks after go-live",
  speaker = "Loretta Haynes, Eligibility Specialist III, Eastfield County",
  text = function(s)
    local opening
    if s.loretta == "book_team" then
      opening = [[Loretta's test team has become something like the conscience
        of the project, and she asks to see you alone.]]
    else
      opening = [[Loretta asks to see you. You have not really spoken since she
        brought you the Book.]]
    end
    local charge
    if s.teams == "full" or s.teams == "pilot" then
      charge = [["You keep saying the teams own this. Then you overrule them.
        Eastfield changed how we split interviews, and your office sent it back
        for 'consistency.' Twice."]]
    else
      charge = [["You said this would be our system. Nobody on the floor has been
        asked anything since training."]]
    end
    local more = ""
    if s.rankings and s.overtime then
      more = [[ She is not finished. "Since the rankings went up, people hide the
        hard cases at the bottom of the queue. And they're tired. Two of my best
        left last month."]]
    elseif s.rankings then
      more = [[ She is not finished. "Since the rankings went up, people hide the
        hard cases at the bottom of the queue."]]
    elseif s.overtime then
      more = [[ Then, more quietly: "People are tired. Two of my best left last
        month."]]
    end
    return opening .. [[


      ]] .. charge .. [[ She pauses. "And the status reports you get are green
      because the managers are scared to send you red. Riverton has been red
      for three weeks."]] .. more
  end,

  notes = [[Loretta's charge may or may not be fair: the scenario never says
    whether Riverton has really been red for three weeks. Ask the room how a
    leader tests an unwelcome claim without punishing the person who made it,
    and what it costs to go straight to the managers. The seat on the steering
    committee is a real, visible response; the debrief shows what it trades.]],

  choice {
    id = "seat",
    text = "Offer her a seat on the steering committee, so the floor has a standing voice in the room where decisions get made",
    score = { collaborating_and_working_in_teams = 2, receiving_feedback = 1, engaging_stakeholders = 1 },
    effects = { ownership = 4 },
    feedback = [[A frontline voice on the steering committee is worth having, it
      is visible to every office, and it shows you heard her. But she told you
      something about your own decisions and about what your managers will not
      say to you, and a seat at the table does not change either.]],
    next = "tenure",
  },
  choice {
    id = "explain",
    text = "Walk her through the pressures you have been under: forty-eight offices, federal deadlines, no time to consult on everything",
    score = { receiving_feedback = -2, self_awareness = -1 },
    effects = { ownership = -8 },
    feedback = [[The pressures are real, and explaining them honestly is not
      nothing. But she told you something about how you lead and what people
      are afraid to tell you, and an explanation answers a different question.
      She will not bring you the next problem, and neither will anyone she
      tells about this conversation.]],
    next = "tenure",
  },
  choice {
    id = "take_it",
    text = "Ask her for the specifics, put right the first one she names today, and hold a monthly open session whose answers you post",
    score = { receiving_feedback = 3, self_awareness = 1, developing_directing_and_delegating = 1 },
    effects = { ownership = 6, timeliness = 1 },
    feedback = [[You listened without defending, asked for specifics, and changed
      something she will see by tomorrow, which is what makes feedback feel safe
      to give. The open sessions, with your answers posted, show every office
      that red news reaches you and gets a response. They also take an evening
      a month that you will not always have.]],
    next = function(s) s.took_feedback = true; return "tenure" end,
  },
  choice {
    id = "ask_managers",
    text = "Ask the regional managers, before the day is out, why the status reports on your desk do not match what she is describing",
    score = { measuring_performance = 1, receiving_feedback = 1, developing_directing_and_delegating = -1, self_awareness = -1 },
    effects = { ownership = -3 },
    feedback = [[You took the warning seriously and went to check the reporting,
      which is more than many leaders do. But turning it straight into an
      inquiry of the managers makes them defensive, may expose Loretta as the
      source, and skips the harder question of what about you makes red
      reports feel unsafe to send.]],
    next = "tenure",
  },
}

scene "tenure" {
  title = "Nine weeks after go-live",
  speaker = "Patricia Nolan, Commissioner of Human Services",
  text = function(s)
    local stage
    if s.mode == "phased" then
      stage = "Nine regions and thirty-seven offices have still to go live."
    else
      stage = "The whole state is live; the hard part now is making the new way of working stick."
    end
    return [[Nolan closes her door. "I'm leaving at the end of next month. The
      Governor isn't running again, and I've been offered something I can't
      turn down." She has been commissioner for two years and two months, about
      average for the job; the green screens have outlasted thirteen
      commissioners before her.

      "Whoever comes next will want their own people," she says. "You might
      have a year. You might have three months." ]] .. stage .. [[


      "So what do you do with the time you've got?"]]
  end,

  choice {
    id = "lock_in",
    text = "Push every remaining change through in the next six weeks, while you still have her backing to clear the way",
    score = { balancing_strategic_focus_and_agility = -2, managing_change = -1, managing_work = -1 },
    effects = { readiness = -8, timeliness = -5, ownership = -4 },
    feedback = [[Using a sponsor's backing while you have it is smart politics,
      and decisions made now are decisions a successor must actively undo. But
      racing a change to beat a leadership transition puts the timetable of the
      people at the top ahead of the readiness of the people doing the work,
      and what is rushed in is easy for a successor to rip out.]],
    next = function(s) s.rushed = true; return "next_wave" end,
  },
  choice {
    id = "embed",
    text = "Write the new ways of working into the manual, the union agreement and the funding plan; name two frontline leads to run it",
    score = { managing_change = 3, planning_for_action = 2, developing_directing_and_delegating = 2, communication = 1 },
    effects = { ownership = 8, federal = 4 },
    feedback = [[Leaders in these jobs rarely stay long, so a change that lives
      in one person's head is only as durable as that person's tenure. Writing
      it into the agency's standing documents, briefing the transition team,
      and handing real leadership to people who will still be there is how a
      change survives the next commissioner, and the one after that.]],
    next = function(s) s.embedded = true; return "next_wave" end,
  },
  choice {
    id = "stay",
    text = "Spend the month making the case to the incoming team that you should stay on and finish the job you started",
    score = { resiliency = 1, managing_change = -1, self_awareness = -1 },
    effects = { ownership = -2 },
    feedback = [[Continuity has real value, and you know the project better than
      anyone who might replace you. But making yourself the guarantee of the
      change makes the change depend on you, and a month spent on your own
      position is a month not spent on the people who will carry Front Door
      whoever is deputy.]],
    next = function(s) s.stayed = true; return "next_wave" end,
  },
  choice {
    id = "wait_new",
    text = "Hold new commitments until the new commissioner arrives and sets a direction, and keep the rollout steady and staffed in the meantime",
    score = { engaging_stakeholders = 1, balancing_strategic_focus_and_agility = -1, resiliency = -1, managing_change = -1 },
    effects = { ownership = -5, timeliness = -3, federal = -2 },
    feedback = [[Respecting a new leader's right to set direction is proper, and
      big commitments can reasonably wait. But a half-finished rollout cannot
      idle for months, and staff who see the project stall at the first change
      of leadership conclude, again, that this too shall pass.]],
    next = "next_wave",
  },
}

-- Whether the pilot has met the exit criteria set in week ten or eleven (if
-- it was).
local function criteria_met(s)
  return s.readiness >= 50 and s.timeliness >= 82
end

scene "next_wave" {
  title = "Twelve weeks after go-live",
  speaker = "Yolanda Pierce, Director of Field Operations",
  text = function(s)
    if s.mode == "phased" then
      local status
      if criteria_met(s) then
        status = [[Kwame's numbers say the exit criteria are met: no severe
          defects open, and accuracy and timeliness in the pilot regions at
          least as good as before.]]
      elseif s.readiness < 50 and s.timeliness < 82 then
        status = [[Kwame's numbers say the pilot is close but not there: four
          severe defects are still open, and timeliness in the pilot regions
          is below what the green screens managed.]]
      elseif s.readiness < 50 then
        status = [[Kwame's numbers say the pilot is close but not there:
          timeliness in the pilot regions has recovered, but four severe
          defects are still open.]]
      else
        status = [[Kwame's numbers say the pilot is close but not there: the
          severe defects are fixed, but timeliness in the pilot regions is
          below what the green screens managed.]]
      end
      return [[The two pilot regions have run on Front Door for twelve weeks. ]]
        .. status .. [[ Nine regions and thirty-seven offices remain. Corvant
        has a central schedule ready; Yolanda has a different idea.]]
    end
    return ([[Front Door has been live everywhere for twelve weeks, and %d%%
      of applications are decided on time. Some offices have steadied; others,
      mostly the big urban ones, are still buried, and their families are
      waiting longest. Yolanda wants a decision on how to get them out.]]):format(s.timeliness)
  end,

  notes = [[Two different decisions, depending on the path. After a phased
    go-live, the question is how to spread a change that worked in eleven
    offices: peers, a central schedule, or one weekend. After a statewide
    go-live, it is how to rescue the offices still buried. In both, the
    central or federal route is a defensible call, close to the strongest;
    ask the room what each costs the frontline's sense that this is theirs.
    Federal flexibilities depend on goodwill and, sometimes, on luck.]],

  -- When the rollout was phased: how to take it statewide.
  -- When the whole state is live: how to rescue the offices still buried.
  -- The two sets are interleaved so that each screen shows four choices.
  choice {
    id = "one_weekend",
    text = function(s)
      if criteria_met(s) then
        return "Go statewide in a single weekend: the pilot has proved the system, and running two systems costs money every week"
      end
      return "Go statewide in a single weekend: the pilot is close enough, and running two systems costs money every week"
    end,
    when = function(s) return s.mode == "phased" end,
    score = { business_acumen = 1, balancing_strategic_focus_and_agility = -2, managing_work = -1, managing_change = -1 },
    effects = function(s)
      s.timeliness = s.timeliness - (criteria_met(s) and 6 or 14)
      s.ownership = s.ownership - 4
    end,
    feedback = [[A single cutover ends the cost of running two systems, and the
      pressure to finish is real. But eleven offices that have had twelve weeks
      to learn are not thirty-seven that start cold, and switching them all at
      once throws away both the staged approach and the exit criteria you set
      to make exactly this call.]],
    next = function(s) s.one_weekend = true; return "verdict" end,
  },
  choice {
    id = "flex",
    text = "Ask FNS and CMS for temporary relief, SNAP interview waivers and a hold on Medicaid paperwork terminations, while you clear the backlog",
    when = function(s) return s.mode ~= "phased" end,
    score = { technical_learning = 2, business_acumen = 1, balancing_strategic_focus_and_agility = 1,
              effective_decision_making = 1 },
    effects = function(s)
      -- Partners who trust you usually say yes; not always. Partners who do
      -- not, mostly say no.
      s.flex_asked = true
      if s.federal >= 45 and s.random(1, 4) > 1 then
        s.timeliness = s.timeliness + 6
        s.flex_granted = true
      else
        s.timeliness = s.timeliness + 2
      end
      s.federal = s.federal + 1
    end,
    feedback = [[Knowing which federal rules can bend, and asking for the right
      relief under a plan the partners can approve, is technical knowledge used
      well: it takes work off the queues without cutting anyone's benefits.
      Renewals still fall due on the law's schedule, six-monthly for expansion
      adults; what CMS can allow is keeping people covered while their stuck
      paperwork is worked.
      Whether you get the relief depends on how much the partners trust you by now, and
      partly on their own calendar. It leaves the offices' own ways of working
      where they were.]],
    next = "verdict",
  },
  choice {
    id = "central",
    text = "Expand on Corvant's central schedule, with the central trainers leading each wave: predictable, already budgeted, and easy to report on",
    when = function(s) return s.mode == "phased" end,
    score = { managing_work = 1, planning_for_action = 1, effective_decision_making = 1, business_acumen = 1,
              developing_directing_and_delegating = -1 },
    effects = { timeliness = -3, ownership = -2 },
    feedback = [[An orderly schedule run by professionals is defensible, easy to
      budget and easy to explain to the federal partners. But it wastes the
      most valuable thing the pilot produced: caseworkers who know how to make
      the change work and could teach it to their peers.]],
    next = "verdict",
  },
  choice {
    id = "coach_teams",
    text = "Send caseworkers from offices that have steadied to coach the struggling ones, each of which sets its own recovery plan",
    when = function(s) return s.mode ~= "phased" end,
    score = { managing_change = 2, developing_directing_and_delegating = 2, collaborating_and_working_in_teams = 2 },
    effects = { timeliness = 6, ownership = 8 },
    feedback = [[Caseworkers who have just got an office through the change are
      the most credible help a struggling office can get, and a recovery plan
      the office writes itself, against shared measures, is one it will follow.
      The offices that lend their best people slow down for a few weeks while
      they are away.]],
    next = function(s) s.coached = true; return "verdict" end,
  },
  choice {
    id = "mentor_waves",
    text = "Expand in waves of six offices, each coached by a pilot-office team, and let each go live when its own team signs the checklist",
    when = function(s) return s.mode == "phased" end,
    score = { managing_change = 3, developing_directing_and_delegating = 2, collaborating_and_working_in_teams = 1,
              planning_for_action = -1 },
    effects = function(s)
      s.ownership = s.ownership + 6
      s.readiness = s.readiness + 5
      s.timeliness = s.timeliness + (criteria_met(s) and 2 or 0)
    end,
    feedback = [[Peers who have just been through the change are the most
      credible coaches there are, and the go/no-go rests with the people who
      will live with it, against a checklist everyone shares. The change now
      spreads through the frontline rather than being delivered to it, at the
      price of a schedule that is harder to promise to anyone.]],
    next = function(s) s.waves = true; return "verdict" end,
  },
  choice {
    id = "green_screens",
    text = "Switch the worst-hit counties back to the green screens until the new system settles, so their families are served now",
    when = function(s) return s.mode ~= "phased" end,
    score = { improving_health_outcomes = 1, managing_change = -2, balancing_strategic_focus_and_agility = -1,
              technical_learning = -1 },
    effects = { timeliness = -4, ownership = -4, federal = -6 },
    feedback = [[Going back to what worked is an understandable instinct when
      families are waiting. But the green screens have been read-only since
      go-live; reversing means converting cases back, splitting families'
      records across two systems, and telling every office that the old way is
      still available if they hold out.]],
    next = "verdict",
  },
  choice {
    id = "extend",
    text = "Extend the pilot by another six months, so the severe defects and the renewal season are behind you before anyone else moves",
    when = function(s) return s.mode == "phased" end,
    score = { improving_health_outcomes = 1, planning_for_action = 1, balancing_strategic_focus_and_agility = -1,
              managing_change = -1, business_acumen = -1 },
    effects = { federal = -4, ownership = -6 },
    feedback = [[Caution protects the families in the offices still to come, and
      more time will find more defects. But the mainframe support contract is
      running out, the pilot offices are carrying two systems' worth of
      difficulty, and the rest of the state is watching the change stall
      again. Exit criteria exist so that you can decide.]],
    next = "verdict",
  },
  choice {
    id = "turnaround",
    text = "Bring in a Corvant turnaround team to work the backlog in the worst offices, paid from the contract's hypercare budget",
    when = function(s) return s.mode ~= "phased" end,
    score = { managing_work = 1, technical_learning = -2, developing_directing_and_delegating = -1 },
    effects = { timeliness = 2, federal = -8, ownership = -6 },
    feedback = [[Extra hands are what a backlog needs, and Corvant knows its
      system. But SNAP eligibility must be decided by state merit-system staff,
      and Medicaid determinations by the state agency, so contractors can do
      only part of the work; FNS will ask what they touched. Offices also learn
      that when things get hard, someone else is sent in.]],
    next = "verdict",
  },
}

-- ---------------------------------------------------------------- Endings

-- The verdict: every ending begins after you have gone. Short tenure is the
-- norm in these jobs; what matters is what keeps working without you.

scene "verdict" {
  title = "Nine months after go-live",
  text = function(s)
    local extra = ""
    if s.stayed then
      extra = " Your case for staying bought you three more months; it did not change the outcome."
    end
    return [[The new commissioner, Dr. Ruth Adeyemi, has brought in her own
      deputy for Front Door. You have handed over the binder, with its
      crossed-out names and now one more.]] .. extra .. [[


      What follows is what the project looks like a year after go-live,
      without you.]]
  end,
  next = function(s)
    if s.timeliness < 70 then return "backlog" end
    if s.federal < 35 then return "federal_hold" end
    if s.redesign == "none" or s.redesign == "vendor" then return "new_screens" end
    if s.ownership < 50 or (s.ownership < 60 and not s.embedded) then return "borrowed_time" end
    return "front_door"
  end,
}

local function epilogue(s, borrowed)
  local lines = {}
  if s.flex_granted then
    if s.timeliness >= 80 then
      lines[#lines + 1] = [[The interview waivers FNS granted that spring, and the
        hold CMS allowed on paperwork terminations, ran out on schedule; by then
        the stuck renewals had been worked, and the wave of terminations
        everyone feared never came.]]
    else
      lines[#lines + 1] = [[The interview waivers FNS granted that spring, and the
        hold CMS allowed on paperwork terminations, ran out on schedule, and the
        terminations held back came due with much of the backlog still there.]]
    end
  elseif s.flex_asked then
    lines[#lines + 1] = [[FNS turned down the interview waivers that spring, and
      CMS sent the request to hold paperwork terminations back for a revised
      plan; neither letter gave a reason anyone could act on.]]
  end
  if s.loretta == "book_team" then
    lines[#lines + 1] = [[Loretta's test team now maintains the rules library. The
      Book sits on a shelf in the Eastfield break room under a handwritten
      label: "Retired. In case of emergency."]]
  elseif s.loretta == "scan" then
    lines[#lines + 1] = [[Corvant turned forty pages of the Book into requirements.
      The other three hundred and sixty are still in Loretta's drawer, and she
      still uses them.]]
  else
    lines[#lines + 1] = [[Loretta still keeps the Book. It has a new section, for
      Front Door.]]
  end
  if s.redesign == "targeted" then
    lines[#lines + 1] = [[Half of all Medicaid renewals now complete without the
      family having to do anything at all.]]
  elseif s.redesign == "full" then
    lines[#lines + 1] = [[Parts of the new casework model work well; others were
      switched off in the first month and have not come back.]]
  end
  if s.union == "joint" then
    lines[#lines + 1] = [[The joint design group still meets monthly, and the
      union newsletter calls the task queues "ours, mostly."]]
  elseif s.union == "formal" or s.union == "letter" then
    lines[#lines + 1] = [[The union's grievance over the task queues is in
      arbitration.]]
  end
  if s.rankings then
    lines[#lines + 1] = [[The caseworker rankings were quietly withdrawn once the
      hard cases had piled up at the bottom of the queues.]]
  elseif s.family_measures then
    lines[#lines + 1] = [[The one-page family measures still go to every office
      on Monday mornings.]]
  end
  if s.embedded and borrowed then
    lines[#lines + 1] = [[Dr. Adeyemi kept the two frontline leads you
      appointed; they spend their days explaining the manual to managers who
      never asked for it.]]
  elseif s.embedded then
    lines[#lines + 1] = [[Dr. Adeyemi's first all-staff message named the frontline
      leads you appointed, and kept them.]]
  end
  return table.concat(lines, " ")
end

scene "front_door" {
  title = "A year after go-live",
  ending = "A new front door",
  text = function(s)
    return ([[Applying for help now takes most families about twenty-five
      minutes, often on a phone, often at night, and %d%% of applications are
      decided on time. The federal partners approved the next funding period
      without conditions. Your successor inherited a project that did not need
      you to explain it: the people running it day to day are the people who
      do the work, and they would not go back.

      ]]):format(s.timeliness) .. epilogue(s)
  end,
}

scene "borrowed_time" {
  title = "A year after go-live",
  ending = "Running on borrowed time",
  text = function(s)
    local why
    if s.embedded then
      why = [[You wrote the new ways of working into the manuals and the
        agreements, but paper is not ownership: few people on the floor had
        made the change their own, and the documents did not make them.]]
    else
      why = [[The change lived in your office, in your decisions, your fixes
        and your reasons, and it left with you.]]
    end
    return ([[The system works: %d%% of applications are decided on time, and
      the federal reviews are clean. ]]):format(s.timeliness) .. why .. [[
      Within three months of your leaving, supervisors have brought back their
      paper logs, the regional managers are running the queues the old way
      under new names, and nobody on the floor can say who owns Front Door now.
      It was never quite theirs.

      ]] .. epilogue(s, true)
  end,
}

scene "new_screens" {
  title = "A year after go-live",
  ending = "The old process, online",
  text = function(s)
    local phase = [[ Your successor's first memo proposes "Front Door Phase
      Two," at $40 million.]]
    if s.redesign == "none" then
      phase = [[ The second phase you funded was the first thing cut in the
        next lean budget; your successor's first memo proposes it again, as
        "Front Door Phase Two," at $40 million.]]
    end
    local design = ""
    if s.redesign == "vendor" then
      design = [[ Corvant's redesign, the one it had sold to four other states,
        rearranged the screens; it did not remove the steps.]]
    end
    return [[Front Door is live and stable, and its screens are far kinder than
      the green ones.]] .. design .. [[ But families still upload the same pay stubs, Medicaid
      renewals still arrive as packets, and most of the people who lose
      coverage at renewal still lose it over paperwork. The line outside
      Eastfield moved online; it did not get shorter.]] .. phase .. [[

      ]] .. epilogue(s)
  end,
}

scene "federal_hold" {
  title = "A year after go-live",
  ending = "On federal hold",
  text = function(s)
    local hold
    if s.mode == "phased" and not s.one_weekend then
      hold = [[FNS has declined to approve expansion beyond the pilot regions,
        and CMS has made the next period of enhanced funding conditional on a
        new independent review.]]
    else
      hold = [[FNS has placed the state's SNAP program under a corrective action
        plan, and CMS has made the next period of enhanced funding conditional
        on a new independent review.]]
    end
    return [[Applications are moving, but the federal partners stopped trusting
      what they were told. ]] .. hold .. [[ Your successor spends six months
      rebuilding two working relationships, and the project's budget is frozen
      while she does.

      ]] .. epilogue(s)
  end,
}

scene "backlog" {
  title = "A year after go-live",
  ending = "The families in the queue",
  text = function(s)
    local late = thousands((88 - s.timeliness) * 900)
    local lawsuit
    if s.legal_aid then
      lawsuit = [[Teresa Vance held off for a while, but Legal Aid filed its
        lawsuit over SNAP delays in the end, and it has been certified as a
        class action.]]
    elseif s.visits.news then
      lawsuit = [[Legal Aid's lawsuit over SNAP delays has been certified as a
        class action.]]
    else
      lawsuit = [[Legal Aid sued over SNAP delays as the backlog grew, and the
        case has been certified as a class action.]]
    end
    return ([[At the worst point, %s applications were past their federal deadlines.
      %s FNS has also put the state on a corrective action plan. The system will
      probably be fixed; these projects usually are, in the end. But for months
      the cost of the change was paid by the people it was meant to serve:
      parents who went to food banks while their applications waited, and older
      adults whose coverage lapsed between one system and the next.

      ]]):format(late, lawsuit) .. epilogue(s)
  end,
}
