package org.pilotboard.imports;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pilotboard.task.StatusRules;
import org.pilotboard.task.StatusUpdate;
import org.pilotboard.task.Task;

/** Finds the tasks a file's rows name and locks them for the rest of the import's transaction. */
@ApplicationScoped
class ImportTargets {

    /** A task the file names: one already there (locked) or one a task row of the file creates. */
    static final class Target {
        Long id;
        final String region;
        final String key;
        /** The task's Chinese title: as stored, or as the file's task row gives it. */
        String title;
        /** The task entity, locked; for a task the file creates, set when it is written. */
        Task entity;
        /** Status, progress and actual dates as the rows so far leave them. */
        StatusRules.State state;
        /** A row of the file could not be read: later rows are not checked against its state. */
        boolean broken;

        int definedOnRow;
        final Map<String, StatusUpdate> storedUpdates = new HashMap<>();
        final Map<String, Integer> fileUpdates = new HashMap<>();

        Target(Long id, String region, String key) {
            this.id = id;
            this.region = region;
            this.key = key;
        }
    }

    /** The targets by task id and by region and key. */
    static final class Targets {
        final Map<Long, Target> byId = new HashMap<>();
        final Map<String, Target> byKey = new HashMap<>();

        static String key(String region, String key) {
            return region + "\u0000" + key;
        }
    }

    private final EntityManager em;

    ImportTargets(EntityManager em) {
        this.em = em;
    }

    /** Finds the tasks the rows name, locks them in id order (so imports and edits serialise), with their keyed updates. */
    @Transactional(Transactional.TxType.MANDATORY)
    Targets lookUpAndLock(List<ImportLine> lines) {
        Set<Long> ids = new HashSet<>();
        Set<String> regions = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (ImportLine line : lines) {
            if (line.taskId != null) {
                ids.add(line.taskId);
            }
            if (line.region != null && line.key != null) {
                regions.add(line.region);
                keys.add(line.key);
                pairs.add(Targets.key(line.region, line.key));
            }
        }
        Targets targets = new Targets();
        if (ids.isEmpty() && pairs.isEmpty()) {
            return targets;
        }
        ids.add(-1L); // no empty IN lists
        regions.add("");
        keys.add("");
        List<Object[]> found = em.createQuery(
                        "SELECT t.id, t.region.code, t.externalKey FROM Task t "
                                + "WHERE t.id IN :ids OR (t.region.code IN :regions AND t.externalKey IN :keys)",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("regions", regions)
                .setParameter("keys", keys)
                .getResultList();
        Map<Long, Object[]> named = new HashMap<>();
        for (Object[] row : found) {
            long id = (Long) row[0];
            if (ids.contains(id) || row[2] != null && pairs.contains(Targets.key((String) row[1], (String) row[2]))) {
                named.put(id, row);
            }
        }
        if (named.isEmpty()) {
            return targets;
        }
        List<Task> locked = Task.<Task>find("id IN ?1", Sort.by("id"), named.keySet())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        for (Task task : locked) {
            Object[] row = named.get(task.id);
            Target target = new Target(task.id, (String) row[1], task.externalKey);
            target.entity = task;
            target.title = task.titleZh;
            target.state = StatusRules.State.of(task);
            targets.byId.put(task.id, target);
            if (task.externalKey != null) {
                targets.byKey.put(Targets.key(target.region, task.externalKey), target);
            }
        }
        Set<String> updateKeys = new HashSet<>();
        for (ImportLine line : lines) {
            if (line.updateKey != null) {
                updateKeys.add(line.updateKey);
            }
        }
        if (!updateKeys.isEmpty()) {
            List<StatusUpdate> stored =
                    StatusUpdate.list("taskId IN ?1 AND externalKey IN ?2", targets.byId.keySet(), updateKeys);
            for (StatusUpdate update : stored) {
                targets.byId.get(update.taskId).storedUpdates.put(update.externalKey, update);
            }
        }
        return targets;
    }
}
