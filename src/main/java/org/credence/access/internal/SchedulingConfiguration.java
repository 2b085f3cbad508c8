package org.credence.access.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work (audit sealing) runs in the server, not in one-shot command-line runs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "credence.cli.enabled", havingValue = "false", matchIfMissing = true)
class SchedulingConfiguration {}
