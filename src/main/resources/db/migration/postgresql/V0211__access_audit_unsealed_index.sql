-- The sealer looks for the entries not chained yet (chain_position IS NULL, in entry order) every second. The unique
-- index on chain_position holds a NULL for every entry ever written whose row version has not been vacuumed away, so
-- that lookup grew with the trail (0.3 to 0.5 s a call at 370,000 entries: a quarter of a core under a steady check
-- load). A partial index holds only the unsealed entries; and the trail is vacuumed after every 10,000 changed rows
-- rather than after a fifth of the table, so that the versions sealing leaves behind stay few in it too.
-- (H2, the embedded default, has neither partial indexes nor vacuum.)
CREATE INDEX audit_log_unsealed_idx ON audit_log (entry_id) WHERE chain_position IS NULL;
ALTER TABLE audit_log SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);
