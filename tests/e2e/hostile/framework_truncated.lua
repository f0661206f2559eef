-- expect: 4: is not a framework id
-- An id so long that ".lua" would be cut off the path, so that any file would
-- do; ids that name files must be ids.
scenario { id = "hostile", title = "Hostile", start = "end",
           framework = string.rep("a", 5000) }
scene "end" { ending = "Done" }
