package org.pilotboard.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * A region as accounts see it: the row an official is bound to, by id and code, read-only. Mapped on
 * the region table here rather than using the region feature's entity, because every feature (region
 * too) checks permissions through this package: a dependency on region would make a cycle.
 */
@Entity
@Immutable
@Table(name = "region")
public class RegionRef extends PanacheEntityBase {

    @Id
    public Long id;

    public String code;

    public static Optional<RegionRef> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
