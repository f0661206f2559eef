-- expect: 3: attempt to index a nil value (global 'os')
-- Reaches for the operating system.
os.execute("touch /tmp/leadsim-pwned")
