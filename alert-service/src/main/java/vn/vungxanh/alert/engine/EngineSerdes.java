package vn.vungxanh.alert.engine;

import org.apache.kafka.common.serialization.Serde;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.kafka.client.serialization.ObjectMapperSerde;

/**
 * JSON serdes for every event type and every stored value, all over one explicitly configured mapper, so that the
 * service and its tests read and write alike: ISO-8601 instants, unknown fields ignored (newer minor versions).
 */
public final class EngineSerdes {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EngineSerdes() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static <T> Serde<T> json(Class<T> type) {
        return new ObjectMapperSerde<>(type, MAPPER);
    }
}
