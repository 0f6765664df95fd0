package org.pilotboard.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which version of a shipped dataset (plan, regions, demo) is loaded. */
@Entity
@Table(name = "dataset_state")
public class DatasetState extends PanacheEntityBase {
    @Id
    public String name;
    public int version;
    public Instant loadedAt;

    /** Version loaded so far, 0 when never. */
    public static int loadedVersion(String name) {
        DatasetState state = findById(name);
        return state == null ? 0 : state.version;
    }

    public static void record(String name, int version, Instant at) {
        DatasetState state = findById(name);
        if (state == null) {
            state = new DatasetState();
            state.name = name;
        }
        state.version = version;
        state.loadedAt = at;
        state.persist();
    }

    /**
     * Serialises dataset loads between app instances starting at once (a transaction-scoped
     * PostgreSQL advisory lock).
     */
    public static void lockLoads() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(742001)").getSingleResult();
    }
}
