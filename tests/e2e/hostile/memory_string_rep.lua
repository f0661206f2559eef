-- expect: 3: string.rep would build a string of 1048576 MB
-- One enormous string in a single call.
local s = string.rep("x", 2^40)
