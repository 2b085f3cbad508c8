-- Check ids are handed out by the server in blocks (group commit: an answer names its id before it is written), from
-- this sequence, which steps by a block; the column no longer generates ids of its own, so that no other path can
-- collide with a block.
CREATE SEQUENCE credit_check_id_block START WITH 1 INCREMENT BY 100;
ALTER SEQUENCE credit_check_id_block RESTART WITH (SELECT COALESCE(MAX(check_id), 0) + 1 FROM credit_check);
ALTER TABLE credit_check ALTER COLUMN check_id DROP IDENTITY;
