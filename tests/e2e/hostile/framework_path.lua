-- expect: 4: framework '../../../../../../etc/passwd' is not a framework id
-- A framework id that walks out of scripts/frameworks/ to parse any file on
-- the machine, and leak its contents in syntax errors.
scenario { id = "hostile", title = "Hostile", start = "end",
           framework = "../../../../../../etc/passwd" }
scene "end" { ending = "Done" }
