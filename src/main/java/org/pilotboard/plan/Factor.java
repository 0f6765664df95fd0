package org.pilotboard.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A chapter of the plan, one per factor: general, land, labour, capital, ... */
@Entity
public class Factor extends PanacheEntityBase {
    @Id
    public String code;

    public int number;
    public String numeralZh;
    public String titleZh;
    public String titleEn;
    /** Where the text comes from: seed, found (dataset; unverified in dataset version 1) or admin (edited through the API). */
    public String source;

    public String sourceNote;
}
