package org.pilotboard.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;

/** Explains a JSON body that could not be read, naming the field and what it should be. */
public final class JsonProblems {

    private JsonProblems() {}

    public static ProblemException of(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return ProblemException.of(
                    400,
                    "malformed-json",
                    "Malformed JSON",
                    "The body is not valid JSON: " + plain(e.getOriginalMessage()));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ProblemException.invalid(
                    fieldPath(unknown), "body", "unknown field; allowed: " + unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException format) {
            String expected = format.getTargetType() == null ? "another type" : describe(format.getTargetType());
            return ProblemException.invalid(
                    fieldPath(format), "body", "value " + quote(format.getValue()) + " is not " + expected);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = fieldPath(mismatch);
            String expected = mismatch.getTargetType() == null ? "of another type" : describe(mismatch.getTargetType());
            if (field.isEmpty()) {
                return ProblemException.badRequest("The body must be " + expected);
            }
            return ProblemException.invalid(field, "body", "must be " + expected);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ProblemException.invalid(fieldPath(mapping), "body", rootMessage(mapping));
        }
        return ProblemException.badRequest("The body could not be read: " + plain(e.getOriginalMessage()));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return plain(root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage());
    }

    /** The parser's message without the Java names it likes to add (", from `StreamReadConstraints...`", "`java.lang.X`"). */
    static String plain(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceAll(", from `[^`]*`", "").replaceAll("`[\\w.$]+(\\(\\))?`", "the value");
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .toList();
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number within range";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }
}
