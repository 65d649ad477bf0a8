"""The bot's handlers, one ``Router`` per feature, wired in one place (``routers``).

Order matters: commands first (a /start is never taken for a comment), then ratings (a
chat waiting for a rating comment gets its next text taken as the comment), the region
picker, Rasa's buttons, shared locations, and last every other message, which goes to
the assistant.
"""

from __future__ import annotations

from aiogram import Router

from bot.channels.telegram.handlers import buttons, commands, location, messages, ratings, regions


def routers() -> list[Router]:
    return [commands.router, ratings.router, regions.router, buttons.router,
            location.router, messages.router]
