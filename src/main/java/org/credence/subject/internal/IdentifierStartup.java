package org.credence.subject.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, before anything else reads subjects: no identifier stays in clear from an earlier version. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentifierStartup implements ApplicationRunner {

    private final IdentifierMaintenance maintenance;

    IdentifierStartup(IdentifierMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public void run(ApplicationArguments args) {
        maintenance.protectClearRows();
    }
}
