package org.credence.subject;

/**
 * Organisation types as the unified social credit code encodes them (character 1 registration authority, character 2
 * type). Stored as these short codes.
 */
public enum OrganisationType {
    GOVERNMENT_ORGAN,
    PUBLIC_INSTITUTION,
    SOCIAL_ORGANISATION,
    PRIVATE_NON_ENTERPRISE,
    FOUNDATION,
    ENTERPRISE,
    INDIVIDUAL_BUSINESS,
    COOPERATIVE,
    OTHER;

    /** The type that the authority and type characters of a code stand for; {@code OTHER} for the rest. */
    public static OrganisationType of(char authority, char type) {
        return switch (authority) {
            case '1' ->
                switch (type) {
                    case '1' -> GOVERNMENT_ORGAN;
                    case '2' -> PUBLIC_INSTITUTION;
                    default -> OTHER;
                };
            case '5' ->
                switch (type) {
                    case '1' -> SOCIAL_ORGANISATION;
                    case '2' -> PRIVATE_NON_ENTERPRISE;
                    case '3' -> FOUNDATION;
                    default -> OTHER;
                };
            case '9' ->
                switch (type) {
                    case '1' -> ENTERPRISE;
                    case '2' -> INDIVIDUAL_BUSINESS;
                    case '3' -> COOPERATIVE;
                    default -> OTHER;
                };
            case 'N' -> type == '1' || type == '2' || type == '3' ? COOPERATIVE : OTHER;
            default -> OTHER;
        };
    }
}
