package org.credence.shared.cli;

import java.util.concurrent.Callable;

/**
 * A command of the command line ({@code java -jar credence.jar <command> ...}). Implementations are Spring beans
 * annotated with picocli's {@code @Command(name = ...)}; {@link CommandLineDispatcher} registers every one of them as
 * a subcommand, so a module adds a command by adding a bean, next to the facade it drives.
 */
public interface CliCommand extends Callable<Integer> {}
