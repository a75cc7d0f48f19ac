package vn.vungxanh.events;

/** Kinds of venue (API v1); rule thresholds differ per type. */
public enum VenueType {
    MARKET,
    CONVENIENCE_STORE,
    SUPERMARKET,
    SHOPPING_CENTER,
    RESTAURANT,
    OFFICE,
    CLINIC,
    SCHOOL,
    RELIGIOUS_SITE,
    OTHER
}
