-- expect: 3: attempt to index a nil value (global 'io')
-- Reads a file it has no business reading.
local f = io.open("/etc/passwd")
