"""The Telegram channel (aiogram 3): citizens ask in Telegram, the assistant answers.

A thin channel over the running assistant, like the terminal chat (``bot/channels/terminal.py``):
every message goes to Rasa's REST webhook as conversation ``tg-<chat_id>`` and every
answer comes back from there. Modules:

- ``cli`` and ``runner``: the process (``guidebot telegram``), long polling or webhook;
- ``service``: the bot as a service supervised by ``guidebot up`` when a token is set;
- ``handlers``: one router per feature (commands, ratings, regions, buttons, location,
  messages);
- ``relay``: one turn, Rasa's messages to Telegram messages and keyboards;
- ``keyboards``: inline keyboards and callback data within 64 bytes;
- ``middleware``: each update answered once; pacing and 429 retries;
- ``backends``: Rasa and the app over HTTP; ``store``: per-chat region, payload keys;
- ``text``: splitting under Telegram's 4,096 characters.
"""
