package org.pilotboard.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.pilotboard.http.ProblemException;
import org.pilotboard.imports.ImportChecks.Step;
import org.pilotboard.imports.ImportTargets.Target;
import org.pilotboard.task.Task;
import org.pilotboard.task.TaskService;
import org.pilotboard.task.TaskService.WriteContext;
import org.pilotboard.task.TaskViews.StatusUpdateView;
import org.pilotboard.task.TaskViews.TaskView;

/** Writes checked rows through {@link TaskService}, which checks again, takes the audit records and keeps the history. */
@ApplicationScoped
class ImportWriter {

    private static final int FLUSH_EVERY = 100;

    private final TaskService tasks;
    private final EntityManager em;

    ImportWriter(TaskService tasks, EntityManager em) {
        this.tasks = tasks;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void writeAll(List<Step> steps, WriteContext ctx) {
        int written = 0;
        for (Step step : steps) {
            write(step, ctx);
            if (++written % FLUSH_EVERY == 0) {
                // Keeps the session small (each flush checks every entity in it); the row locks stay.
                em.flush();
                em.clear();
            }
        }
    }

    private void write(Step step, WriteContext ctx) {
        Target target = step.target();
        try {
            if (step.outcome() == ImportViews.Outcome.unchanged) {
                return;
            }
            if (step.task() != null && target.id == null) {
                TaskView created = tasks.create(step.task(), target.key, ctx);
                target.id = created.id();
                target.entity = Task.findById(created.id());
            } else if (step.task() != null) {
                tasks.change(managed(target), step.task(), ctx);
            } else {
                StatusUpdateView update =
                        tasks.appendUpdate(managed(target), step.update(), step.line().updateKey, ctx);
                step.line().updateId = update.id();
            }
        } catch (ProblemException e) {
            // Checked above already; a rule that still fails here fails the whole import, naming the row.
            ImportErrors errors = new ImportErrors();
            errors.problems(step.line(), e);
            errors.throwIfAny();
            throw e;
        } catch (ConstraintViolationException e) {
            ImportErrors errors = new ImportErrors();
            e.getConstraintViolations()
                    .forEach(v ->
                            errors.violation(step.line(), v.getPropertyPath().toString(), v.getMessage()));
            errors.throwIfAny();
            throw e;
        }
    }

    /** The target's task in the current session (found again after the session was cleared; still locked). */
    private Task managed(Target target) {
        if (target.entity == null || !em.contains(target.entity)) {
            target.entity = em.find(Task.class, target.id);
        }
        return target.entity;
    }
}
