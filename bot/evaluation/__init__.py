"""Harnesses that measure the assistant: what its answers contain, per kind of question."""
