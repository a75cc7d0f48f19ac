package vn.vungxanh.alert.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default Kafka Streams state directory: a new one per process, so that two instances on one host never share
 * one and a broker that was re-created never meets stale local state. A deployment that keeps state on a volume
 * across restarts sets {@code kafka-streams.state.dir} (env {@code KAFKA_STREAMS_STATE_DIR}), which wins over this.
 * Without it a restarted instance restores its stores from the changelog topics.
 */
public class StateDirDefault implements ConfigSource {

    public static final String KEY = "kafka-streams.state.dir";
    /** Below application.properties (250) and everything else. */
    private static final int ORDINAL = 50;

    private final String dir = Path.of(System.getProperty("java.io.tmpdir"), "vx-rules-state",
            UUID.randomUUID().toString()).toString();

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, dir);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? dir : null;
    }

    @Override
    public String getName() {
        return "vx-rules-state-dir-default";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
