-- expect: 4: attempt to call a nil value (field 'dump')
-- Dumps a function to bytecode through the string metatable.
local f = function() end
local code = ("").dump(f)
