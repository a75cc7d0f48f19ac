package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.testsupport.Tokens;

/** Venues and devices made through the API, for tests. */
final class Fixtures {

    static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    /** Phường Bồ Đề, quận Long Biên (004), Hà Nội (01). */
    static final String WARD = "00118";

    private Fixtures() {
    }

    static String venueJson(String name, String ward) {
        return """
                {"name":"%s","type":"MARKET","wardCode":"%s","address":"1 Ngọc Lâm","capacity":200,
                 "openingHours":[{"days":"MON-SUN","opens":"05:00","closes":"19:00"}]}
                """.formatted(name, ward);
    }

    static JsonPath venue(String name) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(venueJson(name, WARD))
                .when().post("/api/v1/venues")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Registers a device and returns its token. */
    static JsonPath device(String venueId) {
        return given().auth().oauth2(Tokens.admin())
                .when().post("/api/v1/venues/{id}/devices", venueId)
                .then().statusCode(201).extract().jsonPath();
    }

    static String checkin(String eventId, String subjectType, String subjectValue, OffsetDateTime scannedAt) {
        return """
                {"eventId":"%s","subject":{"type":"%s","value":"%s"},"direction":"IN","scannedAt":"%s","temperatureC":36.6}
                """.formatted(eventId, subjectType, subjectValue, scannedAt);
    }

    static String visitorCheckin(String eventId, String qr, OffsetDateTime scannedAt) {
        return """
                {"eventId":"%s","venueQr":"%s","subject":{"type":"APP","value":"app-user-1"},"direction":"IN","scannedAt":"%s"}
                """.formatted(eventId, qr, scannedAt);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(HANOI).minusSeconds(30);
    }
}
