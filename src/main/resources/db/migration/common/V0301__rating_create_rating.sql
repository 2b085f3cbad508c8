-- Ratings: one row per subject and scheme, replaced as a whole (with its reasons and professions) in one transaction,
-- so that a reader sees either the old rating or the new one, each naming its standard version. read_at is the moment
-- the inputs were read: a rating computed from older inputs never replaces one computed from newer inputs.
CREATE TABLE rating (
    subject_id       BIGINT                   NOT NULL,
    scheme_code      VARCHAR(60)              NOT NULL,
    standard_id      BIGINT                   NOT NULL,
    standard_version INT                      NOT NULL,
    score            NUMERIC(9, 2)            NOT NULL,
    grade            VARCHAR(8)               NOT NULL,
    assignment_code  VARCHAR(60),
    as_of            DATE                     NOT NULL,
    valid_until      DATE,
    read_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    computed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    job_id           BIGINT,
    PRIMARY KEY (subject_id, scheme_code)
);
-- The daily sweep finds the ratings that time alone has made stale.
CREATE INDEX rating_valid_until_idx ON rating (valid_until);

-- Up to four reasons per rating, best explanation first, with the records that caused each (comma-separated ids).
CREATE TABLE rating_reason (
    subject_id  BIGINT        NOT NULL,
    scheme_code VARCHAR(60)   NOT NULL,
    reason_no   SMALLINT      NOT NULL,
    reason_code VARCHAR(60)   NOT NULL,
    points      NUMERIC(9, 2),
    record_ids  VARCHAR(240),
    PRIMARY KEY (subject_id, scheme_code, reason_no),
    CONSTRAINT rating_reason_no_ck CHECK (reason_no BETWEEN 1 AND 4)
);

-- The professions a person is rated in under a professional scheme, with the region and score, for rankings.
CREATE TABLE rating_profession (
    subject_id      BIGINT        NOT NULL,
    scheme_code     VARCHAR(60)   NOT NULL,
    profession_code VARCHAR(40)   NOT NULL,
    region_code     CHAR(6)       NOT NULL,
    score           NUMERIC(9, 2) NOT NULL,
    PRIMARY KEY (subject_id, scheme_code, profession_code)
);
CREATE INDEX rating_profession_rank_idx ON rating_profession (scheme_code, profession_code, region_code, score);
