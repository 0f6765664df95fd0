package org.pilotboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the Node tools of the build (npm, node) from tests, their output echoed into the test log. */
public final class Processes {

    private Processes() {}

    /** Runs a command in a folder and answers its exit code; fails the test after 20 minutes (the browser suite takes about 7 on a busy 2-core machine). */
    public static int run(File dir, List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        Thread echo = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(System.out::println);
            } catch (IOException e) {
                System.out.println("(output of " + command + " cut off: " + e.getMessage() + ")");
            }
        });
        echo.start();
        boolean finished = process.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        echo.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(finished, String.join(" ", command) + " did not finish within 20 minutes");
        return process.exitValue();
    }
}
