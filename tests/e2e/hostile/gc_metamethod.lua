-- expect: 4: __gc metamethods are not allowed in scenarios
-- A finalizer would run later, outside any budget.
local evil = { __gc = function() while true do end end }
setmetatable({}, evil)
