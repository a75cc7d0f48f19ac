package vn.vungxanh.common.ingest;

import java.util.UUID;

/** A scan as a client posts it: whatever else it carries, the client's event id makes its retries recognisable. */
public interface ScanRequest {

    UUID eventId();
}
