package org.pilotboard.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/**
 * A write refused by a foreign key (the race a service's own reference check cannot see, such as a
 * task created in a region while it is deleted) answers 409 problem+json, not 500.
 */
@QuarkusTest
class ForeignKeyConflictTest {

    @Inject
    EntityManager em;

    @Test
    void aForeignKeyViolationFromTheDatabaseIsAConflict() {
        // A real violation, as Hibernate and the transaction manager wrap it: no such account or region.
        RuntimeException refused = assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "INSERT INTO account_region (account_id, region_id) VALUES (-1, -1)")
                                .executeUpdate()));

        Response response = new ProblemMappers().anything(refused, null);

        assertEquals(409, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals("urn:pilotboard:problem:conflict", problem.type());
        assertEquals(409, problem.status());
    }
}
