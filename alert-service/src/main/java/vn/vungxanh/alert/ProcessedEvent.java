package vn.vungxanh.alert;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event id already counted: a retried or redelivered scan changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id", length = 128)
    public String eventId;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    /**
     * Marks an id as processed.
     *
     * @return false when it already was (a redelivery: the caller changes nothing)
     */
    public static boolean firstTime(String eventId, Instant now) {
        if (findById(eventId) != null) {
            return false;
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.processedAt = now;
        processed.persist();
        return true;
    }
}
