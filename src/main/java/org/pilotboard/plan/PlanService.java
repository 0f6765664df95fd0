package org.pilotboard.plan;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pilotboard.audit.AuditTrail;
import org.pilotboard.http.ProblemException;
import org.pilotboard.plan.PlanViews.Coverage;
import org.pilotboard.plan.PlanViews.FactorView;
import org.pilotboard.plan.PlanViews.ItemView;
import org.pilotboard.plan.PlanViews.MeasureView;
import org.pilotboard.plan.PlanViews.MilestoneView;
import org.pilotboard.plan.PlanViews.PlanView;

/** Reads the plan catalogue, and lets admins complete and correct it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanService {

    /** Source of catalogue rows written through the API; dataset updates leave them alone. */
    public static final String EDITED = "admin";

    private final AuditTrail audit;
    private final MeasureReferences references;
    /** Tells listeners (webhooks: milestone.status_changed) of an override, in its transaction. */
    private final Event<MilestoneOverridden> overridden;

    public PlanService(AuditTrail audit, MeasureReferences references, Event<MilestoneOverridden> overridden) {
        this.audit = audit;
        this.references = references;
        this.overridden = overridden;
    }

    public PlanView plan() {
        PlanDocument d = PlanDocument.<PlanDocument>findByIdOptional(PlanDocument.ID)
                .orElseThrow(() -> ProblemException.of(
                        503, "not-loaded", "Plan not loaded", "The plan dataset is not loaded yet"));
        long trackable = Measure.count("kind in ?1", List.of(MeasureKind.action, MeasureKind.target));
        long factorsWithItems = PlanItem.getEntityManager()
                .createQuery("select count(distinct i.factorCode) from PlanItem i", Long.class)
                .getSingleResult();
        Coverage coverage = new Coverage(
                (int) Factor.count(), (int) factorsWithItems, (int) PlanItem.count(), (int) Measure.count(), (int)
                        trackable);
        return new PlanView(
                d.titleZh,
                d.titleEn,
                d.issuerZh,
                d.issuerEn,
                d.docNumber,
                d.issuedOn,
                d.publishedOn,
                d.periodStart,
                d.periodEnd,
                d.preambleZh,
                d.noticeZh,
                d.sources,
                DatasetState.loadedVersion(PlanDatasetLoader.DATASET),
                coverage);
    }

    public List<MilestoneView> milestones() {
        return Milestone.<Milestone>listAll(Sort.by("dueOn")).stream()
                .map(MilestoneView::of)
                .toList();
    }

    /** Sets (status non-null) or clears an admin's override of a milestone's status. */
    @Transactional
    public MilestoneView overrideMilestone(
            String code, PlanViews.OverrideWrite write, String actor, java.time.Instant at) {
        Milestone m = requireMilestone(code);
        MilestoneView before = MilestoneView.of(m);
        m.overrideStatus = write == null ? null : write.status();
        m.overrideReason = write == null ? null : write.reason().strip();
        m.overrideBy = write == null ? null : actor;
        m.overrideAt = write == null ? null : at;
        MilestoneView after = MilestoneView.of(m);
        audit.record(
                write == null ? "milestone.override_clear" : "milestone.override", "milestone", code, before, after);
        overridden.fire(new MilestoneOverridden(code));
        return after;
    }

    public Milestone requireMilestone(String code) {
        return Milestone.<Milestone>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Milestone", code));
    }

    public List<FactorView> factors() {
        Map<Integer, Long> measureCounts = measureCountsByItem();
        Map<String, List<ItemView>> itemsByFactor = PlanItem.<PlanItem>listAll(Sort.by("number")).stream()
                .map(i -> ItemView.of(i, measureCounts.getOrDefault(i.number, 0L)))
                .collect(Collectors.groupingBy(ItemView::factorCode));
        return Factor.<Factor>listAll(Sort.by("number")).stream()
                .map(f -> FactorView.of(f, itemsByFactor.getOrDefault(f.code, List.of())))
                .toList();
    }

    public Factor requireFactor(String code) {
        return Factor.<Factor>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Factor", code));
    }

    public List<MeasureView> measures(String factor, Integer item, MeasureKind kind) {
        Map<Integer, String> factorOfItem = factorOfItem();
        if (factor != null) {
            requireFactor(factor);
        }
        return Measure.<Measure>listAll(Sort.by("itemNumber").and("seq")).stream()
                .filter(m -> item == null || m.itemNumber == item)
                .filter(m -> factor == null || factor.equals(factorOfItem.get(m.itemNumber)))
                .filter(m -> kind == null || m.kind == kind)
                .map(m -> MeasureView.of(m, factorOfItem.get(m.itemNumber)))
                .toList();
    }

    public MeasureView measure(String code) {
        Measure m = requireMeasure(code);
        return MeasureView.of(m, factorOfItem().get(m.itemNumber));
    }

    public Measure requireMeasure(String code) {
        return Measure.<Measure>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Measure", code));
    }

    /** The factor of every measure, by measure code. */
    public Map<String, String> factorByMeasure() {
        Map<Integer, String> factorOfItem = factorOfItem();
        return Measure.<Measure>listAll().stream()
                .collect(Collectors.toMap(m -> m.code, m -> factorOfItem.get(m.itemNumber)));
    }

    /** The factor code a measure belongs to. */
    public String factorOf(Measure measure) {
        return PlanItem.<PlanItem>findById(measure.itemNumber).factorCode;
    }

    @Transactional
    public FactorView correctFactor(String code, PlanViews.FactorWrite write) {
        Factor factor = requireFactor(code);
        FactorView before = factorView(code);
        factor.titleZh = write.titleZh().strip();
        factor.titleEn = write.titleEn().strip();
        factor.source = EDITED;
        FactorView after = factorView(code);
        audit.record("plan.factor_correct", "factor", code, before, after);
        return after;
    }

    private FactorView factorView(String code) {
        return factors().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @Transactional
    public ItemView saveItem(Integer number, PlanViews.ItemWrite write, boolean create) {
        requireFactor(write.factorCode());
        PlanItem item = PlanItem.findById(number);
        if (create && item != null) {
            throw ProblemException.conflict(
                    "Item " + number + " already exists; correct it with PUT /api/v1/items/" + number);
        }
        if (!create && item == null) {
            throw ProblemException.notFound("Item", number);
        }
        ItemView before = item == null ? null : ItemView.of(item, Measure.count("itemNumber", number));
        if (item == null) {
            item = new PlanItem();
            item.number = number;
            item.numeralZh = ChineseNumerals.of(number);
        }
        item.factorCode = write.factorCode();
        item.titleZh = write.titleZh().strip();
        item.titleEn = write.titleEn().strip();
        item.source = EDITED;
        item.persist();
        ItemView after = ItemView.of(item, Measure.count("itemNumber", number));
        audit.record(create ? "plan.item_create" : "plan.item_correct", "plan_item", number, before, after);
        return after;
    }

    @Transactional
    public MeasureView createMeasure(PlanViews.MeasureWrite write) {
        PlanItem item = requireItem(write.itemNumber());
        int seq = write.seq() != null
                ? write.seq()
                : Measure.<Measure>find("itemNumber", item.number).stream()
                                .mapToInt(m -> m.seq)
                                .max()
                                .orElse(0)
                        + 1;
        String code = Measure.code(item.number, seq);
        if (Measure.findById(code) != null) {
            throw ProblemException.conflict(
                    "Measure " + code + " already exists; correct it with PUT /api/v1/measures/" + code);
        }
        Measure m = new Measure();
        m.code = code;
        m.itemNumber = item.number;
        m.seq = seq;
        apply(m, write);
        m.persist();
        MeasureView view = MeasureView.of(m, item.factorCode);
        audit.record("plan.measure_create", "measure", code, null, view);
        return view;
    }

    @Transactional
    public MeasureView correctMeasure(String code, PlanViews.MeasureWrite write) {
        Measure m = requireMeasure(code);
        if (write.itemNumber() != m.itemNumber || (write.seq() != null && write.seq() != m.seq)) {
            throw ProblemException.invalid(
                    "itemNumber", "body", "a measure's code (item and seq) cannot change; add a new measure instead");
        }
        MeasureView before = MeasureView.of(m, factorOf(m));
        apply(m, write);
        MeasureView after = MeasureView.of(m, factorOf(m));
        audit.record("plan.measure_correct", "measure", code, before, after);
        return after;
    }

    @Transactional
    public void deleteMeasure(String code) {
        Measure m = requireMeasure(code);
        long tasksUsingIt = references.tasksCarryingOut(code);
        if (tasksUsingIt > 0) {
            throw ProblemException.conflict(
                    "Measure " + code + " is carried out by " + tasksUsingIt + " task(s); it cannot be deleted");
        }
        if (Milestone.count("measureCode", code) > 0) {
            throw ProblemException.conflict("Measure " + code + " sets a national milestone; it cannot be deleted");
        }
        MeasureView before = MeasureView.of(m, factorOf(m));
        m.delete();
        audit.record("plan.measure_delete", "measure", code, before, null);
    }

    private PlanItem requireItem(int number) {
        return PlanItem.<PlanItem>findByIdOptional(number).orElseThrow(() -> ProblemException.notFound("Item", number));
    }

    private static void apply(Measure m, PlanViews.MeasureWrite write) {
        m.kind = write.kind();
        m.textZh = write.textZh().strip();
        m.summaryEn = write.summaryEn() == null ? null : write.summaryEn().strip();
        m.source = EDITED;
    }

    private static Map<Integer, String> factorOfItem() {
        return PlanItem.<PlanItem>listAll().stream().collect(Collectors.toMap(i -> i.number, i -> i.factorCode));
    }

    private static Map<Integer, Long> measureCountsByItem() {
        return Measure.<Measure>listAll().stream()
                .collect(Collectors.groupingBy(m -> m.itemNumber, Collectors.counting()));
    }
}
