package org.credence;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;

/**
 * Entry point: without arguments (or with options only) the web server starts; with a command name first
 * ({@code credence import-subjects people.csv}) the same application runs that command without a web server and
 * exits with its code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class CredenceApplication {

    public static void main(String[] args) {
        boolean commandMode = args.length > 0 && !args[0].startsWith("-");
        var builder = new SpringApplicationBuilder(CredenceApplication.class);
        if (commandMode) {
            builder.web(WebApplicationType.NONE)
                    .properties("credence.cli.enabled=true", "spring.main.banner-mode=off", "logging.level.root=warn")
                    .logStartupInfo(false);
        }
        ConfigurableApplicationContext context = builder.run(args);
        if (commandMode) {
            System.exit(org.springframework.boot.SpringApplication.exit(context));
        }
    }
}
