package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class VenueRegistryTest {

    @Test
    void aVenueIsRegisteredWithItsDistrictAndProvinceAndEveryChangeReachesTheCompactedTopic() {
        String name = "Chợ Ngọc Lâm " + UUID.randomUUID();
        String id = Fixtures.venue(name).getString("id");

        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/venues/{id}", id)
                .then().statusCode(200)
                .body("districtCode", equalTo("004"))
                .body("provinceCode", equalTo("01"))
                .body("openingHours[0].days", equalTo("MON-SUN"))
                .body("qr", not(nullValue()));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Fixtures.venueJson(name + " (mới)", "00118").replace("200", "350"))
                .when().put("/api/v1/venues/{id}", id)
                .then().statusCode(200).body("capacity", equalTo(350)).body("version", equalTo(2));
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/venues/{id}/close", id)
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/venues/{id}/reopen", id)
                .then().statusCode(200).body("active", equalTo(true)).body("version", equalTo(4));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> records = KafkaBroker.readAll(Topics.VENUES).stream()
                    .filter(r -> id.equals(r.key())).toList();
            assertEquals(4, records.size());
            assertTrue(records.get(1).value().contains("\"capacity\":350"));
            assertTrue(records.get(2).value().contains("\"active\":false"));
            assertTrue(records.get(3).value().contains("\"version\":4"));
            assertTrue(records.get(3).value().contains("\"districtCode\":\"004\""));
        });
    }

    @Test
    void listsFilterByDistrictWardAndTypeAndInspectorsSeeOnlyTheirDistrict() {
        String name = "Cửa hàng " + UUID.randomUUID();
        String id = Fixtures.venue(name).getString("id");

        given().auth().oauth2(Tokens.inspector("004"))
                .queryParam("wardCode", "00118").queryParam("type", "MARKET").queryParam("size", "500")
                .when().get("/api/v1/venues")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items[0].qr", nullValue());
        given().auth().oauth2(Tokens.admin()).queryParam("districtCode", "001")
                .when().get("/api/v1/venues")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.inspector("001")).queryParam("districtCode", "004")
                .when().get("/api/v1/venues")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.inspector("001")).when().get("/api/v1/venues/{id}", id)
                .then().statusCode(404); // outside the caller's district: answered as an unknown id
        given().auth().oauth2(Tokens.venueDevice(id)).when().get("/api/v1/venues/{id}", id)
                .then().statusCode(403);
        given().when().get("/api/v1/venues/{id}", id).then().statusCode(401);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/venues/{id}", "no-such-venue")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badVenuesAreRefusedNamingTheField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Fixtures.venueJson("X", "99999"))
                .when().post("/api/v1/venues")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("wardCode"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Fixtures.venueJson("X", "00118").replace("MON-SUN", "MON-XYZ"))
                .when().post("/api/v1/venues")
                .then().statusCode(422).body("errors[0].field", equalTo("openingHours[0].days"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"type\":\"MARKET\",\"capacity\":\"many\"}")
                .when().post("/api/v1/venues")
                .then().statusCode(422).body("errors[0].field", equalTo("capacity"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"type\":\"MARKET\"}")
                .when().post("/api/v1/venues")
                .then().statusCode(422)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("wardCode"))
                .body("errors.field", hasItem("capacity"))
                .body("errors.field", hasItem("openingHours"));
        given().auth().oauth2(Tokens.inspector("004")).contentType(ContentType.JSON).body(Fixtures.venueJson("X", "00118"))
                .when().post("/api/v1/venues")
                .then().statusCode(403);
    }
}
