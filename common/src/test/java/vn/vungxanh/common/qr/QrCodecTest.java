package vn.vungxanh.common.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class QrCodecTest {

    private final KeyPair old = QrService.generate();
    private final KeyPair current = QrService.generate();

    @Test
    void codesOfTheEarlierKeyStillVerifyAfterRotation() throws Exception {
        QrCodec before = new QrCodec("k1", old.getPrivate(), Map.of("k1", old.getPublic()));
        QrCodec after = new QrCodec("k2", current.getPrivate(), Map.of("k1", old.getPublic(), "k2", current.getPublic()));
        String printedBefore = before.sign(claims("venue-1"));

        assertEquals("venue-1", after.verify(printedBefore).getStringClaimValue("vid"));
        assertEquals("venue-2", after.verify(after.sign(claims("venue-2"))).getStringClaimValue("vid"));
    }

    @Test
    void anUnknownKeyIdAWrongSignatureOrGarbageIsForgedAndTheClaimIsStillReadable() {
        QrCodec verifier = new QrCodec("k2", current.getPrivate(), Map.of("k2", current.getPublic()));
        QrCodec dropped = new QrCodec("k1", old.getPrivate(), Map.of("k1", old.getPublic()));
        QrCodec impostor = new QrCodec("k2", old.getPrivate(), Map.of("k2", old.getPublic()));

        QrCodec.Forged unknownKey = assertThrows(QrCodec.Forged.class, () -> verifier.verify(dropped.sign(claims("venue-9"))));
        assertEquals("venue-9", unknownKey.claimedString("vid"));
        assertThrows(QrCodec.Forged.class, () -> verifier.verify(impostor.sign(claims("venue-9"))));
        QrCodec.Forged garbage = assertThrows(QrCodec.Forged.class, () -> verifier.verify("not.a.code"));
        assertEquals(null, garbage.claimedString("vid"));
    }

    private static JwtClaims claims(String venueId) {
        JwtClaims claims = new JwtClaims();
        claims.setStringClaim("vid", venueId);
        claims.setJwtId("poster-1");
        return claims;
    }
}
