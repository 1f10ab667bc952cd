"""linking: near-duplicate sources, actors, incidents, merge/split decisions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:24:58.105401
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("types", sa.JSON(), nullable=False),
        sa.Column("place", sa.JSON(), nullable=True),
        sa.Column("when", sa.JSON(), nullable=True),
        sa.Column("when_start", sa.Date(), nullable=True),
        sa.Column("independent_sources", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_when_start"), ["when_start"], unique=False)

    op.create_table(
        "link_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("claim_ids", sa.JSON(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "actor_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("actor_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_aliases_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "source_duplicates",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("source_id"),
    )
    with op.batch_alter_table("source_duplicates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_source_duplicates_group_id"), ["group_id"], unique=False
        )

    op.create_table(
        "claim_actors",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("claim_id", "role"),
    )
    with op.batch_alter_table("claim_actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_actors_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "incident_claims",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("matched_claim_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("features", sa.JSON(), nullable=False),
        sa.Column("origin", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("claim_id"),
    )
    with op.batch_alter_table("incident_claims", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_claims_incident_id"), ["incident_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("incident_claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_claims_incident_id"))

    op.drop_table("incident_claims")
    with op.batch_alter_table("claim_actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_actors_actor_id"))

    op.drop_table("claim_actors")
    with op.batch_alter_table("source_duplicates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_duplicates_group_id"))

    op.drop_table("source_duplicates")
    with op.batch_alter_table("actor_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_aliases_actor_id"))

    op.drop_table("actor_aliases")
    op.drop_table("link_decisions")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incidents_when_start"))

    op.drop_table("incidents")
    op.drop_table("actors")
