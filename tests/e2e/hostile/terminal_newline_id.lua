-- expect: 4: start\x0Aother.lua:1: error: forged
-- A scene id with a newline would print a whole diagnostic line of its own,
-- naming another file.
scenario { id = "hostile", title = "Hostile", start = "start" }
scene "start\nother.lua:1: error: forged" { ending = "Done" }
