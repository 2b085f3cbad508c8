-- A record's history is read by its record id (the subject id only narrows what is already one record), and a bulk
-- filing appends the history of new records in record id order. Keyed by subject first, every appended history row
-- landed on a random page of the key's index, which made the history cost almost half as much as the records
-- themselves; keyed by record it is an append at the index's right edge.
ALTER TABLE credit_record_event DROP CONSTRAINT credit_record_event_pk;
ALTER TABLE credit_record_event ADD CONSTRAINT credit_record_event_pk PRIMARY KEY (record_id, event_id);
