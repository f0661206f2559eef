-- The naive engine bench compares leadsim against: the same scenario file, the
-- same rules (order of events, clamping, scoring tallies), written directly in
-- Lua in an unsandboxed state. usage: reference ENGINE.lua FRAMEWORK SCENARIO [seconds]
local framework_file, scenario_file, seconds = arg[1], arg[2], tonumber(arg[3] or "2")

-- The framework: only the competency ids, in order.
local competencies = {}
local env = {}
env.framework = function(t) end
env.domain = function(t) return t end
env.competency = function(t) competencies[#competencies + 1] = t.id; return t end
assert(loadfile(framework_file, "t", setmetatable(env, { __index = _G })))()

-- The scenario: the builders only record.
local scenario_def, scenes, order = nil, {}, {}
local senv = setmetatable({}, { __index = _G })
senv.scenario = function(t) scenario_def = t end
senv.scene = function(id) return function(t) t.id = id; scenes[id] = t; order[#order + 1] = id end end
senv.choice = function(t) return t end
assert(loadfile(scenario_file, "t", senv))()

local meters = {}
for name, m in pairs(scenario_def.meters or {}) do
  meters[#meters + 1] = { name = name, value = m.value or m.min or 0, min = m.min or 0, max = m.max or 100 }
end
for _, scene in pairs(scenes) do
  for _, ch in ipairs(scene) do
    local sum = 0
    for _, w in pairs(ch.score or {}) do sum = sum + w end
    ch.sum = sum
  end
end

local function clamp(s)
  for _, m in ipairs(meters) do
    local v = s[m.name]
    if v < m.min then s[m.name] = m.min elseif v > m.max then s[m.name] = m.max end
  end
end

local earned, best, worst, tested = {}, {}, {}, {}
local playthroughs, decisions, rnd = 0, 0, math.random
local start = os.clock()
while os.clock() - start < seconds do
  for _ = 1, 256 do
    for i = 1, #competencies do earned[i], best[i], worst[i], tested[i] = 0, 0, 0, 0 end
    local s = { visits = {}, random = rnd }
    for _, m in ipairs(meters) do s[m.name] = m.value end
    local scene = scenes[scenario_def.start]
    while true do
      s.visits[scene.id] = (s.visits[scene.id] or 0) + 1
      if type(scene.text) == "function" then scene.text(s) end
      if scene.ending then break end
      local nxt
      if #scene > 0 then
        local shown = {}
        for _, ch in ipairs(scene) do
          if not ch.when or ch.when(s) then shown[#shown + 1] = ch end
        end
        local pick = shown[rnd(#shown)]
        local strongest = shown[1]
        for _, ch in ipairs(shown) do if ch.sum > strongest.sum then strongest = ch end end
        for i, id in ipairs(competencies) do
          local hi, lo = -99, 99
          for _, ch in ipairs(shown) do
            local w = ch.score and ch.score[id] or 0
            if w > hi then hi = w end
            if w < lo then lo = w end
          end
          earned[i] = earned[i] + (pick.score and pick.score[id] or 0)
          best[i], worst[i] = best[i] + hi, worst[i] + lo
          if hi ~= lo then tested[i] = tested[i] + 1 end
        end
        if type(pick.effects) == "function" then pick.effects(s)
        elseif pick.effects then for k, d in pairs(pick.effects) do s[k] = s[k] + d end end
        clamp(s)
        nxt = pick.next
        decisions = decisions + 1
      else
        nxt = scene.next
      end
      if type(nxt) == "function" then nxt = nxt(s) end
      scene = scenes[nxt]
    end
    playthroughs = playthroughs + 1
  end
end
local elapsed = os.clock() - start
print(string.format("%.0f %.0f %.1f 0", playthroughs / elapsed, decisions / elapsed, decisions / playthroughs))
