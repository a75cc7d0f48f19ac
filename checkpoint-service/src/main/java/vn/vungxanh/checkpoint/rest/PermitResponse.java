package vn.vungxanh.checkpoint.rest;

import java.time.Instant;

/** An issued permit; {@code qr} is its signed payload (no raw identifier in it). */
public record PermitResponse(String id, String fromWardCode, String toWardCode, Instant validFrom, Instant validTo,
        String purpose, boolean revoked, String qr) {
}
