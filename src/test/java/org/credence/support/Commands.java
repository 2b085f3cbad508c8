package org.credence.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.credence.shared.cli.CliCommand;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/** Runs a command-line command bean of a test context as the dispatcher would, capturing its output. */
public final class Commands {

    private Commands() {}

    /** The exit code and what the command printed to its out and err writers. */
    public record Run(int exitCode, String out, String err) {}

    public static Run run(ApplicationContext context, String name, String... args) {
        CliCommand command = context.getBeansOfType(CliCommand.class).values().stream()
                .filter(c -> c.getClass()
                        .getAnnotation(CommandLine.Command.class)
                        .name()
                        .equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no command " + name));
        var out = new StringWriter();
        var err = new StringWriter();
        int code = new CommandLine(command)
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
