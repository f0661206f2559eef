-- expect: 5: table.remove does not take a table with a __len metamethod
-- remove(t, 1) shifts everything down to the claimed length.
local huge = setmetatable({ 1 }, { __len = function() return 2^53 end })
while true do
  table.remove(huge, 1)
end
