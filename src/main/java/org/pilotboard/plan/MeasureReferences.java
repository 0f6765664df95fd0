package org.pilotboard.plan;

/**
 * What refers to a measure from features built on the plan: a measure that tasks carry out cannot be
 * deleted. The task feature answers it, so that plan need not know tasks (tasks know their measure).
 */
public interface MeasureReferences {

    /** How many tasks carry out the measure, in the caller's transaction. */
    long tasksCarryingOut(String measureCode);
}
