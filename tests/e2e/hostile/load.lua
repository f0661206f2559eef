-- expect: 3: attempt to call a nil value (global 'load')
-- Compiles code at run time, which would sidestep every check on the file.
local f = load("return os")
