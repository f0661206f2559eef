-- expect: 5: table.insert does not take a table with a __len metamethod
-- A table that claims 2^62 elements: table.insert would shift every one of
-- them inside a single C call.
local huge = setmetatable({}, { __len = function() return 2^62 end })
table.insert(huge, 1, "x")
