-- expect: 5: could take too long
-- Each "a?" can match or not: 2^40 ways to fail, inside one C call where no
-- instruction is counted.
local subject = string.rep("a", 40)
local found = subject:match(string.rep("a?", 40) .. string.rep("a", 40) .. "b")
