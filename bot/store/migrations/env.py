"""Alembic environment: the URL comes from the caller (bot/store/journal.py upgrade()).

On PostgreSQL the migrations run under an advisory lock: app workers started together on a
new database (``guidebot up --workers N``, units started at once) each open the journal and
upgrade; the first creates the schema, the others wait for the lock and find it done,
instead of failing on a table another worker is creating. SQLite has one writer anyway.
"""

from __future__ import annotations

import zlib

from alembic import context
from sqlalchemy import create_engine, text

from bot.store.models import Base

#: The advisory lock's key: any fixed number that no other lock of the database uses.
MIGRATION_LOCK = zlib.crc32(b"guidebot schema migrations")

config = context.config
url = config.get_main_option("sqlalchemy.url")


def _advisory(connection, call: str) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"SELECT {call}(:key)"), {"key": MIGRATION_LOCK})
        connection.commit()


if context.is_offline_mode():
    context.configure(url=url, target_metadata=Base.metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(url)
    with engine.connect() as connection:
        _advisory(connection, "pg_advisory_lock")  # held by the session, released below
        try:
            context.configure(connection=connection, target_metadata=Base.metadata,
                              render_as_batch=connection.dialect.name == "sqlite")
            with context.begin_transaction():
                context.run_migrations()
        finally:
            _advisory(connection, "pg_advisory_unlock")
    engine.dispose()
