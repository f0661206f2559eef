-- expect: 3: table.move would need more work than a scenario call may do
-- A trillion element moves inside one C call, with no instructions to count.
table.move({}, 1, 2^40, 2)
