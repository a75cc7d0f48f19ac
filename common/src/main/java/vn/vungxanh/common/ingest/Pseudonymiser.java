package vn.vungxanh.common.ingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;

/**
 * Turns a personal identifier into a pseudonym where it enters the system: HMAC-SHA256 keyed with the server
 * secret over the identifier's normalised form, so that the same person always gets the same pseudonym and a
 * raw identifier is never stored or published.
 */
@ApplicationScoped
public class Pseudonymiser {

    private static final int MAX_APP_ID = 128;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    @Inject
    public Pseudonymiser(PseudonymConfig config) {
        this(config.secret());
    }

    public Pseudonymiser(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("vx.pseudonym.secret must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * @param field the request field that held the identifier, named in the 422 when it is not valid
     */
    public Subject pseudonymise(SubjectType type, String value, String field) {
        String normalised = normalise(type, value, field);
        byte[] digest = macs.get().doFinal((type.name() + ':' + normalised).getBytes(StandardCharsets.UTF_8));
        return new Subject(type, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    /**
     * A pseudonym of a vehicle plate, null when none: the same plate however it is written ("29A-999.77",
     * "29a 99977") gets the same pseudonym, and the plate itself is never stored or published.
     */
    public String vehiclePlate(String plate) {
        if (plate == null || plate.isBlank()) {
            return null;
        }
        StringBuilder normalised = new StringBuilder(plate.length());
        plate.toUpperCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(normalised::appendCodePoint);
        byte[] digest = macs.get().doFinal(("plate:" + normalised).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** A pseudonym of a client's network address: tells distinct phones apart without keeping their addresses. */
    public String clientKey(String address) {
        byte[] digest = macs.get().doFinal(("client:" + address).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    }

    static String normalise(SubjectType type, String value, String field) {
        String v = value == null ? "" : value.strip();
        return switch (type) {
            case CCCD -> require(v.replace(" ", ""), Pseudonymiser::isCccd, field, "a CCCD number has 12 digits");
            case PHONE -> require(phone(withoutSeparators(v)), Pseudonymiser::isVietnamesePhone, field,
                    "a phone number is Vietnamese: 0xxxxxxxxx or +84xxxxxxxxx");
            case PASSPORT -> require(v.replace(" ", "").toUpperCase(Locale.ROOT), Pseudonymiser::isPassport, field,
                    "a passport number has 6 to 12 letters and digits");
            case APP, DCC_HOLDER -> {
                if (v.isEmpty() || v.length() > MAX_APP_ID) {
                    throw ProblemException.invalidField(field, "an app identifier has 1 to " + MAX_APP_ID + " characters");
                }
                yield v;
            }
        };
    }

    private static String phone(String digits) {
        if (digits.startsWith("0")) {
            return "+84" + digits.substring(1);
        }
        if (digits.startsWith("84")) {
            return "+" + digits;
        }
        return digits;
    }

    private static String require(String v, Predicate<String> valid, String field, String message) {
        if (!valid.test(v)) {
            throw ProblemException.invalidField(field, message);
        }
        return v;
    }

    // Plain character checks rather than regular expressions: they run on every scan.

    private static boolean isCccd(String v) {
        return v.length() == 12 && allDigits(v, 0);
    }

    private static boolean isVietnamesePhone(String v) {
        return v.length() == 12 && v.startsWith("+84") && allDigits(v, 3);
    }

    private static boolean isPassport(String v) {
        if (v.length() < 6 || v.length() > 12) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String v, int from) {
        for (int i = from; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Drops the spaces, dots, brackets and dashes people write phone numbers with. */
    private static String withoutSeparators(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!Character.isWhitespace(c) && c != '.' && c != '(' && c != ')' && c != '-') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
