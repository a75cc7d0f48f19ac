package vn.vungxanh.testsupport;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver named explicitly (Selenium never looks for a
 * browser online). It resolves no host but 127.0.0.1 and localhost, and those a test maps to them: a page that needs
 * anything from outside breaks.
 */
public final class Chromium {

    public static final File BINARY = new File("/usr/bin/chromium");
    public static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    /**
     * A browser whose profile and {@code $HOME} are under {@code home}; {@code hosts} are names resolved to
     * 127.0.0.1 (a public host name served by a local proxy).
     */
    public static ChromeDriver start(Path home, String windowSize, Map<String, Object> prefs, List<String> hosts) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        List<String> rules = new ArrayList<>();
        hosts.forEach(h -> rules.add("MAP " + h + " 127.0.0.1"));
        rules.add("MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + home.resolve("profile"), "--window-size=" + windowSize,
                "--host-resolver-rules=" + String.join(" , ", rules));
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .withEnvironment(Map.of("HOME", home.toString()))
                .build();
        return new ChromeDriver(service, options);
    }
}
