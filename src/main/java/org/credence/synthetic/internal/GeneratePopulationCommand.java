package org.credence.synthetic.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.credence.shared.cli.CliCommand;
import org.credence.shared.cli.ProgressBar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate-population}: a synthetic population into files (the import format) or into the database. */
@Component
@Command(
        name = "generate-population",
        mixinStandardHelpOptions = true,
        description = "Generates a deterministic synthetic population of persons and organisations.")
class GeneratePopulationCommand implements CliCommand {

    private final SyntheticPopulation population;

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(names = "--persons", required = true, description = "number of natural persons")
    long persons;

    @Option(names = "--organisations", defaultValue = "0", description = "number of organisations")
    int organisations;

    @Option(names = "--seed", defaultValue = "1", description = "the same seed gives the same population")
    long seed;

    @ArgGroup(multiplicity = "1")
    @Nullable
    Target target;

    GeneratePopulationCommand(SyntheticPopulation population) {
        this.population = population;
    }

    /** Where the population goes: files or the database, exactly one. */
    static final class Target {

        @Option(names = "--out", description = "directory for subjects, roles, registrations and memberships files")
        @Nullable
        Path out;

        @Option(names = "--into-database", description = "store through the bulk import instead of writing files")
        boolean intoDatabase;
    }

    @Option(names = "--format", defaultValue = "csv", description = "csv or jsonl (with --out)")
    String format = "csv";

    @Override
    public Integer call() throws Exception {
        var out = Objects.requireNonNull(spec).commandLine().getOut();
        boolean csv = !format.toLowerCase(Locale.ROOT).startsWith("json");
        var size = new SyntheticPopulation.Size(persons, organisations, seed);
        Target where = Objects.requireNonNull(target);
        long started = System.nanoTime();
        Population result;
        try (ProgressBar bar = new ProgressBar(System.err, "generate", persons + organisations)) {
            result = where.out != null
                    ? population.toFiles(where.out, csv, size, bar::update)
                    : population.toDatabase(size, bar::update);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                Locale.ROOT,
                "Generated %d persons, %d organisations, %d roles, %d registrations, %d memberships in %.2f s"
                        + " (%.0f subjects/s) %s%n",
                result.persons(),
                result.organisations(),
                result.roles(),
                result.registrations(),
                result.memberships(),
                seconds,
                (result.persons() + result.organisations()) / Math.max(seconds, 1e-9),
                where.out != null ? "into " + where.out : "into the database");
        out.flush();
        return 0;
    }
}
