package org.pilotboard.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.pilotboard.config.AppClock;

/**
 * Loads the shipped plan dataset at start-up. Idempotent: a start with the same dataset version
 * changes nothing; a newer version updates the catalogue in place. It never touches regions,
 * tasks or history, and it keeps catalogue rows that an admin corrected (source "admin").
 */
@ApplicationScoped
public class PlanDatasetLoader {

    static final String DATASET = "plan";
    private static final Logger LOG = Logger.getLogger(PlanDatasetLoader.class);

    private final ObjectMapper json;
    private final AppClock clock;

    public PlanDatasetLoader(ObjectMapper json, AppClock clock) {
        this.json = json;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(10) StartupEvent start) {
        load(read("dataset/plan.json"));
    }

    PlanDataset read(String resource) {
        return DatasetState.read(json, resource, PlanDataset.class);
    }

    /** Loads the dataset if it is newer than what is loaded; answers whether it did. */
    @Transactional
    public boolean load(PlanDataset data) {
        DatasetState.lockLoads();
        int loaded = DatasetState.loadedVersion(DATASET);
        if (loaded >= data.version()) {
            LOG.debugf("Plan dataset v%d already loaded", loaded);
            return false;
        }
        saveDocument(data.document());
        data.factors().forEach(this::saveFactor);
        for (PlanDataset.ItemRow item : data.items()) {
            saveItem(item);
            item.measures().forEach(m -> saveMeasure(item, m));
        }
        data.milestones().forEach(this::saveMilestone);
        DatasetState.record(DATASET, data.version(), clock.now());
        LOG.infof(
                "Plan dataset v%d loaded (was v%d): %d factors, %d items, %d milestones",
                data.version(),
                loaded,
                data.factors().size(),
                data.items().size(),
                data.milestones().size());
        return true;
    }

    private void saveDocument(PlanDataset.Document d) {
        PlanDocument doc =
                PlanDocument.<PlanDocument>findByIdOptional(PlanDocument.ID).orElseGet(PlanDocument::new);
        doc.titleZh = d.titleZh();
        doc.titleEn = d.titleEn();
        doc.issuerZh = d.issuerZh();
        doc.issuerEn = d.issuerEn();
        doc.docNumber = d.docNumber();
        doc.issuedOn = d.issuedOn();
        doc.publishedOn = d.publishedOn();
        doc.periodStart = d.periodStart();
        doc.periodEnd = d.periodEnd();
        doc.preambleZh = d.preambleZh();
        doc.noticeZh = d.noticeZh();
        doc.sources = d.sources();
        doc.persist();
    }

    private void saveFactor(PlanDataset.FactorRow row) {
        Factor factor = Factor.<Factor>findByIdOptional(row.code()).orElseGet(Factor::new);
        if (PlanService.EDITED.equals(factor.source)) {
            return;
        }
        factor.code = row.code();
        factor.number = row.number();
        factor.numeralZh = row.numeralZh();
        factor.titleZh = row.titleZh();
        factor.titleEn = row.titleEn();
        factor.source = row.source();
        factor.sourceNote = row.sourceNote();
        factor.persist();
    }

    private void saveItem(PlanDataset.ItemRow row) {
        PlanItem item = PlanItem.<PlanItem>findByIdOptional(row.number()).orElseGet(PlanItem::new);
        if (PlanService.EDITED.equals(item.source)) {
            return;
        }
        item.number = row.number();
        item.numeralZh = row.numeralZh();
        item.factorCode = row.factor();
        item.titleZh = row.titleZh();
        item.titleEn = row.titleEn();
        item.source = row.source();
        item.sourceNote = row.sourceNote();
        item.provenance = row.provenance();
        item.persist();
        item.flush(); // measures reference it
    }

    private void saveMeasure(PlanDataset.ItemRow item, PlanDataset.MeasureRow row) {
        int itemNumber = item.number();
        String code = Measure.code(itemNumber, row.seq());
        Measure measure = Measure.<Measure>findByIdOptional(code).orElseGet(Measure::new);
        if (PlanService.EDITED.equals(measure.source)) {
            return;
        }
        measure.code = code;
        measure.itemNumber = itemNumber;
        measure.seq = row.seq();
        measure.kind = row.kind();
        measure.textZh = row.textZh();
        measure.summaryEn = row.summaryEn();
        measure.source = item.source();
        measure.persist();
    }

    private void saveMilestone(PlanDataset.MilestoneRow row) {
        Milestone milestone = Milestone.<Milestone>findByIdOptional(row.code()).orElseGet(Milestone::new);
        milestone.code = row.code();
        milestone.dueOn = row.dueOn();
        milestone.titleZh = row.titleZh();
        milestone.titleEn = row.titleEn();
        milestone.textZh = row.textZh();
        milestone.measureCode = row.measure();
        milestone.observedStatus = row.observedStatus();
        milestone.observedNote = row.observedNote();
        milestone.source = row.source();
        milestone.persist();
    }
}
