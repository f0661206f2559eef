scenario { id = "broken-syntax", title = "Broken", start = "a" }
scene "a" {
  text = "Missing a comma"
  choice { text = "Go", next = "a" },
}
