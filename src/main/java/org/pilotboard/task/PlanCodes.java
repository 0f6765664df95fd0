package org.pilotboard.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pilotboard.http.ProblemException;

/**
 * Whether the plan codes a task filter names exist, read from the plan's tables directly: the task readers
 * check their filters with this instead of the plan package's services, which themselves reach the
 * tasks (through the webhooks), so that no class cycle runs through the readers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanCodes {

    private final EntityManager em;

    public PlanCodes(EntityManager em) {
        this.em = em;
    }

    /** 404 when there is no factor with this code (the message PlanService answers for a factor). */
    public void requireFactor(String code) {
        require("SELECT count(*) FROM factor WHERE code = :code", code, "Factor");
    }

    private void require(String sql, String code, String what) {
        long found =
                ((Number) em.createNativeQuery(sql).setParameter("code", code).getSingleResult()).longValue();
        if (found == 0) {
            throw ProblemException.notFound(what, code);
        }
    }
}
