package vn.vungxanh.alert.engine;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Silence thresholds of seconds, so that a test through the real broker sees a silent venue quickly. */
public class ShortThresholds implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "vx.rules.evaluation-interval", "1S",
                "vx.rules.scanning-silent.crowded", "3S,3S,2S,2S",
                "kafka-streams.commit.interval.ms", "200");
    }
}
