package vn.vungxanh.events;

/**
 * A person as the system knows them: the kind of identifier they presented and a keyed hash of it.
 * The raw identifier never leaves the ingest service.
 */
public record Subject(SubjectType type, String hash) {
}
