package vn.vungxanh.common.ingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

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

    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    private static final Pattern VN_PHONE = Pattern.compile("\\+84\\d{9}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{6,12}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");
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

    static String normalise(SubjectType type, String value, String field) {
        String v = value == null ? "" : value.strip();
        return switch (type) {
            case CCCD -> require(v.replace(" ", ""), CCCD, field, "a CCCD number has 12 digits");
            case PHONE -> require(phone(SEPARATORS.matcher(v).replaceAll("")), VN_PHONE, field,
                    "a phone number is Vietnamese: 0xxxxxxxxx or +84xxxxxxxxx");
            case PASSPORT -> require(v.replace(" ", "").toUpperCase(Locale.ROOT), PASSPORT, field,
                    "a passport number has 6 to 12 letters and digits");
            case APP -> {
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

    private static String require(String v, Pattern pattern, String field, String message) {
        if (!pattern.matcher(v).matches()) {
            throw ProblemException.invalidField(field, message);
        }
        return v;
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
