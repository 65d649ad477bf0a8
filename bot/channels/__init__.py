"""How citizens reach the assistant: the terminal chat, the web chat and Telegram.

Each talks to Rasa through one REST client (rasa_rest.py), with the conversation ids
of every channel named in one place (senders.py)."""
