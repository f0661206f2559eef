scenario { id = "broken-structure", title = "Broken", start = "briefng",
  meters = { trust = { label = "Trust", value = 150 } } }

scene "briefing" {
  title = 7,
  choice { text = "Go", next = "team_meting", feedbak = "Typo." },
  choice { id = "x", text = "One", next = "briefing" },
  choice { id = "x", text = "Two", next = "briefing" },
}

scene "team_meeting" { text = "Nothing happens next." }
scene "team_meeting" { ending = "Twice" }
scene "both" { ending = "End", next = "briefing" }
