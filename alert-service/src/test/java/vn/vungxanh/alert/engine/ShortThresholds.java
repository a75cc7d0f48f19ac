package vn.vungxanh.alert.engine;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Silence thresholds of seconds, so that a test through the real broker sees a silent venue quickly; a hand-resolved
 * condition that still holds opens a new alert after seconds too.
 */
public class ShortThresholds implements QuarkusTestProfile {

    public static final Duration REOPEN_AFTER = Duration.ofSeconds(8);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "vx.rules.evaluation-interval", "1S",
                "vx.rules.scanning-silent.crowded", "3S,3S,2S,2S",
                "vx.rules.reopen-after", REOPEN_AFTER.toSeconds() + "S",
                "kafka-streams.commit.interval.ms", "200");
    }
}
