-- expect: 10: the text of choice 1 failed: this playthrough ran more than 5000000 instructions in all
-- choices: 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1
-- A choice whose text comes from a function: the debrief keeps a copy of it at
-- every decision, 3 MB each time, in a loop of decisions. The copies count
-- against the 32 MB cap, and making them against the playthrough's total,
-- which runs out first.
local big = string.rep("y", 3 * 1024 * 1024)
scenario { id = "hostile", title = "Hostile", start = "again" }
scene "again" {
  choice { text = function(s) return big end, next = "again" },
}
