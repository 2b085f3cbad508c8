-- Name-prefix search (LIKE 'prefix%') needs a pattern-ops index on PostgreSQL whatever the database collation.
CREATE INDEX subject_name_prefix_idx ON subject (name text_pattern_ops, subject_id);
