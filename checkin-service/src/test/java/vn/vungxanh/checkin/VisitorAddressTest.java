package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/**
 * Visitors are limited per address; behind a trusted proxy (loopback by default, as the tests' client is) per the
 * address the proxy forwards, so that the visitors behind one ingress do not share one allowance.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class VisitorAddressTest {

    static final int LIMIT = 120;
    static final String JUNK = "eyJhbGciOiJFUzI1NiIsImtpZCI6InRlc3QtMiJ9.eyJ2IjoiMSJ9.AAAA";

    /** Spends the whole minute's allowance of one forwarded address in one batch. */
    static void spendTheMinute(String forwardedFor) {
        String events = IntStream.range(0, LIMIT)
                .mapToObj(i -> Fixtures.visitorCheckin(UUID.randomUUID().toString(), JUNK, Fixtures.now()))
                .collect(Collectors.joining(","));
        given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body("{\"events\":[" + events + "]}")
                .when().post("/api/v1/checkins/batch").then().statusCode(200);
    }

    static int postOnce(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body(Fixtures.visitorCheckin(UUID.randomUUID().toString(), JUNK, Fixtures.now()))
                .when().post("/api/v1/checkins").then().extract().statusCode();
    }

    static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.18." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    @Test
    void twoVisitorsBehindTheProxyHaveTheirOwnAllowance() {
        String a = randomAddress();
        String b = randomAddress();
        spendTheMinute(a);
        assertEquals(422, postOnce(b), "b is not limited by a's posts (its junk poster is refused, not throttled)");
        assertEquals(429, postOnce(a), "a has spent its minute");
    }
}
