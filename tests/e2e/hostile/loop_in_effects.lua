-- expect: 7: in scene 'start', the effects of choice 1 failed: this code ran more than
-- Effects that recurse forever through pcall and coroutines at once.
scenario { id = "hostile", title = "Hostile", start = "start" }
scene "start" {
  choice {
    text = "Go", next = "done",
    effects = function(s) local co = coroutine.wrap(function() while true do pcall(coroutine.yield) end end) while true do pcall(co) end end,
  },
}
scene "done" { ending = "Never reached" }
