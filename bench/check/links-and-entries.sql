-- Bench fixture for the credit check (psql -v entries=N): a legal representative for every organisation, and N list
-- entries in force spread over random subjects, written straight into the tables (a fixture, not the product's
-- inclusion path: entries carry no history rows).
INSERT INTO subject_role (subject_id, person_subject_id, role, valid_from)
SELECT o.subject_id, p.subject_id, 'LEGAL_REPRESENTATIVE', DATE '2020-01-01'
FROM (SELECT subject_id, row_number() OVER (ORDER BY subject_id) AS n FROM subject WHERE kind = 'ORGANISATION') o
JOIN (SELECT subject_id, row_number() OVER (ORDER BY subject_id DESC) AS n FROM subject WHERE kind = 'PERSON') p
  ON p.n = o.n;

WITH picked AS (
    SELECT subject_id, kind, row_number() OVER (ORDER BY md5(subject_id::text)) AS n FROM subject
), chosen AS (
    SELECT subject_id, kind, n,
           CASE WHEN kind = 'PERSON' THEN (CASE WHEN n % 4 = 0 THEN 'market-ban' ELSE 'dishonest-judgment-debtors' END)
                ELSE (ARRAY['dishonest-judgment-debtors', 'serious-illegal-dishonesty', 'abnormal-operations',
                            'market-ban', 'a-grade-taxpayers'])[1 + n % 5] END AS list_code
    FROM picked WHERE n <= :entries
)
INSERT INTO list_entry (subject_id, subject_kind, list_code, list_version, kind, origin, status, decision_number,
    legal_basis, facts, reasons, included_on, in_force_from, term_months, term_end, extends_to, barred_matter_types,
    barred_sectors, dedupe_key, decided_by, created_at, updated_at)
SELECT subject_id, kind, list_code, 1,
       CASE list_code WHEN 'abnormal-operations' THEN 'KEY_ATTENTION' WHEN 'market-ban' THEN 'MARKET_BAN'
                      WHEN 'a-grade-taxpayers' THEN 'RED' ELSE 'BLACK' END,
       'MANUAL', 'ACTIVE', 'BENCH-' || n, 'bench fixture legal basis', 'bench fixture facts', 'bench fixture reasons',
       DATE '2026-06-01' - (n % 300)::int, DATE '2026-06-01' - (n % 300)::int,
       CASE WHEN list_code IN ('abnormal-operations', 'a-grade-taxpayers') THEN NULL ELSE 24 END,
       CASE WHEN list_code IN ('abnormal-operations', 'a-grade-taxpayers') THEN NULL
            ELSE DATE '2028-06-01' - (n % 300)::int END,
       CASE WHEN list_code IN ('dishonest-judgment-debtors', 'market-ban')
            THEN 'LEGAL_REPRESENTATIVE,PRINCIPAL,DIRECTLY_RESPONSIBLE,ACTUAL_CONTROLLER' ELSE '' END,
       CASE WHEN list_code = 'market-ban' THEN 'public-bidding,government-procurement' ELSE '' END,
       '', 'bench:' || n, 'bench', now(), now()
FROM chosen;
