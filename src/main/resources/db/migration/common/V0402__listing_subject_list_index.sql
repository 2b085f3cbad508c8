-- The automatic rules look up a subject's open entries on one list for every matching record. With only
-- (subject_id, in_force_from) the planner may prefer list_entry_list_idx and walk a whole list (seen at 17 ms per
-- lookup after a bulk load with stale statistics). Leading with the subject and the list serves both that lookup and
-- the check's read of a subject's entries.
DROP INDEX list_entry_subject_idx;
CREATE INDEX list_entry_subject_idx ON list_entry (subject_id, list_code, in_force_from);
