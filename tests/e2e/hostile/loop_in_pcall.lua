-- expect: 5: this code ran more than
-- An endless loop that tries to swallow the budget's error with pcall.
while true do
  pcall(function()
    while true do end
  end)
end
