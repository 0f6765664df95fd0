package org.pilotboard.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a task's append-only status history. */
@Entity
@Immutable
@Table(name = "status_update")
public class StatusUpdate extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long taskId;
    /** The task version this update produced. */
    public int taskVersion;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    public int progress;

    @Enumerated(EnumType.STRING)
    public TaskStatus previousStatus;

    public Integer previousProgress;
    public String comment;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Evidence> evidence;

    public String author;
    /** The task's actual dates as they stood after this update. */
    public LocalDate actualStart;

    public LocalDate actualEnd;
    public Instant recordedAt;
    public boolean demo;
    /** A stable key given by the spreadsheet the update was imported from; unique per task. */
    public String externalKey;
}
