package vn.vungxanh.alert;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;

/** Mutes alerts of a venue, a ward and/or a rule for a time range; muted alerts are still recorded. */
@Entity
@Table(name = "silence")
public class Silence extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "venue_id")
    public String venueId;

    @Column(name = "ward_code")
    public String wardCode;

    @Enumerated(EnumType.STRING)
    public Rule rule;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false, length = 1000)
    public String comment;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The first silence active at {@code now} that matches the alert's place and rule. */
    public static Optional<Silence> matching(Alert alert, Instant now) {
        return find("districtCode = :district and startsAt <= :now and endsAt > :now"
                + " and (venueId is null or venueId = :venue) and (wardCode is null or wardCode = :ward)"
                + " and (rule is null or rule = :rule) order by createdAt",
                Parameters.with("district", alert.districtCode).and("now", now)
                        .and("venue", alert.placeKind == PlaceKind.VENUE ? alert.placeId : "")
                        .and("ward", alert.wardCode).and("rule", alert.rule))
                .firstResultOptional();
    }
}
