-- expect: 4: could take too long
-- %b scans to the end of the subject from every start: quadratic in one call.
local subject = string.rep("(", 200000)
local found = subject:find("%b()")
