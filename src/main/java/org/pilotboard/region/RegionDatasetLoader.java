package org.pilotboard.region;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.pilotboard.config.AppClock;
import org.pilotboard.plan.DatasetState;

/**
 * Adds the shipped pilot regions at start-up, once per dataset version. Regions belong to their
 * users once loaded: a newer version adds the shipped regions that are missing, replaces the
 * dataset's own read-only records of the others (local documents, reported tasks), and updates
 * their other fields only where nobody has changed the region (see RegionService.refreshFromDataset).
 */
@ApplicationScoped
public class RegionDatasetLoader {

    static final String DATASET = "regions";
    private static final Logger LOG = Logger.getLogger(RegionDatasetLoader.class);

    private final ObjectMapper json;
    private final RegionService regions;
    private final AppClock clock;

    public RegionDatasetLoader(ObjectMapper json, RegionService regions, AppClock clock) {
        this.json = json;
        this.regions = regions;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(20) StartupEvent start) {
        load(DatasetState.read(json, "dataset/regions.json", RegionDataset.class));
    }

    @Transactional
    public int load(RegionDataset data) {
        DatasetState.lockLoads();
        int loaded = DatasetState.loadedVersion(DATASET);
        if (loaded >= data.version()) {
            return 0;
        }
        int added = 0;
        int refreshed = 0;
        for (RegionDataset.Row row : data.regions()) {
            if (Region.findByCode(row.code()).isEmpty()) {
                regions.createFromDataset(row);
                added++;
            } else if (regions.refreshFromDataset(row)) {
                refreshed++;
            }
        }
        DatasetState.record(DATASET, data.version(), clock.now());
        LOG.infof(
                "Regions dataset v%d loaded (was v%d): %d region(s) added, %d brought up to date",
                data.version(), loaded, added, refreshed);
        return added;
    }
}
