package vn.vungxanh.common.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Where a kind of scan event goes: its topic, and the CloudEvents type and source its records carry (binary mode;
 * the headers that are the same on every record are made once, here).
 */
public final class ScanTopic {

    private final String name;
    private final String eventType;
    private final String source;
    private final List<Header> fixedHeaders;

    public ScanTopic(String name, String eventType, String source) {
        this.name = name;
        this.eventType = eventType;
        this.source = source;
        this.fixedHeaders = List.of(header("ce_specversion", "1.0"), header("ce_type", eventType),
                header("ce_source", source), header("content-type", "application/json"));
    }

    public String name() {
        return name;
    }

    public String eventType() {
        return eventType;
    }

    public String source() {
        return source;
    }

    /** The CloudEvents headers of every record of this topic but {@code ce_id}. */
    List<Header> fixedHeaders() {
        return fixedHeaders;
    }

    static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return name;
    }
}
