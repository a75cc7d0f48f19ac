package vn.vungxanh.alert.engine;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import vn.vungxanh.alert.engine.PlaceHistory.Mark;
import vn.vungxanh.alert.engine.PlaceHistory.ScanCounts;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.events.AlertResolvedEvent;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.CheckinEvent;
import vn.vungxanh.events.CheckpointEvent;
import vn.vungxanh.events.DeviceEvent;
import vn.vungxanh.events.DistrictThresholdsEvent;
import vn.vungxanh.events.HeartbeatEvent;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.ShiftEvent;
import vn.vungxanh.events.Topics;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.WardLevelEvent;

/**
 * The rules engine: every input about a place (scans, heartbeats, shifts, its registry record and its devices, and
 * the alerts of it resolved by hand)
 * merged by place id into one processor with changelogged stores; ward levels and the districts' threshold overrides
 * in global stores; alert signals out,
 * keyed by fingerprint. Venues without enough history of their own report hourly counts to a second processor keyed
 * by peer group (ward and type), whose medians come back to each venue's partition. Everything about a place lives in its partition, so replicas split places between them.
 */
@ApplicationScoped
public class RulesTopology {

    static final String PLACE_PROCESSOR = "vx-rules-place";
    static final String PEER_PROCESSOR = "vx-rules-peers";

    @Produces
    public Topology topology(RulesConfig config, WardCatalogue catalogue) {
        return build(config, catalogue);
    }

