package org.credence.shared.cli;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the command named on the command line when the application starts in command mode (see
 * {@code CredenceApplication#main}), and keeps its exit code for the JVM.
 */
@Component
@ConditionalOnProperty(name = "credence.cli.enabled", havingValue = "true")
class CommandLineDispatcher implements ApplicationRunner, ExitCodeGenerator {

    private final List<CliCommand> commands;
    private int exitCode;

    CommandLineDispatcher(List<CliCommand> commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandLine root = new CommandLine(new Root());
        for (CliCommand command : commands) {
            root.addSubcommand(new CommandLine(command));
        }
        exitCode = root.execute(args.getSourceArgs());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    @Command(
            name = "credence",
            mixinStandardHelpOptions = true,
            description = "Credence command line: import, generate, verify. Without a command, the server starts.")
    static final class Root {}
}
