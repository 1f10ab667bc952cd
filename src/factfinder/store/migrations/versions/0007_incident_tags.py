"""web: tags on incidents, and reviewers' edits of claims kept beside the machine's reading

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 22:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # No foreign key to incidents: `link` rebuilds the incidents table on every run while
    # keeping the ids, and tags must outlive that (as comments do).
    op.create_table(
        "incident_tags",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=100), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("incident_id", "tag"),
    )
    op.create_index("ix_incident_tags_tag", "incident_tags", ["tag"])
    # The extractor's values of the fields a reviewer edited (field → value); the claim's own
    # columns hold the reviewer's values, which a re-extraction never overwrites.
    op.add_column("claims", sa.Column("original_values", sa.JSON(), nullable=True))
    op.create_table(
        "claim_edits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("old", sa.JSON(), nullable=True),
        sa.Column("new", sa.JSON(), nullable=True),
        sa.Column("edited_by", sa.String(length=200), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_claim_edits_claim_id", "claim_edits", ["claim_id"])


def downgrade() -> None:
    op.drop_index("ix_claim_edits_claim_id", table_name="claim_edits")
    op.drop_table("claim_edits")
    op.drop_column("claims", "original_values")
    op.drop_index("ix_incident_tags_tag", table_name="incident_tags")
    op.drop_table("incident_tags")
