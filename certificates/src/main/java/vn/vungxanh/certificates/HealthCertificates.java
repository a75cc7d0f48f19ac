package vn.vungxanh.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the CWT claims and the hcert inside them ({@code -260 → 1}), checking the fields the checkpoint relies on. */
final class HealthCertificates {

    private static final String CLAIM_ISSUER = "1";
    private static final String CLAIM_EXPIRES = "4";
    private static final String CLAIM_ISSUED = "6";
    private static final String CLAIM_HCERT = "-260";
    private static final String TEST_NOT_DETECTED = "260415000";
    private static final String TEST_DETECTED = "260373001";

    private HealthCertificates() {
    }

    /** @throws IllegalArgumentException naming the first missing or malformed field */
    static HealthCertificate read(JsonNode cwt) {
        JsonNode dcc = cwt.path(CLAIM_HCERT).path("1");
        if (!dcc.isObject()) {
            throw new IllegalArgumentException("no health certificate (claim -260, key 1) in the CWT");
        }
        require(dcc, "ver");
        JsonNode nam = dcc.path("nam");
        String familyName = require(nam, "fnt");
        if (!familyName.matches("[A-Z<]{1,80}")) {
            throw new IllegalArgumentException("nam.fnt is not a standardised name");
        }
        String givenName = nam.hasNonNull("gnt") ? nam.get("gnt").asText() : null;
        String dateOfBirth = require(dcc, "dob");
        int kinds = (dcc.has("v") ? 1 : 0) + (dcc.has("t") ? 1 : 0) + (dcc.has("r") ? 1 : 0);
        if (kinds != 1) {
            throw new IllegalArgumentException("a certificate holds exactly one of v, t, r; this one holds " + kinds);
        }
        HealthCertificate.Entry entry;
        if (dcc.has("v")) {
            JsonNode v = only(dcc, "v");
            entry = new HealthCertificate.Vaccination(positive(v, "dn"), positive(v, "sd"), LocalDate.parse(require(v, "dt")));
        } else if (dcc.has("t")) {
            JsonNode t = only(dcc, "t");
            String result = require(t, "tr");
            if (!result.equals(TEST_DETECTED) && !result.equals(TEST_NOT_DETECTED)) {
                throw new IllegalArgumentException("t.tr is neither " + TEST_NOT_DETECTED + " nor " + TEST_DETECTED);
            }
            entry = new HealthCertificate.Test(result.equals(TEST_DETECTED), OffsetDateTime.parse(require(t, "sc")).toInstant());
        } else {
            JsonNode r = only(dcc, "r");
            entry = new HealthCertificate.Recovery(LocalDate.parse(require(r, "df")), LocalDate.parse(require(r, "du")));
        }
        return new HealthCertificate(cwt.path(CLAIM_ISSUER).asText(null), time(cwt, CLAIM_ISSUED), time(cwt, CLAIM_EXPIRES),
                new HealthCertificate.Holder(familyName, givenName, dateOfBirth), entry);
    }

    private static JsonNode only(JsonNode dcc, String kind) {
        JsonNode entries = dcc.get(kind);
        if (!entries.isArray() || entries.size() != 1 || !entries.get(0).isObject()) {
            throw new IllegalArgumentException(kind + " must hold exactly one entry");
        }
        return entries.get(0);
    }

    private static String require(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.asText();
    }

    private static int positive(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.canConvertToInt() || value.asInt() < 1) {
            throw new IllegalArgumentException(field + " must be a positive number");
        }
        return value.asInt();
    }

    private static Instant time(JsonNode cwt, String claim) {
        JsonNode value = cwt.path(claim);
        return value.isNumber() ? Instant.ofEpochSecond(value.asLong()) : null;
    }
}
