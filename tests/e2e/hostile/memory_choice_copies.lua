-- expect: 7: out of memory: the texts of the choices made so far
-- choices: 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1
-- A choice whose text comes from a function: the debrief keeps a copy of it at
-- every decision, 3 MB each time, in a loop of a thousand decisions.
local big = string.rep("y", 3 * 1024 * 1024)
scenario { id = "hostile", title = "Hostile", start = "again" }
scene "again" {
  choice { text = function(s) return big end, next = "again" },
}
