"""linking: stored MinHash signatures and LSH band keys of sources

Near-duplicate grouping used to re-read and re-hash every source text on every link run. With
each source's signature and its band keys stored, a new source's candidates are found by an
index lookup on the band keys, and only the candidates' signatures are read.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26 04:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "source_signatures",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("hashvalues", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("source_id"),
    )
    op.create_table(
        "source_bands",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("band", sa.Integer(), nullable=False),
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("source_id", "band"),
    )
    op.create_index("ix_source_bands_band_key", "source_bands", ["band", "key"])


def downgrade() -> None:
    op.drop_index("ix_source_bands_band_key", table_name="source_bands")
    op.drop_table("source_bands")
    op.drop_table("source_signatures")
