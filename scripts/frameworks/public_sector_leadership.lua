-- The Framework for Public Sector Leadership: five domains, twenty-two
-- competencies. The structure and names follow the framework developed by the
-- Public Sector Leadership Consortium; the descriptions are leadsim's own,
-- written for debriefs: what the competency looks like in a public agency.

framework {
  id = "public_sector_leadership",
  title = "Framework for Public Sector Leadership",
  source = "Public Sector Leadership Consortium: Center for Health Care Strategies, "
        .. "Milbank Memorial Fund and National Association of Medicaid Directors",

  domain {
    id = "personal_leadership",
    title = "Personal Leadership and Self-Management",
    description = [[Leading others starts with leading yourself: knowing your
      strengths and blind spots, inviting correction, recovering from setbacks,
      and keeping your own knowledge current.]],

    competency {
      id = "self_awareness",
      title = "Self-Awareness",
      description = [[Knowing how you come across, what you are good at and where
        you are likely to go wrong, especially under pressure. A self-aware leader
        notices when a reaction is about their own discomfort rather than the
        problem, names the limits of what they know, and can say "I am not sure
        yet" without losing the room.]],
    },
    competency {
      id = "receiving_feedback",
      title = "Receiving Feedback",
      description = [[Asking for honest views on your decisions and your style,
        and making it safe for people to give them, including people who report to
        you. It shows in what happens next: the leader listens without defending,
        thanks the messenger, and visibly changes course when the feedback is right.]],
    },
    competency {
      id = "resiliency",
      title = "Resiliency",
      description = [[Staying steady, fair and clear-headed through crises, public
        criticism and long stretches of pressure, and helping the team do the same.
        Resilient leaders pace themselves, recover from a bad day without taking it
        out on others, and treat a setback as information rather than as a verdict.]],
    },
    competency {
      id = "technical_learning",
      title = "Technical Learning",
      description = [[Keeping up with the policy, financing, data and technology
        that the work depends on, well enough to ask the right questions of
        specialists. In health and human services that means understanding things
        like federal matching rules, managed care contracts and what the data can
        and cannot show, and learning quickly when the ground shifts.]],
    },
  },

  domain {
    id = "strategic_direction",
    title = "Setting and Managing Strategic Direction",
    description = [[Deciding where the organization is going and why, turning that
      into a plan people can act on, and adjusting course without losing the thread
      when priorities compete for scarce time and money.]],

    competency {
      id = "vision_and_purpose",
      title = "Vision and Purpose",
      description = [[Holding a clear picture of what the agency exists to achieve
        for the people it serves, and connecting daily decisions to it. A leader
        with purpose can explain why a hard choice serves the mission, and does not
        let the urgent crowd out what matters most to residents.]],
    },
    competency {
      id = "communication",
      title = "Communication",
      description = [[Saying what the direction is, what it means for people and
        what is still uncertain, plainly and often enough that it is understood.
        Good strategic communication is honest about trade-offs, consistent from one
        audience to the next, and checks that the message actually landed.]],
    },
    competency {
      id = "planning_for_action",
      title = "Planning for Action",
      description = [[Turning a direction into concrete steps, owners, timelines and
        resources, with the dependencies and risks thought through. Planning in
        government also means building in the approvals, notice periods and
        stakeholder input that the process requires, rather than discovering them late.]],
    },
    competency {
      id = "balancing_strategic_focus_and_agility",
      title = "Balancing Strategic Focus and Agility",
      description = [[Staying on course toward long-term goals while adapting to
        new facts, political shifts and emergencies. The skill is telling a real
        change in circumstances from noise, and knowing which commitments to hold
        firm and which to renegotiate.]],
    },
  },

  domain {
    id = "engaging_people",
    title = "Engaging and Motivating People",
    description = [[Getting things done with and through others: building teams,
      growing people, handing over real responsibility, working through conflict,
      and speaking to each audience in a way it can hear.]],

    competency {
      id = "collaborating_and_working_in_teams",
      title = "Collaborating and Working in Teams",
      description = [[Building shared goals and trust across a team, and across teams
        and agencies the leader does not control. Collaborative leaders bring the
        right people in early, value different professional views, and share credit,
        so that people outside their line of management still want to help.]],
    },
    competency {
      id = "developing_directing_and_delegating",
      title = "Developing, Directing and Delegating",
      description = [[Giving people clear expectations, real authority to match their
        responsibility, and the coaching to grow into it. It means not doing the
        team's work for them, not abandoning them either, and addressing poor
        performance early, fairly and privately.]],
    },
    competency {
      id = "managing_conflict_and_negotiating",
      title = "Managing Conflict and Negotiating",
      description = [[Bringing disagreements into the open and working them toward a
        resolution the parties can live with. Skilled negotiators look past stated
        positions to underlying interests, keep relationships intact for the next
        round, and know their own walk-away point.]],
    },
    competency {
      id = "communicating_with_internal_and_external_audiences",
      title = "Communicating with Internal and External Audiences",
      description = [[Tailoring the message to staff, legislators, providers,
        advocates, reporters and the public, without changing the facts. That means
        telling staff things before they read them in the news, giving legislators
        what they need to explain a decision at home, and speaking to residents in
        plain language.]],
    },
  },

  domain {
    id = "public_administration",
    title = "Practicing Good Public Administration",
    description = [[Navigating the political and bureaucratic landscape of state
      government: understanding how the money works, steering change, spending public
      resources well, deciding soundly, and bringing stakeholders along.]],

    competency {
      id = "business_acumen",
      title = "Business Acumen",
      description = [[Understanding how the agency's money and operations really
        work: budgets and their cycles, federal financing, contracts, markets of
        providers and plans, and the cost of a decision over years rather than
        months. It lets a leader see which savings are real and which only move
        the cost somewhere else.]],
    },
    competency {
      id = "managing_change",
      title = "Managing Change",
      description = [[Leading people through a change in how they work: making the
        case, involving those affected, sequencing the transition and supporting
        people through the loss that comes with it. Change that is announced but not
        managed tends to be quietly resisted and then undone.]],
    },
    competency {
      id = "managing_resources",
      title = "Managing Resources",
      description = [[Allocating money, staff and time to match priorities, and
        being a careful steward of public funds. Good resource decisions are
        transparent about what is being given up, protect core services, and do not
        spend next year's budget to solve this year's problem.]],
    },
    competency {
      id = "effective_decision_making",
      title = "Effective Decision Making",
      description = [[Making timely, well-reasoned decisions with incomplete
        information: gathering the right input, weighing options against clear
        criteria, deciding, and owning the result. It avoids both the snap judgment
        and the endless deferral.]],
    },
    competency {
      id = "engaging_stakeholders",
      title = "Engaging Stakeholders",
      description = [[Identifying who has a stake in a decision (legislators,
        providers, advocates, unions, other agencies, the people served) and
        involving them in ways that are genuine and timely. Engagement builds the
        legitimacy and the relationships that a public agency needs to act.]],
    },
  },

  domain {
    id = "delivering_results",
    title = "Driving and Delivering Results",
    description = [[Showing that the work improves people's lives: organizing it,
      measuring it, seeing the whole system it sits in, and finding better ways to
      do it.]],

    competency {
      id = "managing_work",
      title = "Managing Work",
      description = [[Keeping the agency's work organized and moving: clear
        priorities, realistic workloads, timely follow-through and problems caught
        before they become crises. It is the discipline that turns good intentions
        into services delivered on time.]],
    },
    competency {
      id = "measuring_performance",
      title = "Measuring Performance",
      description = [[Deciding what to measure, using data to see what is working,
        and being honest when the numbers disappoint. Strong leaders measure outcomes
        for people and not just activity, and use measures to learn rather than to
        punish.]],
    },
    competency {
      id = "improving_health_outcomes",
      title = "Improving Health Outcomes",
      description = [[Keeping the health and well-being of the people served at the
        center of decisions, including those with the greatest needs and the least
        voice. It asks of every option what it will do to access, quality and equity
        of care, not only what it will do to the budget.]],
    },
    competency {
      id = "systems_thinking",
      title = "Systems Thinking",
      description = [[Seeing how the parts connect: how a change in one program moves
        costs or people into another, how agencies, providers and communities affect
        each other, and where a small change can shift the whole. Systems thinkers
        look for the second and third effects of a decision before making it.]],
    },
    competency {
      id = "leading_innovation",
      title = "Leading Innovation",
      description = [[Creating room to try new approaches, testing them sensibly and
        scaling what works. In public services the most valuable innovations are
        often second-order ones that rethink how a service is delivered, rather than
        asking people to work harder inside the old design.]],
    },
  },
}
