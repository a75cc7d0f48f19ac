package vn.vungxanh.events;

/** Kinds of checkpoint (API v1). */
public enum CheckpointKind {
    PROVINCE_BORDER,
    DISTRICT_BORDER,
    ZONE_CORDON,
    FACILITY_GATE
}
