-- expect: 5: table.sort does not take a table with a __index metamethod
-- A proxy whose elements all come from __index, sorted through a __len of 2^40.
local proxy = setmetatable({}, { __index = function(t, i) return i end,
                                 __len = function() return 2^40 end })
table.sort(proxy)
