-- A full re-rating of a rated population on PostgreSQL writes its ratings into tables of its own (named after the job)
-- and switches them in at the end (RatingRebuild): rebuilding says so while the job runs. Subjects the incremental
-- path rates meanwhile are noted once each in rating_touch, and rated again by the job when it switches its tables in.
ALTER TABLE rating_job ADD COLUMN rebuilding BOOLEAN DEFAULT FALSE NOT NULL;
CREATE TABLE rating_touch (
    job_id     BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    PRIMARY KEY (job_id, subject_id)
);
