package vn.vungxanh.alert.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Channel;

import io.smallrye.reactive.messaging.MutinyEmitter;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.alert.WardLevel;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.ingest.IngestConfig;
import vn.vungxanh.common.ingest.KafkaFirst;
import vn.vungxanh.events.WardLevelEvent;

/**
 * Ward epidemic levels. A new level goes to Kafka first (the rule engine and every replica read it from there);
 * only once the broker has it is it stored and answered. The topic is read back too, so levels set elsewhere
 * land here, and the newest write wins everywhere.
 */
@ApplicationScoped
public class WardLevelService {

    /** How long a request waits for the broker's acknowledgement. */
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    @Inject
    @Channel(Channels.WARD_LEVELS_OUT)
    MutinyEmitter<WardLevelEvent> levels;

    @Inject
    WardCatalogue catalogue;

    @Inject
    IngestConfig ingest;

    @Inject
    Clock clock;

    public record LevelView(String wardCode, String wardName, String districtCode, String provinceCode, int level,
            String setBy, Instant updatedAt) {
    }

    /** Publishes the level and stores it once Kafka has acknowledged it; call on a worker thread. */
    public LevelView set(String wardCode, int level, String actor) {
        WardCatalogue.Ward ward = catalogue.requireWard(wardCode, "wardCode");
        WardLevelEvent event = new WardLevelEvent(WardLevelEvent.SCHEMA_VERSION, ward.code(), ward.districtCode(),
                ward.provinceCode(), level, actor, clock.instant());
        KafkaFirst.send(levels, ward.code(), event, ingest.retryAfterSeconds()).await().atMost(SEND_TIMEOUT);
        apply(event);
        return get(wardCode);
    }

    /**
     * Stores a level unless a newer one is already stored, in one statement: the request that set the level and the
     * consumer reading it back may store the same ward at once, and a read-then-insert of a missing row deadlocks.
     * The columns are assigned left to right, so updated_at, compared by the others, comes last.
     */
    @Transactional
    public void apply(WardLevelEvent event) {
        WardLevel.getEntityManager().createNativeQuery("""
                INSERT INTO ward_level (ward_code, district_code, level, set_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON DUPLICATE KEY UPDATE
                  district_code = IF(VALUES(updated_at) >= updated_at, VALUES(district_code), district_code),
                  level = IF(VALUES(updated_at) >= updated_at, VALUES(level), level),
                  set_by = IF(VALUES(updated_at) >= updated_at, VALUES(set_by), set_by),
                  updated_at = GREATEST(updated_at, VALUES(updated_at))
                """)
                .setParameter(1, event.wardCode())
                .setParameter(2, event.districtCode())
                .setParameter(3, event.level())
                .setParameter(4, event.setBy())
                .setParameter(5, event.updatedAt())
                .executeUpdate();
    }

    @Transactional
    public LevelView get(String wardCode) {
        WardCatalogue.Ward ward = catalogue.requireWard(wardCode, "wardCode");
        WardLevel stored = WardLevel.findById(ward.code());
        return stored == null
                ? new LevelView(ward.code(), ward.name(), ward.districtCode(), ward.provinceCode(),
                        WardLevel.DEFAULT_LEVEL, null, null)
                : new LevelView(ward.code(), ward.name(), ward.districtCode(), ward.provinceCode(), stored.level,
                        stored.setBy, stored.updatedAt);
    }

    public WardCatalogue.Ward ward(String wardCode) {
        return catalogue.requireWard(wardCode, "wardCode");
    }
}
