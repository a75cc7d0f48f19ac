package vn.vungxanh.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import vn.vungxanh.testsupport.ServiceInfrastructure;

/** From a peer that is not a trusted proxy, X-Forwarded-For is ignored: a client cannot pick a fresh allowance. */
@QuarkusTest
@TestProfile(UntrustedPeerTest.OnlyAnotherProxyIsTrusted.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_checkin") })
class UntrustedPeerTest {

    public static class OnlyAnotherProxyIsTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "10.255.255.1");
        }
    }

    @Test
    void aSpoofedForwardedForDoesNotBuyAFreshAllowance() {
        VisitorAddressTest.spendTheMinute(VisitorAddressTest.randomAddress());
        assertEquals(429, VisitorAddressTest.postOnce(VisitorAddressTest.randomAddress()),
                "both posts came from the same peer, whatever the header says");
    }
}
