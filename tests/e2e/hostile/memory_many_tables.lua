-- expect: 6: out of memory: scenarios may use up to 32 MB
-- Many medium strings, none too big alone, far too many together.
local t = {}
local chunk = ("x"):rep(1000)
for i = 1, 1000 do
  t[i] = chunk:rep(1000) .. i
end
