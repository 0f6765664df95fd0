package org.pilotboard.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.pilotboard.region.Region;

/** A region's pilot task: carries out one plan measure and serves one national milestone. */
@Entity
public class Task extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    public String measureCode;
    public String milestoneCode;
    public String titleZh;
    public String titleEn;
    public String descriptionZh;
    public String descriptionEn;
    public String responsibleUnit;
    /** The planned dates as first agreed: never changed, so slippage stays visible. */
    public LocalDate baselineStart;

    public LocalDate baselineEnd;
    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    public LocalDate actualStart;
    public LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    public int progress;
    public Instant lastVerifiedAt;
    public String implementationDocNumber;
    public String implementationDocUrl;
    /** For signed-in users only. */
    public String internalNote;

    public boolean demo;
    /** A stable key given by the system or spreadsheet the task was imported from; unique in its region. */
    public String externalKey;

    @Version
    public int version;

    public Instant createdAt;
    public Instant updatedAt;
}
