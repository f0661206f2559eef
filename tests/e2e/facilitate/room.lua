-- A small scenario for the facilitated-room test: three decisions and a narration.
scenario { id = 'room', title = 'A Room', start = 'a',
  meters = { trust = { label = 'Trust', value = 50 } } }
scene 'a' { title = 'Monday',
  choice { id = 'a1', text = 'A1', score = { communication = 2, systems_thinking = -1 }, next = 'b' },
  choice { id = 'a2', text = 'A2', score = { systems_thinking = 2, communication = -1 }, next = 'b' },
  choice { id = 'a3', text = 'A3', score = { managing_resources = 1, communication = -1 }, next = 'b' } }
scene 'b' { title = 'Tuesday',
  choice { id = 'b1', text = 'B1', score = { systems_thinking = 1 }, next = 'n' },
  choice { id = 'b2', text = 'B2', score = { communication = 1, managing_resources = 2,
           measuring_performance = 1 }, next = 'n' } }
scene 'n' { text = 'Overnight.', next = 'c' }
scene 'c' { title = 'Wednesday',
  choice { id = 'c1', text = 'C1', score = { managing_resources = -1, communication = 1 }, next = 'e' },
  choice { id = 'c2', text = 'C2', score = { managing_resources = 1, measuring_performance = 1 }, next = 'e' } }
scene 'e' { ending = 'The end' }
