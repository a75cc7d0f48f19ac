package vn.vungxanh.common.auth;

/** The roles a bearer token carries in {@code groups}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String INSPECTOR = "inspector";
    public static final String HEALTH_OFFICIAL = "health-official";
    /** Granted only by a device token (the device issuer), never by the identity provider's tokens. */
    public static final String DEVICE = "device";

    private Roles() {
    }
}
