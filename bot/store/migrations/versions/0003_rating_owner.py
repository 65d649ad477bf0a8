"""the conversation an answer was given in (hashed), so only it may rate the answer, once

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Answers given before this revision have no owner ("") and cannot be rated through
    # the public API any more; their ratings stay as they are.
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("conversation", sa.String(64), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("conversation")
