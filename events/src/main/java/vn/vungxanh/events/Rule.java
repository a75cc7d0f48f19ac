package vn.vungxanh.events;

/** The compliance rules of the product's rule catalogue. */
public enum Rule {
    SCANNING_SILENT,
    SCAN_RATE_DROP,
    LOW_QR_COVERAGE,
    OVER_CAPACITY,
    INVALID_QR_SCANS,
    SCANNER_OFFLINE,
    CHECKPOINT_SILENT,
    HIGH_RISK_ARRIVAL,
    FEVER_CLUSTER
}
