package org.credence.subject.internal;

import org.credence.shared.cli.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code credence rekey-identifiers}: after adding a key and making it active, re-encrypt what older keys hold. */
@Component
@Command(
        name = "rekey-identifiers",
        description = "Re-encrypt stored identifiers under the active key (after a key rotation).")
class RekeyIdentifiersCommand implements CliCommand {

    private final IdentifierMaintenance maintenance;

    RekeyIdentifiersCommand(IdentifierMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public Integer call() {
        long protectedRows = maintenance.protectClearRows();
        long reencrypted = maintenance.reencrypt();
        System.out.printf(
                "Re-encrypted %,d identifiers under the active key; protected %,d stored in clear.%n",
                reencrypted, protectedRows);
        return 0;
    }
}
