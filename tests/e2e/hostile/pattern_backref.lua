-- expect: 4: could take too long
-- A back-reference compares the whole capture again at every split.
local subject = string.rep("a", 100000)
local found = subject:find("(a*)%1b")
