-- expect: 8: in scene 'start', the when of choice 1 failed: this code ran more than
-- A valid scenario whose first choice never finishes deciding whether to show.
scenario { id = "hostile", title = "Hostile", start = "start" }
scene "start" {
  text = "Choose.",
  choice {
    text = "Spin",
    when = function(s) while true do end end,
    next = "done",
  },
}
scene "done" { ending = "Never reached" }
