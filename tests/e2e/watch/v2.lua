-- Terminal --watch: the second version, saved mid-play.
scenario { id = "w", title = "Watch", start = "a", meters = { trust = { label = "Trust", value = 50 } } }
scene "a" { title = "First", text = "Version two.",
  choice { id = "left", text = "Left", score = { communication = 1 }, feedback = "Fine.", next = "b" },
  choice { id = "right", text = "Right", score = { communication = 2 }, feedback = "Better.", next = "b" } }
scene "b" { title = "Second", text = "Pick again, edited.",
  choice { id = "up", text = "Up", score = { communication = 1 }, feedback = "Fine.", next = "e" },
  choice { id = "down", text = "Down", score = { communication = 2 }, feedback = "Better.", next = "e" } }
scene "e" { ending = "Done", text = "The end." }
