package org.credence.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class CsvLineParserProperties {

    @Property
    void splitsWhatAWriterQuotedBackIntoTheSameCells(
            @ForAll @Size(min = 1, max = 12) List<@StringLength(max = 20) String> cells) {
        List<String> oneLine =
                cells.stream().map(c -> c.replace('\n', ' ').replace('\r', ' ')).toList();
        String line =
                oneLine.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
        assertThat(CsvLineParser.split(line)).isEqualTo(oneLine);
    }
}
