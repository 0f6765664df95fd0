package org.pilotboard.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A pilot region and the approval of its implementation plan (实施方案). */
@Entity
public class Region extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String nameZh;
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public RegionType type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> provinces;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> cities;

    public String approvalDocNumber;
    public String approvalTitle;
    public LocalDate approvedOn;
    public LocalDate termEnd;
    /** What about this region is uncertain or unverified. */
    public String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sourceUrls;

    public boolean demo;
    /** The pilot's own implementation documents, as the shipped dataset records them (read-only). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RegionViews.LocalDocument> localDocuments = List.of();
    /** Tasks named for the pilot at the approval's briefing, as the shipped dataset records them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RegionViews.ReportedTask> reportedTasks = List.of();

    @Version
    public int version;

    public Instant createdAt;
    public Instant updatedAt;

    public static Optional<Region> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
