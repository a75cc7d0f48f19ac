package vn.vungxanh.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.vungxanh.deploy.IngressRoutes;
import vn.vungxanh.deploy.Nginx;
import vn.vungxanh.testsupport.Chromium;
import vn.vungxanh.testsupport.Tokens;

/**
 * The prod overlay's Ingress, rendered into nginx the way ingress-nginx renders it, in front of the three packaged
 * services: what a scanner app and an inspector see on the public host. Debian's nginx runs as a process of the test
 * on a free port; the public host name resolves to it (Host header for REST calls, a resolver rule for Chromium).
 */
class IngressProxyIT {

    /** Tây Hồ (003), Phú Thượng ward: a district no other system test touches. */
    private static final String TAY_HO = "003";
    private static final String PHU_THUONG = "00091";
    private static final String CHECKPOINT = "Chốt cầu Nhật Tân";

    private static SystemStack stack;
    private static Nginx nginx;
    private static String host;

    @BeforeAll
    static void startProxy() throws Exception {
        stack = SystemStack.get();
        IngressRoutes prod = IngressRoutes.of("prod");
        host = prod.all().get(0).host();
        nginx = Nginx.start(prod, Map.of("checkin-service", hostPort(stack.checkin.baseUri()),
                "checkpoint-service", hostPort(stack.checkpoint.baseUri()),
                "alert-service", hostPort(stack.alert.baseUri())), SystemStack.freePort());
    }

    @AfterAll
    static void stopProxy() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void scannerCallsOfBothServicesReachTheirServiceAndNothingInternalIsPublic() {
        String venueId = api(Tokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name":"Chợ Quảng Bá","type":"MARKET","wardCode":"%s","capacity":200,
                         "openingHours":[{"days":"MON-SUN","opens":"00:00","closes":"00:00"}]}
                        """.formatted(PHU_THUONG))
                .when().post("/api/v1/venues").then().statusCode(201).extract().path("id");
        String venueDevice = api(Tokens.admin()).when().post("/api/v1/venues/{id}/devices", venueId)
                .then().statusCode(201).extract().path("token");
        String checkpointDevice = checkpointDevice("Chốt đường Âu Cơ")[1];
        String now = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(1).withNano(0).toString();

        api(venueDevice).contentType(ContentType.JSON)
                .body("""
                        {"eventId":"%s","subject":{"type":"PHONE","value":"0912000111"},"direction":"IN","scannedAt":"%s"}
                        """.formatted(UUID.randomUUID(), now))
                .when().post("/api/v1/checkins").then().statusCode(202).body("status", equalTo("ACCEPTED"));
        api(venueDevice).when().post("/api/v1/devices/heartbeat").then().statusCode(204);
        api(checkpointDevice).when().post("/api/v1/checkpoints/devices/heartbeat").then().statusCode(204);
        api(checkpointDevice).contentType(ContentType.JSON).body(passage(now, null))
                .when().post("/api/v1/passages").then().statusCode(202).body("status", equalTo("ACCEPTED"));

        // a batch larger than proxy-body-size is refused at the edge
        api(venueDevice).contentType(ContentType.JSON).body("{\"events\":[\"" + "x".repeat(3 * 1024 * 1024) + "\"]}")
                .when().post("/api/v1/checkins/batch").then().statusCode(413);
        for (String internal : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/bench/baseline")) {
            api(Tokens.admin()).when().get(internal).then().statusCode(404);
        }
    }

    @Test
    void theBoardLoadsThroughTheProxyAndShowsAnAlertLiveOverServerSentEvents() throws Exception {
        String[] checkpoint = checkpointDevice(CHECKPOINT);
        Path home = Files.createTempDirectory("ingress-browser");
        ChromeDriver driver = Chromium.start(home, "1400,1000", Map.of(), List.of(host));
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get("http://" + host + ":" + nginx.port + "/#token=" + Tokens.inspector(TAY_HO));
            wait.until(visibilityOfElementLocated(By.id("board")));
            wait.until(attributeContains(By.id("live"), "class", "on"));
            assertEquals("function", driver.executeScript("return typeof Chart"));
            assertEquals("object", driver.executeScript("return typeof L"));

            // while the inspector watches, the first passage of a new checkpoint: a traveller with fever let
            // through into Phú Thượng; its alert comes over the stream, through nginx
            String now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0).toString();
            api(checkpoint[1]).contentType(ContentType.JSON).body(passage(now, 38.6))
                    .when().post("/api/v1/passages").then().statusCode(202);
            By alert = By.xpath("//li[contains(@class,'alert')][.//div[@class='place' and (text()='" + CHECKPOINT
                    + "' or text()='" + checkpoint[0] + "')]]");
            wait.until(presenceOfElementLocated(alert));
            assertEquals("FIRING", driver.findElement(alert).getAttribute("data-status"));
            assertEquals("Người đến có nguy cơ cao", driver.findElement(alert).findElement(By.className("rule"))
                    .getText());

            // what the page loaded came through the proxy (the stream, still open, is logged when it ends)
            String log = nginx.accessLog();
            for (String request : List.of("GET /board/board.js", "GET /webjars/chart.js/dist/chart.umd.min.js",
                    "GET /webjars/leaflet/dist/leaflet.css", "GET /gis/01.json", "GET /api/v1/board/session",
                    "GET /api/v1/stats/scans-hourly")) {
                assertTrue(log.lines().anyMatch(l -> l.contains("\"" + request) && l.contains("\" 200 ")),
                        request + " not answered 200 through the proxy:\n" + log);
            }
        } finally {
            driver.quit();
        }
    }

    /** A new checkpoint in Phú Thượng and its device: {id, device token}. */
    private static String[] checkpointDevice(String name) {
        String checkpointId = api(Tokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name":"%s","kind":"DISTRICT_BORDER","wardCode":"%s"}
                        """.formatted(name, PHU_THUONG))
                .when().post("/api/v1/checkpoints").then().statusCode(201).extract().path("id");
        return new String[] {checkpointId, api(Tokens.admin()).when()
                .post("/api/v1/checkpoints/{id}/devices", checkpointId).then().statusCode(201).extract().path("token")};
    }

    private static String passage(String scannedAt, Double temperature) {
        return """
                {"eventId":"%s","subject":{"type":"CCCD","value":"001090%06d"},"direction":"INBOUND",
                 "scannedAt":"%s","originProvinceCode":"31","destinationWardCode":"%s","decision":"ALLOWED"%s}
                """.formatted(UUID.randomUUID(), (int) (Math.random() * 999_999), scannedAt, PHU_THUONG,
                temperature == null ? "" : ",\"temperatureC\":" + temperature);
    }

    /** A request to the public host, through nginx. */
    private static RequestSpecification api(String token) {
        return given().baseUri("http://127.0.0.1:" + nginx.port).header("Host", host).auth().oauth2(token);
    }

    private static String hostPort(String baseUri) {
        return baseUri.substring("http://".length());
    }
}
