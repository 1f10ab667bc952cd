"""protect: confidentiality levels on sources and claims, persons with pseudonyms, protected terms

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 22:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Everything stored before levels existed was treated as visible to all: public.
    # Plain ALTER TABLE ADD COLUMN (no batch copy), so the full-text triggers on sources stay.
    for table in ("sources", "claims"):
        op.add_column(
            table,
            sa.Column("level", sa.String(length=20), nullable=False, server_default="public"),
        )
        op.create_index(f"ix_{table}_level", table, ["level"])
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("identity", sa.Text(), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=False, server_default="public"),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pseudonym"),
    )
    op.create_index("ix_persons_level", "persons", ["level"])
    op.create_table(
        "protected_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.Text(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("protected_terms")
    op.drop_index("ix_persons_level", table_name="persons")
    op.drop_table("persons")
    for table in ("claims", "sources"):
        op.drop_index(f"ix_{table}_level", table_name=table)
        op.drop_column(table, "level")
