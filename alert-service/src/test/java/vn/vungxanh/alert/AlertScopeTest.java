package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vungxanh.alert.AlertTestKit.BA_DINH;
import static vn.vungxanh.alert.AlertTestKit.LONG_BIEN;
import static vn.vungxanh.alert.AlertTestKit.NGOC_THUY;
import static vn.vungxanh.alert.AlertTestKit.THUONG_THANH;
import static vn.vungxanh.alert.AlertTestKit.awaitAlert;
import static vn.vungxanh.alert.AlertTestKit.firing;
import static vn.vungxanh.alert.AlertTestKit.send;
import static vn.vungxanh.alert.AlertTestKit.venue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class AlertScopeTest {

    @Test
    void anInspectorSeesAndActsOnlyWithinTheirDistrictAndWard() throws Exception {
        String venueId = venue();
        send(firing(venueId, THUONG_THANH, LONG_BIEN));
        String id = awaitAlert(venueId);

        // by id, another district's alert answers as an unknown one: 404, so ids elsewhere do not show
        given().auth().oauth2(Tokens.inspector(BA_DINH)).when().get("/api/v1/alerts/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.inspector(BA_DINH)).queryParam("districtCode", LONG_BIEN)
                .when().get("/api/v1/alerts").then().statusCode(403); // a query naming another district
        given().auth().oauth2(Tokens.inspector(BA_DINH)).contentType(ContentType.JSON).body(Map.of("note", "x"))
                .when().post("/api/v1/alerts/{id}/ack", id).then().statusCode(404);
        given().auth().oauth2(Tokens.inspector(BA_DINH)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "FALSE_ALARM", "note", "x"))
                .when().post("/api/v1/alerts/{id}/resolve", id).then().statusCode(404);
        String elsewhere = given().auth().oauth2(Tokens.inspector(BA_DINH)).when().get("/api/v1/alerts/{id}", id)
                .then().extract().asString();
        String unknown = given().auth().oauth2(Tokens.inspector(BA_DINH)).when().get("/api/v1/alerts/{id}", "nope")
                .then().extract().asString();
        assertEquals(unknown.replace("nope", id), elsewhere);
        given().auth().oauth2(Tokens.inspector(BA_DINH)).when().get("/api/v1/alerts")
                .then().statusCode(200).body("items.districtCode", everyItem(equalTo(BA_DINH)));
        given().auth().oauth2(Tokens.inspector(LONG_BIEN, NGOC_THUY)).when().get("/api/v1/alerts/{id}", id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.inspector(LONG_BIEN, NGOC_THUY)).queryParam("wardCode", THUONG_THANH)
                .when().get("/api/v1/alerts").then().statusCode(403);
        given().auth().oauth2(Tokens.inspector(LONG_BIEN, THUONG_THANH)).when().get("/api/v1/alerts/{id}", id)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.healthOfficial()).when().get("/api/v1/alerts").then().statusCode(403);
        given().when().get("/api/v1/alerts").then().statusCode(401);
        given().when().get("/api/v1/alerts/{id}", id).then().statusCode(401);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/alerts/{id}", "no-such-alert").then().statusCode(404);
    }
}
