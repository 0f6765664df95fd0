package org.pilotboard.account;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.pilotboard.http.ProblemException;

/**
 * {@code java -jar quarkus-run.jar set-password USERNAME}: sets a new password, read from the terminal
 * (asked twice) or, without one, from the first line of standard input, never from the command line
 * where {@code ps} would show it. Runs against the same database and configuration as the server.
 */
public class SetPasswordCommand implements QuarkusApplication {

    public static final String NAME = "set-password";

    private final AccountService accounts;

    @Inject
    public SetPasswordCommand(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public int run(String... args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -jar quarkus-run.jar " + NAME
                    + " USERNAME   (the password is read from the terminal or standard input)");
            return 2;
        }
        String password = readPassword();
        if (password == null || password.isEmpty()) {
            System.err.println("no password given; nothing changed");
            return 2;
        }
        try {
            accounts.setPasswordFromCommandLine(args[1], password);
        } catch (ProblemException e) {
            System.err.println("password refused: " + e.getMessage() + "; nothing changed");
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "; nothing changed");
            return 1;
        }
        System.out.println("The password of '" + args[1] + "' is set; its sessions and API tokens are revoked.");
        return 0;
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("New password: ");
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                System.err.println("the two passwords differ");
                return null;
            }
            return new String(first);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
