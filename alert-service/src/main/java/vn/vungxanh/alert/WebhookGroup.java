package vn.vungxanh.alert;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The delivery state of one webhook group (receiver and district), shared by the replicas: when it was last told,
 * its failed attempts, and the lease of the replica delivering it now.
 */
@Entity
@Table(name = "webhook_group")
public class WebhookGroup extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "last_sent_at")
    public Instant lastSentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "lease_owner")
    public String leaseOwner;

    /** Creates the group's row unless it exists (every replica may try at once). */
    public static void ensure(String receiver, String districtCode) {
        getEntityManager().createNativeQuery("INSERT IGNORE INTO webhook_group (receiver, district_code, attempts)"
                + " VALUES (?1, ?2, 0)").setParameter(1, receiver).setParameter(2, districtCode).executeUpdate();
    }

    /**
     * Takes the group's lease if nobody holds it and the group may be told now (its back-off and group interval
     * have passed): one replica wins, the others get false.
     */
    public static boolean claim(Key key, String owner, Instant now, Instant leaseUntil, Instant sentBefore) {
        return update("leaseUntil = ?1, leaseOwner = ?2 where key = ?3 and (leaseUntil is null or leaseUntil < ?4)"
                + " and (nextAttemptAt is null or nextAttemptAt <= ?4) and (lastSentAt is null or lastSentAt <= ?5)",
                leaseUntil, owner, key, now, sentBefore) == 1;
    }

    /** A delivery succeeded: the group interval starts now, and the lease is given back. */
    public static void delivered(Key key, String owner, Instant at) {
        update("lastSentAt = ?1, attempts = 0, nextAttemptAt = null, leaseUntil = null, leaseOwner = null"
                + " where key = ?2 and leaseOwner = ?3", at, key, owner);
    }

    /** A delivery failed: counted, tried again at {@code next} (null once given up), and the lease is given back. */
    public static void failed(Key key, String owner, int attempts, Instant next) {
        update("attempts = ?1, nextAttemptAt = ?2, leaseUntil = null, leaseOwner = null where key = ?3"
                + " and leaseOwner = ?4", attempts, next, key, owner);
    }

    /** Gives up every lease of one owner (a replica that stops). */
    public static int release(String owner) {
        return update("leaseUntil = null, leaseOwner = null where leaseOwner = ?1", owner);
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "receiver", length = 100)
        public String receiver;

        @Column(name = "district_code", length = 8)
        public String districtCode;

        public Key() {
        }

        public Key(String receiver, String districtCode) {
            this.receiver = receiver;
            this.districtCode = districtCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.receiver, receiver)
                    && Objects.equals(k.districtCode, districtCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(receiver, districtCode);
        }
    }
}
