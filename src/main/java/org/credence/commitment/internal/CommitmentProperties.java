package org.credence.commitment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the commitment module ({@code credence.commitment.*}).
 *
 * @param filingProvider the provider that files commitment and breach records when the department recording them is
 *     not itself a provider permitted to (for example a subject signing, or a licensing office that submits nothing)
 * @param seed whether the templates under {@code commitment/templates/} are loaded at start
 */
@ConfigurationProperties("credence.commitment")
record CommitmentProperties(
        @DefaultValue("fz-credit-centre") String filingProvider,
        @DefaultValue("true") boolean seed) {

    CommitmentProperties {
        if (filingProvider.isBlank()) {
            throw new IllegalArgumentException("credence.commitment.filing-provider must name a provider");
        }
    }
}
