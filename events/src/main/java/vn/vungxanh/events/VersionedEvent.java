package vn.vungxanh.events;

/** An event whose JSON carries its schema version, so a consumer can refuse versions it does not know. */
public interface VersionedEvent {

    int schemaVersion();

    String eventId();
}
