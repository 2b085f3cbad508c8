package org.credence.shared;

import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of the modules' asynchronous event listeners (and of nothing else here: modules that need threads own
 * them). Bounded, so that a bulk filing that publishes faster than the listeners keep up cannot pile events up in
 * memory: when the queue is full the publishing thread runs the listener itself, which slows the producer to the
 * consumers' pace instead of growing the heap. Events still queued when the process stops stay incomplete in the
 * durable registry and are published again on the next start.
 */
@Configuration(proxyBeanMethods = false)
class EventExecutionConfiguration {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(
            @Value("${credence.events.threads:2}") int threads, @Value("${credence.events.queue:16}") int queue) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setThreadNamePrefix("events-");
        return executor;
    }
}
