package org.pilotboard.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /** Reads a dataset shipped in the application's resources. */
    public static <T> T read(ObjectMapper json, String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Dataset " + resource + " is missing from the application");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Dataset " + resource + " cannot be read", e);
        }
    }

    /**
     * Serialises dataset loads between app instances starting at once (a transaction-scoped
     * PostgreSQL advisory lock).
     */
    public static void lockLoads() {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(742001)")
                .getSingleResult();
    }
}
