-- expect: 4: grew past 4 MB
-- Doubles a string until a single concatenation is too large.
local s = "x"
while true do s = s .. s end
