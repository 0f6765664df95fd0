package org.pilotboard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;
import org.pilotboard.region.Region;
import org.pilotboard.region.RegionDataset;
import org.pilotboard.region.RegionDatasetLoader;
import org.pilotboard.region.RegionViews;
import org.pilotboard.task.StatusUpdate;
import org.pilotboard.task.Task;

@QuarkusTest
class PlanDatasetLoaderTest {

    @Inject
    PlanDatasetLoader loader;

    @Inject
    RegionDatasetLoader regionLoader;

    @Inject
    org.pilotboard.region.RegionService regions;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    @TestTransaction
    void aSecondLoadOfTheSameVersionAddsNothing() {
        long measures = Measure.count();
        long items = PlanItem.count();
        assertFalse(loader.load(loader.read("dataset/plan.json")));
        assertEquals(measures, Measure.count());
        assertEquals(items, PlanItem.count());
        assertEquals(2, DatasetState.loadedVersion("plan"));
    }

    @Test
    @TestTransaction
    void aNewerVersionUpdatesTheCatalogueAndLeavesRegionsTasksAndHistoryAlone() {
        Api.newTask(Api.newRegion()); // committed data outside this transaction
        long regions = Region.count();
        long tasks = Task.count();
        long updates = StatusUpdate.count();
        PlanDataset shipped = loader.read("dataset/plan.json");

        List<PlanDataset.ItemRow> items = new ArrayList<>();
        for (PlanDataset.ItemRow item : shipped.items()) {
            if (item.number() != 5) {
                items.add(item);
                continue;
            }
            List<PlanDataset.MeasureRow> measures = new ArrayList<>();
            for (PlanDataset.MeasureRow m : item.measures()) {
                measures.add(
                        m.seq() == 1
                                ? new PlanDataset.MeasureRow(1, m.kind(), m.textZh(), "Revised English summary")
                                : m);
            }
            items.add(new PlanDataset.ItemRow(
                    item.number(),
                    item.numeralZh(),
                    item.factor(),
                    item.titleZh(),
                    "Revised title",
                    item.source(),
                    item.sourceNote(),
                    item.provenance(),
                    measures));
        }
        PlanDataset newer = new PlanDataset(
                shipped.version() + 1, shipped.document(), shipped.factors(), items, shipped.milestones());

        assertTrue(loader.load(newer));
        assertEquals("Revised English summary", Measure.<Measure>findById("5.1").summaryEn);
        assertEquals("Revised title", PlanItem.<PlanItem>findById(5).titleEn);
        assertEquals(shipped.version() + 1, DatasetState.loadedVersion("plan"));
        assertEquals(regions, Region.count());
        assertEquals(tasks, Task.count());
        assertEquals(updates, StatusUpdate.count());
        assertFalse(loader.load(newer), "the same newer version loads once");
    }

    @Test
    @TestTransaction
    void adminCorrectionsSurviveADatasetUpdate() {
        Measure m = Measure.findById("6.1");
        m.summaryEn = "Corrected by an admin";
        m.source = PlanService.EDITED;
        PlanDataset shipped = loader.read("dataset/plan.json");
        PlanDataset newer = new PlanDataset(
                shipped.version() + 5, shipped.document(), shipped.factors(), shipped.items(), shipped.milestones());
        assertTrue(loader.load(newer));
        assertEquals("Corrected by an admin", Measure.<Measure>findById("6.1").summaryEn);
    }

    @Test
    @TestTransaction
    void regionsLoadOnceAndNeverOverwriteWhatTheirUsersChanged() throws Exception {
        Region hefei = Region.findByCode("hefei-metro").orElseThrow();
        RegionViews.RegionView view = RegionViews.RegionView.of(hefei);
        regions.replace(
                "hefei-metro",
                new RegionViews.RegionWrite(
                        view.code(),
                        view.nameZh(),
                        view.nameEn(),
                        view.type(),
                        view.provinces(),
                        view.cities(),
                        view.approval(),
                        "Edited by an admin",
                        view.sourceUrls()),
                "\"" + view.version() + "\"");
        Region chengdu = Region.findByCode("chengdu").orElseThrow();
        chengdu.notes = "Stale note of an older dataset";
        chengdu.localDocuments = List.of();
        RegionDataset shipped;
        try (var in = getClass().getClassLoader().getResourceAsStream("dataset/regions.json")) {
            shipped = json.readValue(in, RegionDataset.class);
        }
        assertEquals(0, regionLoader.load(shipped), "same version: nothing");
        Region.getEntityManager().flush();
        assertEquals(
                0,
                regionLoader.load(new RegionDataset(shipped.version() + 1, shipped.regions())),
                "newer version: all ten exist, none added");
        assertEquals(
                "Edited by an admin",
                Region.findByCode("hefei-metro").orElseThrow().notes,
                "a region changed through the API keeps its users' fields");
        RegionDataset.Row shippedChengdu = shipped.regions().stream()
                .filter(r -> r.code().equals("chengdu"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                shippedChengdu.notes(),
                Region.findByCode("chengdu").orElseThrow().notes,
                "a region nobody changed through the API follows the dataset");
        for (var region : shipped.regions()) {
            assertTrue(Region.findByCode(region.code()).isPresent(), region.code());
        }
    }
}
