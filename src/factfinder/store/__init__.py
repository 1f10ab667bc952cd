"""The store: ORM tables, sessions, migrations and full-text search (SQLite or PostgreSQL)."""
