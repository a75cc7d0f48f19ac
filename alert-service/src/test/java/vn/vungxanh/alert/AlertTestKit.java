package vn.vungxanh.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.restassured.path.json.JsonPath;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.Topics;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.VenueType;
import vn.vungxanh.testsupport.KafkaBroker;
import vn.vungxanh.testsupport.Tokens;

/** Sends rule signals and scans straight to the broker, and finds the alerts they made through the API. */
final class AlertTestKit {

    /** Long Biên (004): two of its wards. Ba Đình (001): one of its wards. */
    static final String LONG_BIEN = "004";
    static final String THUONG_THANH = "00115";
    static final String NGOC_THUY = "00118";
    static final String BA_DINH = "001";
    static final String PHUC_XA = "00001";

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static KafkaProducer<String, String> producer;

    private AlertTestKit() {
    }

    static AlertSignal signal(String venueId, String ward, String district, AlertSignal.State state) {
        return new AlertSignal(AlertSignal.SCHEMA_VERSION, UUID.randomUUID().toString(),
                AlertSignal.fingerprint(Rule.SCANNING_SILENT, PlaceKind.VENUE, venueId), Rule.SCANNING_SILENT, state,
                AlertSignal.Severity.WARNING, PlaceKind.VENUE, venueId, "Chợ " + venueId, ward, district,
                Instant.now(), Map.of("silentMinutes", 31, "thresholdMinutes", 30));
    }

    static AlertSignal firing(String venueId, String ward, String district) {
        return signal(venueId, ward, district, AlertSignal.State.FIRING);
    }

    static AlertSignal cleared(String venueId, String ward, String district) {
        return signal(venueId, ward, district, AlertSignal.State.CLEARED);
    }

    static void send(AlertSignal signal) throws Exception {
        send(vn.vungxanh.events.Topics.ALERT_SIGNALS, signal.fingerprint(), JSON.writeValueAsString(signal));
    }

    static void sendObject(String topic, String key, Object value) throws Exception {
        send(topic, key, JSON.writeValueAsString(value));
    }

    static synchronized void send(String topic, String key, String value) throws Exception {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    /** The alerts of one venue, newest first, as an admin sees them. */
    static List<Map<String, Object>> alertsOf(String venueId) {
        JsonPath page = given().auth().oauth2(Tokens.admin()).queryParam("size", 200)
                .when().get("/api/v1/alerts").then().statusCode(200).extract().jsonPath();
        return page.<Map<String, Object>>getList("items").stream()
                .filter(a -> venueId.equals(a.get("venueId"))).toList();
    }

    /** Waits for the venue's newest alert and returns its id. */
    static String awaitAlert(String venueId) {
        return await().atMost(PATIENCE).until(() -> alertsOf(venueId), l -> !l.isEmpty()).get(0).get("id").toString();
    }

    static JsonPath alert(String id) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/alerts/{id}", id)
                .then().statusCode(200).extract().jsonPath();
    }

    static String venue() {
        return "venue-" + UUID.randomUUID();
    }

    /** A new venue the registry publishes in that ward, once alert-service knows it. */
    static String registeredVenue(String ward, String district) throws Exception {
        String venueId = venue();
        sendObject(Topics.VENUES, venueId, new VenueEvent(VenueEvent.SCHEMA_VERSION, venueId, "Market " + venueId,
                VenueType.MARKET, ward, district, "01", 100, List.of(), true, 1, Instant.now()));
        await().atMost(PATIENCE).until(() -> given().auth().oauth2(Tokens.admin()).queryParam("wardCode", ward)
                .queryParam("size", 500).when().get("/api/v1/compliance/venues")
                .then().statusCode(200).extract().jsonPath().getList("items.venueId").contains(venueId));
        return venueId;
    }
}
