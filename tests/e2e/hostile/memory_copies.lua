-- expect: 8: the scenario's texts need more than the 32 MB
-- One 3 MB string, used as the text of 300 scenes: Lua holds it once, but a
-- copy of each text would be 900 MB.
local big = string.rep("x", 3 * 1024 * 1024)
scenario { id = "hostile", title = "Hostile", start = "s1" }
for i = 1, 300 do
  local nxt = i < 300 and ("s" .. (i + 1)) or "end"
  scene("s" .. i) { text = big, next = nxt }
end
scene "end" { ending = "Done" }
