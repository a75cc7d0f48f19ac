package vn.vungxanh.alert;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Accepted check-ins at one venue in one minute (scan time); each event is counted once. */
@Entity
@Table(name = "venue_scan_minute")
public class VenueScanMinute extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int scans;

    /** Scans at the venue in the minutes from the one holding {@code from} up to {@code to} (exclusive). */
    public static long between(String venueId, Instant from, Instant to) {
        Long sum = find("select coalesce(sum(m.scans), 0) from VenueScanMinute m where m.key.venueId = ?1"
                + " and m.key.minute >= ?2 and m.key.minute < ?3", venueId, from.truncatedTo(ChronoUnit.MINUTES), to)
                .project(Long.class).firstResult();
        return sum == null ? 0 : sum;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "venue_id", length = 64)
        public String venueId;

        @Column(name = "minute")
        public Instant minute;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.venueId, venueId) && Objects.equals(k.minute, minute);
        }

        @Override
        public int hashCode() {
            return Objects.hash(venueId, minute);
        }
    }
}
