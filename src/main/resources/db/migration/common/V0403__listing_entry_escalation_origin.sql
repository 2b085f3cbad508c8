-- Entries made by an escalation rule (an entry left open on another list for a given time, as abnormal operations
-- escalate to the serious list after three years).
ALTER TABLE list_entry DROP CONSTRAINT list_entry_origin_ck;
ALTER TABLE list_entry ADD CONSTRAINT list_entry_origin_ck CHECK (origin IN ('MANUAL', 'RECORD', 'REPEAT', 'ESCALATE', 'GRADE'));
