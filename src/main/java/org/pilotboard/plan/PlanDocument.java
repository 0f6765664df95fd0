package org.pilotboard.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The plan document's metadata (a single row). */
@Entity
@Table(name = "plan_document")
public class PlanDocument extends PanacheEntityBase {
    public static final int ID = 1;

    @Id
    public Integer id = ID;

    public String titleZh;
    public String titleEn;
    public String issuerZh;
    public String issuerEn;
    public String docNumber;
    public LocalDate issuedOn;
    public LocalDate publishedOn;
    public int periodStart;
    public int periodEnd;
    public String preambleZh;
    public String noticeZh;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Source> sources;

    /** A source the dataset was checked against. */
    public record Source(
            String id, String kind, String title, String publisher, String url, String date, String covers) {}
}
