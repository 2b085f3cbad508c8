package org.credence.synthetic.internal;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.credence.subject.SubjectImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Fills an empty register with a small synthetic population on start, so that a fresh {@code run} has something to
 * show. Never in command mode, never twice (the register is no longer empty), and on PostgreSQL only when asked.
 */
@Component
@ConditionalOnProperty(name = "credence.cli.enabled", havingValue = "false", matchIfMissing = true)
// Before the demo accounts (lowest precedence), which bind the demo subject account to a person it loads.
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final SubjectImport imports;
    private final SyntheticPopulation population;
    private final DataSource dataSource;

    DemoDataLoader(
            DemoProperties properties, SubjectImport imports, SyntheticPopulation population, DataSource dataSource) {
        this.properties = properties;
        this.imports = imports;
        this.population = population;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the demo population if the settings and the register allow; returns whether it did. */
    boolean load() {
        if (!properties.wantedOn(databaseProduct()) || !imports.isRegisterEmpty()) {
            return false;
        }
        var size = new SyntheticPopulation.Size(properties.persons(), properties.organisations(), properties.seed());
        Population loaded = population.toDatabase(size, done -> {});
        log.info(
                "Loaded demo data: {} persons, {} organisations, {} roles, {} professional registrations,"
                        + " {} association memberships (seed {})",
                loaded.persons(),
                loaded.organisations(),
                loaded.roles(),
                loaded.registrations(),
                loaded.memberships(),
                properties.seed());
        return true;
    }

    private String databaseProduct() {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
