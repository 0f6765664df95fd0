package org.pilotboard.embedded;

/** The embedded PostgreSQL cannot be used; the message is one line saying why and what to do. */
public class StartFailure extends Exception {

    public StartFailure(String oneLine) {
        super(oneLine);
    }
}
