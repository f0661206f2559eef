-- expect: 6: in scene 'start', the text function failed: this code ran more than
-- A scene whose text never finishes.
scenario { id = "hostile", title = "Hostile", start = "start" }
scene "start" {
  text = function(s)
    local i = 0 while true do i = i + 1 end
  end,
  next = "done",
}
scene "done" { ending = "Never reached" }
