package org.credence.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.credence.CredenceApplication;

/**
 * The application started in a separate JVM, from the main classes and dependencies only (never the test classes,
 * whose database set-up would clean the database), for tests that must kill a real process.
 */
public final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the server on a free port with the given extra arguments ({@code --name=value}). */
    public static ChildApplication start(Path log, List<String> arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath(),
                CredenceApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ChildApplication(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Waits until the server answers its health check. */
    public void awaitHealthy(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        var http = new Http(port);
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the child died at start; see " + log);
            }
            try {
                if (http.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the child did not start in time; see " + log);
    }

    /** Kills the process at once, as {@code kill -9} does: no shutdown hook, no graceful anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This JVM's class path (unpacking Surefire's manifest-only jar) without test classes. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.addAll(expand(entry));
        }
        return String.join(
                File.pathSeparator,
                entries.stream().filter(e -> !e.contains("test-classes")).toList());
    }

    private static List<String> expand(String entry) {
        if (!entry.endsWith(".jar") || !Path.of(entry).getFileName().toString().startsWith("surefire")) {
            return List.of(entry);
        }
        try (var jar = new JarFile(entry)) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> expanded = new ArrayList<>();
            URI base = Path.of(entry).toUri();
            for (String item : classPath.trim().split("\\s+")) {
                expanded.add(Path.of(base.resolve(item)).toString());
            }
            return expanded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
