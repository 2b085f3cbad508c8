-- A full re-rating of a rated population on PostgreSQL writes its ratings into tables of its own and switches them in
-- at the end (RatingRebuild): rebuild_table names them while the job runs. Subjects the incremental path rates
-- meanwhile are noted in rating_touch, and rated again by the job when it switches its tables in.
ALTER TABLE rating_job ADD COLUMN rebuild_table VARCHAR(60);
CREATE TABLE rating_touch (
    job_id     BIGINT NOT NULL,
    subject_id BIGINT NOT NULL
);
CREATE INDEX rating_touch_job_idx ON rating_touch (job_id);
