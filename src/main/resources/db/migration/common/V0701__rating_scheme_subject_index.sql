-- Paging through one scheme's ratings in subject id order (RatingEngine#grades, for inspection draws) without
-- scanning every scheme's rows.
CREATE INDEX rating_scheme_subject_idx ON rating (scheme_code, subject_id);
