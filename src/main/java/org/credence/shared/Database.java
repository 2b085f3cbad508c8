package org.credence.shared;

import java.sql.Connection;
import java.util.Collection;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
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

    /**
     * The condition "{@code column} is one of the values bound to {@code param}": one array parameter on PostgreSQL
     * (the same statement, and plan, for any number of values, where an IN list of a thousand placeholders is parsed
     * and planned anew every time), an IN list on H2. Bind the values with {@link #longs} or {@link #strings}.
     */
    public String isAnyOf(String column, String param) {
        return isPostgres() ? column + " = ANY(:" + param + ")" : column + " IN (:" + param + ")";
    }

    /** Values for {@link #isAnyOf}. */
    public Object longs(Collection<Long> values) {
        return isPostgres() ? new SqlArrayValue("bigint", values.toArray()) : values;
    }

    /** Values for {@link #isAnyOf}. */
    public Object strings(Collection<String> values) {
        return isPostgres() ? new SqlArrayValue("varchar", values.toArray()) : values;
    }

    /**
     * The values as SQL string literals, comma-separated, for the statements that take no parameters (one that
     * creates a table from a query, or a {@code COPY (SELECT ...)}).
     */
    public static String literals(Collection<String> values) {
        return String.join(
                ", ", values.stream().map(v -> "'" + v.replace("'", "''") + "'").toList());
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
