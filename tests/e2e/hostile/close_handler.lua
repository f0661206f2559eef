-- expect: 6: grew past 4 MB
-- While an error unwinds, __close handlers run after the message handler:
-- they must not keep its extra room, nor escape the 4 MB block limit.
local guard <close> = setmetatable({}, { __close = function()
  local s = string.rep("x", 3 * 1024 * 1024)
  local bigger = s .. s .. s
end })
error("unwinding")
