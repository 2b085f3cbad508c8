-- H2 serves LIKE 'prefix%' from an ordinary index.
CREATE INDEX subject_name_prefix_idx ON subject (name, subject_id);
