-- Saves: scene x added under a save.
scenario { id = "w", title = "Watch", start = "a", meters = { trust = { label = "Trust", value = 50 } } }
scene "a" { title = "First", text = "Version one.",
  choice { id = "left", text = "Left", score = { communication = 1 }, feedback = "Fine.", next = "x" },
  choice { id = "right", text = "Right", score = { communication = 2 }, feedback = "Better.", next = "x" } }
scene "b" { title = "Second", text = "Pick again.",
  choice { id = "up", text = "Up", score = { communication = 1 }, feedback = "Fine.", next = "e" },
  choice { id = "down", text = "Down", score = { communication = 2 }, feedback = "Better.", next = "e" } }
scene "x" { title = "Added", text = "A new decision.",
  choice { id = "yes", text = "Yes", score = { communication = 1 }, feedback = "Fine.", next = "b" },
  choice { id = "no", text = "No", score = { communication = 2 }, feedback = "Better.", next = "b" } }
scene "e" { ending = "Done", text = "The end." }
