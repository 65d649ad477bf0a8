"""The citizens' web chat: a static page served by the app, relaying to Rasa's REST channel."""

from bot.channels.web.routes import web_router

__all__ = ["web_router"]
