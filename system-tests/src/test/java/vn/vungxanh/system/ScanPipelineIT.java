package vn.vungxanh.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.MariaDb;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.ServiceProcess;
import vn.vungxanh.testsupport.Tokens;

/** A venue and a checkpoint registered by an admin, their devices' check-in and passage posted to the packaged ingest services reach alert-service through the broker. */
class ScanPipelineIT {

    private static final Path ROOT = Path.of(System.getProperty("vx.project.root", "..")).toAbsolutePath().normalize();
    private static ServiceProcess checkin;
    private static ServiceProcess checkpoint;
    private static ServiceProcess alert;

    @BeforeAll
    static void startServices() throws Exception {
        ServiceInfrastructure.createTopics();
        Path logs = ROOT.resolve("system-tests/target/service-logs");
        checkin = ServiceProcess.start(ROOT, "checkin-service", freePort(), env("vx_sys_checkin"), logs);
        checkpoint = ServiceProcess.start(ROOT, "checkpoint-service", freePort(), env("vx_sys_checkpoint"), logs);
        alert = ServiceProcess.start(ROOT, "alert-service", freePort(), env("vx_sys_alert"), logs);
    }

    @AfterAll
    static void stopServices() {
        for (ServiceProcess p : new ServiceProcess[] { alert, checkpoint, checkin }) {
            if (p != null) {
                p.close();
            }
        }
    }

    @Test
    void aCheckinAndAPassageShowUpInAlertService() {
        String venueId = given().baseUri(checkin.baseUri()).auth().oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Chợ Ngọc Lâm","type":"MARKET","wardCode":"00118","capacity":300,
                         "openingHours":[{"days":"MON-SUN","opens":"00:00","closes":"00:00"}]}
                        """)
                .when().post("/api/v1/venues")
                .then().statusCode(201).extract().path("id");
        String venueDevice = given().baseUri(checkin.baseUri()).auth().oauth2(Tokens.admin())
                .when().post("/api/v1/venues/{id}/devices", venueId)
                .then().statusCode(201).extract().path("token");
        String checkpointId = given().baseUri(checkpoint.baseUri()).auth().oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Chốt cầu Chương Dương","kind":"DISTRICT_BORDER","wardCode":"00118"}
                        """)
                .when().post("/api/v1/checkpoints")
                .then().statusCode(201).extract().path("id");
        String checkpointDevice = given().baseUri(checkpoint.baseUri()).auth().oauth2(Tokens.admin())
                .when().post("/api/v1/checkpoints/{id}/devices", checkpointId)
                .then().statusCode(201).extract().path("token");
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(1).withNano(0);

        given().baseUri(checkin.baseUri()).auth().oauth2(venueDevice)
                .contentType(ContentType.JSON)
                .body("""
                        {"eventId":"%s","subject":{"type":"PHONE","value":"0912345678"},"direction":"IN","scannedAt":"%s"}
                        """.formatted(UUID.randomUUID(), at))
                .when().post("/api/v1/checkins")
                .then().statusCode(202).body("status", equalTo("ACCEPTED"));

        given().baseUri(checkpoint.baseUri()).auth().oauth2(checkpointDevice)
                .contentType(ContentType.JSON)
                .body("""
                        {"eventId":"%s","subject":{"type":"CCCD","value":"031090012345"},"direction":"INBOUND",
                         "scannedAt":"%s","originProvinceCode":"31","destinationWardCode":"00118","decision":"ALLOWED"}
                        """.formatted(UUID.randomUUID(), at))
                .when().post("/api/v1/passages")
                .then().statusCode(202).body("status", equalTo("ACCEPTED"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(alert.baseUri())
                .auth().oauth2(Tokens.admin())
                .when().get("/api/v1/activity/venues/{id}", venueId)
                .then().statusCode(200).body("scanCount", equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(alert.baseUri())
                .auth().oauth2(Tokens.admin())
                .when().get("/api/v1/activity/checkpoints/{id}", checkpointId)
                .then().statusCode(200).body("scanCount", equalTo(1)));
    }

    private static Map<String, String> env(String database) {
        return Map.of(
                "VX_KAFKA_BOOTSTRAP", KafkaBroker.bootstrapServers(),
                "VX_DB_URL", MariaDb.freshDatabase(database),
                "VX_DB_USER", MariaDb.user(),
                "VX_DB_PASSWORD", MariaDb.password(),
                "VX_JWT_PUBLIC_KEY_LOCATION", Tokens.publicKeyLocation(),
                "VX_JWT_ISSUER", Tokens.ISSUER,
                "VX_JWT_SIGN_KEY_LOCATION", Tokens.privateKeyLocation(),
                "VX_PSEUDONYM_SECRET", "system-test-secret-" + UUID.randomUUID());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
