"""What keeps the citizen side and the plumbing between the processes closed: the secret the
assistant's processes show each other, body-size limits, and the citizens' page headers."""
