-- A subject rated many times while a rebuild runs is noted once: rated again once at the switch.
DROP INDEX rating_touch_job_idx;
ALTER TABLE rating_touch ADD PRIMARY KEY (job_id, subject_id);
