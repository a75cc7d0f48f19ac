package vn.vungxanh.events;

/** Kinds of personal identifier a scan can carry. */
public enum SubjectType {
    /** Căn cước công dân: 12-digit citizen identity number. */
    CCCD,
    PHONE,
    PASSPORT,
    /** An identifier issued by a contact-tracing app. */
    APP,
    /** The holder of an EU Digital COVID Certificate: standardised family and given names and date of birth. */
    DCC_HOLDER
}
