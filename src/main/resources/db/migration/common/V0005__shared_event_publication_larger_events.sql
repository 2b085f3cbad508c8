-- A bulk filing publishes one event per chunk (RecordsFiled: up to a few thousand records, about 200 characters
-- each), not one per record; the serialized event needs room for it. 10,000,000 is within both databases' limits.
ALTER TABLE event_publication ALTER COLUMN serialized_event SET DATA TYPE VARCHAR(10000000);
