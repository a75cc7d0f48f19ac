package vn.vungxanh.alert.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Scan counts and notable scans of one place over time, by the device's clock. */
public interface PlaceHistory {

    /** Sums of the minute buckets that start in [from, to). */
    ScanCounts counts(String placeId, Instant from, Instant to);

    /** Accepted check-ins of the hour that starts at {@code hourStart}. */
    long hourCount(String placeId, Instant hourStart);

    /** Fever readings in [from, to]. */
    List<Mark> fevers(String placeId, Instant from, Instant to);

    /** Rejected scans in [from, to]. */
    List<Mark> rejections(String placeId, Instant from, Instant to);

    /**
     * Counts of one minute: {@code in} visits begun (check-ins), {@code out} of those visits closed later by a
     * check-out of the same subject (counted at the visit's minute, not the check-out's), accepted and rejected scans.
     */
    record ScanCounts(long in, long out, long accepted, long rejected) {

        public static final ScanCounts ZERO = new ScanCounts(0, 0, 0, 0);

        public ScanCounts plus(ScanCounts o) {
            return new ScanCounts(in + o.in, out + o.out, accepted + o.accepted, rejected + o.rejected);
        }
    }

    /** A scan worth naming in the evidence. */
    record Mark(String eventId, Instant at, BigDecimal temperatureC, String detail) {
    }
}
