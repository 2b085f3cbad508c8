package org.credence.access.internal;

import static org.credence.access.Role.ADMINISTRATOR;
import static org.credence.access.Role.APPROVER;
import static org.credence.access.Role.ASSOCIATION_OFFICER;
import static org.credence.access.Role.AUDITOR;
import static org.credence.access.Role.CREDIT_OFFICER;
import static org.credence.access.Role.PROVIDER;
import static org.credence.access.Role.SUBJECT;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.access.Role;
import org.springframework.http.HttpMethod;

/**
 * Who may call which endpoint: the one table the security filter chain is built from. A request that matches no rule
 * is denied, so a new endpoint is closed until a rule here opens it (and the authorisation matrix test names it).
 * Finer scoping (a subject's own file, a provider's own submissions, an association's own members) happens behind
 * the rule, in the interceptors and the modules.
 */
final class EndpointPolicy {

    /** One rule; no roles means public (anonymous callers allowed). */
    record Rule(HttpMethod method, String pattern, Set<Role> roles) {

        boolean isPublic() {
            return roles.isEmpty();
        }
    }

    private static final Set<Role> PUBLIC = Set.of();
    private static final Set<Role> FILE_READERS =
            EnumSet.of(CREDIT_OFFICER, APPROVER, PROVIDER, SUBJECT, ASSOCIATION_OFFICER);

