-- expect: 3: attempt to call a nil value (global 'require')
-- Loads a native module.
local socket = require("socket")
