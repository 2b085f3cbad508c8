package org.credence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Entry point of the Credence platform: the web server by default, a command when arguments name one. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class CredenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CredenceApplication.class, args);
    }
}
