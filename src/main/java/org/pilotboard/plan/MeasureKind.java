package org.pilotboard.plan;

/** What a sentence of the plan is; only actions and targets are carried out as pilot tasks. */
@SuppressWarnings("java:S115") // constants are the API's lower_snake words
public enum MeasureKind {
    action,
    target,
    principle,
    guidance,
    parameter;

    public boolean trackable() {
        return this == action || this == target;
    }
}
