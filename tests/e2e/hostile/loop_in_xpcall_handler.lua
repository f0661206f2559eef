-- expect: 3: this code ran more than
-- The message handler tries to replace the budget's error with its own.
local function spin() while true do end end
while true do xpcall(spin, function() return "all is well" end) end
