package vn.vungxanh.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Version 1 of a traveller's passage through a checkpoint, published on {@link Topics#PASSAGES} keyed by
 * {@code checkpointId}.
 *
 * @param wardCode the checkpoint's ward, when known at ingest
 * @param deviceId the checkpoint device that posted
 * @param originWardCode ward the traveller comes from, when known
 * @param originProvinceCode province the traveller comes from (derived from the ward when that is given)
 * @param destinationWardCode ward the traveller goes to; it follows up on high-risk arrivals
 * @param permitStatus result of verifying the presented permit QR, or null when none was presented
 * @param symptoms symptoms the officer recorded, empty when none
 * @param vehiclePlateHash pseudonym of the vehicle plate (keyed hash, as for identifiers), never the plate itself
 * @param certificate result of verifying the presented health certificate (EU DCC), or null when none was presented
 */
public record PassageEvent(
        int schemaVersion,
        String eventId,
        String checkpointId,
        String wardCode,
        String deviceId,
        Subject subject,
        Direction direction,
        Instant scannedAt,
        Instant receivedAt,
        String originWardCode,
        String originProvinceCode,
        String destinationWardCode,
        BigDecimal temperatureC,
        List<String> symptoms,
        String vehiclePlateHash,
        PermitStatus permitStatus,
        Decision decision,
        CertificateCheck certificate) implements VersionedEvent {

    public static final int SCHEMA_VERSION = 1;

    public enum Direction {
        INBOUND,
        OUTBOUND
    }

    /** What the officer decided. */
    public enum Decision {
        ALLOWED,
        TURNED_BACK,
        REFERRED_TO_TESTING,
        QUARANTINED
    }

    /**
     * A health certificate's verdict, never the certificate nor the holder's name.
     *
     * @param status VALID or the verification stage that failed (EXPIRED, SIGNATURE, UNKNOWN_KID, ...)
     * @param kind VACCINATION, TEST or RECOVERY when the certificate could be read
     * @param refusal why a valid certificate does not meet the checkpoint's policy (TEST_TOO_OLD, ...), or null
     */
    public record CertificateCheck(String status, String kind, String refusal) {

        /** The certificate verified and meets the policy. */
        public boolean accepted() {
            return "VALID".equals(status) && refusal == null;
        }

        /** Why a traveller's certificate does not count, for an alert's evidence; null when it counts. */
        public String reason() {
            return accepted() ? null : refusal != null ? refusal : status;
        }
    }

    /** Verification result of a travel permit QR. */
    public enum PermitStatus {
        VALID,
        EXPIRED,
        NOT_YET_VALID,
        FORGED,
        REVOKED,
        WRONG_ROUTE
    }
}
