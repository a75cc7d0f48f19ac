package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/**
 * The ingest benchmark's plain 202 endpoint is not in the service as built for deployment: no setting of a running
 * service (here {@code vx.bench.baseline-endpoint}, which used to switch it on) brings it back.
 */
@QuarkusTest
@TestProfile(BenchBaselineTest.RuntimeSwitch.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class BenchBaselineTest {

    @Test
    void theBenchmarkBaselineIsAbsentFromTheServiceAsDeployed() {
        given().contentType(ContentType.JSON)
                .body(Fixtures.checkin(UUID.randomUUID().toString(), "CCCD", "001090012345", Fixtures.now()))
                .when().post("/bench/baseline")
                .then().statusCode(404);
    }

    public static class RuntimeSwitch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vx.bench.baseline-endpoint", "true");
        }
    }
}
