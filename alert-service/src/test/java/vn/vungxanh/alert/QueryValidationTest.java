package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** A bad query parameter is answered with a problem naming that parameter. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class QueryValidationTest {

    @Test
    void aPageTooLargeNamesTheSizeParameter() {
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/alerts?districtCode=004&size=500")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be at most 200"));
    }

    @Test
    void anUnknownRuleIsBadInputNotAMissingPage() {
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/alerts?districtCode=004&rule=NOT_A_RULE")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
