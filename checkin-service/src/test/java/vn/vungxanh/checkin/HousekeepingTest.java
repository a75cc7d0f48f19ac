package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.checkin.service.CheckinHousekeeping;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.testsupport.ServiceInfrastructure;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class HousekeepingTest {

    @Inject
    CheckinHousekeeping housekeeping;

    @Test
    void aCheckOutEndsTheVisitAndAVisitWithoutOneEndsAfterTheMarketsDwellTime() {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        OffsetDateTime now = OffsetDateTime.now(Fixtures.HANOI);
        String forgotten = post(token, "0912000001", "IN", now.minusHours(2));
        String left = post(token, "0912000002", "IN", now.minusMinutes(30));
        post(token, "0912000002", "OUT", now.minusMinutes(10));
        String stillInside = post(token, "0912000003", "IN", now.minusMinutes(20));

        Checkin leftVisit = await().atMost(Duration.ofSeconds(20))
                .until(() -> find(left), c -> c != null && c.checkOutAt != null);
        assertEquals("OUT", leftVisit.closedBy);
        await().atMost(Duration.ofSeconds(20)).until(() -> find(stillInside) != null && find(forgotten) != null);

        housekeeping.closeExpired(Instant.now());

        Checkin forgottenVisit = find(forgotten);
        assertEquals("DWELL", forgottenVisit.closedBy);
        assertEquals(forgottenVisit.scannedAt.plus(Duration.ofMinutes(60)), forgottenVisit.checkOutAt);
        assertNull(find(stillInside).checkOutAt, "20 minutes at a market is within the 60-minute dwell time");
    }

    @Test
    void checkinsPastTheRetentionPeriodAreDeleted() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            stored(old, Instant.now().minus(Duration.ofDays(22))).persist();
            stored(recent, Instant.now().minus(Duration.ofDays(20))).persist();
        });

        housekeeping.applyRetention(Instant.now());

        assertNull(find(old));
        assertNotNull(find(recent));
    }

    private static Checkin stored(String eventId, Instant at) {
        Checkin c = new Checkin();
        c.eventId = eventId;
        c.venueId = "venue-retention";
        c.subjectType = SubjectType.APP;
        c.subjectHash = "h-" + eventId;
        c.direction = vn.vungxanh.events.CheckinEvent.Direction.IN;
        c.scannedAt = at.truncatedTo(ChronoUnit.MILLIS);
        c.receivedAt = at.truncatedTo(ChronoUnit.MILLIS);
        return c;
    }

    private static Checkin find(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Checkin.<Checkin>findById(eventId));
    }

    private static String post(String token, String phone, String direction, OffsetDateTime at) {
        String eventId = UUID.randomUUID().toString();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.checkin(eventId, "PHONE", phone, at).replace("\"IN\"", "\"" + direction + "\""))
                .when().post("/api/v1/checkins")
                .then().statusCode(202);
        return eventId;
    }
}
