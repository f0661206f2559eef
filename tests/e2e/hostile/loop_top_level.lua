-- expect: 4: this code ran more than
-- An endless loop while the file loads.
local n = 0
while true do n = n + 1 end
