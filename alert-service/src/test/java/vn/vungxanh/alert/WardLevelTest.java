package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** Ward levels set by admins: concurrent changes of a ward never fail, and the last change is the level. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class WardLevelTest {

    @Test
    void concurrentChangesOfANewWardAllSucceed() {
        String ward = "00151"; // Phường Phúc Đồng, Long Biên: set by no other test
        List<Integer> statuses = IntStream.rangeClosed(1, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().auth().oauth2(Tokens.admin())
                        .contentType("application/json").body("{\"level\":" + (i % 4 + 1) + "}")
                        .when().put("/api/v1/areas/{ward}/level", ward).statusCode()))
                .toList().stream().map(CompletableFuture::join).toList();
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses);

        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"level\":3}")
                .when().put("/api/v1/areas/{ward}/level", ward).then().statusCode(200);
        given().auth().oauth2(Tokens.inspector("004"))
                .when().get("/api/v1/areas/{ward}/level", ward)
                .then().statusCode(200).body("level", equalTo(3));
    }
}
