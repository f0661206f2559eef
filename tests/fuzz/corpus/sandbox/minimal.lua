scenario { id = "minimal", title = "Minimal", start = "start",
           meters = { trust = { label = "Trust", value = 50 } } }
scene "start" {
  text = function(s) return "Trust is " .. s.trust end,
  choice { text = "Up", effects = { trust = 5 }, next = "end", score = { effective_decision_making = 1 } },
  choice { text = "Down", when = function(s) return s.trust > 10 end,
           effects = function(s) s.trust = s.trust - s.random(1, 9) end, next = function(s) return "end" end },
}
scene "end" { ending = "Done", text = "The end." }
