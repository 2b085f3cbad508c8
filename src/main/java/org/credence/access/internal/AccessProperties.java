package org.credence.access.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.credence.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credence.access.*}: permitted purposes of use per role, purposes that need a case number, and rate limits.
 *
 * @param purposes the purposes each role may name for reads of non-public data
 * @param caseRequired purposes that are only accepted with a case number
 * @param publicRequestsPerMinute per client address, for anonymous callers
 * @param loginAttemptsPerMinute per client address, for the login form
 */
@ConfigurationProperties("credence.access")
record AccessProperties(
        Map<Role, Set<String>> purposes,

        @DefaultValue({
            "ADMINISTRATIVE_APPROVAL",
            "PUBLIC_PROCUREMENT",
            "MARKET_ACCESS",
            "QUALIFICATION_ACCREDITATION",
            "POLICY_SUPPORT",
            "SUPERVISION_INSPECTION",
            "OBJECTION_HANDLING",
            "CREDIT_REPAIR"
        })
        Set<String> caseRequired,

        @DefaultValue("300") int publicRequestsPerMinute,
        @DefaultValue("10") int loginAttemptsPerMinute,
        @DefaultValue("PT1S") Duration auditSealInterval) {

    AccessProperties {
        purposes = purposes == null ? Map.of() : Map.copyOf(purposes);
        if (purposes.containsKey(Role.ADMINISTRATOR)) {
            throw new IllegalStateException(
                    "credence.access.purposes.ADMINISTRATOR must not be set: administrators see no credit data");
        }
        if (publicRequestsPerMinute < 1 || loginAttemptsPerMinute < 1) {
            throw new IllegalStateException("credence.access rate limits must be at least 1 per minute");
        }
    }

    boolean permits(Set<Role> roles, String purpose) {
        return roles.stream().anyMatch(r -> purposes.getOrDefault(r, Set.of()).contains(purpose));
    }
}
