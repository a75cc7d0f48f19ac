package vn.vungxanh.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.Tokens;

/** A venue and a checkpoint registered by an admin, their devices' check-in and passage posted to the packaged ingest services reach alert-service through the broker. */
class ScanPipelineIT {

    private static SystemStack stack;

    @BeforeAll
    static void startServices() throws Exception {
        stack = SystemStack.get();
    }

    @Test
    void aCheckinAndAPassageShowUpInAlertService() {
        String venueId = given().baseUri(stack.checkin.baseUri()).auth().oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Chợ Ngọc Lâm","type":"MARKET","wardCode":"00118","capacity":300,
                         "openingHours":[{"days":"MON-SUN","opens":"00:00","closes":"00:00"}]}
                        """)
                .when().post("/api/v1/venues")
                .then().statusCode(201).extract().path("id");
        String venueDevice = given().baseUri(stack.checkin.baseUri()).auth().oauth2(Tokens.admin())
                .when().post("/api/v1/venues/{id}/devices", venueId)
                .then().statusCode(201).extract().path("token");
        String checkpointId = given().baseUri(stack.checkpoint.baseUri()).auth().oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Chốt cầu Chương Dương","kind":"DISTRICT_BORDER","wardCode":"00118"}
                        """)
                .when().post("/api/v1/checkpoints")
                .then().statusCode(201).extract().path("id");
        String checkpointDevice = given().baseUri(stack.checkpoint.baseUri()).auth().oauth2(Tokens.admin())
                .when().post("/api/v1/checkpoints/{id}/devices", checkpointId)
                .then().statusCode(201).extract().path("token");
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(1).withNano(0);

        given().baseUri(stack.checkin.baseUri()).auth().oauth2(venueDevice)
                .contentType(ContentType.JSON)
                .body("""
                        {"eventId":"%s","subject":{"type":"PHONE","value":"0912345678"},"direction":"IN","scannedAt":"%s"}
                        """.formatted(UUID.randomUUID(), at))
                .when().post("/api/v1/checkins")
                .then().statusCode(202).body("status", equalTo("ACCEPTED"));

        given().baseUri(stack.checkpoint.baseUri()).auth().oauth2(checkpointDevice)
                .contentType(ContentType.JSON)
                .body("""
                        {"eventId":"%s","subject":{"type":"CCCD","value":"031090012345"},"direction":"INBOUND",
                         "scannedAt":"%s","originProvinceCode":"31","destinationWardCode":"00118","decision":"ALLOWED"}
                        """.formatted(UUID.randomUUID(), at))
                .when().post("/api/v1/passages")
                .then().statusCode(202).body("status", equalTo("ACCEPTED"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(stack.alert.baseUri())
                .auth().oauth2(Tokens.admin())
                .when().get("/api/v1/activity/venues/{id}", venueId)
                .then().statusCode(200).body("scanCount", equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(stack.alert.baseUri())
                .auth().oauth2(Tokens.admin())
                .when().get("/api/v1/activity/checkpoints/{id}", checkpointId)
                .then().statusCode(200).body("scanCount", equalTo(1)));
    }
}
