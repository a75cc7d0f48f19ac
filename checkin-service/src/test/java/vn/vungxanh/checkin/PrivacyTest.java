package vn.vungxanh.checkin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/** Raw personal identifiers appear nowhere: not in any table of the service's database, not in any Kafka record. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class PrivacyTest {

    @Inject
    DataSource dataSource;

    @Test
    void rawIdentifiersAreInNoTableAndNoRecord() throws Exception {
        String venueId = Fixtures.venue("Chợ " + UUID.randomUUID()).getString("id");
        String token = Fixtures.device(venueId).getString("token");
        List<String> raw = List.of("079301004455", "0987654321", "987654321", "N7654321", "n7654321");
        String last = UUID.randomUUID().toString();
        post(token, UUID.randomUUID().toString(), "CCCD", "079301004455");
        post(token, UUID.randomUUID().toString(), "PHONE", "0987654321");
        post(token, last, "PASSPORT", "n7654321");
        await().atMost(Duration.ofSeconds(20)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Checkin.findById(last)) != null);

        List<String> stored = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW TABLES")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.contains("checkin") && tables.contains("outbox") && tables.contains("device"));
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM `" + table + "`")) {
                    while (rs.next()) {
                        for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                            stored.add(table + ": " + rs.getString(col));
                        }
                    }
                }
            }
        }
        for (String topic : Topics.STREAMS) {
            for (ConsumerRecord<String, String> r : KafkaBroker.readAll(topic)) {
                stored.add(topic + ": " + r.key() + " " + r.value());
                r.headers().forEach(h -> stored.add(topic + " header: " + new String(h.value())));
            }
        }
        for (String topic : Topics.COMPACTED) {
            KafkaBroker.readAll(topic).forEach(r -> stored.add(topic + ": " + r.key() + " " + r.value()));
        }
        for (String identifier : raw) {
            assertFalse(stored.stream().anyMatch(v -> v != null && v.contains(identifier)),
                    identifier + " was found stored or published");
        }
    }

    private static void post(String token, String eventId, String type, String value) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.checkin(eventId, type, value, Fixtures.now()))
                .when().post("/api/v1/checkins")
                .then().statusCode(202);
    }
}
