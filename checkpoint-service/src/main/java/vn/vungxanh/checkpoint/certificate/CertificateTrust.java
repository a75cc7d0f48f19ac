package vn.vungxanh.checkpoint.certificate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import vn.vungxanh.certificates.CertificatePolicy;
import vn.vungxanh.certificates.CertificateVerifier;
import vn.vungxanh.certificates.HealthCertificate;
import vn.vungxanh.certificates.TrustList;
import vn.vungxanh.certificates.Verdict;
import vn.vungxanh.events.PassageEvent;

/**
 * The checkpoint's certificate verification: the trust list, fetched at start and on a schedule (a failed fetch keeps
 * the last list until it is older than its maximum age), the verifier and the acceptance policy.
 */
@ApplicationScoped
public class CertificateTrust {

    private static final Logger LOG = Logger.getLogger(CertificateTrust.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    /** What an admin sees of the trust list. */
    public record State(String source, int size, Instant fetchedAt, Duration maxAge, boolean stale) {
    }

    private final CertificatesConfig config;
    private final CertificateVerifier verifier;
    private final CertificatePolicy policy;
    private volatile TrustList trustList = TrustList.empty();

    @Inject
    public CertificateTrust(CertificatesConfig config) {
        this.config = config;
        this.verifier = new CertificateVerifier(() -> trustList, config.trustListMaxAge(), Clock.systemUTC());
        this.policy = new CertificatePolicy(config.minDaysSinceDose(), config.maxTestAge(), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    void onStart(@Observes StartupEvent start) {
        refresh();
    }

    @Scheduled(every = "${vx.certificates.refresh-every:1h}", delayed = "${vx.certificates.refresh-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        config.trustList().ifPresent(location -> {
            try {
                trustList = TrustList.parse(read(location), Instant.now());
                LOG.infof("trust list of %d signer certificates fetched from %s", trustList.size(), location);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warnf("trust list not fetched from %s (%s); the one fetched at %s stays in use until it is stale",
                        location, e.getMessage(), trustList.fetchedAt());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public Verdict verify(String qr, Instant at) {
        return verifier.verify(qr, at);
    }

    /** Why a verified certificate does not meet the policy at {@code at}, if it does not. */
    public Optional<CertificatePolicy.Refusal> assess(HealthCertificate certificate, Instant at) {
        return policy.assess(certificate, at);
    }

    /** The verdict of {@code qr} at {@code at} as a passage carries it: no certificate content, no name. */
    public PassageEvent.CertificateCheck check(Verdict verdict, Instant at) {
        return new PassageEvent.CertificateCheck(verdict.status().name(),
                verdict.certificate().map(c -> kind(c.entry())).orElse(null),
                verdict.certificate().flatMap(c -> assess(c, at)).map(Enum::name).orElse(null));
    }

    public State state() {
        TrustList current = trustList;
        return new State(config.trustList().orElse(null), current.size(), current.fetchedAt(), config.trustListMaxAge(),
                current.fetchedAt().plus(config.trustListMaxAge()).isBefore(Instant.now()));
    }

    static String kind(HealthCertificate.Entry entry) {
        return entry instanceof HealthCertificate.Vaccination ? "VACCINATION"
                : entry instanceof HealthCertificate.Test ? "TEST" : "RECOVERY";
    }

    private static byte[] read(String location) throws IOException, InterruptedException {
        if (!location.startsWith("http://") && !location.startsWith("https://")) {
            return Files.readAllBytes(Path.of(location));
        }
        HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build().send(
                HttpRequest.newBuilder(URI.create(location)).timeout(FETCH_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }
}
