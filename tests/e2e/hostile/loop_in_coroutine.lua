-- expect: 4: this code ran more than
-- An endless loop inside a coroutine, resumed again and again.
local co = coroutine.create(function()
  while true do end
end)
while true do coroutine.resume(co) end
