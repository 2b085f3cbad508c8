package org.credence.support;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * API clients for tests, one per role, created once per Spring context through the real access facade; and HTTP
 * clients that authenticate as them and name a purpose their role permits.
 */
public final class TestAccounts {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    /** A purpose each role may name, and a case number, for purpose-bound reads. */
    public static final Map<Role, String> PURPOSES = Map.of(
            Role.SUBJECT, "OWN_REQUEST",
            Role.PROVIDER, "DATA_CORRECTION",
            Role.APPROVER, "ADMINISTRATIVE_APPROVAL",
            Role.CREDIT_OFFICER, "SUPERVISION_INSPECTION",
            Role.ASSOCIATION_OFFICER, "SELF_DISCIPLINE",
            Role.AUDITOR, "AUDIT");

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final Map<Role, String> names = new EnumMap<>(Role.class);
    private final long subjectId;
    private final String subjectIdentifier;

    /**
     * @param organisation the organisation of the accounts (a provider code for the provider's client)
     */
    public TestAccounts(AccessAdministration administration, SubjectRegistry subjects, String organisation) {
        administration.ensureOrganisation(
                organisation,
                "Test organisation " + organisation,
                AccessAdministration.OrganisationKind.GOVERNMENT_DEPARTMENT);
        var person = TestIdentifiers.person();
        this.subjectIdentifier = person.value();
        this.subjectId =
                subjects.register(new NewSubject(person, "测试主体", null, null)).subjectId();
        for (Role role : Role.values()) {
            String name = "test-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + SEQUENCE.incrementAndGet();
            long account = administration.createAccount(new AccessAdministration.NewAccount(
                    name,
                    role == Role.SUBJECT ? null : organisation,
                    Set.of(role),
                    role == Role.SUBJECT ? subjectId : null,
                    null,
                    false));
            names.put(role, name);
            tokens.put(
                    role,
                    administration.issueApiKey(account, Duration.ofDays(1)).token());
        }
    }

    /** The account name of the role's client, as the audit trail records it. */
    public String name(Role role) {
        return names.get(role);
    }

    public String token(Role role) {
        return tokens.get(role);
    }

    /** The subject that the SUBJECT account is. */
    public long subjectId() {
        return subjectId;
    }

    public String subjectIdentifier() {
        return subjectIdentifier;
    }

    /** A client authenticating as the role, naming a purpose it permits (with a case number). */
    public RestClient client(int port, Role role) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + token(role))
                .defaultHeader("X-Purpose", PURPOSES.getOrDefault(role, "NONE"))
                .defaultHeader("X-Case-Number", "TEST-CASE-1")
                .build();
    }

    public static RestClient anonymous(int port) {
        return RestClient.builder().baseUrl("http://localhost:" + port).build();
    }
}
