package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** No scanner device calls the alert service: a token made with the device key is refused whatever it claims. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class DeviceTokenTrustTest {

    @Test
    void tokensSignedWithTheDeviceKeyAre401() {
        for (String token : new String[] { Tokens.signDevice("admin", Map.of()),
                Tokens.signPersonWithDeviceKey("admin", Map.of()),
                Tokens.signDevice("inspector", Map.of("district", AlertTestKit.LONG_BIEN)),
                Tokens.signPersonWithDeviceKey("inspector", Map.of("district", AlertTestKit.LONG_BIEN)),
                Tokens.venueDevice("v-1") }) {
            given().auth().oauth2(token).when().get("/api/v1/alerts")
                    .then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(token).when().get("/api/v1/compliance/venues")
                    .then().statusCode(401);
        }
        given().auth().oauth2(Tokens.inspector(AlertTestKit.LONG_BIEN)).when().get("/api/v1/alerts")
                .then().statusCode(200);
    }
}
