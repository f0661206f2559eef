-- expect: 3: string.rep would need more work than a scenario call may do
-- Zero bytes, repeated for ever: no memory is used, only time.
local s = string.rep("", 2^62)
