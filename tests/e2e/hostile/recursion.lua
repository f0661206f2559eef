-- expect: 3: call stack grew past 4 MB
-- Recursion with no base case.
local function deeper(n) return 1 + deeper(n + 1) end
deeper(1)
