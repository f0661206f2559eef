scenario { id = "bom", title = "T", start = "e" }
scene "e" { ending = "E" }
