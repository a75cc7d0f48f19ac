package vn.vungxanh.common.ingest;

/** The answer to one posted scan event. */
public record ScanResult(String eventId, Status status) {

    public enum Status {
        /** Kafka has the event. */
        ACCEPTED,
        /** The same event id was seen before; nothing changed. */
        DUPLICATE
    }

    public static ScanResult accepted(String eventId) {
        return new ScanResult(eventId, Status.ACCEPTED);
    }

    public static ScanResult duplicate(String eventId) {
        return new ScanResult(eventId, Status.DUPLICATE);
    }
}
