"""Tables of the store, created and migrated by kinolens (SQLAlchemy Core).

`kl_meta.schema_version` says which migrations ran; `migrate` applies the
missing ones in order, so an older store is brought up to date on open.
Full-text search is a SQLite FTS5 table over lemmas, or a PostgreSQL
`tsvector` column with the `russian` configuration.
"""
from __future__ import annotations

from sqlalchemy import (Column, Float, Index, Integer, MetaData, String, Table, Text, text)
from sqlalchemy.engine import Engine

SCHEMA_VERSION = 1
metadata = MetaData()

kl_meta = Table("kl_meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text))

films = Table(
    "films", metadata,
    Column("key", String(300), primary_key=True),
    Column("title", Text, nullable=False),
)
film_aliases = Table(
    "film_aliases", metadata,
    Column("alias_key", String(300), primary_key=True),
    Column("film_key", String(300), nullable=False, index=True),
    Column("alias", Text, nullable=False),
)
reviews = Table(
    "reviews", metadata,
    Column("id", String(300), primary_key=True),
    Column("seq", Integer, nullable=False, index=True),
    Column("film_key", String(300), index=True),
    Column("label", String(16), index=True),
    Column("p_positive", Float), Column("p_neutral", Float), Column("p_negative", Float),
    Column("rating", Float), Column("stated_rating", Float),
    Column("text", Text, nullable=False),
    Column("meta", Text, nullable=False),
    Column("card", Text, nullable=False),
)
review_people = Table(
    "review_people", metadata,
    Column("review_id", String(300), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("name_key", String(300), nullable=False, index=True),
    Column("kinds", Text, nullable=False),
    Column("characters", Text, nullable=False),
    Column("opinion", String(16)),
    Column("opinion_score", Float),
    Column("quote", Text),
)
review_aspects = Table(
    "review_aspects", metadata,
    Column("review_id", String(300), nullable=False, index=True),
    Column("aspect", String(32), nullable=False, index=True),
    Column("polarity", String(16), nullable=False),
    Column("score", Float),
    Column("quote", Text),
)
review_works = Table(
    "review_works", metadata,
    Column("review_id", String(300), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("kind", String(16)), Column("relation", String(16)),
)
errors = Table(
    "errors", metadata,
    Column("id", String(300), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("reason", Text, nullable=False),
)
Index("ix_review_people_review_name", review_people.c.review_id, review_people.c.name_key)


def migrate(engine: Engine) -> int:
    """Create what is missing and apply migrations; the schema version after."""
    metadata.create_all(engine)
    with engine.begin() as conn:
        row = conn.execute(text("SELECT value FROM kl_meta WHERE key = 'schema_version'")).first()
        version = int(row[0]) if row else 0
        if version < 1:
            _search_v1(conn, engine.dialect.name)
            version = 1
        conn.execute(kl_meta.delete().where(kl_meta.c.key == "schema_version"))
        conn.execute(kl_meta.insert().values(key="schema_version", value=str(version)))
    return version


def _search_v1(conn, dialect: str) -> None:
    if dialect == "sqlite":
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS review_fts USING fts5("
                          "review_id UNINDEXED, lemmas, tokenize = 'unicode61')"))
    elif dialect == "postgresql":
        conn.execute(text("ALTER TABLE reviews ADD COLUMN IF NOT EXISTS tsv tsvector"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_reviews_tsv ON reviews USING GIN (tsv)"))
