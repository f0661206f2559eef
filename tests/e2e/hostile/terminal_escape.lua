-- expect: 5: \x1B]0;pwned\x07\x1B[2J
-- An error message that would retitle the terminal window and clear the
-- screen, if it were written raw.
local x = 1
error("\27]0;pwned\7\27[2J", 0)
