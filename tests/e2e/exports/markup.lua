-- Exports: a story whose every text carries markup, so each format must escape it.
scenario {
  id = "markup", title = "<script>alert('title')</script> & the *budget* | table",
  role = "Director <i>acting</i>", minutes = 5, start = "memo",
  summary = "A <b>summary</b> with & and \"quotes\"; [a link](http://example.com).",
  meters = { trust = { label = "Trust <em>& goodwill</em>", value = 50 } },
  reflection = { "What would you <u>ask</u> first? | and why", "# Not a heading" },
}
scene "memo" {
  title = "Monday <img src=x onerror=alert(1)>", speaker = "Dana & Co",
  text = [[The memo says: <a href="http://example.com/x">click</a>.

- a list item with *stars*
- and `code`]],
  choice { id = "ask", text = "Ask <why> & how", feedback = "Asking **first** helps.\n\nA second paragraph.",
           score = { self_awareness = 2, communication = 1, effective_decision_making = -1 }, effects = { trust = 5 },
           next = "press" },
  choice { id = "act", text = "Act | now", feedback = "Fast, but <blind>.",
           score = { effective_decision_making = 2, communication = -1 }, effects = { trust = -10 }, next = "press" },
  choice { text = "Wait", feedback = "Time passes.", score = { self_awareness = -1, communication = -1 },
           next = "press" },
}
scene "press" {
  title = "1. Tuesday", text = "A reporter calls: \"Comment?\"",
  choice { id = "speak", text = "Speak on the record", feedback = "Open & calm.",
           score = { communication = 2, engaging_stakeholders = 1 }, effects = { trust = 5 }, next = "end" },
  choice { id = "decline", text = "Decline", feedback = "Silence <reads> as hiding.",
           score = { communication = -1, engaging_stakeholders = -1 }, next = "end" },
}
scene "end" { ending = "Done <well>", text = "It ends & you rest." }
