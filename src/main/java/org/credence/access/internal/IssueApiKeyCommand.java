package org.credence.access.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.credence.access.AccessAdministration;
import org.credence.access.AccessAdministration.AccountView;
import org.credence.access.AccessAdministration.IssuedApiKey;
import org.credence.access.AccessAdministration.NewAccount;
import org.credence.access.AccessAdministration.OrganisationKind;
import org.credence.access.Role;
import org.credence.shared.cli.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credence issue-api-key --name ops-admin --role ADMINISTRATOR}: the operator's way in on a fresh
 * installation (the first administrator has no one to ask over HTTP), and how scripts such as benchmarks get a
 * client. Creates the API client account if it does not exist, then issues a key and prints its token once.
 */
@Component
@Command(
        name = "issue-api-key",
        mixinStandardHelpOptions = true,
        description = "Creates an API client account if missing and issues it a key; prints the token once.")
class IssueApiKeyCommand implements CliCommand {

    private final AccessAdministration administration;

    @Option(names = "--name", required = true, description = "the API client's account name")
    @Nullable
    String name;

    @Option(names = "--role", required = true, description = "its role(s), e.g. APPROVER (repeatable)")
    @Nullable
    Set<Role> roles;

    @Option(names = "--organisation", description = "its organisation's code (a provider code for providers)")
    @Nullable
    String organisation;

    @Option(
            names = "--organisation-kind",
            defaultValue = "GOVERNMENT_DEPARTMENT",
            description = "for a new organisation")
    OrganisationKind organisationKind = OrganisationKind.GOVERNMENT_DEPARTMENT;

    @Option(names = "--validity", defaultValue = "P30D", description = "how long the key is valid (ISO-8601)")
    Duration validity = Duration.ofDays(30);

    IssueApiKeyCommand(AccessAdministration administration) {
        this.administration = administration;
    }

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (name == null || roles == null || roles.isEmpty()) {
            out.println("--name and --role are required");
            return 2;
        }
        if (roles.contains(Role.SUBJECT)) {
            out.println("a subject's account is bound to its subject: it is not issued from the command line");
            return 2;
        }
        if (organisation != null) {
            administration.ensureOrganisation(organisation, organisation, organisationKind);
        }
        long accountId = administration.accounts().stream()
                .filter(a -> a.name().equals(name))
                .mapToLong(AccountView::accountId)
                .findFirst()
                .orElseGet(() ->
                        administration.createAccount(new NewAccount(name, organisation, roles, null, null, false)));
        IssuedApiKey key = administration.issueApiKey(accountId, validity);
        out.println("API key for " + name + " (key id " + key.keyId() + ", expires " + key.expiresAt() + "):");
        out.println(key.token());
        return 0;
    }
}
