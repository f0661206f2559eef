-- expect: 3: collectgarbage("stop") is not available in scenarios
-- Turning the collector off would let garbage pile up without limit.
collectgarbage("stop")
