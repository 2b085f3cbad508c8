package org.credence.subject.internal.imports;

import java.util.Locale;
import org.credence.subject.IdentifierParse;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectKind;
import org.credence.subject.internal.IdentifierProtector;
import org.jspecify.annotations.Nullable;

/** Checks a split line field by field; the first problem found rejects the line. */
final class RowValidator {

    private static final int MAX_NAME = 200;

    private RowValidator() {}

    /** Where a rejected line goes. */
    @FunctionalInterface
    interface Rejections {
        void reject(long line, @Nullable String field, String code, String message);
    }

    /** The validated row, or {@code null} after telling the sink why the line is rejected. */
    static @Nullable ImportRow validate(RawRow raw, Rejections sink, IdentifierProtector protector) {
        long line = raw.line();
        if (raw.identifier() == null) {
            sink.reject(line, ImportCodes.IDENTIFIER, ImportCodes.MISSING_FIELD, "the identifier is missing");
            return null;
        }
        SubjectIdentifier id;
        switch (SubjectIdentifier.parse(raw.identifier())) {
            case IdentifierParse.Rejected r -> {
                sink.reject(line, ImportCodes.IDENTIFIER, r.reason().code(), r.message());
                return null;
            }
            case IdentifierParse.Accepted a -> id = a.identifier();
        }
        String name = raw.name();
        if (name == null) {
            sink.reject(line, ImportCodes.NAME, ImportCodes.EMPTY_NAME, "the name is empty");
            return null;
        }
        if (name.length() > MAX_NAME) {
            sink.reject(line, ImportCodes.NAME, ImportCodes.NAME_TOO_LONG, "the name is longer than 200 characters");
            return null;
        }
        String region = raw.regionCode();
        if (region != null && !ResidentIdentityNumber.isRegionCode(region)) {
            sink.reject(
                    line,
                    ImportCodes.REGION_CODE,
                    ImportCodes.INVALID_REGION,
                    "the region code must be 6 digits starting with a province code");
            return null;
        }
        String status = raw.registrationStatus();
        if (!statusFits(id.kind(), status, line, sink)) {
            return null;
        }
        if (id.kind() == SubjectKind.ORGANISATION) {
            status = status == null ? RegistrationStatus.ACTIVE.name() : status.toUpperCase(Locale.ROOT);
        }
        return ImportRow.of(id, protector.protect(id), name, region, status);
    }

    private static boolean statusFits(SubjectKind kind, @Nullable String status, long line, Rejections sink) {
        if (status == null) {
            return true;
        }
        if (kind == SubjectKind.PERSON) {
            sink.reject(
                    line,
                    ImportCodes.REGISTRATION_STATUS,
                    ImportCodes.NOT_APPLICABLE,
                    "a natural person has no registration status");
            return false;
        }
        String upper = status.toUpperCase(Locale.ROOT);
        for (RegistrationStatus known : RegistrationStatus.values()) {
            if (known.name().equals(upper)) {
                return true;
            }
        }
        sink.reject(
                line,
                ImportCodes.REGISTRATION_STATUS,
                ImportCodes.INVALID_STATUS,
                "the registration status must be ACTIVE, SUSPENDED, REVOKED or DEREGISTERED");
        return false;
    }
}
