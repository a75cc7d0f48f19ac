package vn.vungxanh.common.ingest;

import io.smallrye.config.ConfigMapping;

/** The server secret that keys the pseudonyms of personal identifiers. */
@ConfigMapping(prefix = "vx.pseudonym")
public interface PseudonymConfig {

    /** HMAC key; at least 16 characters. Rotating it breaks the link between old and new pseudonyms. */
    String secret();
}
