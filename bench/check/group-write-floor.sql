-- pgbench script: the durable writes of :group credit checks committed together (-D group=N), as the server's group
-- commit writes them (CheckJournal), and nothing else: the stored answers, of the benchmark's typical size, and their
-- audit entries, each table in one statement. One transaction stands for :group checks. No reading, no deciding, no
-- HTTP and no sealing of the audit chain: a bound on the check rate with durable per-check records that no server can
-- beat.
BEGIN;
INSERT INTO credit_check (check_id, subject_id, matter_type, purpose, case_number, decision, edition_code, actor,
                          organisation, checked_at, answer)
SELECT nextval('credit_check_id_block'), 1 + (random() * (:subjects - 1))::bigint, 'government-procurement',
       'ADMINISTRATIVE_APPROVAL', 'FLOOR-' || g, 'PROCEED', '2021', 'bench-floor', 'fz-public-resource-trading', now(),
       repeat('x', 560)
FROM generate_series(1, :group) g;
INSERT INTO audit_log (occurred_at, actor, organisation, action, subject_id, purpose, case_number, outcome, detail)
SELECT now(), 'bench-floor', 'fz-public-resource-trading', 'credit.check', 1 + (random() * (:subjects - 1))::bigint,
       'ADMINISTRATIVE_APPROVAL', 'FLOOR-' || g, 'ALLOWED', 'check for government-procurement: PROCEED'
FROM generate_series(1, :group) g;
COMMIT;
