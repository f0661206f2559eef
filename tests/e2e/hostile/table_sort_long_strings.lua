-- expect: 9: table.sort would need more work than a scenario call may do
-- Two thousand references to one 1 MB string: every comparison of two of them
-- reads the whole megabyte, 22,000 times over, with no instruction counted.
local big = string.rep("x", 1024 * 1024)
local list = {}
for i = 1, 2000 do
  list[i] = big
end
table.sort(list)
