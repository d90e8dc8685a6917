"""The tables of the event store, as SQLAlchemy Core metadata.

The same definitions serve SQLite and PostgreSQL. Dates are SQL ``DATE`` (ISO strings in
SQLite, so range filters compare correctly on both), JSON is ``JSON`` on SQLite and ``JSONB``
on PostgreSQL. The migrations in ``migrations.py`` create these tables; change the schema
by adding a migration, never by editing a released one.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

metadata = sa.MetaData()

# JSON documents: JSONB on PostgreSQL (indexable, compact), JSON text elsewhere.
JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
Timestamp = sa.DateTime(timezone=True)

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("applied_at", Timestamp, nullable=False),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("article_id", sa.Text, primary_key=True),
    sa.Column("content_hash", sa.Text, nullable=False),  # sha256 hex of the analysed text
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("published_origin", sa.Text),
    sa.Column("published_confidence", sa.Text),
    sa.Column("from_html", sa.Boolean, nullable=False, default=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("num_mentions", sa.Integer, nullable=False, default=0),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Index("ix_articles_published", "published"),
    sa.Index("ix_articles_source", "source"),
)

mentions = sa.Table(
    "mentions", metadata,
    # seq is the insertion order (never reused: AUTOINCREMENT on SQLite, an identity on PG);
    # resolution anchors stable event ids on the earliest mention.
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("mention_id", sa.Text, nullable=False, unique=True),
    sa.Column("article_id", sa.Text,
              sa.ForeignKey("articles.article_id", ondelete="CASCADE"), nullable=False),
    sa.Column("plover_event", sa.Text, nullable=False),
    sa.Column("plover_mode", sa.Text),
    sa.Column("acled_event_type", sa.Text),
    sa.Column("acled_sub_event_type", sa.Text),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("hedged", sa.Boolean, nullable=False),
    sa.Column("trigger_text", sa.Text, nullable=False),
    sa.Column("trigger_start", sa.Integer, nullable=False),
    sa.Column("trigger_end", sa.Integer, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    sa.Column("sentence_text", sa.Text, nullable=False),  # for substring search (q)
    sa.Column("country", sa.Text),
    sa.Column("location_name", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("start_date", sa.Date),
    sa.Column("end_date", sa.Date),
    sa.Column("date_precision", sa.Text),
    sa.Column("date_origin", sa.Text),
    sa.Column("killed", sa.Integer),
    sa.Column("injured", sa.Integer),
    sa.Column("arrested", sa.Integer),
    sa.Column("participants", sa.Integer),
    # Actor sectors as ",GOV,CVL," so one LIKE finds a sector on both backends.
    sa.Column("sectors", sa.Text, nullable=False, default=""),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("data", JSONType, nullable=False),  # the full contract event
    sa.Index("ix_mentions_article", "article_id"),
    sa.Index("ix_mentions_dates", "start_date", "end_date"),
    sa.Index("ix_mentions_country", "country"),
    sa.Index("ix_mentions_event", "plover_event"),
    sa.Index("ix_mentions_acled", "acled_event_type"),
    sa.Index("ix_mentions_status", "status"),
    sqlite_autoincrement=True,
)

errors = sa.Table(
    "errors", metadata,
    sa.Column("error_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.Text),
    sa.Column("code", sa.Text, nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("where", sa.Text),
    sa.Column("created_at", Timestamp, nullable=False),
    sa.Index("ix_errors_doc", "doc_id"),
    sqlite_autoincrement=True,
)

events = sa.Table(
    "events", metadata,
    sa.Column("event_id", sa.Text, primary_key=True),
    sa.Column("plover_event", sa.Text, nullable=False),
    sa.Column("plover_mode", sa.Text),
    sa.Column("acled_event_type", sa.Text),
    sa.Column("acled_sub_event_type", sa.Text),
    sa.Column("status", sa.Text),
    sa.Column("start_date", sa.Date),
    sa.Column("end_date", sa.Date),
    sa.Column("date_precision", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("location_name", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("killed", sa.Integer),
    sa.Column("injured", sa.Integer),
    sa.Column("arrested", sa.Integer),
    sa.Column("participants", sa.Integer),
    sa.Column("sectors", sa.Text, nullable=False, default=""),
    sa.Column("num_mentions", sa.Integer, nullable=False),
    sa.Column("num_articles", sa.Integer, nullable=False),
    sa.Column("num_sources", sa.Integer, nullable=False),
    sa.Column("first_seq", sa.Integer),  # seq of the earliest mention: a stable default order
    sa.Column("data", JSONType, nullable=False),  # resolve.merged_to_dict output
    sa.Index("ix_events_dates", "start_date", "end_date"),
    sa.Index("ix_events_country", "country"),
    sa.Index("ix_events_event", "plover_event"),
    sa.Index("ix_events_acled", "acled_event_type"),
    sa.Index("ix_events_status", "status"),
)

event_mentions = sa.Table(
    "event_mentions", metadata,
    sa.Column("event_id", sa.Text, sa.ForeignKey("events.event_id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("mention_id", sa.Text, primary_key=True),
    sa.Index("ix_event_mentions_mention", "mention_id"),
)

# Tables in creation order (parents before children).
TABLES_V1 = (articles, mentions, errors, events, event_mentions)
