-- expect: 4: attempt to index a boolean value (local 'mt')
-- Tries to change how every string in the state behaves.
local mt = getmetatable("")
mt.__index = function() return os end
