package vn.vungxanh.deploy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the services read, as the ENVIRONMENT check sees it, against their real configuration. */
class ServiceConfigTest {

    private final ServiceConfig alert = ServiceConfig.of("alert-service");
    private final ServiceConfig checkin = ServiceConfig.of("checkin-service");

    @Test
    void typedConfigurationGivesOnePropertyPerMethodWithGroupsExpanded() {
        assertTrue(alert.keys().contains("vx.rules.scanner-offline.after"), alert.keys().toString());
        assertTrue(alert.keys().contains("vx.alerts.escalation.after-at-high-level"), alert.keys().toString());
        assertTrue(alert.readsVariable("VX_RULES_SCANNING_SILENT_CROWDED"));
        assertFalse(alert.readsVariable("VX_RULES_SCANNING_SILENT"), "a group is no property");
    }

    @Test
    void keysOfTheServicesOwnConfigurationSourcesAndPlaceholdersAreRead() {
        assertTrue(alert.readsVariable("KAFKA_STREAMS_STATE_DIR"));
        assertTrue(alert.readsVariable("VX_INSTANCE_ID"));
        assertTrue(alert.readsVariable("VX_RULES_APPLICATION_ID"));
        assertFalse(alert.readsVariable("VX_KAFKA_STREAMS_STATE_DIR"));
        assertFalse(checkin.readsVariable("VX_INSTANCE_ID"), "checkin-service runs no rule engine");
    }

    @Test
    void mapsTakeAnyKeyThenTheirValuesProperties() {
        assertTrue(alert.readsKey("vx.webhooks.receivers.district-004.url"));
        assertTrue(alert.readsKey("vx.webhooks.receivers.district-004.district"));
        assertFalse(alert.readsKey("vx.webhooks.receivers.district-004.uri"));
        assertFalse(alert.readsKey("vx.webhooks.receivers.url"), "no receiver name");
        assertTrue(alert.readsVariable("VX_WEBHOOKS_RECEIVERS_D4_URL"));
        assertTrue(checkin.readsKey("vx.qr.verification-keys.venue-1"));
        assertFalse(checkin.readsKey("vx.qr.verification-keys"));
    }

    @Test
    void aVariableUnderAMappingPrefixIsReadOnlyWhenItNamesAProperty() {
        assertTrue(checkin.readsVariable("VX_DEVICE_TOKEN_LIFETIME"));
        assertTrue(checkin.readsVariable("VX_DEVICE_JWT_SIGN_KEY_LOCATION"));
        assertFalse(checkin.readsVariable("VX_DEVICE_TOKEN_SIGNING_KEY_LOCATION"));
    }
}
