package vn.vungxanh.checkpoint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import vn.vungxanh.certificates.TestIssuer;
import vn.vungxanh.events.SubjectType;
import vn.vungxanh.events.Topics;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** A checkpoint verifies travellers' health certificates against the trust list it is configured with. */
@QuarkusTest
@TestProfile(CertificateCheckTest.WithTrustList.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkpoint") })
class CertificateCheckTest {

    static final TestIssuer MINISTRY = TestIssuer.es256();
    static final Instant ISSUED = Instant.now().minus(Duration.ofDays(20));
    static final ObjectMapper JSON = new ObjectMapper();

    public static class WithTrustList implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path file = Files.createTempFile("trust-list", ".json");
                Files.writeString(file, MINISTRY.trustListJson());
                file.toFile().deleteOnExit();
                return Map.of("vx.certificates.trust-list", file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String vaccinated() {
        return MINISTRY.qr(TestIssuer.vaccination(2, 2, LocalDate.now().minusDays(30).toString()), ISSUED, Duration.ofDays(365));
    }

    @Test
    void aPassageWithACertificateCarriesItsVerdictAndAPseudonymousHolderButNeverTheName() throws Exception {
        String checkpointId = PassageIngestTest.checkpoint();
        String token = PassageIngestTest.device(checkpointId).getString("token");
        String staleTest = MINISTRY.qr(TestIssuer.test(false, OffsetDateTime.now(ZoneOffset.UTC).minusHours(80).toString()),
                ISSUED, Duration.ofDays(30));

        String vaccinatedId = post(token, vaccinated());
        String testedId = post(token, staleTest);

        JsonNode vaccinatedPassage = published(vaccinatedId);
        assertEquals("VALID", vaccinatedPassage.at("/certificate/status").asText());
        assertEquals("VACCINATION", vaccinatedPassage.at("/certificate/kind").asText());
        assertEquals(true, vaccinatedPassage.at("/certificate/refusal").isNull());
        assertEquals("DCC_HOLDER", vaccinatedPassage.at("/subject/type").asText());
        assertFalse(vaccinatedPassage.toString().contains("NGUYEN"), "the holder's name must never reach Kafka");
        assertFalse(vaccinatedPassage.toString().contains("1980-05-17"), "nor the date of birth");
        JsonNode testedPassage = published(testedId);
        assertEquals("VALID", testedPassage.at("/certificate/status").asText());
        assertEquals("TEST_TOO_OLD", testedPassage.at("/certificate/refusal").asText());
        assertEquals(vaccinatedPassage.at("/subject/value"), testedPassage.at("/subject/value"),
                "the same holder has the same pseudonym whatever certificate they show");
        Passage stored = await().atMost(Duration.ofSeconds(20)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Passage.<Passage>findById(vaccinatedId)), p -> p != null);
        assertEquals(SubjectType.DCC_HOLDER, stored.subjectType, "stored for tracing like any passage");
    }

    @Test
    void aDeviceAsksForAVerdictWithoutRecordingAPassage() {
        String token = PassageIngestTest.device(PassageIngestTest.checkpoint()).getString("token");
        TestIssuer forger = TestIssuer.es256();
        String forged = TestIssuer.qrOf(TestIssuer.coseSignedBy(forger, MINISTRY.kid, TestIssuer.cwt(
                TestIssuer.vaccination(2, 2, "2022-01-10"), ISSUED, ISSUED.plus(Duration.ofDays(365)))));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("certificateQr", vaccinated()))
                .when().post("/api/v1/certificates/verify")
                .then().statusCode(200).body("status", equalTo("VALID")).body("accepted", equalTo(true))
                .body("kind", equalTo("VACCINATION")).body("holder.familyNameStandard", equalTo("NGUYEN"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("certificateQr", forged))
                .when().post("/api/v1/certificates/verify")
                .then().statusCode(200).body("status", equalTo("SIGNATURE")).body("accepted", equalTo(false))
                .body("holder", nullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("certificateQr", "HC1:~"))
                .when().post("/api/v1/certificates/verify")
                .then().statusCode(200).body("status", equalTo("BASE45"));
        given().contentType(ContentType.JSON).body(Map.of("certificateQr", vaccinated()))
                .when().post("/api/v1/certificates/verify")
                .then().statusCode(401);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/certificates/verify")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void anAdminSeesTheTrustListsSizeAndAge() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/certificates/trust-list")
                .then().statusCode(200).body("size", equalTo(1)).body("stale", equalTo(false));
        given().auth().oauth2(Tokens.inspector("001")).when().get("/api/v1/certificates/trust-list")
                .then().statusCode(403);
    }

    private static String post(String token, String certificateQr) {
        String eventId = UUID.randomUUID().toString();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"eventId":"%s","certificateQr":"%s","direction":"INBOUND","scannedAt":"%s",\
                        "originProvinceCode":"31","destinationWardCode":"00001","decision":"ALLOWED"}
                        """.formatted(eventId, certificateQr, OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(1)))
                .when().post("/api/v1/passages")
                .then().statusCode(202).body("status", equalTo("ACCEPTED"));
        return eventId;
    }

    private static JsonNode published(String eventId) throws IOException {
        String value = await().atMost(Duration.ofSeconds(20)).until(() -> KafkaBroker.readAll(Topics.PASSAGES).stream()
                .filter(r -> r.value().contains(eventId)).map(r -> r.value()).findFirst().orElse(null), v -> v != null);
        return JSON.readTree(value);
    }
}
