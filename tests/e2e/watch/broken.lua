scenario { id = "w",
