-- expect: 7: the effect on 'trust' must be a number between
-- A delta of 1e308 overflows to infinity on the way to an integer: undefined
-- behaviour in C unless it is refused when the file loads.
scenario { id = "hostile", title = "Hostile", start = "start",
           meters = { trust = { label = "Trust", value = 50 } } }
scene "start" {
  choice {
    text = "Go", next = "end", effects = { trust = 1e308 },
  },
}
scene "end" { ending = "Done" }
