-- A rating's reasons move into the rating's own row (encoded as in ReasonColumn: CODE:hundredths:id,id;...), so that a
-- full re-rating writes one row per rating instead of up to five. The rows written so far are carried over.
ALTER TABLE rating ADD COLUMN reasons VARCHAR(1300);
UPDATE rating r SET reasons = (
    SELECT STRING_AGG(x.reason_code || ':' || COALESCE(CAST(CAST(x.points * 100 AS BIGINT) AS VARCHAR), '') || ':'
                          || COALESCE(x.record_ids, ''), ';' ORDER BY x.reason_no)
    FROM rating_reason x
    WHERE x.subject_id = r.subject_id AND x.scheme_code = r.scheme_code);
DROP TABLE rating_reason;
