"""link: state of the last run and event block keys, so a run links only what changed

`link_state` (one row) records how far the last run got: claim, source and decision
high-waters, the user aliases and the extractor version it saw, and when it started.
`event_blocks` holds the block keys of every counted event claim (and the place keys of
statements), so the stored claims that could pair with a new one are found by index lookups.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26 04:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "link_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_high_water", sa.Integer(), nullable=False),
        sa.Column("source_high_water", sa.Integer(), nullable=False),
        sa.Column("decision_high_water", sa.Integer(), nullable=False),
        sa.Column("alias_digest", sa.String(length=64), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("ran_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "event_blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("start_ordinal", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_event_blocks_key_start", "event_blocks", ["key", "start_ordinal", "claim_id"]
    )
    op.create_index("ix_event_blocks_key_source", "event_blocks", ["key", "source_id", "claim_id"])
    op.create_index("ix_event_blocks_claim_id", "event_blocks", ["claim_id"])
    # What changed since the last run is found by these, not by reading every claim.
    op.create_index("ix_claims_extracted_at", "claims", ["extracted_at"])
    op.create_index("ix_claims_reviewed_at", "claims", ["reviewed_at"])
    op.create_index("ix_claim_edits_edited_at", "claim_edits", ["edited_at"])


def downgrade() -> None:
    op.drop_index("ix_claim_edits_edited_at", table_name="claim_edits")
    op.drop_index("ix_claims_reviewed_at", table_name="claims")
    op.drop_index("ix_claims_extracted_at", table_name="claims")
    op.drop_index("ix_event_blocks_claim_id", table_name="event_blocks")
    op.drop_index("ix_event_blocks_key_source", table_name="event_blocks")
    op.drop_index("ix_event_blocks_key_start", table_name="event_blocks")
    op.drop_table("event_blocks")
    op.drop_table("link_state")
