-- Check ids are handed out by the server in blocks (group commit: an answer names its id before it is written), from
-- this sequence, which steps by a block; the column no longer generates ids of its own, so that no other path can
-- collide with a block.
CREATE SEQUENCE credit_check_id_block INCREMENT BY 100;
SELECT setval('credit_check_id_block', COALESCE((SELECT MAX(check_id) FROM credit_check), 0) + 1, false);
ALTER TABLE credit_check ALTER COLUMN check_id DROP IDENTITY;
