local t = {}
for k, v in pairs(_G) do t[#t + 1] = k end
table.sort(t)
local all = table.concat(t, " ")
