package org.communitychest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The jar that {@code ./mvnw package} built, started as a user starts it: {@code java -jar} from an empty working
 * directory, on a free port, with its output kept in a log file there.
 */
final class PackagedJar implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path workDir;
    private final Path log;
    private final int port;
    private final Process process;

    private PackagedJar(Path workDir, int port, Process process) {
        this.workDir = workDir;
        this.log = workDir.resolve("console.log");
        this.port = port;
        this.process = process;
    }

    /** Starts the jar in {@code workDir} with the given {@code --name=value} arguments and environment. */
    static PackagedJar start(Path workDir, Map<String, String> environment, String... arguments) throws IOException {
        var jar = Path.of(System.getProperty("chest.jar", "target/community-chest-0.1.0-SNAPSHOT.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run ./mvnw package (or verify) first");
        }
        int port = freePort();
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("console.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CHEST_") || name.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        return new PackagedJar(workDir, port, builder.start());
    }

    /** Waits until the portal has started (true) or the process has ended (false). */
    boolean awaitStarted() throws InterruptedException {
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (output().contains("Community Chest is ready at")) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The jar neither started nor stopped within " + START_TIMEOUT + ":\n"
                + output());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("The jar did not stop by itself:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Path workDir() {
        return workDir;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
