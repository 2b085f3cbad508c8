package org.credence.access.internal;

import org.credence.access.AuditTrail;
import org.credence.access.ChainVerification;
import org.credence.shared.cli.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code credence verify-audit}: exit code 0 when the audit chain verifies, 1 with the first broken entry if not. */
@Component
@Command(name = "verify-audit", description = "Verify the audit trail's hash chain and report the first broken entry.")
class VerifyAuditCommand implements CliCommand {

    private final AuditTrail audit;

    VerifyAuditCommand(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Integer call() {
        ChainVerification result = audit.verify();
        if (result.intact()) {
            System.out.printf("Audit chain intact: %,d entries verified.%n", result.entriesChecked());
            return 0;
        }
        System.out.printf(
                "Audit chain BROKEN at position %d: %s (%,d entries verified before it).%n",
                result.firstBrokenPosition(), result.problem(), result.entriesChecked());
        return 1;
    }
}