    public static Topology build(RulesConfig config, WardCatalogue catalogue) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<String> keys = Serdes.String();
        WardLevels wardLevels = new WardLevels();
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(EngineStores.WARD_LEVELS), keys,
                        EngineSerdes.json(WardLevelEvent.class)).withLoggingDisabled(),
                Topics.WARD_LEVELS, Consumed.with(keys, EngineSerdes.json(WardLevelEvent.class)),
                wardLevels::updater);
        DistrictThresholds districtThresholds = new DistrictThresholds(wardLevels, catalogue);
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(EngineStores.DISTRICT_THRESHOLDS), keys,
                        EngineSerdes.json(DistrictThresholdsEvent.class)).withLoggingDisabled(),
                Topics.DISTRICT_THRESHOLDS, Consumed.with(keys, EngineSerdes.json(DistrictThresholdsEvent.class)),
                districtThresholds::updater);
        for (StoreBuilder<?> store : stores(config)) {
            builder.addStateStore(store);
        }
        // a device record is keyed placeId/deviceId: bring it to its place's partition
        KStream<String, PlaceInput> devices = builder
                .stream(Topics.DEVICES, Consumed.with(keys, EngineSerdes.json(DeviceEvent.class)))
                .map((k, v) -> {
                    PlaceInput in = PlaceInput.device(k, v);
                    return KeyValue.pair(in.placeId(), in);
                })
                .repartition(Repartitioned.with(keys, EngineSerdes.json(PlaceInput.class))
                        .withName("devices-by-place"));
        // each venue's peer-group median comes back keyed by venue id, through a topic of the scans' partition count
        KStream<String, PlaceInput> peerVerdicts = builder
                .stream(Topics.PEER_VERDICTS, Consumed.with(keys, EngineSerdes.json(PeerRates.Verdict.class)))
                .mapValues((k, v) -> PlaceInput.peer(k, v));
        KStream<String, Object> out = builder
                .stream(Topics.CHECKINS, Consumed.with(keys, EngineSerdes.json(CheckinEvent.class)))
                .mapValues((k, v) -> PlaceInput.checkin(k, v))
                .merge(builder.stream(Topics.PASSAGES, Consumed.with(keys, EngineSerdes.json(PassageEvent.class)))
                        .mapValues((k, v) -> PlaceInput.passage(k, v)))
                .merge(builder.stream(Topics.HEARTBEATS, Consumed.with(keys, EngineSerdes.json(HeartbeatEvent.class)))
                        .mapValues((k, v) -> PlaceInput.heartbeat(k, v)))
                .merge(builder.stream(Topics.SHIFTS, Consumed.with(keys, EngineSerdes.json(ShiftEvent.class)))
                        .mapValues((k, v) -> PlaceInput.shift(k, v)))
                .merge(builder.stream(Topics.VENUES, Consumed.with(keys, EngineSerdes.json(VenueEvent.class)))
                        .mapValues((k, v) -> PlaceInput.venue(k, v)))
                .merge(builder.stream(Topics.CHECKPOINTS, Consumed.with(keys, EngineSerdes.json(CheckpointEvent.class)))
                        .mapValues((k, v) -> PlaceInput.checkpoint(k, v)))
                .merge(builder.stream(Topics.ALERT_RESOLUTIONS,
                        Consumed.with(keys, EngineSerdes.json(AlertResolvedEvent.class)))
                        .mapValues((k, v) -> PlaceInput.resolved(k, v)))
                .merge(devices)
                .merge(peerVerdicts)
                .process(() -> new PlaceProcessor(config, wardLevels, districtThresholds, catalogue),
                        Named.as(PLACE_PROCESSOR), EngineStores.PLACES, EngineStores.DEADLINES,
                        EngineStores.WARD_PLACES, EngineStores.SEEN, EngineStores.MINUTES, EngineStores.HOURS,
                        EngineStores.VISITS, EngineStores.FEVERS, EngineStores.REJECTIONS);
        out.filter((k, v) -> v instanceof AlertSignal)
                .mapValues(v -> (AlertSignal) v)
                .to(Topics.ALERT_SIGNALS, Produced.with(keys, EngineSerdes.json(AlertSignal.class)));
        // hourly counts of venues judged by their peers, keyed by peer group (ward and type) to one partition
        out.filter((k, v) -> v instanceof PeerRates.Report)
                .mapValues(v -> (PeerRates.Report) v)
                .repartition(Repartitioned.with(keys, EngineSerdes.json(PeerRates.Report.class))
                        .withName("peer-reports"))
                .process(() -> new PeerProcessor(config), Named.as(PEER_PROCESSOR), EngineStores.PEER_REPORTS,
                        EngineStores.PEER_DEADLINES)
                .to(Topics.PEER_VERDICTS, Produced.with(keys, EngineSerdes.json(PeerRates.Verdict.class)));
        return builder.build();
    }

    /** Stores with caching: repeated updates of one key between commits reach the changelog once. */
    private static StoreBuilder<?>[] stores(RulesConfig config) {
        Serde<String> keys = Serdes.String();
        Duration recent = config.lateTolerance().plus(EngineStores.HOUR.multipliedBy(2));
        Duration baseline = Duration.ofDays(7L * (config.scanRateDrop().maxWeeks() + 1));
        return new StoreBuilder<?>[] {
            Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EngineStores.PLACES), keys,
                    EngineSerdes.json(PlaceState.class)).withCachingEnabled(),
            Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EngineStores.DEADLINES), keys, keys)
                    .withCachingEnabled(),
            Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EngineStores.WARD_PLACES), keys, keys)
                    .withCachingEnabled(),
            Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EngineStores.PEER_REPORTS), keys,
                    EngineSerdes.json(PeerRates.Report.class)).withCachingEnabled(),
            Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EngineStores.PEER_DEADLINES), keys, keys)
                    .withCachingEnabled(),
            window(EngineStores.SEEN, recent, EngineStores.MINUTE, false, Serdes.Long()),
            window(EngineStores.MINUTES, recent, EngineStores.MINUTE, false, EngineSerdes.json(ScanCounts.class)),
            window(EngineStores.HOURS, baseline, EngineStores.HOUR, false, Serdes.Long()),
            window(EngineStores.VISITS, recent, EngineStores.MINUTE, false, Serdes.Long()),
            window(EngineStores.FEVERS, recent, EngineStores.MINUTE, true, EngineSerdes.json(Mark.class)),
            window(EngineStores.REJECTIONS, recent, EngineStores.MINUTE, true, EngineSerdes.json(Mark.class)),
        };
    }

    private static <V> StoreBuilder<WindowStore<String, V>> window(String name, Duration retention, Duration size,
            boolean duplicates, Serde<V> values) {
        StoreBuilder<WindowStore<String, V>> builder = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(name, retention, size, duplicates), Serdes.String(), values);
        // a busy place updates its minute many times between commits: the cache sends the changelog only the last
        return duplicates ? builder : builder.withCachingEnabled();
    }
}
