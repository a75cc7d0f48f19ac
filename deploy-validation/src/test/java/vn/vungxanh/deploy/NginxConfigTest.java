package vn.vungxanh.deploy;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each overlay's Ingress renders into a configuration that Debian's nginx accepts ({@code nginx -t}). */
class NginxConfigTest {

    private static final Map<String, String> UPSTREAMS = Map.of("checkin-service", "127.0.0.1:1",
            "checkpoint-service", "127.0.0.1:2", "alert-service", "127.0.0.1:3");

    @Test
    void everyOverlaysIngressIsAConfigurationNginxAccepts() throws Exception {
        for (String overlay : Project.OVERLAYS) {
            // directly under the temporary directory: nginx runs as nobody when the tests run as root
            Path prefix = Files.createTempDirectory("nginx-" + overlay);
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            String conf = NginxConfig.render(IngressRoutes.of(overlay), prefix, port, UPSTREAMS);
            Nginx.check(prefix, Nginx.write(prefix, conf));
            assertTrue(conf.contains("location /board/ {") && conf.contains("location = /board {")
                    && conf.contains("location = / {") && conf.contains("location / { return 404; }"), conf);
            assertTrue(conf.contains("proxy_buffering off;") && conf.contains("proxy_read_timeout 3600s;")
                    && conf.contains("client_max_body_size 2m;"), conf);
        }
    }
}
