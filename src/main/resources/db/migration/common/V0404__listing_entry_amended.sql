-- An entry whose source record was corrected but still qualifies cites the corrected decision, legal basis and facts;
-- its history records the amendment and, in full, what it cited before (facts run to 4,000 characters, legal bases
-- to 1,000: the detail column grows to hold both).
ALTER TABLE list_entry_event DROP CONSTRAINT list_entry_event_action_ck;
ALTER TABLE list_entry_event ADD CONSTRAINT list_entry_event_action_ck CHECK (action IN (
    'INCLUDED', 'ACTIVATED', 'EXTENDED', 'EXPIRED', 'REMOVED_EARLY', 'REPAIRED', 'REVOKED', 'AMENDED'));
ALTER TABLE list_entry_event ALTER COLUMN detail SET DATA TYPE VARCHAR(8000);
