package vn.vungxanh.common.ingest;

/** Where a kind of scan event goes: its topic, and the CloudEvents type and source its records carry. */
public record ScanTopic(String name, String eventType, String source) {
}
