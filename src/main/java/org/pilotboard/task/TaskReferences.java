package org.pilotboard.task;

import jakarta.enterprise.context.ApplicationScoped;
import org.pilotboard.plan.MeasureReferences;
import org.pilotboard.region.RegionReferences;

/** Tells the plan and the regions how many tasks refer to one of theirs, before they delete it. */
@ApplicationScoped
public class TaskReferences implements RegionReferences, MeasureReferences {

    @Override
    public long tasksIn(String regionCode) {
        return Task.count("region.code", regionCode);
    }

    @Override
    public long tasksCarryingOut(String measureCode) {
        return Task.count("measureCode", measureCode);
    }
}
