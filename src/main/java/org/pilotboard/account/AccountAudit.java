package org.pilotboard.account;

/**
 * Where account changes and sign-ins are recorded. The audit trail implements it: the trail needs the
 * caller (this package) to know who acted, so this package names what it records instead of calling audit.
 */
public interface AccountAudit {

    /** Records a write by the current caller, in the transaction of the write; before/after are views, or null. */
    void record(String action, String entityType, Object entityId, Object before, Object after);

    /** Records an event by a named actor, e.g. a sign-in (the caller is not signed in yet). */
    void recordBy(
            String action,
            String entityType,
            Object entityId,
            String actorName,
            Long actorId,
            String address,
            Object after);
}
