#!/usr/bin/env bash
# Bench fixture: loads a synthetic population straight into the subject, professional_registration and credit_record
# tables with psql COPY (bypassing the application: this is a fixture, not an import). Usage: load-fixture.sh N DB
set -euo pipefail
N=${1:?subjects}
DB=${2:?database}
HERE=$(cd "$(dirname "$0")" && pwd)
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -q)

"${PSQL[@]}" -c "TRUNCATE rating, rating_profession, rating_job, credit_record_event, credit_record,
                  professional_registration, subject_role, association_membership, subject_name_history, subject
                  RESTART IDENTITY CASCADE"
python3 "$HERE/fixture.py" subjects "$N" | "${PSQL[@]}" -c "\copy subject (subject_id, kind, identifier_hash, identifier_cipher, identifier_key_id, identifier_masked, name,
    region_code, birth_date, sex, organisation_type, registration_status, created_at, updated_at) FROM STDIN"
python3 "$HERE/fixture.py" registrations "$N" | "${PSQL[@]}" -c "\copy professional_registration (registration_id,
    subject_id, profession_code, licence_number, issuer, valid_from, valid_to, status) FROM STDIN"
python3 "$HERE/fixture.py" records "$N" | "${PSQL[@]}" -c "\copy credit_record (record_id, subject_id, provider_code,
    source_reference, record_type, edition_code, polarity, disclosure, severity, status, version, decision_number,
    legal_basis, decision_date, effective_from, effective_to, summary, payload, content_hash, publication_date,
    publicity_min_end, publicity_max_end, last_batch_id, last_batch_line, filed_at, updated_at) FROM STDIN"
"${PSQL[@]}" -c "SELECT setval(pg_get_serial_sequence('subject', 'subject_id'), (SELECT MAX(subject_id) FROM subject))" \
    -c "SELECT setval('credit_record_id_seq', (SELECT MAX(record_id) FROM credit_record))" \
    -c "SELECT setval(pg_get_serial_sequence('professional_registration', 'registration_id'),
        GREATEST(1, (SELECT MAX(registration_id) FROM professional_registration)))" >/dev/null
"${PSQL[@]}" -c "VACUUM ANALYZE subject" -c "VACUUM ANALYZE professional_registration" -c "VACUUM ANALYZE credit_record"
