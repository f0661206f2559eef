-- expect: 5: scenario:1: the error is on line 1
-- An error message that starts like Lua's own "scenario:LINE:" must not move
-- the reported line.
local x = 1
error("scenario:1: the error is on line 1", 0)
