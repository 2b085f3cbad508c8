package org.credence.listing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.credence.listing.EntryStatus;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The seeded definitions and entries for rule tests, without Spring. */
final class Definitions {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final DefinitionParser PARSER = new DefinitionParser(JSON);

    private Definitions() {}

    static String text(String file) {
        try (InputStream in = Definitions.class.getResourceAsStream("/listing/definitions/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DefinitionDocument seed(String file) {
        return parse(text(file));
    }

    static DefinitionDocument parse(String text) {
        return switch (PARSER.parse(text, null)) {
            case DefinitionParser.Valid valid -> valid.document();
            case DefinitionParser.Invalid invalid -> throw new AssertionError(invalid.problems());
        };
    }

    static DefinitionDocument debtors() {
        return seed("010-dishonest-judgment-debtors-v1.json");
    }

    static DefinitionDocument serious() {
        return seed("020-serious-illegal-dishonesty-v1.json");
    }

    static DefinitionDocument abnormal() {
        return seed("030-abnormal-operations-v1.json");
    }

    static DefinitionDocument tourismBlacklist() {
        return seed("050-tourism-blacklist-v1.json");
    }

    static DefinitionDocument marketBan() {
        return seed("070-market-ban-v1.json");
    }

    static DefinitionDocument aGrade() {
        return seed("080-a-grade-taxpayers-v1.json");
    }

    static Subject organisation() {
        return new Subject(1L, SubjectKind.ORGANISATION, null);
    }

    static Subject person(LocalDate born) {
        return new Subject(2L, SubjectKind.PERSON, born);
    }

    /** An entry made under the definition, with the dates given. */
    static EntryRow entry(
            DefinitionDocument def,
            EntryStatus status,
            LocalDate includedOn,
            LocalDate inForceFrom,
            @Nullable Integer termMonths) {
        return new EntryRow(
                7L,
                1L,
                SubjectKind.ORGANISATION,
                def.code(),
                def.version(),
                def.definition().kind(),
                Origin.MANUAL,
                status,
                "D-1",
                "basis",
                "facts",
                "reasons",
                null,
                null,
                includedOn,
                inForceFrom,
                termMonths,
                Terms.end(includedOn, termMonths),
                status.isEnded() ? includedOn.plusDays(1) : null,
                status.isEnded() ? "ended" : null,
                Set.of(),
                List.of(),
                List.of(),
                OffsetDateTime.parse("2026-01-01T00:00Z"));
    }
}
