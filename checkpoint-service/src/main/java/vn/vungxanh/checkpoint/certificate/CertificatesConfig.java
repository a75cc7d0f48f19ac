package vn.vungxanh.checkpoint.certificate;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Health certificate (EU DCC) verification at checkpoints: where the trust list comes from, and the policy. */
@ConfigMapping(prefix = "vx.certificates")
public interface CertificatesConfig {

    /**
     * A file path or an http(s) URL of the trust list, in the EU gateway's JSON form (an array of
     * {@code {"kid", "country", "rawData"}}). Without one every certificate is answered TRUST_LIST_STALE.
     * Refreshed every {@code vx.certificates.refresh-every} (default 1h).
     */
    Optional<String> trustList();

    /** After this age the trust list is not trusted: certificates are answered TRUST_LIST_STALE until a refresh works. */
    @WithDefault("PT48H")
    Duration trustListMaxAge();

    /** A complete vaccination counts this many days after its last dose. */
    @WithDefault("14")
    int minDaysSinceDose();

    /** A negative test counts this long after its sample was taken (the seeds' health declarations: 72 hours). */
    @WithDefault("PT72H")
    Duration maxTestAge();
}
