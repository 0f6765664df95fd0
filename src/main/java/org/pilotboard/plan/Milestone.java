package org.pilotboard.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A national milestone of 工作目标 (2021, 2022H1, 2023, 2025). */
@Entity
public class Milestone extends PanacheEntityBase {
    @Id
    public String code;

    public LocalDate dueOn;
    public String titleZh;
    public String titleEn;
    public String textZh;
    /** The 工作目标 sentence that sets this milestone. */
    public String measureCode;
    /** What the dataset's compiler observed, e.g. "late", with a note. */
    public String observedStatus;

    public String observedNote;
    public String source;
    /** An admin's manual override of the derived status, with its reason, author and time. */
    @Enumerated(EnumType.STRING)
    public MilestoneStatus overrideStatus;

    public String overrideReason;
    public String overrideBy;
    public Instant overrideAt;
}
