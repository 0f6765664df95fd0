package org.pilotboard.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** One sentence-level measure of an item; code is "item.seq", e.g. "5.2". */
@Entity
public class Measure extends PanacheEntityBase {
    @Id
    public String code;

    public int itemNumber;
    public int seq;

    @Enumerated(EnumType.STRING)
    public MeasureKind kind;

    public String textZh;
    public String summaryEn;
    public String source;

    public static String code(int itemNumber, int seq) {
        return itemNumber + "." + seq;
    }
}
