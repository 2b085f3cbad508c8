package org.credence.subject.internal;

import java.time.LocalDate;
import java.util.List;
import org.credence.shared.ApiException;
import org.credence.subject.LicenceStatus;
import org.credence.subject.NewRegistration;
import org.credence.subject.Profession;
import org.credence.subject.ProfessionalRegistration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Professions and the professional registrations (licences) of natural persons. */
@Component
class RegistrationStore {

    private static final String COLUMNS =
            "registration_id, subject_id, profession_code, licence_number, issuer, valid_from, valid_to, status";

    private final JdbcClient jdbc;
    private final SubjectProfiles profiles;

    RegistrationStore(JdbcClient jdbc, SubjectProfiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    List<Profession> professions() {
        return jdbc.sql("SELECT code, name_zh, name_en FROM profession ORDER BY sort_order")
                .query(Profession.class)
                .list();
    }

    ProfessionalRegistration add(NewRegistration registration) {
        SubjectProfile subject = profiles.require(registration.subjectId(), "subjectId");
        if (!professionExists(registration.professionCode())) {
            throw ApiException.invalid(
                    "profession-unknown",
                    "professionCode",
                    "no profession has the code " + registration.professionCode());
        }
        LinkRules.registration(subject, registration.validFrom()).orThrow();
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO professional_registration
                        (subject_id, profession_code, licence_number, issuer, valid_from, valid_to, status)
                    VALUES (:subject, :profession, :licence, :issuer, :from, :to, :status)
                    """)
                    .param("subject", registration.subjectId())
                    .param("profession", registration.professionCode())
                    .param("licence", registration.licenceNumber())
                    .param("issuer", registration.issuer())
                    .param("from", registration.validFrom())
                    .param("to", registration.validTo())
                    .param("status", registration.status().name())
                    .update(keys, "registration_id");
        } catch (DuplicateKeyException e) {
            throw Refusals.conflict(
                    "licence-exists",
                    "licenceNumber",
                    "licence number " + registration.licenceNumber() + " is already on file for "
                            + registration.professionCode());
        }
        return new ProfessionalRegistration(
                keys.getKeyAs(Number.class).longValue(),
                registration.subjectId(),
                registration.professionCode(),
                registration.licenceNumber(),
                registration.issuer(),
                registration.validFrom(),
                registration.validTo(),
                registration.status());
    }

    List<ProfessionalRegistration> of(long subjectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM professional_registration WHERE subject_id = :id"
                        + " ORDER BY valid_from, registration_id")
                .param("id", subjectId)
                .query((rs, n) -> new ProfessionalRegistration(
                        rs.getLong("registration_id"),
                        rs.getLong("subject_id"),
                        rs.getString("profession_code"),
                        rs.getString("licence_number"),
                        rs.getString("issuer"),
                        rs.getObject("valid_from", LocalDate.class),
                        SubjectRows.date(rs, "valid_to"),
                        LicenceStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private boolean professionExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM profession WHERE code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
