package org.credence.shared;

import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database the platform runs on, for the few paths that use a PostgreSQL feature ({@code COPY}, arrays,
 * planner statistics) and keep a portable path for the embedded H2.
 */
@Component
public class Database {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    Database(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Objects.equals(
                    jdbc.execute((Connection con) -> con.getMetaData().getDatabaseProductName()), "PostgreSQL");
            postgres = known;
        }
        return known;
    }
}
