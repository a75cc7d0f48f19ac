package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class VenueImportTest {

    @Test
    void aDistrictImportsThousandsOfVenuesAndEveryBadRowIsReportedWithItsLine() {
        StringBuilder csv = new StringBuilder("name,type,wardCode,address,capacity,openingHours\n");
        for (int i = 0; i < 2000; i++) {
            csv.append("\"Cửa hàng số ").append(i).append(", Ngọc Lâm\",CONVENIENCE_STORE,00118,,40,MON-SUN 06:00-23:00\n");
        }
        csv.append("Chợ ma,MARKET,99999,,100,MON-SUN 05:00-19:00\n");       // line 2002
        csv.append("Quán,BAR,00118,,100,MON-SUN 05:00-19:00\n");            // line 2003
        csv.append("Chợ đêm,MARKET,00118,,100,FRI-SUN 22:00-02:00; MON 1\n"); // line 2004
        csv.append("Chợ thiếu cột,MARKET,00118\n");                          // line 2005
        csv.append("Chợ đêm Long Biên,MARKET,00118,1 Ngọc Lâm,300,FRI-SUN 22:00-02:00\n");

        JsonPath result = given().auth().oauth2(Tokens.admin()).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/venues/import")
                .then().statusCode(200)
                .body("imported", equalTo(2001))
                .body("rejected.size()", equalTo(4))
                .body("rejected[0].line", equalTo(2002))
                .body("rejected[0].field", equalTo("wardCode"))
                .body("rejected[1].field", equalTo("type"))
                .body("rejected[2].field", equalTo("openingHours"))
                .body("rejected[3].line", equalTo(2005))
                .extract().jsonPath();

        List<String> ids = result.getList("ids");
        String last = ids.get(ids.size() - 1);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/venues/{id}", last)
                .then().statusCode(200).body("openingHours[0].closes", equalTo("02:00")).body("districtCode", equalTo("004"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertTrue(
                KafkaBroker.readAll(Topics.VENUES).stream().anyMatch(r -> last.equals(r.key()))));

        given().auth().oauth2(Tokens.admin()).contentType("text/csv").body("nom,genre\nx,y\n")
                .when().post("/api/v1/venues/import")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
