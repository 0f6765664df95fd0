package org.pilotboard.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pilotboard.audit.AuditTrail;
import org.pilotboard.config.AppClock;
import org.pilotboard.imports.ImportChecks.Step;
import org.pilotboard.imports.ImportFile.SheetRow;
import org.pilotboard.imports.ImportLine.Kind;
import org.pilotboard.imports.ImportTargets.Targets;
import org.pilotboard.imports.ImportViews.ImportResult;
import org.pilotboard.task.TaskService;
import org.pilotboard.task.TaskService.WriteContext;

/**
 * Imports task rows and status-update rows in one transaction, all or nothing. First every row is read
 * ({@link ImportCells}), the tasks they name are found and locked for the rest of the transaction
 * ({@link ImportTargets}), and every row is checked against them as they stand and as the rows above it
 * leave them ({@link ImportChecks}); if any row has a problem, nothing is written and every problem of
 * every row is answered at once. Then each row is written through {@link TaskService} ({@link ImportWriter}).
 *
 * <p>Idempotent: tasks are found by region and external key, updates by their key within the task;
 * what is already there as the row says is {@code unchanged}.
 */
@ApplicationScoped
public class ImportService {

    private final ImportTargets targets;
    private final ImportChecks checks;
    private final ImportWriter writer;
    private final AppClock clock;
    private final AuditTrail audit;

    public ImportService(
            ImportTargets targets, ImportChecks checks, ImportWriter writer, AppClock clock, AuditTrail audit) {
        this.targets = targets;
        this.checks = checks;
        this.writer = writer;
        this.clock = clock;
        this.audit = audit;
    }

    /** Checks every row and, unless dryRun or any row has a problem, writes them all; see the class comment. */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public ImportResult run(ImportFile file, boolean dryRun, WriteContext ctx) {
        ImportErrors errors = new ImportErrors();
        Map<Integer, ImportColumn> columns = ImportCells.headings(file, errors);
        errors.throwIfAny();
        if (file.rows.isEmpty()) {
            errors.add(
                    file.heading.number() + 1,
                    null,
                    null,
                    "no rows to import below the heading row (rows starting with # are examples or comments and are left out)");
            errors.throwIfAny();
        }
        Set<ImportColumn> present = EnumSet.noneOf(ImportColumn.class);
        columns.values().stream().filter(Objects::nonNull).forEach(present::add);
        List<ImportLine> lines = new ArrayList<>();
        for (SheetRow row : file.rows) {
            lines.add(ImportCells.line(row, columns, present, errors));
        }
        Targets named = targets.lookUpAndLock(lines);
        List<Step> steps = new ArrayList<>();
        LocalDate today = clock.today();
        for (ImportLine line : lines) {
            Step step = line.kind == Kind.TASK
                    ? checks.checkTask(line, present, named, errors)
                    : line.kind == Kind.UPDATE ? checks.checkUpdate(line, named, today, errors) : null;
            if (step != null) {
                steps.add(step);
            }
        }
        errors.throwIfAny();
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly(); // nothing was written; this keeps it so
        } else {
            writer.writeAll(steps, ctx);
        }
        ImportResult result = ImportReport.result(steps, lines.size(), dryRun);
        if (!dryRun) {
            audit.record(
                    "import.apply",
                    "import",
                    null,
                    null,
                    Map.of(
                            "rows",
                            result.rows(),
                            "created",
                            result.counts().created(),
                            "updated",
                            result.counts().updated(),
                            "unchanged",
                            result.counts().unchanged()));
        }
        return result;
    }
}
