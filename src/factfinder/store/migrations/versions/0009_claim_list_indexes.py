"""store: indexes that serve the claim lists' filters in their reading order

The web lists filter claims by review status, type or source and show them in reading order
(source, position); without these a filtered page sorted every matching claim first.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 22:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_claims_reading_order": ["source_id", "start", "id"],
    "ix_claims_status_reading_order": ["review_status", "source_id", "start", "id"],
    "ix_claims_type_reading_order": ["type", "source_id", "start", "id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "claims", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="claims")
