scenario { id = "x", start = "a" }
scene "a" { next = "a" }
