-- expect: 7: grew past 4 MB
-- Grows one table until memory runs out.
local t = {}
local i = 0
while true do
  i = i + 1
  t[i] = { i, i, i }
end
