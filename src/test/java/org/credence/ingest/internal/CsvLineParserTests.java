package org.credence.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.credence.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class CsvLineParserTests {

    @Test
    void splitsQuotedFieldsWithCommasAndDoubledQuotes() {
        assertThat(CsvLineParser.split("a,\"b, c\",\"say \"\"hi\"\"\",,\"\""))
                .containsExactly("a", "b, c", "say \"hi\"", "", "");
    }

    @Test
    void refusesBrokenQuoting() {
        assertThatThrownBy(() -> CsvLineParser.split("a,\"b")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> CsvLineParser.split("a,b\"c")).hasMessageContaining("character 4");
        assertThatThrownBy(() -> CsvLineParser.split("\"a\"b")).hasMessageContaining("after a closing quote");
    }

    @Test
    void acceptsHeadersInAnyCaseOrSnakeCase() {
        var header = CsvLineParser.header("IDENTIFIER,record_type,Source_Reference,decision-date,summary,severity");
        assertThat(header.problems()).isEmpty();
        var parsed = header.parser().parse("x,administrative-penalty,R1,2026-01-01,s,GENERAL");
        assertThat(parsed).isInstanceOfSatisfying(ParsedLine.Fields.class, f -> {
            assertThat(f.submission().recordType()).isEqualTo("administrative-penalty");
            assertThat(f.submission().severity()).isEqualTo("GENERAL");
            assertThat(f.submission().payload()).isNull();
        });
    }

    @Test
    void reportsUnknownRepeatedAndMissingColumns() {
        assertThat(CsvLineParser.header("identifier,identifier,recordType,colour")
                        .problems())
                .extracting(FieldProblem::code)
                .containsExactly(
                        "duplicate-column", "unknown-column", "missing-column", "missing-column", "missing-column");
    }

    @Test
    void reportsAWrongNumberOfFields() {
        var parser = CsvLineParser.header("identifier,recordType,sourceReference,decisionDate,summary")
                .parser();
        assertThat(parser.parse("a,b,c"))
                .isInstanceOfSatisfying(
                        ParsedLine.Malformed.class,
                        m -> assertThat(m.problems().getFirst().message())
                                .isEqualTo("the line has 3 fields, the header 5"));
    }
}
