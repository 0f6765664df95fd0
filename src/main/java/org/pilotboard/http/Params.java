package org.pilotboard.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Parses query parameters given as text, so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class Params {

    private Params() {}

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw ProblemException.invalid(name, "query", "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "query", "must be a whole number between " + min + " and " + max);
        }
    }

    /** A whole number in the path (never blank there). */
    public static int pathInteger(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "path", "must be a whole number between " + min + " and " + max);
    }

    /** A record id in the path: a positive whole number. */
    public static long id(String name, String value) {
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "path", "must be a positive whole number");
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "query", "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "query", "must be true or false");
        };
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            // Four-digit years only: +999999999-12-31 parses, but no later date arithmetic survives it.
            if (date.getYear() >= 1000 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "query", "must be a date YYYY-MM-DD");
    }

    /** A short free-text or code parameter, bounded in length. */
    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw ProblemException.invalid(name, "query", "must be at most " + maxLength + " characters");
        }
        return v;
    }
}
