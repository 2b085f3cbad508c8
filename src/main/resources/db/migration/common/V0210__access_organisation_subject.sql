-- An organisation using the platform may itself be on file as a subject: an association is, and its officers reach
-- exactly the members in force of that subject. The binding is the association's, not the officer's.
ALTER TABLE access_organisation ADD COLUMN subject_id BIGINT;
CREATE INDEX access_organisation_subject_idx ON access_organisation (subject_id);
