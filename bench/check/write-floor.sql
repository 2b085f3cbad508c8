-- pgbench script: the durable writes of one credit check and nothing else (the stored answer, of the benchmark's
-- typical size, and its audit entry, committed together, one transaction per check), for the check benchmark's write
-- floor. The server commits checks in groups (CheckJournal), so under load it writes more cheaply than this.
\set subject random(1, :subjects)
BEGIN;
INSERT INTO credit_check (check_id, subject_id, matter_type, purpose, case_number, decision, edition_code, actor, organisation,
                          checked_at, answer)
VALUES (nextval('credit_check_id_block'), :subject, 'government-procurement', 'ADMINISTRATIVE_APPROVAL', 'FLOOR-1', 'PROCEED', '2021', 'bench-floor',
        'fz-public-resource-trading', now(), repeat('x', 560));
INSERT INTO audit_log (occurred_at, actor, organisation, action, subject_id, purpose, case_number, outcome, detail)
VALUES (now(), 'bench-floor', 'fz-public-resource-trading', 'credit.check', :subject, 'ADMINISTRATIVE_APPROVAL',
        'FLOOR-1', 'ALLOWED', 'check for government-procurement: PROCEED');
COMMIT;
