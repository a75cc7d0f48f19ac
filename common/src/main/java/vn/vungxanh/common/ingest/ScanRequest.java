package vn.vungxanh.common.ingest;

import java.util.UUID;

/** A scan as a client posts it: whatever else it carries, the client's event id makes its retries recognisable. */
public interface ScanRequest {

    UUID eventId();

    /**
     * True only when every constraint declared on the request plainly holds: the validator is then skipped (on the
     * ingest path it cost more than any other step of a valid scan). False sends the request through the validator,
     * which names what is wrong; so a request may answer false whenever in doubt, never true when a constraint fails.
     */
    default boolean plainlyValid() {
        return false;
    }
}
