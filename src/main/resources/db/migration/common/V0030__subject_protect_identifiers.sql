-- Identifiers at rest: the lookup column holds a keyed hash (HMAC-SHA-256, hex) instead of the clear value, beside it
-- the value encrypted with AES-GCM, the id of the key that encrypted it, and the masked display form. Rows written
-- before this migration still hold the clear value in identifier_hash with no cipher; IdentifierBackfill protects
-- them at start-up.
ALTER TABLE subject RENAME COLUMN identifier TO identifier_hash;
ALTER TABLE subject ALTER COLUMN identifier_hash SET DATA TYPE VARCHAR(64);
ALTER TABLE subject ADD COLUMN identifier_cipher VARCHAR(100);
ALTER TABLE subject ADD COLUMN identifier_key_id VARCHAR(16);
ALTER TABLE subject ADD COLUMN identifier_masked VARCHAR(18);
