-- An entry whose source record was corrected but still qualifies cites the corrected decision, legal basis and facts;
-- its history records the amendment and what it cited before.
ALTER TABLE list_entry_event DROP CONSTRAINT list_entry_event_action_ck;
ALTER TABLE list_entry_event ADD CONSTRAINT list_entry_event_action_ck CHECK (action IN (
    'INCLUDED', 'ACTIVATED', 'EXTENDED', 'EXPIRED', 'REMOVED_EARLY', 'REPAIRED', 'REVOKED', 'AMENDED'));
