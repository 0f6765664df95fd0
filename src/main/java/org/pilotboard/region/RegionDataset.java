package org.pilotboard.region;

import java.util.List;

/** The shape of the shipped file {@code dataset/regions.json} (see src/build/derive-dataset.py). */
public record RegionDataset(int version, List<Row> regions) {

    /** A shipped region: the fields its users may change, and the dataset's own read-only records. */
    public record Row(
            String code,
            String nameZh,
            String nameEn,
            RegionType type,
            List<String> provinces,
            List<String> cities,
            RegionViews.Approval approval,
            String notes,
            List<String> sourceUrls,
            List<RegionViews.LocalDocument> localDocuments,
            List<RegionViews.ReportedTask> reportedTasks) {

        RegionViews.RegionWrite write() {
            return new RegionViews.RegionWrite(
                    code, nameZh, nameEn, type, provinces, cities, approval, notes, sourceUrls);
        }
    }
}
