package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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

/** The benchmark's build ({@code -Dvx.bench.baseline=true}, as bench/run.sh makes it) has its plain 202 endpoint. */
@QuarkusTest
@TestProfile(BenchBuildBaselineTest.BenchBuild.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class BenchBuildBaselineTest {

    @Test
    void theBenchmarksBuildAnswers202WithoutDoingAnything() {
        String eventId = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .body(Fixtures.checkin(eventId, "CCCD", "001090012345", Fixtures.now()))
                .when().post("/bench/baseline")
                .then().statusCode(202).body("eventId", equalTo(eventId));
    }

    public static class BenchBuild implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vx.bench.baseline", "true");
        }
    }
}
