package vn.vungxanh.alert;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.vungxanh.events.PlaceKind;

/** What alert-service has seen of one venue or checkpoint: its last scan and how many distinct scans. */
@Entity
@Table(name = "place_activity")
public class PlaceActivity extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "last_scan_at", nullable = false)
    public Instant lastScanAt;

    @Column(name = "scan_count", nullable = false)
    public long scanCount;

    /** The ward the latest scan named (passages name their checkpoint's ward); null for venues. */
    @Column(name = "ward_code")
    public String wardCode;

    public static PlaceActivity find(PlaceKind kind, String placeId) {
        return findById(new Key(kind, placeId));
    }

    @Embeddable
    public static class Key implements Serializable {

        @Enumerated(EnumType.STRING)
        @Column(name = "place_kind", length = 16)
        public PlaceKind kind;

        @Column(name = "place_id", length = 64)
        public String placeId;

        public Key() {
        }

        public Key(PlaceKind kind, String placeId) {
            this.kind = kind;
            this.placeId = placeId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind == kind && k.placeId.equals(placeId);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + placeId.hashCode();
        }
    }
}
