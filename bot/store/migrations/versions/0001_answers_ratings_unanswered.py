"""answers, ratings (好差评) and unanswered questions

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _created() -> sa.Column:
    return sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                     nullable=False)


def upgrade() -> None:
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer, primary_key=True),
        _created(),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("code", sa.String(128), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aspect", sa.String(32), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("region", sa.String(32), nullable=False),
        sa.Column("index_version", sa.String(64), nullable=False),
    )
    op.create_index("ix_answers_code", "answers", ["code"])
    op.create_table(
        "ratings",
        sa.Column("id", sa.Integer, primary_key=True),
        _created(),
        sa.Column("answer_id", sa.Integer, sa.ForeignKey("answers.id"), nullable=False),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name="score_1_to_5"),
    )
    op.create_index("ix_ratings_answer_id", "ratings", ["answer_id"])
    op.create_table(
        "unanswered",
        sa.Column("id", sa.Integer, primary_key=True),
        _created(),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("region", sa.String(32), nullable=False),
        sa.Column("suggestions", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("unanswered")
    op.drop_index("ix_ratings_answer_id", "ratings")
    op.drop_table("ratings")
    op.drop_index("ix_answers_code", "answers")
    op.drop_table("answers")
