package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.MariaDb;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.ServiceProcess;
import vn.vungxanh.testsupport.Tokens;

/** The packaged alert-service run as a process against the test broker and a database of its own (for *IT). */
final class PackagedAlertService {

    static final Path ROOT = Path.of(System.getProperty("vx.project.root", "..")).toAbsolutePath().normalize();

    private PackagedAlertService() {
    }

    /** Configuration shared by every instance of one test: the same broker and database, short timings. */
    static Map<String, String> env(String database) {
        ServiceInfrastructure.createTopics();
        return Map.of(
                "VX_KAFKA_BOOTSTRAP", KafkaBroker.bootstrapServers(),
                "VX_DB_URL", MariaDb.freshDatabase(database),
                "VX_DB_USER", MariaDb.user(),
                "VX_DB_PASSWORD", MariaDb.password(),
                "VX_JWT_PUBLIC_KEY_LOCATION", Tokens.publicKeyLocation(),
                "VX_JWT_ISSUER", Tokens.ISSUER,
                "VX_PSEUDONYM_SECRET", "packaged-test-secret-" + UUID.randomUUID(),
                "VX_ALERTS_HOLD_OFF", "3s",
                "VX_ALERTS_SWEEP_INTERVAL", "1s");
    }

    static ServiceProcess start(Map<String, String> env) throws IOException, InterruptedException {
        return ServiceProcess.start(ROOT, "alert-service", freePort(), env, ROOT.resolve("alert-service/target/service-logs"));
    }

    static List<Map<String, Object>> alertsOf(ServiceProcess service, String venueId) {
        return given().baseUri(service.baseUri()).auth().oauth2(Tokens.admin()).queryParam("size", 200)
                .when().get("/api/v1/alerts").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream().filter(a -> venueId.equals(a.get("venueId"))).toList();
    }

    static JsonPath alert(ServiceProcess service, String id) {
        return given().baseUri(service.baseUri()).auth().oauth2(Tokens.admin())
                .when().get("/api/v1/alerts/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
