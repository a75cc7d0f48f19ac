package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** A body that is not the expected JSON gets a problem saying what is wrong, never an empty or bare 400. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class MalformedBodyTest {

    @Test
    void wrongShapesAndBrokenJsonAre400ProblemsThatSayWhy() {
        for (String body : List.of("[]", "0", "\"x\"", "{not json")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/silences")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("not the expected JSON"))
                    .body("errors[0].message", not(emptyString()));
        }
    }
}
