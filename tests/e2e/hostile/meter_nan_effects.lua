-- expect: 7: the effects of choice 1 left meter 'trust' as NaN
-- Effects that set a meter to NaN, which escapes clamping.
scenario { id = "hostile", title = "Hostile", start = "start",
           meters = { trust = { label = "Trust", value = 50 } } }
scene "start" {
  text = "Choose.",
  choice {
    text = "Divide by zero", next = "end",
    effects = function(s) s.trust = 0/0 end,
  },
}
scene "end" { ending = "Done" }
