-- The lookup hash is hexadecimal: byte order is its only sensible order, and under the database's default collation
-- every index comparison goes through the locale's collation routine. Bulk filings resolve a few thousand hashes per
-- chunk; with the "C" collation the same lookup costs about half (measured 22 ms -> 11 ms for 1,500 hashes).
-- PostgreSQL only: H2 compares strings by code point already.
ALTER TABLE subject ALTER COLUMN identifier_hash SET DATA TYPE VARCHAR(64) COLLATE "C";
