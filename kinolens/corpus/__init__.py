"""The corpus: reviews and their cards in a store (SQLite by default, PostgreSQL by URL)."""
