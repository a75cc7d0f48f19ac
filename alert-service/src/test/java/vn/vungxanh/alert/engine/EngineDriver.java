package vn.vungxanh.alert.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.events.AlertResolvedEvent;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.CheckpointEvent;
import vn.vungxanh.events.CheckpointKind;
import vn.vungxanh.events.DeviceEvent;
import vn.vungxanh.events.DistrictThresholdsEvent;
import vn.vungxanh.events.HeartbeatEvent;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.ShiftEvent;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.ThresholdOverride;
import vn.vungxanh.events.Topics;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.VenueType;
import vn.vungxanh.events.WardLevelEvent;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/**
 * The rules topology in a {@link TopologyTestDriver}: simulated wall clock, a fresh state directory, helpers to
 * publish inputs at local Hà Nội times and read the signals. Ward 00001 (Phúc Xá, Ba Đình 001, Hà Nội 01).
 */
final class EngineDriver implements AutoCloseable {

    static final String WARD = "00001";
    static final String DISTRICT = "001";
    static final String PROVINCE = "01";
    static final String OTHER_WARD = "00004";
    /** Monday 23 Nov 2026. */
    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 0, 0);
    private static final Duration STEP = Duration.ofMinutes(1);
    private static final WardCatalogue CATALOGUE = new WardCatalogue();

    final RulesConfig config;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, CheckinEvent> checkins;
    private final TestInputTopic<String, PassageEvent> passages;
    private final TestInputTopic<String, HeartbeatEvent> heartbeats;
    private final TestInputTopic<String, ShiftEvent> shifts;
    private final TestInputTopic<String, VenueEvent> venues;
    private final TestInputTopic<String, CheckpointEvent> checkpoints;
    private final TestInputTopic<String, DeviceEvent> devices;
    private final TestInputTopic<String, WardLevelEvent> levels;
    private final TestInputTopic<String, AlertResolvedEvent> resolutions;
    private final TestInputTopic<String, DistrictThresholdsEvent> districtThresholds;
    private final TestOutputTopic<String, AlertSignal> signals;
    private Instant now;

    EngineDriver(LocalDateTime startLocal) {
        this(startLocal, Map.of());
    }

    EngineDriver(LocalDateTime startLocal, Map<String, String> overrides) {
        config = config(overrides);
        now = local(startLocal);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "vx-rules-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, ServiceInfrastructure.freshStateDir());
        driver = new TopologyTestDriver(RulesTopology.build(config, CATALOGUE), props, now);
        checkins = input(Topics.CHECKINS, CheckinEvent.class);
        passages = input(Topics.PASSAGES, PassageEvent.class);
        heartbeats = input(Topics.HEARTBEATS, HeartbeatEvent.class);
        shifts = input(Topics.SHIFTS, ShiftEvent.class);
        venues = input(Topics.VENUES, VenueEvent.class);
        checkpoints = input(Topics.CHECKPOINTS, CheckpointEvent.class);
        devices = input(Topics.DEVICES, DeviceEvent.class);
        levels = input(Topics.WARD_LEVELS, WardLevelEvent.class);
        resolutions = input(Topics.ALERT_RESOLUTIONS, AlertResolvedEvent.class);
        districtThresholds = input(Topics.DISTRICT_THRESHOLDS, DistrictThresholdsEvent.class);
        signals = driver.createOutputTopic(Topics.ALERT_SIGNALS, Serdes.String().deserializer(),
                EngineSerdes.json(AlertSignal.class).deserializer());
    }

    static RulesConfig config(Map<String, String> overrides) {
        SmallRyeConfig c = new SmallRyeConfigBuilder()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(RulesConfig.class)
                .withDefaultValues(overrides)
                .build();
        return c.getConfigMapping(RulesConfig.class);
    }

    static Instant local(LocalDateTime t) {
        return t.atZone(OpeningHours.ZONE).toInstant();
    }

    private <T> TestInputTopic<String, T> input(String topic, Class<T> type) {
        return driver.createInputTopic(topic, Serdes.String().serializer(), EngineSerdes.json(type).serializer());
    }

    Instant now() {
        return now;
    }

    /**
     * Moves the wall clock forward a minute at a time (the tests' precision), so that punctuations run on the way as
     * they would live.
     */
    void advance(Duration d) {
        Instant end = now.plus(d);
        Duration step = STEP;
        while (now.isBefore(end)) {
            Duration next = Duration.between(now, end).compareTo(step) < 0 ? Duration.between(now, end) : step;
            driver.advanceWallClockTime(next);
            now = now.plus(next);
        }
    }

    /** Moves the wall clock to a time in one go: one punctuation, as after a long pause of the stream thread. */
    void jumpTo(LocalDateTime localTime) {
        Duration d = Duration.between(now, local(localTime));
        driver.advanceWallClockTime(d);
        now = now.plus(d);
    }

    void advanceTo(LocalDateTime localTime) {
        advance(Duration.between(now, local(localTime)));
    }

    /** What the engine's store holds for a place, or null. */
    PlaceState place(String placeId) {
        return driver.<String, PlaceState>getKeyValueStore(EngineStores.PLACES).get(placeId);
    }

    /** Whether the place is indexed under any deadline. */
    boolean scheduled(String placeId) {
        try (var all = driver.<String, String>getKeyValueStore(EngineStores.DEADLINES).all()) {
            while (all.hasNext()) {
                if (placeId.equals(all.next().value)) {
                    return true;
                }
            }
        }
        return false;
    }

    List<AlertSignal> signals() {
        return signals.readValuesToList();
    }

    void venue(String id, VenueType type, int capacity, String wardCode, OpeningHours... hours) {
        venues.pipeInput(id, new VenueEvent(VenueEvent.SCHEMA_VERSION, id, "Venue " + id, type, wardCode,
                CATALOGUE.ward(wardCode).orElseThrow().districtCode(), PROVINCE, capacity, List.of(hours), true, 1,
                now), now);
    }

    void checkpoint(String id) {
        checkpoints.pipeInput(id, new CheckpointEvent(CheckpointEvent.SCHEMA_VERSION, id, "Checkpoint " + id,
                CheckpointKind.DISTRICT_BORDER, WARD, DISTRICT, PROVINCE, null, null, true, 1, now), now);
    }

    void device(PlaceKind kind, String placeId, String deviceId) {
        devices.pipeInput(DeviceEvent.key(placeId, deviceId),
                new DeviceEvent(DeviceEvent.SCHEMA_VERSION, deviceId, kind, placeId, true, now, now), now);
    }

    void heartbeat(PlaceKind kind, String placeId, String deviceId) {
        heartbeats.pipeInput(placeId, new HeartbeatEvent(HeartbeatEvent.SCHEMA_VERSION, UUID.randomUUID().toString(),
                deviceId, kind, placeId, now), now);
    }

    void level(String wardCode, int level) {
        levels.pipeInput(wardCode, new WardLevelEvent(WardLevelEvent.SCHEMA_VERSION, wardCode,
                CATALOGUE.ward(wardCode).orElseThrow().districtCode(), PROVINCE, level, "admin", now), now);
    }

    /** An admin sets the district's threshold overrides, now. */
    void thresholds(String districtCode, ThresholdOverride... overrides) {
        districtThresholds.pipeInput(districtCode, new DistrictThresholdsEvent(DistrictThresholdsEvent.SCHEMA_VERSION,
                districtCode, List.of(overrides), "admin", now), now);
    }

    /** An inspector resolves the alert of this signal's fingerprint by hand, now. */
    void resolvedByHand(AlertSignal alert) {
        resolutions.pipeInput(alert.placeId(), new AlertResolvedEvent(AlertResolvedEvent.SCHEMA_VERSION,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), alert.fingerprint(), alert.rule(),
                alert.placeKind(), alert.placeId(), "WARNING_ISSUED", now), now);
    }

    void shift(String checkpointId, ShiftEvent.Action action) {
        shifts.pipeInput(checkpointId, new ShiftEvent(ShiftEvent.SCHEMA_VERSION, UUID.randomUUID().toString(),
                checkpointId, "dev-" + checkpointId, action, 2, now), now);
    }

    /** An accepted check-in scanned now, or {@code ago} before now (a late upload). */
    String checkin(String venueId, CheckinEvent.Direction direction, String subject, Duration ago,
            BigDecimal temperature) {
        String id = UUID.randomUUID().toString();
        checkin(new CheckinEvent(CheckinEvent.SCHEMA_VERSION, id, venueId, WARD, null,
                new Subject(SubjectType.CCCD, subject), direction, now.minus(ago), now, temperature,
                CheckinEvent.ScanStatus.ACCEPTED, null));
        return id;
    }

    /** An accepted check-in taken by the venue's own scanner device, {@code ago} before now. */
    String scanned(String venueId, String subject, Duration ago, BigDecimal temperature) {
        String id = UUID.randomUUID().toString();
        checkin(new CheckinEvent(CheckinEvent.SCHEMA_VERSION, id, venueId, WARD, "dev-" + venueId,
                new Subject(SubjectType.CCCD, subject), CheckinEvent.Direction.IN, now.minus(ago), now, temperature,
                CheckinEvent.ScanStatus.ACCEPTED, null));
        return id;
    }

    String accepted(String venueId) {
        return checkin(venueId, CheckinEvent.Direction.IN, UUID.randomUUID().toString(), Duration.ZERO, null);
    }

    String rejected(String venueId) {
        String id = UUID.randomUUID().toString();
        checkin(new CheckinEvent(CheckinEvent.SCHEMA_VERSION, id, venueId, WARD, null, null,
                CheckinEvent.Direction.IN, now, now, null, CheckinEvent.ScanStatus.REJECTED,
                CheckinEvent.RejectReason.FORGED));
        return id;
    }

    void checkin(CheckinEvent e) {
        checkins.pipeInput(e.venueId(), e, now);
    }

    PassageEvent passage(String checkpointId, String originWard, String destinationWard, BigDecimal temperature,
            PassageEvent.PermitStatus permit, PassageEvent.Decision decision) {
        PassageEvent p = new PassageEvent(PassageEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), checkpointId,
                WARD, "dev-" + checkpointId, new Subject(SubjectType.CCCD, UUID.randomUUID().toString()),
                PassageEvent.Direction.INBOUND, now, now, originWard, originWard == null ? null : PROVINCE,
                destinationWard, temperature, List.of(), null, permit, decision, null);
        passage(p);
        return p;
    }

    void passage(PassageEvent p) {
        passages.pipeInput(p.checkpointId(), p, now);
    }

    @Override
    public void close() {
        driver.close();
    }
}
