-- A scenario that fails while playing: its second decision reads a field that
-- was never set. check passes; the error only shows up in play.
scenario { id = "runtime-error", title = "Runtime error", start = "first",
  meters = { trust = { label = "Trust", value = 50 } } }

scene "first" {
  text = "A normal decision.",
  choice { text = "Go on", score = { resiliency = 1 }, feedback = "Fine.", next = "second" },
  choice { text = "Also go on", score = { resiliency = -1 }, feedback = "Less fine.", next = "second" },
}

scene "second" {
  text = function(s)
    return "Trust is " .. s.trust .. " and the plan is " .. s.plan.name
  end,
  next = "done",
}

scene "done" { ending = "Unreachable" }
