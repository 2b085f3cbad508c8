package org.credence.rating;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The rating integration tests' context: the application with a clock the tests move. */
@TestConfiguration(proxyBeanMethods = false)
public class RatingTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
