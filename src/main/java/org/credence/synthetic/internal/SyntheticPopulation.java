package org.credence.synthetic.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.credence.subject.SubjectImport;
import org.springframework.stereotype.Component;

/** Runs the generator into files or into the database. */
@Component
class SyntheticPopulation {

    private static final int DATABASE_CHUNK = 20_000;

    private final SubjectImport imports;
    private final Regions regions = Regions.load();

    SyntheticPopulation(SubjectImport imports) {
        this.imports = imports;
    }

    Population toFiles(Path directory, boolean csv, Size size, LongConsumer progress) throws IOException {
        Files.createDirectories(directory);
        try (var sink = new FileSink(directory, csv)) {
            return generator(size).generate(sink, progress);
        }
    }

    Population toDatabase(Size size, LongConsumer progress) {
        try (var sink = new DatabaseSink(imports, DATABASE_CHUNK)) {
            return generator(size).generate(sink, progress);
        }
    }

    private PopulationGenerator generator(Size size) {
        return new PopulationGenerator(regions, size.persons(), size.organisations(), size.seed());
    }

    /** How many persons and organisations, from which seed. */
    record Size(long persons, int organisations, long seed) {

        Size {
            if (persons < 0 || organisations < 0) {
                throw new IllegalArgumentException("counts are not negative");
            }
        }
    }
}
