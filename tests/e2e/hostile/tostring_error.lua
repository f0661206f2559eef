-- expect: 5: error object is a table value
-- An error object whose __tostring would never return, and would escape if run.
local trap = setmetatable({}, { __tostring = function() while true do end end,
                                __name = "innocent" })
error(trap)
