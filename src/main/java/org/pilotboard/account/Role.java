package org.pilotboard.account;

/** What a signed-in user may do: read internal notes (viewer), write in their regions (official), everything (admin). */
@SuppressWarnings("java:S115") // constants are the API's lower_snake words
public enum Role {
    viewer,
    official,
    admin
}
