package org.pilotboard.region;

/**
 * What refers to a region from features built on it: a region with tasks cannot be deleted. The task
 * feature answers it, so that region need not know tasks (tasks know their region).
 */
public interface RegionReferences {

    /** How many tasks belong to the region, in the caller's transaction. */
    long tasksIn(String regionCode);
}
