-- Saves: choice right renamed under a save.
scenario { id = "w", title = "Watch", start = "a", meters = { trust = { label = "Trust", value = 50 } } }
scene "a" { title = "First", text = "Version one.",
  choice { id = "left", text = "Left", score = { communication = 1 }, feedback = "Fine.", next = "b" },
  choice { id = "rightward", text = "Right", score = { communication = 2 }, feedback = "Better.", next = "b" } }
scene "b" { title = "Second", text = "Pick again.",
  choice { id = "up", text = "Up", score = { communication = 1 }, feedback = "Fine.", next = "e" },
  choice { id = "down", text = "Down", score = { communication = 2 }, feedback = "Better.", next = "e" } }
scene "e" { ending = "Done", text = "The end." }
