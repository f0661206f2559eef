-- Many bad meters, all reported at the line of scenario { }: the messages must come out
-- in the same order on every run, though Lua walks the table in a different order each time.
scenario { id = "m", title = "M", start = "e",
  meters = { a = { value = 500 }, b = { value = -5 }, c = { min = 5, max = 1 }, d = 7, e = { label = 3 },
             f = { valeu = 1 }, g = { value = 0/0 }, h = { better = "up" } } }
scene "e" { ending = "E" }
