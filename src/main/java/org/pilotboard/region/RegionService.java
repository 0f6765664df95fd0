package org.pilotboard.region;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pilotboard.audit.AuditTrail;
import org.pilotboard.config.AppClock;
import org.pilotboard.http.ProblemException;
import org.pilotboard.http.Versioned;
import org.pilotboard.region.RegionViews.RegionView;
import org.pilotboard.region.RegionViews.RegionWrite;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionService {

    private final AppClock clock;
    private final AuditTrail audit;
    private final RegionReferences references;

    public RegionService(AppClock clock, AuditTrail audit, RegionReferences references) {
        this.clock = clock;
        this.audit = audit;
        this.references = references;
    }

    public List<RegionView> list() {
        return Region.<Region>listAll(Sort.by("demo").and("code")).stream()
                .map(RegionView::of)
                .toList();
    }

    public Region require(String code) {
        return Region.findByCode(code).orElseThrow(() -> ProblemException.notFound("Region", code));
    }

    @Transactional
    public RegionView create(RegionWrite write, boolean demo) {
        return insert(write, demo, List.of(), List.of());
    }

    /** Adds a shipped region with the dataset's own records of it. */
    @Transactional
    public RegionView createFromDataset(RegionDataset.Row row) {
        return insert(row.write(), false, orEmpty(row.localDocuments()), orEmpty(row.reportedTasks()));
    }

    private RegionView insert(
            RegionWrite write,
            boolean demo,
            List<RegionViews.LocalDocument> localDocuments,
            List<RegionViews.ReportedTask> reportedTasks) {
        if (write.code() == null) {
            throw ProblemException.invalid("code", "body", "must not be null");
        }
        if (Region.findByCode(write.code()).isPresent()) {
            throw ProblemException.conflict("Region '" + write.code() + "' already exists");
        }
        Region region = new Region();
        region.code = write.code();
        region.demo = demo;
        region.createdAt = clock.now();
        region.localDocuments = List.copyOf(localDocuments);
        region.reportedTasks = List.copyOf(reportedTasks);
        apply(region, write);
        region.persist();
        region.flush();
        RegionView view = RegionView.of(region);
        audit.record("region.create", "region", region.code, null, view);
        return view;
    }

    /** Replaces a region's fields; ifMatch must name its current version. */
    @Transactional
    public RegionView replace(String code, RegionWrite write, String ifMatch) {
        if (write.code() != null && !write.code().equals(code)) {
            throw ProblemException.invalid("code", "body", "a region's code cannot change (path says '" + code + "')");
        }
        Region region = lock(code);
        Versioned.requireMatch(ifMatch, region.version, "region");
        RegionView before = RegionView.of(region);
        apply(region, write);
        region.flush();
        RegionView after = RegionView.of(region);
        audit.record("region.change", "region", code, before, after);
        return after;
    }

    /**
     * Deletes a region that no task belongs to; ifMatch must name its current version. Tasks are counted
     * with the region locked, and a task created meanwhile fails on its foreign key (a 409 too).
     */
    @Transactional
    public void delete(String code, String ifMatch) {
        Region region = lock(code);
        Versioned.requireMatch(ifMatch, region.version, "region");
        long taskCount = references.tasksIn(code);
        if (taskCount > 0) {
            throw ProblemException.conflict(
                    "Region '" + code + "' has " + taskCount + " task(s); delete or move them first");
        }
        RegionView before = RegionView.of(region);
        region.delete();
        audit.record("region.delete", "region", code, before, null);
    }

    /**
     * Brings a shipped region up to a newer dataset version. Its local documents and reported tasks are
     * the dataset's own records and are always replaced; the fields its users may change are updated
     * only while nobody has changed the region through the API (no region.change in the audit trail),
     * so no edit is lost.
     * Answers whether anything changed.
     */
    @Transactional
    public boolean refreshFromDataset(RegionDataset.Row row) {
        Region region = lock(row.code());
        RegionView before = RegionView.of(region);
        if (!region.demo && !audit.hasRecorded("region.change", "region", region.code)) {
            apply(region, row.write());
        }
        region.localDocuments = orEmpty(row.localDocuments());
        region.reportedTasks = orEmpty(row.reportedTasks());
        if (RegionView.of(region).equals(before)) {
            return false;
        }
        region.updatedAt = clock.now();
        region.flush();
        audit.record("region.dataset", "region", region.code, before, RegionView.of(region));
        return true;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private Region lock(String code) {
        Region region = require(code);
        Region.getEntityManager().lock(region, LockModeType.PESSIMISTIC_WRITE);
        Region.getEntityManager().refresh(region);
        return region;
    }

    private void apply(Region region, RegionWrite write) {
        RegionViews.Approval approval = write.approval();
        if (approval != null
                && approval.approvedOn() != null
                && approval.termEnd() != null
                && approval.termEnd().isBefore(approval.approvedOn())) {
            throw ProblemException.invalid("approval.termEnd", "body", "must not be before approval.approvedOn");
        }
        region.nameZh = write.nameZh().strip();
        region.nameEn = write.nameEn().strip();
        region.type = write.type();
        region.provinces = write.provinces() == null ? List.of() : List.copyOf(write.provinces());
        region.cities = write.cities() == null ? List.of() : List.copyOf(write.cities());
        region.approvalDocNumber = approval == null ? null : approval.docNumber();
        region.approvalTitle = approval == null ? null : approval.title();
        region.approvedOn = approval == null ? null : approval.approvedOn();
        region.termEnd = approval == null ? null : approval.termEnd();
        region.notes = write.notes();
        region.sourceUrls = write.sourceUrls() == null ? List.of() : List.copyOf(write.sourceUrls());
        region.updatedAt = clock.now();
    }
}
