package org.pilotboard.plan;

/**
 * Fired, synchronously in the transaction of the write, when an admin sets or clears a milestone's
 * override, so that a listener's writes (the webhook outbox) commit or fail with it.
 */
public record MilestoneOverridden(String code) {}
