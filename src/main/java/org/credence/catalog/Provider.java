package org.credence.catalog;

import java.util.Set;

/**
 * A data provider: a department, court, association, credit service body or public institution, and the record
 * types it may submit.
 *
 * @param regionCode the 6-digit administrative division the provider serves
 */
public record Provider(
        String code, String nameZh, String nameEn, ProviderKind kind, String regionCode, Set<String> recordTypes) {

    public Provider {
        recordTypes = Set.copyOf(recordTypes);
    }

    /** Whether this provider may submit records of the type. */
    public boolean permits(String recordTypeCode) {
        return recordTypes.contains(recordTypeCode);
    }
}
