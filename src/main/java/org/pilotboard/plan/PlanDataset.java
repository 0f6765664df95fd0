package org.pilotboard.plan;

import java.time.LocalDate;
import java.util.List;

/** The shape of the shipped dataset file {@code dataset/plan.json} (see src/build/derive-dataset.py). */
public record PlanDataset(
        int version, Document document, List<FactorRow> factors, List<ItemRow> items, List<MilestoneRow> milestones) {

    public record Document(
            String titleZh,
            String titleEn,
            String issuerZh,
            String issuerEn,
            String docNumber,
            LocalDate issuedOn,
            LocalDate publishedOn,
            int periodStart,
            int periodEnd,
            String preambleZh,
            String noticeZh,
            List<PlanDocument.Source> sources) {}

    public record FactorRow(
            String code,
            int number,
            String numeralZh,
            String titleZh,
            String titleEn,
            String source,
            String sourceNote) {}

    public record ItemRow(
            int number,
            String numeralZh,
            String factor,
            String titleZh,
            String titleEn,
            String source,
            String sourceNote,
            Provenance provenance,
            List<MeasureRow> measures) {}

    public record MeasureRow(int seq, MeasureKind kind, String textZh, String summaryEn) {}

    public record MilestoneRow(
            String code,
            LocalDate dueOn,
            String titleZh,
            String titleEn,
            String textZh,
            String measure,
            String observedStatus,
            String observedNote,
            String source) {}
}
