-- pgbench script: one round trip to PostgreSQL that does nothing, for the check benchmark's budget: the least a
-- statement can cost a server.
SELECT 1;
