-- expect: 4: must be a number between
-- NaN compares false with everything, so a range check that asks "is it
-- below min or above max?" lets it through.
scenario { id = "hostile", title = "Hostile", start = "end",
           meters = { trust = { label = "Trust", value = 0/0 } } }
scene "end" { ending = "Done" }
