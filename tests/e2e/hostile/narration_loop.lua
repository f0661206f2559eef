-- expect: 9: this playthrough ran more than 5000000 instructions in all
-- A narration that loops back to itself, each time just under the budget of
-- one call: only a total for the playthrough ends it.
scenario { id = "hostile", title = "Hostile", start = "again" }
scene "again" {
  text = "Around we go.",
  next = function(s)
    local n = 0
    for i = 1, 300000 do n = n + i end
    return "again"
  end,
}
scene "done" { ending = "Never reached" }
