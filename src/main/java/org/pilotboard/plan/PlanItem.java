package org.pilotboard.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A numbered item of the plan, e.g. （五）支持探索土地管理制度改革. */
@Entity
@Table(name = "plan_item")
public class PlanItem extends PanacheEntityBase {
    @Id
    public Integer number;

    public String numeralZh;
    public String factorCode;
    public String titleZh;
    public String titleEn;
    public String source;
    public String sourceNote;
    /** Written by the dataset loader; null for an item an admin added. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Provenance provenance;
}
