"""Handoff to a person (转人工, 帮办代办): tickets, staffed hours, the conversation so far,
and delivery of the agents' replies (service.py ties them together)."""
