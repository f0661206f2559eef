-- The First 72 Hours
--
-- Five weeks into the job, a county health officer gets the call every health
-- officer dreads: measles, confirmed by the state lab, in an unvaccinated
-- seven-year-old from Millbrook, the county's least-vaccinated community.
-- Before anyone suspected measles she sat in a church service, the first
-- morning of school at a church-run academy, an urgent care waiting room and
-- an emergency department. A dose of MMR protects an exposed person only if
-- it is given within 72 hours; immune globulin for babies and pregnant women
-- works for six days. The clocks were running before the phone rang.
--
-- The scenario is about resiliency and communication in the spotlight. A
-- viral post, a TV reporter, an angry county supervisor, a state health
-- department offering help on its own terms, exhausted nurses, a community
-- that remembers the county closing its church in 2020, and the player's own
-- fatigue all arrive inside three days. The player is new: the relationships
-- that would make this easier have not been built yet, so the scenario
-- rewards leaders who borrow the relationships of others (the director of
-- nursing, the town's family doctor), hold the public-health rule without
-- using it as a club, match effort to the exposure clocks, tell the truth
-- about data that lags, pace themselves and their staff, and listen.
--
-- Meters:
--   reached   exposed people protected (%): by vaccine, immune globulin or
--             proof of immunity, or at home in quarantine. Capped at 95,
--             because some are never found. New exposures dilute it unless
--             they are worked. Below 50 means "long_tail"; it also sets the
--             final case count (final_cases).
--   trust     trust between the department and Millbrook, and the wider
--             public. Below 45 means "closed_doors" rather than "held".
--   staff     the department's stamina. Falls every night; choices slow or
--             speed the fall. Below 30 means "running_on_empty".
--   reserves  your own reserves: sleep, judgment, patience. Falls every
--             night too. Below 30 means "running_on_empty".
--
-- Flags on `s` carry choices forward. The main ones:
--   s.ics, s.solo, s.asked_state, s.late       how hour 0 went
--   s.sequenced, s.fairgrounds, s.ig_first     how the first night was spent
--   s.met_pastor, s.order, s.closed            how the academy was approached
--   s.hollis                                   Dr. Hollis is on your side
--                                              (unlocks choices in "reporter"
--                                              and "town_meeting")
--   s.state_team, s.state_press, s.state_led   how the state's help was taken
--   s.harlan = "ally" | "neutral" | "hostile"  the supervisor, read in the
--                                              epilogue (his resolution)
--   s.infants_missed, s.replanned, s.overload  the child care exposure
--   s.taped, s.taped_cut, s.live, s.hollis_tv   how the press was met
--                                              (taped_cut: the station's edit,
--                                              one time in three, by s.random)
--   s.donna_heard, s.rested, s.unreachable, s.listened, s.plan, ...
-- The verdict scene reads the four meters to choose the ending; the
-- epilogue reads the flags to say what became of the people in it.

scenario {
  id = "first-72-hours",
  title = "The First 72 Hours",
  role = "Health Officer, Calder County Health Department",
  summary = "September 2026, in a state whose health officers may keep students without proof "
         .. "of immunity out of school in an outbreak. Five weeks into the job, the state lab calls: measles, "
         .. "in an unvaccinated seven-year-old from the county's least-vaccinated community. "
         .. "Before anyone knew, she sat in a church, a school, an urgent care and an emergency "
         .. "room. By CDC guidance a vaccine dose protects the exposed only within 72 hours, "
         .. "immune globulin within six days, and the clocks started days ago.",
  minutes = 25,
  start = "lab_call",
  meters = {
    reached  = { label = "Exposed people protected (%)", value = 38, max = 95, order = 1 },
    trust    = { label = "Community trust", value = 40, order = 2 },
    staff    = { label = "Staff stamina", value = 60, order = 3 },
    reserves = { label = "Your own reserves", value = 70, order = 4 },
  },
  reflection = {
    "You arrived five weeks before the outbreak. Whose relationships did you borrow in the first 72 hours, and which relationship do you most wish you had built before hour 0?",
    "The three-week exclusion rule was lawful and medically sound. Where did enforcing it help, and where did the way it was enforced cost you the cooperation it depended on?",
    "Your count, the state's count and the public's sense of the outbreak rarely matched. How did you explain numbers that lag behind reality, and who heard your explanation first?",
    "When did you notice your own fatigue shaping a decision? What would a sustainable schedule for the health officer, not only for the staff, look like in the next outbreak?",
    "The state offered help on its own terms. What should a local health officer keep in local hands during a crisis, and what should they gladly give away?",
  },
  closing = "Name one person outside your department you will get to know in your first "
         .. "ninety days, before you need them, and say how you will start.",
}

-- A few helpers used by several scenes. They keep no state of their own:
-- everything that changes lives in `s`.

local function para(parts)
  return table.concat(parts, "\n\n")
end

-- The final size of the outbreak follows from how many exposed people were
-- protected in the first three days.
local function final_cases(s)
  if s.reached >= 85 then return 6 end
  if s.reached >= 70 then return 9 end
  if s.reached >= 50 then return 14 end
  if s.reached >= 35 then return 27 end
  return 41
end

-- Whether the state's nurses arrived on Thursday: every answer to Dr. Lin
-- but "decline" brings them.
local function took_state_nurses(s)
  return s.state_team or s.state_press or s.state_led
end

-- ---------------------------------------------------------------- Wednesday

scene "lab_call" {
  title = "Wednesday, 2:05 p.m. (hour 0)",
  speaker = "Samir Haddad, Epidemiologist",
  text = [[
    Samir is in your doorway with his laptop open. "State lab just called.
    The PCR is positive. It's measles."

    The patient is a seven-year-old girl from Millbrook, on the county's east
    side, back ten days from visiting family overseas. She has never been
    vaccinated. Before anyone suspected measles she spent Sunday morning at
    Grace Fellowship Church's service and potluck, Monday morning at the first
    day of school at Grace Fellowship Academy, Monday afternoon in the waiting
    room of the QuickCare urgent care in Calder, and the small hours of
    Tuesday in the emergency department at Calder Regional, where a sharp
    night-shift physician masked her, isolated her and swabbed her throat.

    "Measles hangs in the air for two hours after she leaves a room," Samir
    says. "For anyone without immunity, a vaccine dose helps only if it goes
    in within 72 hours of exposure. For the church, that window has already
    closed. For the academy, it starts closing at eight tomorrow morning."
    Most of the people in those rooms are probably immune already, but so
    far he can prove it for fewer than four in ten.

    Before coming to you he made one call, to the family. The girl traveled
    with her aunt and her four-year-old cousin, and neither has any record
    of vaccination: Samir has told both to stay at home in quarantine for 21
    days from their last contact with her, and the aunt to call in sick to
    her job at a grocery store. Neither is ill today.

    You have been the county's health officer for five weeks. You have met the
    board, most of your sixty-four staff, and almost nobody in Millbrook.
  ]],

  notes = [[The first hour decides who does what for the next six weeks. Draw
    out why a new leader reaches for the phone herself (it feels like leading)
    or for the rulebook (it feels safe), and what each costs against a clock.
    Ask the room who in their own agency would hold clinics, investigation and
    the public on day one, and whether those people know it yet.]],
  choice {
    id = "do_it_yourself",
    text = "Call the academy's principal and the girl's mother yourself, right now, so the two people who matter most hear it from the top, not a form",
    score = { engaging_stakeholders = 1, managing_work = -2, developing_directing_and_delegating = -1 },
    effects = { reached = 4, reserves = -10 },
    feedback = [[The principal and the mother both deserved a call from someone
      senior, and they got one within the hour. But while you were on the
      phone, nobody was deciding where thirty staff should be at six o'clock,
      and nobody asked QuickCare for its sign-in sheet. In the first hour a
      health officer's job is to make everyone else effective, not to be the
      busiest person in the building.]],
    next = function(s) s.solo = true; return "clocks" end,
  },
  choice {
    id = "ask_state",
    text = "Ring the state epidemiologist and ask the state to lead; nobody in this department has run a measles response in twenty years",
    score = { self_awareness = 1, effective_decision_making = -1, planning_for_action = -1 },
    effects = { reached = 2 },
    feedback = [[Knowing what your department has not done before is honest, and
      the state will be an essential partner. But its team cannot be on the
      ground before tomorrow, and the academy's window closes in the morning.
      The clocks in this outbreak are local, and someone local had to start
      them today.]],
    next = function(s) s.asked_state = true; return "clocks" end,
  },
  choice {
    id = "incident_structure",
    text = "Set up incident command: Donna on clinics, Samir on investigation, Jenna on the public, you on command; a first briefing at 3:00",
    score = { planning_for_action = 3, managing_work = 2, developing_directing_and_delegating = 1 },
    effects = { reached = 6, staff = 5, reserves = -2 },
    feedback = [[Naming who owns what, and what the next twenty-four hours are
      for, made every later decision faster. It put the people who know the
      county in charge of what they know best and freed you for the calls
      only a health officer can make. Departments that skip this step spend
      day two untangling who promised what to whom.]],
    next = function(s) s.ics = true; return "clocks" end,
  },
  choice {
    id = "read_first",
    text = "Spend an hour with the state's measles guidance before you direct anyone, and call the senior team together at 4:30",
    score = { technical_learning = 2, effective_decision_making = -2, managing_work = -1 },
    effects = { reserves = -3 },
    feedback = [[Wanting to know the rules before you lead is sound, and new leaders
      rightly fear bluffing in front of veteran staff. But your epidemiologist
      and your director of nursing already know this guidance, and two and a
      half hours is an eighth of the academy's remaining window. You could
      have learned it alongside them, in the briefing.]],
    next = function(s) s.late = true; return "clocks" end,
  },
}

scene "clocks" {
  title = "Wednesday afternoon (hour 1)",
  speaker = "Samir Haddad and Donna Pruitt, Director of Nursing",
  text = function(s)
    local opening
    if s.solo then
      opening = [[You have spent the hour on the phone. The academy's principal,
        Janet Voss, is frightened and cooperative; the girl's mother cried and
        then hung up. Nobody has yet asked QuickCare for its sign-in sheet.]]
    elseif s.asked_state then
      opening = [[The state's on-call epidemiologist was kind and clear: a team
        can come tomorrow, and until then the response is yours.]]
    elseif s.late then
      opening = [[It is 4:30 by the time the team sits down. Donna has already
        started calling nurses in on her own authority.]]
    else
      opening = [[At three o'clock the team is at the conference table, and the
        whiteboard has three columns, one for each owner.]]
    end
    return para {
      opening,
      [[Samir lists the exposures and their clocks:]],
      [[- Church, Sunday morning: about 260 people. The vaccine window closed
          at lunchtime today. What is left is immune globulin, for babies,
          pregnant women and people with weak immune systems, through Saturday.
        - Academy, Monday morning: 186 students and 22 staff. Last year's
          report shows 71 students with exemptions. The vaccine window closes
          between 8 a.m. and noon tomorrow.
        - QuickCare waiting room, Monday 4:00 to 6:30 p.m.: about 40 people,
          several with babies. The window closes tomorrow around 8:30 p.m.
        - Calder Regional emergency department, early Tuesday: 23 people in
          the waiting room. The window closes before dawn on Friday.]],
      [["We have 230 doses of MMR in the fridge," Donna says, "and the hospital
        has immune globulin for maybe ten babies. I have nine nurses, and two of
        them are on leave." Where does the first night's effort go?]],
    }
  end,

  notes = [[A close call between focus and sequence. Putting everything on the
    academy is defensible: the most unprotected children, the shortest clock.
    Sequencing asks ten minutes of the leader's attention to learn which clock
    is which. Let the room argue for each before showing the debrief, and ask
    what the fairgrounds clinic would have bought politically.]],
  choice {
    id = "sequence",
    text = "Have Samir show you who is unprotected where, then work clock by clock, and order more vaccine today",
    score = { technical_learning = 2, managing_resources = 2, planning_for_action = 2 },
    effects = { reached = 12 },
    feedback = [[Ten minutes of learning bought a plan that matched the effort to
      the clocks: the academy tonight, the urgent-care list tomorrow before
      its window shuts, immune globulin for the high-risk by Saturday, and
      supply ordered before it runs out. You also learned that immune
      globulin has six days, not three, which kept tonight from being spent
      on the wrong emergency.]],
    next = function(s) s.sequenced = true; return "academy" end,
  },
  choice {
    id = "academy_only",
    text = "Put every nurse and investigator on the academy tonight: it has the most unprotected children and the shortest window",
    score = { effective_decision_making = 2, improving_health_outcomes = 2, planning_for_action = -1,
              managing_resources = 1 },
    effects = { reached = 10 },
    feedback = [[You picked the right first target and concentrated on it, which
      is what a short clock rewards. But "everything" left the urgent-care
      families, whose window closes tomorrow evening, with nobody working
      their list tonight, and nobody asked the state for more vaccine. A
      sequence would have kept the second clock running behind the first.]],
    next = "academy",
  },
  choice {
    id = "fairgrounds",
    text = "Announce a walk-in MMR clinic at the fairgrounds tomorrow, so the worried have somewhere to go and the phone lines calm down",
    score = { communicating_with_internal_and_external_audiences = 1, managing_resources = -2,
              balancing_strategic_focus_and_agility = -1 },
    effects = { reached = 3, staff = -8 },
    feedback = [[A big public clinic answers the fear you can feel building, and it
      gives Jenna something to say tonight. But most people who come will
      already be immune, your 230 doses will go to the worried rather than
      the exposed, and the families who actually sat in those rooms may not
      come at all. In an outbreak, the people to reach first are named on a
      list, not standing in a queue.]],
    next = function(s) s.fairgrounds = true; return "academy" end,
  },
  choice {
    id = "ig_first",
    text = "Start tonight with immune globulin for the exposed babies and pregnant women, the people measles harms most",
    score = { improving_health_outcomes = 2, technical_learning = -1, effective_decision_making = -1 },
    effects = { reached = 7 },
    feedback = [[Protecting the people at highest risk is the right instinct:
      measles is most dangerous for babies and in pregnancy. But immune
      globulin works up to six days after exposure, while the academy's
      vaccine window closes in the morning. Spending tonight on the longer
      clock risked losing the shorter one.]],
    next = function(s) s.ig_first = true; return "academy" end,
  },
}

scene "academy" {
  title = "Wednesday, 5:10 p.m. (hour 3)",
  speaker = "Donna Pruitt, Director of Nursing",
  text = function(s)
    local staffing = ""
    if s.ig_first then
      staffing = [[ With most of the nurses at the hospital on immune globulin,
        the earliest Donna can staff anything at the academy is 6:30 tomorrow
        morning.]]
    elseif s.fairgrounds then
      staffing = [[ Two of her nurses are already loading a van for tomorrow's
        fairgrounds clinic.]]
    end
    return para {
      [["Janet Voss will do what we ask if she can," Donna says. "But Grace
        Fellowship runs the school, and Pastor Dale Everly runs Grace
        Fellowship." Janet has already told her that one of the academy's
        teachers is in the middle of chemotherapy.]] .. staffing,
      [[She does not need to explain 2020; you have heard it from three people
        already. During the pandemic the county ordered the church closed for
        six weeks, and sheriff's deputies wrote citations in its parking lot
        on Easter Sunday. Your predecessor, Dr. George Ames, signed that
        order.]],
      [[The rule itself is clear. As health officer you may keep any student
        or teacher who cannot show immunity out of school through the 21st day
        after exposure, three weeks from Monday. A first MMR dose within 72
        hours lets a child stay in school. A child given immune globulin
        instead is watched for 28 days, because it can stretch the
        incubation.]],
      [["Dale won't take a call from a name he doesn't know," Donna adds. "He
        knows me from twelve years of WIC clinics out there. He doesn't know
        you yet."]],
    }
  end,

  notes = [[The rule is lawful and medically sound; the question is how it
    arrives. Ask who in the room has held a rule that a community experienced
    as an attack, and what made the difference. Draw out the county
    attorney's case for the written order and the sheriff: it is the advice
    many leaders would get, and it is not wrong on the law.]],
  choice {
    id = "order_and_sheriff",
    text = "Issue the exclusion order in writing tonight, and brief the sheriff's office in case the academy refuses to comply",
    score = { improving_health_outcomes = 1, engaging_stakeholders = -2,
              communicating_with_internal_and_external_audiences = -1 },
    effects = { trust = -15, reached = 4 },
    feedback = [[The order is lawful, it protects the teacher on chemotherapy, and
      lining up enforcement is what a cautious county attorney would advise.
      But in Millbrook a letter on county letterhead followed by a call to
      the sheriff read as 2020 again, from a health officer nobody there had
      met. You got compliance from some families and a fight from the rest,
      and the fight ate the vaccine window.]],
    next = function(s) s.order = true; return "midnight" end,
  },
  choice {
    id = "go_in_person",
    text = function(s)
      -- On the ig_first path the nurses are at the hospital tonight.
      local when = s.ig_first and "at 6:30 tomorrow" or "tonight"
      return "Drive out with Donna to see Pastor Everly and Principal Voss, name 2020 first, and ask to host a gym clinic "
        .. when
    end,
    score = { engaging_stakeholders = 3, communicating_with_internal_and_external_audiences = 2,
              improving_health_outcomes = 1 },
    effects = { trust = 12, reached = 11, reserves = -4 },
    feedback = [[You borrowed the relationship you did not yet have, Donna's, and
      spent your own evening where it counted. Naming the history first took
      some of the sting out of it, and asking the school to host made the
      clinic theirs rather than the county's. You still had to hold the rule,
      but you held it face to face.]],
    next = function(s) s.met_pastor = true; s.hollis = true; return "midnight" end,
  },
  choice {
    id = "form_letter",
    text = "Email the academy the state's exclusion letter and FAQ tonight, and open the department's clinic at seven for its students",
    score = { managing_work = 1, improving_health_outcomes = 1, engaging_stakeholders = -1,
              communicating_with_internal_and_external_audiences = -1 },
    effects = { trust = -4, reached = 5 },
    feedback = [[Efficient and correct, with a clean paper trail and a clinic on
      offer. But a form letter is the least persuasive way to ask frightened
      parents for something hard, and asking them to drive to the county seat
      before work, in the last hours of the window, meant most did not. The
      right message sent the wrong way mostly goes unread.]],
    next = "midnight",
  },
  choice {
    id = "voluntary_closure",
    text = "Ask the academy to close for three weeks of its own accord, so no family is sorted into vaccinated and exempt",
    score = { managing_conflict_and_negotiating = 1, systems_thinking = -2, improving_health_outcomes = -1 },
    effects = { trust = 2 },
    feedback = [[Closure feels even-handed and avoids a painful conversation about
      who is vaccinated, so the school was glad to agree. But it kept 115
      immune children home for nothing, and sent 71 exposed, unprotected
      children into youth group, grocery stores and grandparents' kitchens,
      where nobody watches for a rash. It offered no vaccine while the window
      was still open.]],
    next = function(s) s.closed = true; return "midnight" end,
  },
}

scene "midnight" {
  title = "Wednesday, 11:40 p.m. (hour 9)",
  speaker = "Jenna Park, Public Information Officer",
  text = function(s)
    local evening, post
    if s.met_pastor and s.ig_first then
      evening = [[Pastor Everly listened with his arms folded, then agreed to
        open the gym at 6:30 tomorrow morning, before the window starts to
        close. Dr. Miriam Hollis, who has doctored Millbrook for thirty-one
        years, called Donna to say she would be there with her own bag. The
        nurses spent the evening at the hospital giving immune globulin to
        five babies and two pregnant women.]]
      post = [["Health dept came to our church school tonight pushing shots.
        My kids are healthy and now they could be BANNED for three weeks.
        Pray for our families."]]
    elseif s.met_pastor then
      evening = [[The gym clinic ran until ten. Pastor Everly listened with his
        arms folded and then, to Donna's surprise, stood at the door greeting
        families by name. Dr. Miriam Hollis, who has doctored Millbrook for
        thirty-one years, arrived unasked with her own bag. Twenty-nine
        students and two teachers got a first dose; forty-two exempt students
        did not, and will have to stay home for three weeks.]]
      post = [["Health dept was at our school tonight pushing shots. My kids
        are healthy and now they're BANNED for three weeks. Pray for our
        families."]]
    elseif s.order then
      evening = [[The academy's board has answered your order with a one-line
        statement: it will "consult counsel." Nine families have called the
        department's line asking where a child can get a shot before the
        deadline; the only answer tonight is the county office, when it opens
        at eight. Nobody from the school has called.]]
      post = [["The county called the SHERIFF on a church school. Again. My
        kids are banned for a MONTH unless they get a shot by tomorrow
        morning."]]
    elseif s.closed then
      evening = [[The academy has agreed to close until the end of the month.
        Principal Voss sounded relieved. Nobody has been vaccinated.]]
      post = [["They shut our school for a MONTH because one child got sick.
        No warning, no respect. Who's next?"]]
    else
      evening = [[Eleven families have called to say they will bring children to
        the department's clinic at seven. The academy forwarded your
        letter to parents without comment.]]
      post = [["No warning, no respect. The county says my kids are banned from
        school for a month unless they get a shot by TOMORROW MORNING."]]
    end
    return para {
      evening,
      [[Jenna holds up her phone. A Millbrook mother, Kara Sorensen, posted at
        nine: ]] .. post .. [[ It has 3,400 shares. In the comments, someone
        has named the sick girl's family.]],
      [[Jenna wants to respond tonight. Samir is still building the line
        list: 412 names so far, 190 with phone numbers. You have been awake
        since 5:30 this morning.]],
    }
  end,

  choice {
    id = "all_night",
    text = "Keep the whole team on until the line list is finished; the urgent-care families' window closes tomorrow night",
    score = { improving_health_outcomes = 2, managing_work = -2, resiliency = -1 },
    effects = { staff = -15, reached = 7 },
    feedback = [[The list matters and the urgent-care window closes tomorrow
      evening, so the urgency was real and the list got finished. But nurses
      who left at 3 a.m. were vaccinating children at 7, and errors in dosing
      and record-keeping rise fast with fatigue. Finishing tonight bought a
      few hours at the cost of the team's next three days.]],
    next = function(s) s.all_night = true; return "thursday_dawn" end,
  },
  choice {
    id = "reply_yourself",
    text = "Write the department's reply yourself tonight, correcting each false claim and asking people to stop naming the family",
    score = { communication = 1, resiliency = -2, self_awareness = -1 },
    effects = { reserves = -12, trust = -4 },
    feedback = [[The post is unfair, some of it is false, and the family being named
      needed someone to speak up. But a point-by-point rebuttal at midnight
      from a new health officer, written tired and stung, read as a fight and
      drew more readers than it persuaded. Three calm lines from Jenna would
      have protected the family without the argument.]],
    next = function(s) s.replied = true; return "thursday_dawn" end,
  },
  choice {
    id = "night_alone",
    text = "Send everyone home to sleep and finish the line list yourself tonight, so the whole team starts fresh and rested in the morning",
    score = { managing_work = 1, resiliency = -2, developing_directing_and_delegating = -1 },
    effects = { reserves = -15, staff = 4, reached = 4 },
    feedback = [[Taking the night shift yourself was generous, and the team came
      in rested. But you are the one who must be clear-headed on the morning
      call with the state and the board, and a line list is work your
      investigators do better than you. Protecting the team by spending
      yourself is a trade you can make only once.]],
    next = function(s) s.night_alone = true; return "thursday_dawn" end,
  },
  choice {
    id = "split_the_night",
    text = "Split the night: Samir and one investigator on the urgent-care list, everyone else home; Jenna posts three lines",
    score = { resiliency = 3, managing_work = 2, communication = 1 },
    effects = { reserves = 4, staff = 4, reached = 5, trust = 2 },
    feedback = [[An outbreak is measured in weeks, and this was only the first
      night. You protected the one task that could not wait, sent everyone
      else home, yourself included, and gave the public three true lines to
      hold until the morning update. Leaders who pace the team on night one
      still have a team on day ten.]],
    next = function(s) s.rota = true; return "thursday_dawn" end,
  },
}

-- ---------------------------------------------------------------- Thursday
-- Every night costs the team and you something, whatever you chose. The
-- narration scenes between days apply that cost in their `next`.

scene "thursday_dawn" {
  title = "Thursday, 6:15 a.m. (hour 16)",
  text = function(s)
    local night
    if s.rota then
      night = [[Samir finished the urgent-care list at 1:50 a.m. and left a
        note on your chair: "34 of 40 names have numbers. Calls start at 8."
        You slept five hours, which this week counts as a lot.]]
    elseif s.all_night then
      night = [[The line list was finished at 3:40 a.m. Two nurses slept in
        their cars in the parking lot rather than drive home.]]
    elseif s.night_alone then
      night = [[You finished the line list at 4:15 a.m. and slept on the couch
        in your office. Your neck has opinions about it.]]
    else
      night = [[You slept four hours. Your reply to the post has nine hundred
        comments, most of them angry, and Nicole Tran of Channel 8 has left a
        voicemail quoting it back to you.]]
    end
    local morning = [[The academy's vaccine window starts closing at eight.]]
    if s.met_pastor and s.ig_first then
      morning = [[Donna's nurses are already in the academy gym for a 6:30
        session before the window starts closing at eight.]]
    elseif s.closed then
      morning = [[The academy is dark this morning. Samir has heard that two
        of its families have driven their children to cousins across the
        county line.]]
    end
    return para {
      night,
      morning .. [[ The state health department has asked for a call at
        eight.]],
    }
  end,
  next = function(s)
    s.reserves = s.reserves - 6
    s.staff = s.staff - 6
    if s.order then return "standoff" end
    return "state_call"
  end,
}

scene "standoff" {
  title = "Thursday, 6:45 a.m. (hour 17)",
  speaker = "Sgt. Amy Reinholt, County Sheriff's Office",
  text = [[
    Sergeant Reinholt is calm and plainly unhappy. About thirty parents are
    standing at the academy's gate with their children and hand-lettered
    signs, and one of them is streaming live. Pastor Everly has told the crowd
    that the order is an attack on the church.

    "The sheriff will enforce a lawful order if you ask us to," she says. "He
    would very much prefer that you didn't."

    The academy's vaccine window starts closing in an hour and a quarter.
  ]],

  choice {
    id = "enforce",
    text = "Ask the deputies to enforce the order at the gate: no student without proof of immunity goes in this morning",
    score = { improving_health_outcomes = 1, managing_conflict_and_negotiating = -2, engaging_stakeholders = -2 },
    effects = { trust = -14, reached = 3 },
    feedback = [[The order is lawful, and you owe protection to the teacher on
      chemotherapy and the babies at home. But deputies turning children away
      at a church school's gate, streamed live, became the story of this
      outbreak, and every family who might have come for a shot this morning
      now had a reason not to. Enforcement is sometimes necessary; it is
      rarely the right first tool.]],
    next = "state_call",
  },
  choice {
    id = "suspend",
    text = "Suspend the order for a week to let tempers cool, and use the week to meet the church's leaders properly",
    score = { managing_conflict_and_negotiating = 1, engaging_stakeholders = 1,
              effective_decision_making = -2, improving_health_outcomes = -2 },
    effects = { trust = 4, reached = -6 },
    feedback = [[Calming the scene has real value, and a week of meetings might
      have built what the order skipped. But measles does not pause: a week of
      exposed, unprotected children in classrooms is how the next twenty
      cases begin. A concession that gives away the thing the rule protects
      is not a compromise; it is a retreat.]],
    next = function(s) s.suspended = true; return "state_call" end,
  },
  choice {
    id = "go_to_the_gate",
    text = "Send the deputies back and go to the gate yourself, so the pastor meets a face, not a badge, while nurses offer shots",
    score = { resiliency = 2, managing_conflict_and_negotiating = 2, engaging_stakeholders = 2 },
    effects = { trust = 10, reached = 8, reserves = -6 },
    feedback = [[You absorbed a hostile crowd without escalating, and went toward
      the person with the power to end the standoff. Offering shots at the
      door while you talked kept the window working for the families who
      wanted it. Pastor Everly did not agree with you that morning, but he
      knew your face, and every later conversation started there.]],
    next = function(s) s.talked = true; s.hollis = true; return "state_call" end,
  },
  choice {
    id = "livestream_back",
    text = "Keep the order but pull the deputies out of sight, and have Jenna livestream your explanation from the office",
    score = { communicating_with_internal_and_external_audiences = 2, managing_conflict_and_negotiating = 1,
              engaging_stakeholders = -1 },
    effects = { trust = -2, reached = 2 },
    feedback = [[Pulling enforcement back was wise, and answering a livestream with
      your own got your reasons out to the whole county. But a video from a
      county office speaks to the county; the people at the gate needed
      someone at the gate. You explained the rule without meeting anyone.]],
    next = "state_call",
  },
}

scene "state_call" {
  title = "Thursday, 8:00 a.m. (hour 18)",
  speaker = "Dr. Howard Lin, Deputy State Epidemiologist",
  text = function(s)
    local opening
    if s.asked_state then
      opening = [["You asked us yesterday to lead," Dr. Lin says, not unkindly.
        "I'd rather we didn't try to run Calder County from the capital. But
        here is what I can give you."]]
    else
      opening = [[Dr. Lin has run four measles responses and sounds like it:
        brisk, practical, warm.]]
    end
    return para {
      opening,
      [[By noon he can have two epidemiologists, four nurses and a
        communications lead in Calder, with 500 doses of MMR and more immune
        globulin. He wants your line list in the state's system twice a day.
        And he suggests the state's press office front the media, "so you can
        focus on operations."]],
      [[Donna is listening on the speaker. She says nothing, which you are
        learning means a great deal.]],
    }
  end,

  notes = [[A close call. Letting the state's press office front the media is
    what many experienced officers would do: it frees a small team for
    operations. Folding the state into your own structure keeps one voice and
    one line list, at the cost of your own time in front of cameras. Ask the
    room what a local health officer should keep in local hands, and what to
    give away gladly.]],
  choice {
    id = "nurses_and_press",
    text = "Take the nurses and the vaccine, and let the state's press office front the media so you can run the operation",
    score = { managing_resources = 2, collaborating_and_working_in_teams = 1, managing_work = 1,
              communicating_with_internal_and_external_audiences = -1 },
    effects = { staff = 12, reached = 5 },
    feedback = [[You took the help you most needed and let an experienced press
      office lift a heavy load off a small team, which kept your own days on
      the operation. The price is that the voice residents hear is a
      stranger's from the capital, in a county that already distrusts
      government, and you lose the chance to become someone Calder knows.]],
    next = function(s) s.state_press = true; return "harlan" end,
  },
  choice {
    id = "one_structure",
    text = "Take the whole team into your structure: their epidemiologists under Samir, nurses under Donna, press lead beside Jenna",
    score = { managing_resources = 2, collaborating_and_working_in_teams = 2, self_awareness = 1 },
    effects = { staff = 15, reached = 6 },
    feedback = [[One structure with the state inside it gave you their experience
      without two line lists, two press lines and two sets of instructions
      for families. Your staff kept the relationships they had, and the
      visitors took the work that wears people down. It also kept you in
      front of the cameras, which is a cost as well as a duty.]],
    next = function(s) s.state_team = true; return "harlan" end,
  },
  choice {
    id = "decline",
    text = "Decline the team for now: state badges in Millbrook are what the town fears, and your staff can carry it",
    score = { engaging_stakeholders = 1, managing_resources = -2, self_awareness = -2 },
    effects = { staff = -8, reserves = -4 },
    feedback = [[You read the community correctly: state badges in Millbrook would
      not help by themselves. But a new leader's wish to prove the department
      can cope is often the real reason for saying no, and your nurses were
      on their second fourteen-hour day. Help can be placed where it is
      invisible, in the call center and the data room, without being turned
      away.]],
    next = "harlan",
  },
  choice {
    id = "hand_over",
    text = "Hand the response to the state team; they have run four measles responses and this department has run none",
    score = { self_awareness = 2, effective_decision_making = -1, engaging_stakeholders = -2 },
    effects = { staff = 10, trust = -8, reached = 5 },
    feedback = [[It is honest to admit the state knows measles better than you do,
      and many new leaders would feel relief. But the state team leaves in
      three weeks, and the relationships this outbreak builds or breaks, with
      Millbrook, the board and your own nurses, stay with you. Handing over
      command also told your staff whose judgment you trust.]],
    next = function(s) s.state_led = true; return "harlan" end,
  },
}

scene "harlan" {
  title = "Thursday, 10:15 a.m. (hour 20)",
  speaker = "Supervisor Wes Harlan, Calder County Board of Supervisors",
  text = function(s)
    local opening
    if s.order and s.talked then
      opening = [["I'll grant you went to the gate yourself," Harlan says. "Dale
        told me. But you sent the sheriff there first."]]
    elseif s.order then
      opening = [["You sent deputies to a church school," Harlan says. "Again. I
        watched it on my phone over breakfast."]]
    elseif s.met_pastor then
      opening = [["Dale Everly says you drove out there last night," Harlan
        says. "I appreciate that. What I don't appreciate is hearing about
        measles in my own district from Facebook."]]
    elseif s.closed then
      opening = [["The academy's shut for a month and every parent in Millbrook
        is scared stiff," Harlan says. "And I had to hear about it from
        Facebook."]]
    else
      opening = [["I heard about measles in my own district from Facebook,"
        Harlan says. "Forty calls since seven. Not one of them from you."]]
    end
    local demand = [[He wants the three-week exclusion lifted.]]
    if s.closed then
      demand = [[He wants the academy open again on Monday, for every child.]]
    end
    return para {
      opening,
      [[Harlan farms outside Millbrook and won his seat two years ago on a
        promise that 2020 would never happen again. ]] .. demand .. [[ If he
        does not get it, he will put a resolution on Tuesday's agenda
        requiring board approval for any health order that lasts longer than
        ten days.]],
      [[The board chair, Denise Farrow, has texted you one line: "Call me after
        you talk to Wes."]],
    }
  end,

  choice {
    id = "written_briefing",
    text = "Send him and the other four supervisors the written briefing the press gets at noon, so every one of them hears the same facts",
    score = { communication = 2, communicating_with_internal_and_external_audiences = 1, engaging_stakeholders = -1 },
    feedback = [[One set of facts for everyone is consistent and defensible, and it
      kept you out of a shouting match. But Harlan called for a conversation,
      and a press release in his inbox told him he ranks with the reporters.
      The content was right; the channel was wrong for this audience.]],
    next = function(s) s.harlan = "neutral"; return "reporter" end,
  },
  choice {
    id = "delay_to_monday",
    text = "Offer to hold off on exclusion until Monday, so families have the weekend to decide, if he will stand down the resolution",
    -- Someone who already suspended the order has nothing left to delay.
    when = function(s) return not s.suspended end,
    score = { managing_conflict_and_negotiating = 2, improving_health_outcomes = -2, effective_decision_making = -1 },
    effects = { trust = 4, reached = -8 },
    feedback = [[It was a real negotiation: something he wanted for something you
      needed, and it bought goodwill for Tuesday. But it traded children's
      health for a calmer phone call: every exposed, unprotected child in a
      classroom through Friday is a chance to seed the next round of cases.
      Some things are not yours to bargain with.]],
    next = function(s) s.delayed = true; s.harlan = "neutral"; return "reporter" end,
  },
  choice {
    id = "state_law",
    text = "Tell him plainly that school exclusion rests on state law and is not the board's to vote on, and offer him a briefing",
    score = { communication = 1, engaging_stakeholders = -2, managing_conflict_and_negotiating = -1 },
    effects = { trust = -6 },
    feedback = [[You are right on the law, and a health officer has to be willing to
      say so. But leading with it turned a supervisor who felt blindsided into
      an opponent with a microphone, and handed his resolution its best
      argument. Authority you assert in the first minute is authority you
      defend all week.]],
    next = function(s) s.harlan = "hostile"; return "reporter" end,
  },
  choice {
    id = "brief_him",
    text = function(s)
      -- On the order path Harlan's complaint is the deputies, not Facebook.
      local sorry = s.order and "Apologize that he was not called before the order"
        or "Apologize that he heard it from Facebook"
      return sorry .. ", walk him through what the rule protects, and ask his help with families"
    end,
    score = { communicating_with_internal_and_external_audiences = 2, engaging_stakeholders = 3,
              managing_conflict_and_negotiating = 2 },
    effects = { trust = 8 },
    feedback = [[You owned the miss without giving up the rule, and treated an
      angry elected official as someone with a job to do for the same
      families. Giving him the facts first, and a role, let him go back to his
      constituents with something other than outrage. It cost you forty
      minutes on a morning that had none to spare.]],
    next = function(s) s.harlan = "ally"; return "reporter" end,
  },
}

scene "reporter" {
  title = "Thursday, 1:30 p.m. (hour 23)",
  speaker = "Jenna Park, Public Information Officer",
  text = function(s)
    local parts = {
      [[Nicole Tran of Channel 8 wants you live at five, outside the academy.
        She has already interviewed Kara Sorensen, whose post now has 11,000
        shares, and whose newest line says the MMR shot "gives kids measles."
        It does not: a mild rash after vaccination is not contagious
        measles.]],
    }
    if s.state_press then
      parts[#parts + 1] = [[The state's press office has a statement ready and
        a spokesperson on the road, but Nicole has asked for "the county
        health officer, not a press release."]]
    end
    if s.replied then
      parts[#parts + 1] = [[Your midnight reply is in Nicole's notes. So is a
        screenshot of the comment naming the family.]]
    end
    if s.met_pastor then
      parts[#parts + 1] = [[Dr. Hollis has sent word through Donna that she
        will help "if it's about the kids and not about the county."]]
    elseif s.hollis then
      parts[#parts + 1] = [[Dr. Miriam Hollis, Millbrook's family doctor for
        thirty-one years, stood with the nurses at the academy door this
        morning. She has sent word through Donna that she will help "if it's
        about the kids and not about the county."]]
    end
    parts[#parts + 1] = [[Jenna's advice is short. "Whatever you do, do it by
      five. After five, she runs Kara unanswered."]]
    return para(parts)
  end,

  notes = [[This is not a test of nerve in front of a camera. A live shot
    outside a church school, with excluded children at the gate, is a
    picture the county may not want to make; a taped interview elsewhere, or
    a trusted local doctor, may carry the message further. Ask the room when
    going live is the right call, and what the health officer gives up by
    stepping back from it. Channel 8's edit is luck: discuss how to judge a
    choice apart from how it played.]],
  choice {
    id = "with_hollis",
    text = "Ask Dr. Hollis to tape it with you at her office, not live at the school: she speaks as their doctor, you to the rule",
    -- Only a health officer who has met Dr. Hollis can ask her.
    when = function(s) return s.hollis end,
    score = { communicating_with_internal_and_external_audiences = 2, engaging_stakeholders = 3, self_awareness = 1 },
    effects = { trust = 12, reached = 4, reserves = -4 },
    feedback = [[You paired your authority with her trust, and moved the camera
      away from the children at the academy's gate. Parents who would never
      believe a new county official listen to the doctor who delivered their
      children, and you kept the parts only a health officer can say: the
      rule, the clinics, what comes next.]],
    next = function(s) s.on_tv = true; s.hollis_tv = true; return "daycare" end,
  },
  choice {
    id = "taped",
    text = "Offer Nicole a taped interview at three at the department instead of live at the school, and lead with what families should do",
    when = function(s) return not s.hollis end,
    score = { communicating_with_internal_and_external_audiences = 2, engaging_stakeholders = 2, communication = 1 },
    effects = { trust = 6, reserves = -2 },
    feedback = [[You gave Channel 8 what it needed, the county health officer on
      the record, without a live picture of a county official outside a
      church school where children were being turned away. A taped interview
      lets you say what families should do, why the rule exists and what is
      still unknown. What the station chooses to air is out of your hands.]],
    next = function(s)
      -- Good process, and then the edit suite: one time in three the
      -- station airs only the hardest line.
      s.on_tv = true; s.taped = true; s.taped_cut = s.random(1, 3) == 1
      return "daycare"
    end,
  },
  choice {
    id = "live_yourself",
    text = "Do the live shot at five outside the academy: what families should do, the rule in plain words, and what is still unknown",
    score = { communication = 3, resiliency = 1, engaging_stakeholders = -1 },
    effects = { trust = 5, reserves = -4 },
    feedback = [[Live television cannot be cut to eight seconds, and you used it
      well: what to do, why the rule exists, and that more cases are likely.
      The setting worked against you. A county official at the gate of a
      church school, with excluded children behind the reporter, looked to
      Millbrook like 2020 with better manners.]],
    next = function(s) s.on_tv = true; s.live = true; return "daycare" end,
  },
  choice {
    id = "rebut",
    text = "Go on camera and correct the claims in Kara's post one by one, starting with the false one that the shot itself gives children measles",
    score = { communication = 1, communicating_with_internal_and_external_audiences = -1,
              engaging_stakeholders = -1, resiliency = -1 },
    effects = { trust = -6, reserves = -4 },
    feedback = [[The claims are false and someone had to say so. But a health
      officer rebutting a frightened mother on camera was the picture the
      story was waiting for, and it made every Millbrook parent choose a side.
      Misinformation is corrected better by a plain statement of the facts
      than by an argument with a person.]],
    next = function(s) s.on_tv = true; s.rebutted = true; return "daycare" end,
  },
  choice {
    id = "written_statement",
    text = "Send Nicole a written statement, and ask the academy to send the same facts to every parent on its own email list",
    score = { engaging_stakeholders = 1, communication = 1, communicating_with_internal_and_external_audiences = -2 },
    effects = { trust = -3 },
    feedback = [[A statement cannot be misquoted, and the academy's own list reaches
      the parents who matter most without a camera in sight. But the story
      ran at six either way, and a statement read by an anchor beside Kara's
      face told the wider county that its health officer would not come out.
      Silence on camera is not neutral; it lets someone else speak for you.]],
    next = "daycare",
  },
}

scene "daycare" {
  title = "Thursday, 7:20 p.m. (hour 29)",
  speaker = "Samir Haddad, Epidemiologist",
  text = function(s)
    local urgent
    if s.sequenced then
      urgent = [[The urgent-care window closes at 8:30 tonight, and 34 of its 40
        people have been reached.]]
    else
      urgent = [[The urgent-care window closes at 8:30 tonight, and only 22 of
        its 40 people have been reached.]]
    end
    local tomorrow
    if s.fairgrounds then
      tomorrow = [[Six hundred people queued at today's walk-in clinic at the
        fairgrounds, most of them already immune, and it opens again at nine
        tomorrow.]]
    else
      tomorrow = [[Tomorrow's community clinic at the Millbrook fire hall opens
        at nine.]]
    end
    local nurses
    if took_state_nurses(s) then
      nurses = [[The state's four nurses arrived at noon, and Donna's own have
        worked thirty hours in two days.]]
    else
      nurses = [[Donna's nurses have worked thirty hours in two days, with
        nobody coming to relieve them.]]
    end
    return para {
      [[The second case is confirmed: the girl's four-year-old cousin, at
        home in quarantine since Samir's call on Wednesday. Her rash appeared
        this morning, which means she was contagious from Sunday, and on
        Monday, Tuesday and Wednesday morning, before the call reached her
        mother, she was at Little Acorns Child Care in Calder.]],
      [[Little Acorns has 41 children. Seven are babies too young for routine
        vaccination: the three under six months can only be protected with
        immune globulin, and the four older ones can have an early MMR dose
        while the vaccine window lasts. For Monday's exposure it has closed;
        for Wednesday morning's it closes early Saturday. Immune globulin
        still works for Monday's exposure until Sunday morning.]],
      urgent .. " " .. tomorrow .. " " .. nurses,
    }
  end,

  notes = [[Agility with the strategy still visible. The new case tempts two
    opposite errors: holding the plan because it is the plan, and doing
    everything at once with tired people. Ask what the leader can see from
    here that the nurses cannot, and what the nurses can see that the leader
    cannot, before deciding.]],
  choice {
    id = "close_daycare",
    text = "Order Little Acorns closed for 21 days, so no exposed child shares a room with another until the incubation is over",
    score = { managing_work = 1, systems_thinking = -2, improving_health_outcomes = -1 },
    effects = { reached = -2, trust = -3 },
    feedback = [[Closing a child care center is simple to order and simple to
      check, and it ends the exposure inside its walls. But 41 children, some
      of them incubating, then spent three weeks with grandparents, neighbors
      and other centers, and the seven babies still needed vaccine or immune
      globulin that a closure does not give them. It moved the risk rather
      than reducing it.]],
    next = function(s) s.daycare_closed = true; return "donna" end,
  },
  choice {
    id = "pediatricians",
    text = "Keep tomorrow's plan steady, and ask the Little Acorns parents to take their children to their own pediatricians first thing",
    score = { collaborating_and_working_in_teams = 1, balancing_strategic_focus_and_agility = -2,
              improving_health_outcomes = -2 },
    effects = { reached = -6, trust = -4 },
    feedback = [[Holding a plan steady has value when everything is moving, and
      pediatricians are the natural home for a baby's care. But most private
      offices do not stock immune globulin, and many Calder families have no
      pediatrician at all. A new fact this serious is exactly when the plan
      has to change.]],
    next = function(s) s.infants_missed = true; return "donna" end,
  },
  choice {
    id = "replan",
    text = function(s)
      local clinic = s.fairgrounds and "the fairgrounds clinic" or "the community clinic"
      return "Re-plan tonight: two nurses at Little Acorns at seven for the babies, the urgent-care calls finished, "
        .. clinic .. " a day later"
    end,
    score = { balancing_strategic_focus_and_agility = 3, managing_work = 2, improving_health_outcomes = 2 },
    effects = { reached = 8, staff = -4 },
    feedback = [[You let the new case change the plan, but only where it had to:
      the babies, with the highest stakes, go first, the urgent-care calls
      keep running until that window shuts, and the general clinic moves one
      day with public notice. This is agility with the strategy still
      visible.]],
    next = function(s) s.replanned = true; return "donna" end,
  },
  choice {
    id = "do_it_all",
    text = "Do it all with the nurses you have: Little Acorns tonight, the last urgent-care calls, and tomorrow's clinic exactly as announced to the public",
    score = { improving_health_outcomes = 3, managing_work = -2, balancing_strategic_focus_and_agility = -1 },
    effects = { reached = 10, staff = -18 },
    feedback = [[Refusing to let anything slip reached the most people tonight, and
      it mostly worked. But it asked nurses in their thirty-first hour to draw
      up weight-based doses for babies, where errors are easiest to make, and
      it left nobody fresh for tomorrow. A plan that works only if nobody
      gets tired is not a plan.]],
    next = function(s) s.overload = true; return "donna" end,
  },
}

scene "donna" {
  title = "Thursday, 10:05 p.m. (hour 32)",
  speaker = "Donna Pruitt, Director of Nursing",
  text = function(s)
    local complaint
    if s.overload then
      complaint = [[Two of my nurses cried in the car tonight. One of them drew
        up the wrong dose for a baby and caught it herself, thank God.]]
    elseif s.fairgrounds then
      complaint = [[You announced a clinic for six hundred people on the first
        afternoon without asking me who would staff it.]]
    elseif s.state_led then
      complaint = [[You handed my nurses to a state team that can't find the
        Millbrook fire hall without a map.]]
    elseif s.on_tv and not s.hollis_tv then
      complaint = [[You told Channel 8 there'd be a clinic in Millbrook every day
        this week. Nobody asked me whether we could.]]
    else
      complaint = [[You're making commitments in meetings that my nurses find out
        about from Jenna's posts.]]
    end
    return para {
      [[Donna has run this department's clinics for twenty-two years,
        nineteen of them under Dr. Ames. She puts the weekend's nursing roster
        on your desk without sitting down. Saturday has four empty shifts, and
        Sunday has six.]],
      [["That's the grid," she says. "]] .. complaint .. [[ George would
        have asked us first." Then she waits, coat on, car keys in her hand.
        It is past ten, and she is due back at seven.]],
    }
  end,

  notes = [[A close call, and one where a longer conversation is not
    automatically better. At ten at night, after thirty-two hours, Donna
    needs a decision she can act on and a promise that the rest will be
    heard. Ask the room when "tell me more" serves the person giving the
    feedback, and when it mostly serves the leader receiving it.]],
  choice {
    id = "explain_pressure",
    text = "Tell her what the board, the state and Channel 8 are demanding of you today, so she can see why the promises are being made so fast",
    score = { communication = 1, receiving_feedback = -1, self_awareness = -1 },
    effects = { staff = -6 },
    feedback = [[Everything you said was true, and a director of nursing should
      know what is pressing on her health officer. But meeting feedback with
      your own pressures told her the problem was hers to understand, and
      she will think twice before telling you the next thing. Twenty-two
      years in, she is the person likeliest to see your blind spots first.]],
    next = "friday_dawn",
  },
  choice {
    id = "sign_off_now",
    text = "Agree on the spot that no clinic is announced until she signs off the staffing, send her home, and book Saturday for the rest",
    score = { receiving_feedback = 2, collaborating_and_working_in_teams = 2, resiliency = 2 },
    effects = { staff = 10 },
    feedback = [[You gave her the one change she needed tonight, in a form she can
      see tomorrow, and let a tired nurse go home to sleep. Booking time on
      Saturday told her the rest would be heard, when you both could hear it.
      A short answer that changes how you work can be worth more than a
      long conversation at the end of a long day.]],
    next = function(s) s.donna_heard = true; return "friday_dawn" end,
  },
  choice {
    id = "send_nurses_home",
    text = function(s)
      -- Someone who declined the state team has to ask for it now.
      if took_state_nurses(s) then
        return "Apologize, and stand her nurses down for the weekend; you and the state's nurses will cover the clinics"
      end
      return "Apologize, and stand her nurses down for the weekend; you will ask Dr. Lin tonight for the nurses you turned down"
    end,
    score = { receiving_feedback = 1, managing_resources = 1, managing_work = -1,
              collaborating_and_working_in_teams = -1 },
    effects = { staff = 6, reserves = -10, reached = -3 },
    feedback = [[You took her seriously and acted at once, and her nurses got the
      rest they needed. But she asked for a voice in the plan, not for her
      nurses to be taken off it, and the weekend clinics need people who know
      Millbrook. Over-correcting is its own way of not listening.]],
    next = function(s) s.nurses_off = true; return "friday_dawn" end,
  },
  choice {
    id = "thank_and_ask",
    text = "Ask her to sit down and take you through it: what the nurses need, what you promised that you should not have, and why",
    score = { receiving_feedback = 3, self_awareness = 2, resiliency = -1 },
    effects = { staff = 4, reserves = -4 },
    feedback = [[You asked for specifics, and she gave them: you learned exactly
      what a clinic costs to staff and which of your promises did the damage.
      It was the most useful hour of your week. It was also an hour at the
      end of her thirty-second, and she was back at seven on four hours of
      sleep.]],
    next = function(s) s.donna_heard = true; return "friday_dawn" end,
  },
}

-- ---------------------------------------------------------------- Friday

scene "friday_dawn" {
  title = "Friday, 6:30 a.m. (hour 40)",
  text = function(s)
    local news
    if s.hollis_tv then
      news = [[The clip Channel 8 ran most was Dr. Hollis, looking straight at
        the camera: "I saw a child die of measles in my residency. I would
        rather not see another. Come and talk to me." The post's shares have
        stalled.]]
    elseif s.rebutted then
      news = [[Channel 8 cut your interview to the eight seconds in which you
        said Kara's post was "simply false," and followed it with Kara,
        in tears, at her kitchen table. The post has 19,000 shares.]]
    elseif s.taped_cut then
      news = [[Channel 8 used eleven seconds of your taped interview, the
        line about three weeks out of school, and followed it with Kara in
        tears at her kitchen table. The full interview is on the station's
        website, where Jenna doubts many will find it. The post has 16,000
        shares.]]
    elseif s.live then
      news = [[The live shot went out as you said it, and Jenna says the
        county's comments are kinder than she feared. Millbrook's are about
        where you stood: "at our school gate, again."]]
    elseif s.on_tv then
      news = [[Channel 8 ran most of your interview beside Kara's. Jenna says
        the comments are split, which she counts as a win.]]
    else
      news = [[Channel 8 led with Kara Sorensen in her kitchen, and a line
        from your written statement read by the anchor.]]
    end
    local team
    if s.donna_heard then
      team = [[Donna has posted a staffing grid for the weekend on the
        conference room wall, with days off in it.]]
    elseif s.nurses_off then
      local place = s.fairgrounds and "the fairgrounds are" or "the Millbrook fire hall is"
      if took_state_nurses(s) then
        team = [[The nurses' room is empty. The state's nurses are asking where
          ]] .. place .. "."
      else
        team = [[The nurses' room is empty. The four nurses Dr. Lin sent
          overnight are asking where ]] .. place .. "."
      end
    else
      team = [[The nurses came in on time. Nobody is talking much.]]
    end
    return para { news, team }
  end,
  next = function(s)
    s.reserves = s.reserves - 6
    s.staff = s.staff - 8
    return "numbers"
  end,
}

scene "numbers" {
  title = "Friday, 8:00 a.m. (hour 42)",
  speaker = "Samir Haddad, Epidemiologist",
  text = function(s)
    local parts = {
      [[The count has split three ways, and everyone wants one number.]],
      [[- The state's dashboard, updated at four each afternoon, shows two
          confirmed cases.
        - Samir's line list shows two confirmed, one suspected, and three
          rash illnesses that doctors reported overnight and that are
          probably not measles.
        - The suspected case is the cousin's mother, who traveled with the
          family and has been in quarantine since Wednesday afternoon. Since
          Thursday she has had fever, cough and red eyes, but no rash yet,
          and her blood test will not be back until Saturday. Measles is
          contagious for four days before the rash: if hers comes tomorrow,
          she was contagious on Tuesday, when she worked the checkout at the
          FreshWay grocery in Ridgeway from eleven until seven. The vaccine
          window for Tuesday's shoppers closes between eleven this morning
          and seven tonight; immune globulin works for them until Monday.]],
      [[Board chair Denise Farrow wants "the real number" for a noon
        statement. Nicole Tran has heard about FreshWay.]],
    }
    if s.harlan == "hostile" then
      parts[#parts + 1] = [[Supervisor Harlan has posted that the department
        is "hiding the numbers."]]
    end
    return para(parts)
  end,

  notes = [[A close call on ambiguous information, which the scenario never
    resolves for the player: the aunt may or may not have measles when the
    FreshWay window closes. Naming the store before confirmation risks a
    false alarm and a business's anger; waiting risks shoppers who can no
    longer be protected. Ask the room what "possible exposure" wording they
    would sign, and who should hear the working numbers first.]],
  choice {
    id = "board_in_confidence",
    text = "Give the board your working numbers in confidence, publish confirmed cases, and ask FreshWay to text its loyalty-card shoppers",
    score = { systems_thinking = 2, improving_health_outcomes = 2, engaging_stakeholders = 1, communication = -1 },
    effects = { trust = -1, reached = 2 },
    feedback = [[Using the store's loyalty data reached most of Tuesday's shoppers
      by name, quickly, and briefing the board fully respected its role. But
      two sets of numbers, one private and one public, rarely stay apart for
      a day, and cash customers and passing travelers never heard anything.
      When the working numbers leaked, they looked like something hidden.]],
    next = function(s) s.loyalty = true; return "yourself" end,
  },
  choice {
    id = "confirmed_only",
    text = "Publish the state's confirmed count, and hold any FreshWay notice until the lab confirms or clears the aunt on Saturday",
    score = { technical_learning = 1, communication = -1, improving_health_outcomes = -2 },
    effects = { trust = -2, reached = -6 },
    feedback = [[Waiting for laboratory confirmation is the textbook default, and
      it keeps the county's count in line with the state's. But the result
      arrives after the FreshWay vaccine window closes, so waiting means the
      shoppers cannot act in time if she has measles. The count you publish
      is also out of date by lunchtime, and people notice.]],
    next = "yourself",
  },
  choice {
    id = "hold_everything",
    text = "Publish nothing until the state reconciles its count tomorrow, so the board, the press and the public all hear one figure",
    score = { collaborating_and_working_in_teams = 1, communication = -2, effective_decision_making = -2 },
    effects = { trust = -8, reached = -8 },
    feedback = [[One figure, agreed with the state, is a reasonable goal, and
      mismatched counts do cause confusion. But a day of silence in a story
      this hot was filled by rumor, and the FreshWay shoppers lost their
      chance at a vaccine. Waiting for certainty is itself a decision, and
      here it was the costliest one on the table.]],
    next = "yourself",
  },
  choice {
    id = "daily_update",
    text = "Start a daily update at a fixed hour, each category defined, and name FreshWay's Tuesday hours now, so its shoppers can still act",
    score = { communication = 2, effective_decision_making = 2, improving_health_outcomes = 1,
              measuring_performance = 1 },
    effects = { trust = 6, reached = 4 },
    feedback = [[You matched the message to what the data can show: categories
      that explain themselves, a fixed time so nobody has to hunt, and plain
      warning that counts trail infections by a week or more. Naming FreshWay
      before confirmation was a judgment call; with a closing window and a
      clear "possible", it gave shoppers a chance the lab could not. If the
      aunt's test had come back negative, you would have owed the store a
      public correction.]],
    next = function(s) s.daily_update = true; return "yourself" end,
  },
}

scene "yourself" {
  title = "Friday, 1:40 p.m. (hour 47)",
  text = function(s)
    local sleep
    if s.reserves >= 55 then
      sleep = [[You have slept about eleven hours since Tuesday, more than
        anyone expected of you and less than you need.]]
    elseif s.reserves >= 35 then
      sleep = [[You have slept about seven hours since Tuesday.]]
    else
      sleep = [[You have slept perhaps four hours since Tuesday, and this
        morning you lost a word halfway through a sentence on the board
        call.]]
    end
    local evening
    if s.met_pastor or s.talked then
      evening = [[Pastor Everly has opened the church's fellowship hall for a
        meeting with parents at seven, and asked you to come.]]
    elseif s.harlan == "ally" then
      evening = [[Supervisor Harlan has organized a meeting at the Millbrook
        Grange at seven and asked you to speak.]]
    else
      evening = [[Supervisor Harlan has called a "listening session" at the
        Millbrook Grange at seven. You are invited to speak for ten
        minutes.]]
    end
    return para {
      sleep,
      [[At the one o'clock huddle, Samir's count differed from the state's by
        one, and you heard yourself snap: "I need one number, Samir. One."
        The room went quiet. Samir said "Understood" and looked at the
        table. Your partner has texted twice to ask whether you have eaten.]],
      evening,
    }
  end,

  notes = [[The leader's own fatigue as an operational risk. Ask who in the
    room has been told to rest and heard it as being told they were failing.
    Draw out the difference between resting and being unreachable: the
    decision is about handing over authority, not only about sleep.]],
  choice {
    id = "repair_and_rest",
    text = "Apologize to Samir in front of the same people, hand command to Donna until five, give her your phone, and sleep",
    score = { self_awareness = 3, resiliency = 2, developing_directing_and_delegating = 1 },
    effects = { reserves = 22, staff = 4 },
    feedback = [[You repaired the moment where it happened, which told the whole
      team that mistakes under pressure can be named and fixed. Then you
      treated your own fatigue as an operational risk, handed authority to
      someone who can hold it, and rested before the meeting that most needs
      you clear.]],
    next = function(s) s.rested = true; return "town_meeting" end,
  },
  choice {
    id = "push_through",
    text = "Push through to the meeting; it is one more day, the board is watching, and the team needs to see you on the floor",
    score = { managing_work = 1, resiliency = -2, self_awareness = -2 },
    effects = { reserves = -12 },
    feedback = [[Visible stamina can steady a team, and nothing waited on you all
      afternoon. But you had already snapped at your epidemiologist, and
      tired leaders rarely notice how far their judgment has slipped. You
      walked into the hardest room of the week on almost no sleep.]],
    next = "town_meeting",
  },
  choice {
    id = "text_and_coffee",
    text = "Text Samir a private apology now, take a proper lunch away from your desk, and keep working through to the meeting",
    score = { self_awareness = 1, resiliency = 1, managing_work = 1 },
    effects = { reserves = -4, staff = -2 },
    feedback = [[An apology sent promptly matters, and a real lunch is better than
      none. But a private text repaired less than the public moment cost, and
      lunch treats the symptom. You noticed the problem; you did not act on
      its cause.]],
    next = "town_meeting",
  },
  choice {
    id = "phone_off",
    text = "Go home, switch your phone off and sleep until six; the team ran this department long before you arrived",
    score = { resiliency = 3, self_awareness = 1, developing_directing_and_delegating = -1 },
    effects = { reserves = 20, reached = -3 },
    feedback = [[Resting was the right call, and many leaders never make it. But
      you left without handing anyone your authority, and at three o'clock
      the hospital held immune globulin for two babies from the urgent-care
      list for two hours, waiting for the county to confirm their exposure.
      Stepping away well means saying who decides while you are gone.]],
    next = function(s) s.unreachable = true; return "town_meeting" end,
  },
}

scene "town_meeting" {
  title = "Friday, 7:00 p.m. (hour 53)",
  text = function(s)
    local setting
    if s.met_pastor or s.talked then
      setting = [[The fellowship hall at Grace Fellowship is full: about 150
        parents on folding chairs, children in the back with a box of blocks.
        Pastor Everly opens with a prayer for the two sick girls and their
        families, then hands you the microphone without a word of
        introduction.]]
    elseif s.harlan == "ally" then
      setting = [[The Millbrook Grange is full. Supervisor Harlan introduces you
        himself: "I don't agree with all of this. But I asked the health
        officer to come and explain it, and they came. Hear them out."]]
    else
      setting = [[The Millbrook Grange is full, and two phones on tripods are
        streaming. Supervisor Harlan gives you ten minutes, "and then the
        people get to talk."]]
    end
    local parts = {
      setting,
      [[A father in the third row, Caleb Stroud, stands up before you have
        finished your first sentence. "My grandfather had measles. Everybody
        did. He was fine. Why should my healthy son be locked out of school
        for three weeks?" Near the wall, a young mother holding a baby does
        not look up.]],
    }
    if s.hollis then
      parts[#parts + 1] = [[Dr. Hollis is sitting at the end of the front row,
        her bag at her feet.]]
    end
    if s.unreachable then
      parts[#parts + 1] = [[Someone near the back has heard that two babies
        waited at the hospital for two hours because nobody at the county
        would confirm they had been exposed.]]
    end
    return para(parts)
  end,

  notes = [[The hardest room of the week. Caleb's question is sincere, and
    the quiet mother with the baby is the reason the rule exists. Ask the
    room what it takes to hold a rule without using it as a club, and what
    the offer of fourteen days would have cost a month later.]],
  choice {
    id = "presentation",
    text = "Give the short briefing Jenna built, the cases, the rule and the clinic times, then take every question until the room is done",
    score = { communication = 2, engaging_stakeholders = -1, receiving_feedback = -1 },
    effects = { trust = -2 },
    feedback = [[A clear briefing has its place, and organized facts show respect
      for people's time. But this room came to be heard before it came to be
      told, and Caleb's question hung unanswered through twenty slides.
      Facts delivered before people feel listened to tend to bounce off.]],
    next = "hour72",
  },
  choice {
    id = "listen_with_hollis",
    text = "Tell Caleb honestly that most recover and some do not, say the rule protects the babies here, and ask Dr. Hollis to take questions",
    when = function(s) return s.hollis end,
    score = { engaging_stakeholders = 3, communicating_with_internal_and_external_audiences = 2,
              communication = 1, managing_conflict_and_negotiating = 1 },
    effects = { trust = 14, reached = 6 },
    feedback = [[You answered the question Caleb asked instead of the one you had
      prepared for, and told the truth without frightening anyone: most
      children are fine, some are not, and the babies are why the rule
      exists. With the town's own doctor taking questions, and giving shots,
      in a corner of the hall, the quiet mother had somewhere to go.]],
    next = function(s) s.listened = true; return "hour72" end,
  },
  choice {
    id = "listen",
    text = function(s)
      -- Donna's own nurses are home for the weekend on the nurses_off path.
      local who = s.nurses_off and "the state's nurses" or "Donna's nurses"
      return "Tell Caleb honestly that most recover and some do not, say the rule protects the babies here, and have "
        .. who .. " take questions"
    end,
    when = function(s) return not s.hollis end,
    score = { engaging_stakeholders = 3, communicating_with_internal_and_external_audiences = 2,
              communication = 1, managing_conflict_and_negotiating = 1 },
    effects = { trust = 10, reached = 5 },
    feedback = [[You answered the question Caleb asked instead of the one you had
      prepared for, and told the truth without frightening anyone: most
      children are fine, some are not, and the babies are why the rule
      exists. A private corner with nurses giving shots gave the quiet mother
      somewhere to take her question.]],
    next = function(s) s.listened = true; return "hour72" end,
  },
  choice {
    id = "fourteen_days",
    text = "Offer a middle path: exempt children back after 14 days if their parents log temperatures twice a day and call in any fever",
    score = { managing_conflict_and_negotiating = 2, technical_learning = -2, improving_health_outcomes = -2 },
    effects = { trust = 6, reached = -10 },
    feedback = [[Looking for a middle path in a hostile room is a negotiator's
      instinct, and the room warmed to you at once. But measles spreads for
      four days before the rash, the incubation runs to 21 days, and a fever
      log catches the illness only after a child has been contagious in a
      classroom. A compromise the science cannot support has to be withdrawn,
      and that costs more trust than it buys.]],
    next = function(s) s.compromise = true; return "hour72" end,
  },
  choice {
    id = "stay_away",
    text = function(s)
      local team = "her nurses"
      if took_state_nurses(s) then
        team = "the state team"
      elseif s.nurses_off then
        team = "the state's nurses"
      end
      return "Stay away and send Donna, whom the town knows, with " .. team .. "; a new county official will only inflame the room"
    end,
    score = { self_awareness = 2, engaging_stakeholders = -2, resiliency = -1 },
    effects = { trust = -8, reserves = 4 },
    feedback = [[It is self-aware to know you are a stranger to this room, and
      Donna is better known there than you are. But yours is the rule keeping
      their children home, and staying away confirmed that the county
      decides things about Millbrook without facing it. Being a stranger is a
      reason to go, not to stay away.]],
    next = "hour72",
  },
}

-- ---------------------------------------------------------------- Saturday

scene "hour72" {
  title = "Saturday, 2:00 p.m. (hour 72)",
  speaker = "Dr. Howard Lin, Deputy State Epidemiologist",
  text = function(s)
    return para {
      [[The aunt's blood test came back this morning: measles. Three cases,
        all in one family, all traced to the same trip.]],
      ([[Samir's line list now holds 640 names. About %d%% of the people who
        were exposed are protected, by vaccine, immune globulin or proof of
        immunity, or are at home in quarantine until it passes.]]):format(s.reached)
        .. (s.reached >= 80 and [[ That is the good news. The bad: anyone]]
            or [[ The rest are not, and anyone]])
        .. [[ infected on Sunday or Monday will break out in a rash between
        next weekend and the one after. The outbreak is not over until 42
        days, two incubation periods, pass without a new case.]],
      [[Meanwhile the rest of the department's work has stopped. Flu clinics
        open in two weeks, restaurant inspections are four days behind, and
        the WIC office has rescheduled sixty appointments.]],
      [[Dr. Lin asks the question every outbreak reaches on day three. "How do
        you want to run the next six weeks?"]],
    }
  end,

  notes = [[A close call between two sound moves: money for more hands, and
    a plan that changes the rhythm. Ask the room which they would take to
    their own board, and what the other leaves undone. Standing down is
    tempting for a real reason: flu clinics and inspections serve far more
    people than this outbreak will touch.]],
  choice {
    id = "ask_for_money",
    text = "Ask the board on Tuesday for emergency funds to hire agency nurses for six weeks, and keep the current schedule until they start",
    score = { managing_resources = 3, engaging_stakeholders = 2, planning_for_action = 1, managing_work = -1 },
    effects = { staff = 5 },
    feedback = [[Asking for money to match the new workload is sound stewardship,
      and the board is likelier to say yes this week than next. But agency
      nurses take days to start, and more hands do not fix a schedule with no
      days off or a response with no end date. Resources without a plan get
      spent; a plan tells you what the resources are for.]],
    next = "verdict",
  },
  choice {
    id = "stand_down",
    text = "Declare the emergency phase over: staff back to the flu clinics and inspections, and Samir watching the line list for any new cases",
    score = { managing_resources = 1, balancing_strategic_focus_and_agility = -2, planning_for_action = -2 },
    effects = { reached = -10, staff = 8 },
    feedback = [[Getting the department back to its regular work is a real duty,
      and flu clinics matter to far more people than measles will touch. But
      the riskiest days are still ahead, when Sunday's and Monday's exposures
      turn into cases, and one epidemiologist watching alone sees them late.
      Standing down before the second wave is how outbreaks get a second
      life.]],
    next = function(s) s.stood_down = true; return "verdict" end,
  },
  choice {
    id = "six_week_plan",
    text = function(s)
      -- Someone who declined the state team, and never asked again, asks now.
      local help = "state nurses kept three weeks"
      if not took_state_nurses(s) and not s.nurses_off then
        help = "Dr. Lin's nurses taken up"
      end
      return "Move to a six-week plan: shifts with days off, " .. help .. ", a weekly Millbrook clinic, flu clinics kept, an end date"
    end,
    score = { planning_for_action = 3, balancing_strategic_focus_and_agility = 2, managing_work = 1,
              measuring_performance = 1 },
    effects = { staff = 10, reserves = 8, reached = 6 },
    feedback = [[You turned a sprint into a campaign: a rhythm people can
      sustain, a clear end point, and the department's other duties kept
      alive. Putting the clinic in Millbrook carries this week's
      relationships into the weeks when they matter most, and naming the date
      it ends gives your staff something to work toward.]],
    next = function(s) s.plan = true; return "verdict" end,
  },
  choice {
    id = "emergency_footing",
    text = "Stay on emergency footing, everyone on outbreak duty seven days a week, until the outbreak is declared over",
    score = { improving_health_outcomes = 1, managing_work = -2, resiliency = -2 },
    effects = { staff = -15, reserves = -10 },
    feedback = [[Keeping everyone on the outbreak signals how seriously you take
      it, and the next wave of cases really is coming. But a team that works
      seven days a week for six weeks is not there in week three, when the
      secondary cases arrive, and flu season opens with nobody to run it. An
      emergency that outlasts a week needs a rhythm, not a sprint.]],
    next = "verdict",
  },
}

-- ---------------------------------------------------------------- Endings
-- The verdict is a narration whose function `next` picks the ending from the
-- meters. Each ending's text then fills in what became of the people in it.

scene "verdict" {
  title = "Six weeks later",
  text = [[
    Forty-two days is a long time to wait for nothing to happen. The
    department waited, and counted.
  ]],
  next = function(s)
    if s.reached < 50 then return "long_tail" end
    if s.staff < 30 or s.reserves < 30 then return "running_on_empty" end
    if s.trust < 45 then return "closed_doors" end
    return "held"
  end,
}

local function epilogue(s)
  local lines = {}
  if s.infants_missed then
    lines[#lines + 1] = [[One of the Little Acorns babies, too young for
      vaccine and never given immune globulin, spent nine days in pediatric
      intensive care with measles pneumonia. She went home in October.]]
  elseif s.replanned then
    lines[#lines + 1] = [[All seven Little Acorns babies were protected, and
      none of them fell ill.]]
  end
  if s.harlan == "ally" then
    lines[#lines + 1] = [[Supervisor Harlan withdrew his resolution and asked
      the board to thank the department's nurses by name.]]
  elseif s.harlan == "hostile" and s.trust < 45 then
    lines[#lines + 1] = [[The board passed Supervisor Harlan's resolution,
      three votes to two: any health order longer than ten days now needs its
      approval.]]
  elseif s.harlan == "hostile" then
    lines[#lines + 1] = [[Supervisor Harlan's resolution failed, two votes to
      three, after Denise Farrow read out how many babies had been
      protected.]]
  else
    lines[#lines + 1] = [[Supervisor Harlan's resolution was tabled "pending
      the department's after-action report," which is to say it is still
      there.]]
  end
  if s.listened and s.hollis then
    lines[#lines + 1] = [[The Saturday clinic in the fellowship hall, run by
      Dr. Hollis and Donna's nurses, has given 212 doses, and the academy's
      kindergarten vaccination rate is the highest it has been in a decade.]]
  elseif s.listened then
    lines[#lines + 1] = [[A few Millbrook families still come to the fire
      hall clinic each week, usually after dark, usually with questions
      first.]]
  end
  if s.staff < 30 then
    lines[#lines + 1] = [[Donna Pruitt filed her retirement papers in
      October, and two of her nurses went with her.]]
  elseif s.donna_heard then
    lines[#lines + 1] = [[Donna now runs the Tuesday planning huddle, and has
      been heard telling new staff that you are "trainable."]]
  end
  if s.state_led then
    lines[#lines + 1] = [[The state's after-action report thanks "the state
      response team and local partners," in that order.]]
  end
  if s.reserves < 30 then
    lines[#lines + 1] = [[Your doctor signed you off for two weeks in
      October. The board chair asked, kindly, whether the job was what you
      had expected.]]
  elseif s.rested then
    lines[#lines + 1] = [[You still keep the rule you made on Friday
      afternoon: when you hear yourself snap, you hand over and sleep.]]
  end
  return table.concat(lines, " ")
end

scene "held" {
  ending = "Contained, with a door left open",
  text = function(s)
    local door = [[Millbrook has not forgiven 2020, and many of its families
      still will not vaccinate. But when the next case comes, and it will,
      you will not be calling strangers.]]
    if s.hollis then
      door = [[Millbrook has not forgiven 2020, and many of its families still
        will not vaccinate. But when the next case comes, and it will, you
        have Pastor Everly's cell number and a standing cup of coffee in Dr.
        Hollis's back office.]]
    end
    local n = final_cases(s)
    local others = ({ [3] = "three", [6] = "six", [11] = "eleven" })[n - 3]
      or tostring(n - 3)
    return para {
      ([[The outbreak stopped at %d cases: the family's three, and %s people
        who sat in those rooms before anyone knew. Forty-two days after the
        last rash, Samir put "outbreak over" at the top of the daily update,
        and Channel 8 ran it at six.]]):format(n, others),
      door .. " " .. epilogue(s),
    }
  end,
}

scene "closed_doors" {
  ending = "Contained, but the valley closed its doors",
  text = function(s)
    return para {
      ([[The vaccine and the exclusion rule did their work: the outbreak
        stopped at %d cases. But in Millbrook, families stopped answering the
        department's calls in the second week, and two children with rashes
        turned out to have been kept at home without a doctor, their parents
        afraid of who might be told.]]):format(final_cases(s)),
      [[The outbreak ended. The distrust did not, and the next time the
        department needs Millbrook's help, it will start further back than
        you did this week. ]]
        .. epilogue(s),
    }
  end,
}

scene "long_tail" {
  ending = "The long tail",
  text = function(s)
    local n = final_cases(s)
    return para {
      ([[The exposures nobody reached in the first three days became cases
        ten days later, and those cases sat in other classrooms, churches and
        waiting rooms. By the end of October the county had counted %d cases,
        %d of them admitted to hospital. ]]):format(n, n // 6)
        .. (s.state_led and [[The state team that was meant to stay three
        weeks stayed eleven]] or [[The state took over coordination in the third
        week]])
        .. [[, and the outbreak was declared over just before Christmas.]],
      [[In the after-action review, the question everyone came back to was
        what happened in the first 72 hours. ]] .. epilogue(s),
    }
  end,
}

scene "running_on_empty" {
  ending = "Running on empty",
  text = function(s)
    local who
    if s.reserves < 30 and s.staff < 30 then
      who = [[It was contained by people who had nothing left by the end of
        it, you among them.]]
    elseif s.reserves < 30 then
      who = [[It was contained by a team that held together while its health
        officer came apart, a little more each night.]]
    else
      who = [[It was contained by nurses and investigators who gave more than
        they had, and some of them will not do it again.]]
    end
    return para {
      ([[The outbreak stopped at %d cases, and on paper the response was a
        success.]]):format(final_cases(s)) .. " " .. who,
      [[The next emergency will find the department thinner and more tired
        than this one did. ]] .. epilogue(s),
    }
  end,
}
