-- expect: 4: could take too long
-- A pattern whose backtracking would run for years.
local subject = string.rep("a", 5000)
local found = subject:find(string.rep("a*", 30) .. "b")
