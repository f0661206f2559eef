-- expect: 4: table.unpack does not take a table with a
-- unpack reads its length through __len, so a tiny table claims to be enormous.
local huge = setmetatable({}, { __len = function() return 1000000 end, __index = function() return 1 end })
local a = table.unpack(huge)
