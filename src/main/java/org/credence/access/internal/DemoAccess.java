package org.credence.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.credence.access.AccessAdministration;
import org.credence.access.AccessAdministration.NewAccount;
import org.credence.access.AccessAdministration.OrganisationKind;
import org.credence.access.Role;
import org.credence.subject.NewMembership;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: seeds demo organisations, one user and one API key per role, prints them and writes them to
 * {@code <data-dir>/demo-credentials.txt}. Demo mode is on for the embedded H2 unless {@code credence.demo.enabled} is
 * false, and on PostgreSQL only when it is explicitly true. A PostgreSQL start outside demo mode refuses to run while
 * demo accounts exist: demo passwords are public knowledge.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoAccess implements ApplicationRunner {

    private static final String DEMO_PERSON = "11010519491231002X";
    private static final String DEMO_ASSOCIATION = "51350100M000100Y47";
    private static final String DEMO_PROVIDER = "fz-market-supervision";
    private static final String DEMO_COURT = "fz-intermediate-court";
    private static final Logger log = LoggerFactory.getLogger(DemoAccess.class);

    private final AccessAdministration administration;
    private final JdbcAccounts accounts;
    private final SubjectRegistry subjects;
    private final Environment environment;

    DemoAccess(
            AccessAdministration administration,
            JdbcAccounts accounts,
            SubjectRegistry subjects,
            Environment environment) {
        this.administration = administration;
        this.accounts = accounts;
        this.subjects = subjects;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.getProperty("credence.cli.enabled", Boolean.class, false)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        boolean embedded = url.startsWith("jdbc:h2:");
        String demoSetting = environment.getProperty("credence.demo.enabled");
        boolean demo = demoSetting == null ? embedded : Boolean.parseBoolean(demoSetting);
        if (!demo) {
            if (!embedded && accounts.anyDemoAccount()) {
                throw new IllegalStateException("Refusing to start: this PostgreSQL database holds demo accounts with"
                        + " published credentials. Disable them (access_account.enabled) or start with"
                        + " credence.demo.enabled=true for a demo installation.");
            }
            return;
        }
        Path file = Path.of(environment.getProperty("credence.data-dir", "./data"), "demo-credentials.txt");
        if (accounts.anyDemoAccount()) {
            log.info("Demo mode: demo credentials are in {}", file.toAbsolutePath());
            return;
        }
        List<String> lines = seed();
        write(file, lines);
        log.info(
                "Demo mode: seeded demo accounts (also written to {}):\n{}",
                file.toAbsolutePath(),
                String.join("\n", lines));
    }

    private List<String> seed() {
        administration.ensureOrganisation("CREDENCE", "信用平台运营中心 Credence platform operator", OrganisationKind.PLATFORM);
        administration.ensureOrganisation(
                "SAMR-FJ", "福建省市场监督管理局 Fujian market regulation", OrganisationKind.GOVERNMENT_DEPARTMENT);
        administration.ensureOrganisation("COURT-FJ", "福建省高级人民法院 Fujian High Court", OrganisationKind.COURT);
        administration.ensureOrganisation("CPA-FJ", "福建省注册会计师协会 Fujian CPA association", OrganisationKind.ASSOCIATION);
        administration.ensureOrganisation("BANK-DEMO", "示范银行 Demo bank", OrganisationKind.MARKET_INSTITUTION);
        // A provider's organisation code is its provider code in the catalogue: it submits as itself.
        administration.ensureOrganisation(
                DEMO_PROVIDER, "福州市市场监督管理局 Fuzhou market regulation", OrganisationKind.GOVERNMENT_DEPARTMENT);
        administration.ensureOrganisation(
                DEMO_COURT, "福州市中级人民法院 Fuzhou Intermediate People's Court", OrganisationKind.COURT);
        long person = demoPerson();
        administration.bindSubject("CPA-FJ", demoAssociation(person));
        List<String> lines = new ArrayList<>();
        lines.add("# Demo credentials (demo mode only). Users log in at /login; API clients send");
        lines.add("# 'Authorization: ApiKey <token>'. Role, organisation, user/password, API key:");
        account(lines, Role.CREDIT_OFFICER, "CREDENCE", null);
        account(lines, Role.PROVIDER, DEMO_PROVIDER, null);
        account(lines, Role.APPROVER, "SAMR-FJ", null);
        account(lines, Role.ASSOCIATION_OFFICER, "CPA-FJ", null);
        account(lines, Role.AUDITOR, "CREDENCE", null);
        account(lines, Role.ADMINISTRATOR, "CREDENCE", null);
        account(lines, Role.SUBJECT, null, person);
        // credit officers of two managing authorities, who decide on their lists' entries (a list's manual decisions
        // belong to its managing authority alone): market supervision's lists and the court's debtors list
        account(lines, Role.CREDIT_OFFICER, DEMO_PROVIDER, null, "demo-market-officer");
        account(lines, Role.CREDIT_OFFICER, DEMO_COURT, null, "demo-court-officer");
        return lines;
    }

    /**
     * The subject behind the demo subject account: the first person of the demo population, or, in a register
     * without persons, the standard's example number as a synthetic person.
     */
    private long demoPerson() {
        return subjects.firstOfKind(SubjectKind.PERSON)
                .orElseGet(() -> subjects.register(
                        new NewSubject(SubjectIdentifier.parse(DEMO_PERSON).orThrow(), "演示用户", null, null)))
                .subjectId();
    }

    /**
     * The association the demo association officer's organisation is: a social organisation on file, with the demo
     * person as a member, so that the officer has a member to look at.
     */
    private long demoAssociation(long member) {
        long association = switch (subjects.lookup(DEMO_ASSOCIATION)) {
            case SubjectLookup.Found found -> found.subject().subjectId();
            default ->
                subjects.register(new NewSubject(
                                SubjectIdentifier.parse(DEMO_ASSOCIATION).orThrow(), "福建省注册会计师协会", null, null))
                        .subjectId();
        };
        boolean isMember = subjects.membershipsOf(member).stream()
                .anyMatch(m -> m.association().subjectId() == association);
        if (!isMember) {
            subjects.addMembership(new NewMembership(member, association, LocalDate.of(2020, 1, 1), null));
        }
        return association;
    }

    private void account(List<String> lines, Role role, @Nullable String organisation, @Nullable Long subjectId) {
        account(
                lines,
                role,
                organisation,
                subjectId,
                "demo-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    private void account(
            List<String> lines, Role role, @Nullable String organisation, @Nullable Long subjectId, String base) {
        String password = base + "-password";
        administration.createAccount(new NewAccount(base, organisation, Set.of(role), subjectId, password, true));
        long client = administration.createAccount(
                new NewAccount(base + "-client", organisation, Set.of(role), subjectId, null, true));
        var key = administration.issueApiKey(client, Duration.ofDays(365));
        lines.add(String.join(
                "  ", role.name(), organisation == null ? "-" : organisation, base + " / " + password, key.token()));
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
