-- A stored check named its applicant by a foreign key to subject, which the subject module owns. PostgreSQL checks
-- such a key by locking the referenced row (FOR KEY SHARE): every credit check wrote a lock into a random page of the
-- subject table (WAL, a dirtied page, a full-page image after each checkpoint, and a multixact when two checks of the
-- same applicant overlap), some 20 % of what a check's grouped writes cost. The check has just read the applicant
-- from that table, and subjects are never deleted; the other modules' tables (records, ratings, list entries, the
-- audit trail) name subjects without a key too. (H2, the embedded default, keeps its key: there it costs nothing that
-- matters.)
ALTER TABLE credit_check DROP CONSTRAINT credit_check_subject_id_fkey;