    static final List<Rule> RULES = List.of(
            // Operations and documentation
            rule(HttpMethod.GET, "/actuator/health/**", PUBLIC),
            rule(HttpMethod.GET, "/actuator/info", PUBLIC),
            rule(HttpMethod.GET, "/actuator/**", Set.of(ADMINISTRATOR)),
            rule(HttpMethod.GET, "/api/docs/**", PUBLIC),
            rule(HttpMethod.GET, "/api/openapi/**", PUBLIC),
            rule(HttpMethod.GET, "/api/openapi", PUBLIC),
            rule(HttpMethod.GET, "/api/openapi.yaml", PUBLIC),
            rule(HttpMethod.GET, "/api/docs", PUBLIC),
            rule(HttpMethod.GET, "/swagger-ui/**", PUBLIC),
            rule(HttpMethod.GET, "/error", PUBLIC),
            // Who am I
            rule(HttpMethod.GET, "/api/v1/me", EnumSet.allOf(Role.class)),
            // Subject registry
            rule(HttpMethod.GET, "/api/v1/professions", PUBLIC),
            rule(HttpMethod.POST, "/api/v1/subjects", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/subjects/imports", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/subjects/*/roles", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/subjects/*/registrations", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/subjects/*/members", Set.of(CREDIT_OFFICER, ASSOCIATION_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/subjects", Set.of(CREDIT_OFFICER, APPROVER, PROVIDER)),
            rule(HttpMethod.GET, "/api/v1/subjects/*", FILE_READERS),
            rule(HttpMethod.GET, "/api/v1/subjects/*/members", Set.of(CREDIT_OFFICER, ASSOCIATION_OFFICER)),
            // Catalogue: published reference data is public; a new edition is the credit officers' work
            rule(HttpMethod.GET, "/api/v1/catalog/**", PUBLIC),
            rule(HttpMethod.POST, "/api/v1/catalog/editions", Set.of(CREDIT_OFFICER)),
            // Collection and records
            rule(HttpMethod.POST, "/api/v1/records", Set.of(PROVIDER)),
            rule(HttpMethod.POST, "/api/v1/records/batches", Set.of(PROVIDER)),
            rule(HttpMethod.GET, "/api/v1/records/batches/**", Set.of(PROVIDER)),
            rule(HttpMethod.GET, "/api/v1/records/*", Set.of(CREDIT_OFFICER, PROVIDER)),
            rule(HttpMethod.GET, "/api/v1/subjects/*/records", FILE_READERS),
            // Credit evaluation: standards are public once published, ratings are read under a purpose
            rule(HttpMethod.GET, "/api/v1/standards/drafts", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/standards", PUBLIC),
            rule(HttpMethod.GET, "/api/v1/standards/*", PUBLIC),
            rule(HttpMethod.POST, "/api/v1/standards", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/standards/*/publish", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/standards/*/retire", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/standards/*/simulate", Set.of(CREDIT_OFFICER)),
            // Not providers: a rating is computed from every provider's records
            rule(
                    HttpMethod.GET,
                    "/api/v1/subjects/*/ratings",
                    EnumSet.of(CREDIT_OFFICER, APPROVER, SUBJECT, ASSOCIATION_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/rankings", Set.of(CREDIT_OFFICER, ASSOCIATION_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/rating-jobs", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/rating-jobs/*", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/rating-jobs", Set.of(CREDIT_OFFICER)),
            // Joint measures are public; credit checks are the approving departments' (and credit officers')
            rule(HttpMethod.GET, "/api/v1/measures", PUBLIC),
            rule(HttpMethod.GET, "/api/v1/measures/editions", PUBLIC),
            rule(HttpMethod.GET, "/api/v1/measures/editions/*", PUBLIC),
            rule(HttpMethod.POST, "/api/v1/measures/editions", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/checks", Set.of(APPROVER, CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/checks/batches", Set.of(APPROVER, CREDIT_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/checks/*", Set.of(APPROVER, CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/checks/*/feedback", Set.of(APPROVER)),
            rule(HttpMethod.GET, "/api/v1/checks/*/feedback", Set.of(APPROVER, CREDIT_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/list-entries/*/check-feedback", Set.of(CREDIT_OFFICER)),
            // Lists: definitions and published entries are public (key-attention entries are scoped in the module);
            // decisions are the credit officers' (of the managing authority, checked in the module)
            rule(HttpMethod.GET, "/api/v1/lists", PUBLIC),
            rule(HttpMethod.GET, "/api/v1/lists/*", PUBLIC),
            rule(HttpMethod.POST, "/api/v1/lists", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/lists/*/entries", PUBLIC),
            rule(HttpMethod.POST, "/api/v1/lists/*/entries", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/list-entries/*", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/list-entries/*/removal", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/list-entries/*/extension", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/list-entries/*/revocation", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/list-entries/*/repair", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/subjects/*/list-entries", FILE_READERS),
            // Credit commitments: texts are public; signing by the applicant or its department; findings by the
            // department (scoped to its own cases in the module)
            rule(HttpMethod.GET, "/api/v1/commitment-templates", PUBLIC),
            rule(HttpMethod.GET, "/api/v1/commitment-templates/*", PUBLIC),
            rule(HttpMethod.POST, "/api/v1/commitment-templates", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/commitments", Set.of(SUBJECT, APPROVER)),
            rule(HttpMethod.GET, "/api/v1/commitments/*", Set.of(SUBJECT, APPROVER, CREDIT_OFFICER)),
            rule(HttpMethod.POST, "/api/v1/commitments/*/fulfilment", Set.of(APPROVER)),
            rule(HttpMethod.POST, "/api/v1/commitments/*/breach", Set.of(APPROVER)),
            rule(HttpMethod.GET, "/api/v1/subjects/*/commitments", Set.of(SUBJECT, APPROVER, CREDIT_OFFICER)),
            // Categorized supervision: profiles and published draws are public; drawing and publishing are the
            // credit officers' work (an unpublished draw answers 404 to anyone else)
            rule(HttpMethod.GET, "/api/v1/supervision-profiles", PUBLIC),
            rule(HttpMethod.GET, "/api/v1/supervision-profiles/*", PUBLIC),
            rule(HttpMethod.POST, "/api/v1/supervision-profiles", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/inspection-draws", PUBLIC),
            rule(HttpMethod.POST, "/api/v1/inspection-draws", Set.of(CREDIT_OFFICER)),
            rule(HttpMethod.GET, "/api/v1/inspection-draws/*", PUBLIC),
            rule(HttpMethod.GET, "/api/v1/inspection-draws/*/targets", PUBLIC),
            rule(HttpMethod.GET, "/api/v1/inspection-draws/*/verification", PUBLIC),
            rule(HttpMethod.POST, "/api/v1/inspection-draws/*/publish", Set.of(CREDIT_OFFICER)),
            // Audit
            rule(HttpMethod.GET, "/api/v1/audit", Set.of(AUDITOR)),
            rule(HttpMethod.GET, "/api/v1/audit/verify", Set.of(AUDITOR)),
            rule(HttpMethod.GET, "/api/v1/subjects/*/access-log", Set.of(SUBJECT, CREDIT_OFFICER, AUDITOR)),
            // Accounts
            rule(HttpMethod.PUT, "/api/v1/access/organisations/*", Set.of(ADMINISTRATOR)),
            rule(HttpMethod.GET, "/api/v1/access/accounts", Set.of(ADMINISTRATOR)),
            rule(HttpMethod.POST, "/api/v1/access/accounts", Set.of(ADMINISTRATOR)),
            rule(HttpMethod.POST, "/api/v1/access/accounts/*/keys", Set.of(ADMINISTRATOR)),
            rule(HttpMethod.DELETE, "/api/v1/access/keys/*", Set.of(ADMINISTRATOR)));

    private EndpointPolicy() {}

    private static Rule rule(HttpMethod method, String pattern, Set<Role> roles) {
        return new Rule(method, pattern, roles);
    }
}
