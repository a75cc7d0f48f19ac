package vn.vungxanh.checkpoint;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.vungxanh.events.SubjectType;

/** A travel permit: a pseudonymised traveller may go from one ward to another within a validity window. */
@Entity
@Table(name = "permit")
public class Permit extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 16)
    public SubjectType subjectType;

    @Column(name = "subject_hash", nullable = false, length = 64)
    public String subjectHash;

    @Column(name = "from_ward_code", nullable = false, length = 5)
    public String fromWardCode;

    @Column(name = "to_ward_code", nullable = false, length = 5)
    public String toWardCode;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_to", nullable = false)
    public Instant validTo;

    @Column(nullable = false, length = 300)
    public String purpose;

    @Column(nullable = false)
    public boolean revoked;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;
}
