package org.credence.shared.backlog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param poll how long the drainer sleeps when every queue is empty (or deferred)
 * @param maxDeferral how long queued work may wait for running bulk jobs to finish before it is done anyway
 * @param enabled whether this instance works through the queues; false leaves them to other instances (or to a later
 *     start), for an instance kept for requests or a benchmark that measures one job at a time
 */
@ConfigurationProperties("credence.backlog")
public record BacklogProperties(
        @DefaultValue("PT0.5S") Duration poll,
        @DefaultValue("PT2M") Duration maxDeferral,
        @DefaultValue("true") boolean enabled) {

    public BacklogProperties {
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("credence.backlog.poll must be positive");
        }
        if (maxDeferral.isNegative()) {
            throw new IllegalArgumentException("credence.backlog.max-deferral must not be negative");
        }
    }
}
