package org.pilotboard.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A change of a task's planned dates, with its reason. Append-only. */
@Entity
@Immutable
@Table(name = "task_revision")
public class TaskRevision extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long taskId;
    public int taskVersion;
    public LocalDate previousPlannedStart;
    public LocalDate previousPlannedEnd;
    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    public String reason;
    public String author;
    public Instant recordedAt;
    public boolean demo;
}
