package vn.vungxanh.deploy;

import java.util.List;
import java.util.function.Function;

/** One property of a deployment that breaks it in practice when violated. */
enum Check {
    MODEL(ModelChecks::run),
    CONTAINERS(ContainerChecks::run),
    PORTS(PortChecks::run),
    TOPICS(TopicChecks::run),
    REFERENCES(ReferenceChecks::run),
    ENVIRONMENT(EnvironmentChecks::run),
    SELECTORS(SelectorChecks::run),
    NETWORK(NetworkChecks::run),
    ROUTES(RouteChecks::run),
    KAFKA_ACLS(KafkaAclChecks::run);

    private final Function<Manifests, List<String>> check;

    Check(Function<Manifests, List<String>> check) {
        this.check = check;
    }

    List<String> violations(Manifests manifests) {
        return check.apply(manifests);
    }
}
