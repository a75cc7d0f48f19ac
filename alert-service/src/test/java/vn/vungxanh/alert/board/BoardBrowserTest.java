package vn.vungxanh.alert.board;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.PassageEvent;
import vn.vungxanh.events.Rule;
import vn.vungxanh.events.Topics;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.VenueType;
import vn.vungxanh.events.WardLevelEvent;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** The inspectors' board in a real browser: sign in, a live alert, acknowledge it, switch language, the CSV. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class BoardBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Hoàn Kiếm (002) and three of its wards: a district no other test touches, so the board shows this test alone. */
    private static final String HOAN_KIEM = "002";
    private static final String DONG_XUAN = "00040";
    private static final String HANG_DAO = "00049";
    private static final String HANG_BO = "00052";
    private static final String CAU_GIAY = "005";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Path SCREENSHOT = Path.of("target", "board.png");

    @TestHTTPResource("/")
    URL board;

    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
        driver = browser.driver;
        wait = new WebDriverWait(driver, PATIENCE);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anInspectorSeesAnAlertArriveLiveAcknowledgesItSwitchesLanguageAndDownloadsTheReport() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        scansAndAlertsOfTheMorning(run);

        driver.get(board.toString());
        assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Đăng nhập", driver.findElement(By.id("signin-title")).getText());
        driver.findElement(By.id("token")).sendKeys(Tokens.inspector(HOAN_KIEM));
        driver.findElement(By.id("signin-submit")).click();
        wait.until(visibilityOfElementLocated(By.id("board")));
        wait.until(textToBePresentInElementLocated(By.id("scope-label"), "Quận Hoàn Kiếm"));
        wait.until(attributeContains(By.id("live"), "class", "on"));
        wait.until(d -> !d.findElements(placeNamed("Siêu thị Hàng Đào")).isEmpty());
        // wards carry their epidemic level; the most severe comes first
        List<WebElement> wards = driver.findElements(By.cssSelector("#alert-groups section[data-ward]"));
        assertEquals(HANG_DAO, wards.get(0).getAttribute("data-ward"));
        assertTrue(wards.get(0).getAttribute("class").contains("level-3"), wards.get(0).getAttribute("class"));
        assertTrue(wards.get(0).getText().contains("Cấp 3"), wards.get(0).getText());

        // A rule fires while the inspector watches: the alert appears without a reload, in its ward, flagged new.
        String market = "Chợ Đồng Xuân";
        BoardEvents.send(BoardEvents.firing(Rule.SCANNING_SILENT, AlertSignal.Severity.CRITICAL, "venue-" + run,
                market, DONG_XUAN, HOAN_KIEM, Map.of("silentMinutes", 34, "thresholdMinutes", 30, "level", 1)));
        WebElement alert = wait.until(presenceOfElementLocated(placeNamed(market)));
        assertEquals("FIRING", alert.getAttribute("data-status"));
        assertTrue(alert.getAttribute("class").contains("sev-CRITICAL"), alert.getAttribute("class"));
        assertTrue(alert.getAttribute("class").contains("new"), alert.getAttribute("class"));
        WebElement ward = alert.findElement(By.xpath("ancestor::section[@data-ward]"));
        assertEquals(DONG_XUAN, ward.getAttribute("data-ward"));
        assertTrue(ward.findElement(By.tagName("h3")).getText().contains("Đồng Xuân"), ward.getText());
        assertTrue(driver.getTitle().startsWith("(1) "), driver.getTitle());

        // Acknowledge from the list: the state changes on the page and in the service.
        alert.findElement(By.cssSelector("button[data-action='ack']")).click();
        alert.findElement(By.cssSelector("form.action-form input[name='note']")).sendKeys("Đã gọi ban quản lý chợ");
        alert.findElement(By.cssSelector("form.action-form button[data-action='confirm']")).click();
        wait.until(d -> "ACKNOWLEDGED".equals(d.findElement(placeNamed(market)).getAttribute("data-status")));
        assertEquals("Đã xác nhận", driver.findElement(placeNamed(market))
                .findElement(By.cssSelector(".status-badge")).getText());
        String id = driver.findElement(placeNamed(market)).getAttribute("data-id");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/alerts/{id}", id)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));

        // Its detail: evidence and history.
        driver.findElement(placeNamed(market)).findElement(By.cssSelector("button[data-action='detail']")).click();
        WebElement detail = wait.until(visibilityOfElementLocated(By.id("detail")));
        assertTrue(detail.findElement(By.cssSelector("table.evidence")).getText().contains("silentMinutes"));
        assertTrue(detail.findElements(By.cssSelector("table.history tbody tr")).size() >= 2, detail.getText());
        detail.findElement(By.cssSelector(".dialog-head button")).click();

        // Charts and map drawn from the district's own figures.
        wait.until(d -> chartLabels("chart-scans", true).stream().anyMatch(l -> l.contains("Đồng Xuân")));
        assertTrue(chartLabels("chart-passages", true).contains("Cho qua"), chartLabels("chart-passages", true).toString());
        assertTrue(chartLabels("chart-rules", false).contains("Không có lượt quét"));
        assertEquals(1, driver.findElements(By.cssSelector("#map path.d-002")).size());

        // Venue standings: sorted by a click, filtered by ward.
        wait.until(d -> d.findElements(By.cssSelector("#venues tbody tr")).size() == 4);
        driver.findElement(By.cssSelector("#venues th[data-sort='scansToday'] button")).click();
        assertEquals("descending", driver.findElement(By.cssSelector("#venues th[data-sort='scansToday']"))
                .getAttribute("aria-sort"));
        assertEquals("Cửa hàng tiện ích Hàng Bồ", firstVenue());
        driver.findElement(By.cssSelector("#venues th[data-sort='scansToday'] button")).click();
        assertEquals("Chợ Đồng Xuân", firstVenue());
        new Select(driver.findElement(By.id("venue-ward"))).selectByValue(DONG_XUAN);
        assertEquals(2, driver.findElements(By.cssSelector("#venues tbody tr")).size());
        new Select(driver.findElement(By.id("venue-ward"))).selectByValue("");

        // The daily report of today, ward by ward.
        driver.findElement(By.cssSelector("#report-form button[type='submit']")).click();
        wait.until(d -> d.findElements(By.cssSelector("#report table.report tbody tr")).size() == 18);
        assertTrue(driver.findElement(By.cssSelector("#report table.report")).getText().contains("Hàng Đào"));
        screenshot();

        // Resolve with an outcome: the alert leaves the open list.
        String shop = "Cửa hàng tiện ích Hàng Bồ";
        WebElement overCapacity = driver.findElement(placeNamed(shop));
        String shopAlert = overCapacity.getAttribute("data-id");
        overCapacity.findElement(By.cssSelector("button[data-action='resolve']")).click();
        new Select(overCapacity.findElement(By.cssSelector("select[name='outcome']"))).selectByValue("WARNING_ISSUED");
        overCapacity.findElement(By.cssSelector("input[name='note']")).sendKeys("Đã nhắc chủ cửa hàng");
        overCapacity.findElement(By.cssSelector("button[data-action='confirm']")).click();
        wait.until(d -> d.findElements(placeNamed(shop)).isEmpty());
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/alerts/{id}", shopAlert)
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("outcome", equalTo("WARNING_ISSUED"));

        // Silence a venue for four hours: marked on the page, recorded by the service.
        WebElement invalidQr = driver.findElement(placeNamed("Siêu thị Hàng Đào"));
        invalidQr.findElement(By.cssSelector("button[data-action='silence']")).click();
        new Select(invalidQr.findElement(By.cssSelector("select[name='hours']"))).selectByValue("4");
        invalidQr.findElement(By.cssSelector("input[name='note']")).sendKeys("Kiểm tra lại mã QR sáng mai");
        invalidQr.findElement(By.cssSelector("button[data-action='confirm']")).click();
        wait.until(d -> !d.findElement(placeNamed("Siêu thị Hàng Đào")).findElements(By.cssSelector(".silenced")).isEmpty());
        given().auth().oauth2(Tokens.inspector(HOAN_KIEM)).when().get("/api/v1/silences")
                .then().statusCode(200).body("items.venueId", hasItem("venue-b-" + run));

        // English on request; the same alert in the other language.
        driver.findElement(By.id("lang")).click();
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Alerts", driver.findElement(By.cssSelector("#alerts-title [data-i18n]")).getText());
        assertEquals("Acknowledged", driver.findElement(placeNamed(market))
                .findElement(By.cssSelector(".status-badge")).getText());

        // The daily report as a CSV file.
        driver.findElement(By.id("report-csv")).click();
        Path csv = wait.until(d -> downloaded(".csv"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("date,districtCode,wardCode"), lines.get(0));
        assertEquals(19, lines.size(), "a header and the 18 wards of Hoàn Kiếm");
        assertTrue(lines.stream().anyMatch(l -> l.contains(HANG_DAO)), lines.toString());

        // Everything the page loaded came from the service itself.
        List<?> resources = (List<?>) js("return performance.getEntriesByType('resource').map(e => e.name)");
        String origin = board.toString().replaceAll("/$", "");
        assertTrue(resources.stream().allMatch(r -> r.toString().startsWith(origin)), resources.toString());
    }

    @Test
    void anAdminPicksADistrictOnTheMapAndTheBoardNarrowsToIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        BoardEvents.send(BoardEvents.firing(Rule.FEVER_CLUSTER, AlertSignal.Severity.CRITICAL, "venue-d-" + run,
                "Phòng khám Nghĩa Tân " + run, "00160", CAU_GIAY, Map.of("readings", 3)));
        BoardEvents.send(BoardEvents.firing(Rule.SCANNING_SILENT, AlertSignal.Severity.WARNING, "venue-e-" + run,
                "Chợ Long Biên " + run, "00001", "001", Map.of("silentMinutes", 25)));

        driver.get(board.toString() + "#token=" + Tokens.admin());
        wait.until(visibilityOfElementLocated(By.id("board")));
        wait.until(d -> !d.findElements(placeNamed("Phòng khám Nghĩa Tân " + run)).isEmpty()
                && !d.findElements(placeNamed("Chợ Long Biên " + run)).isEmpty());
        assertTrue(driver.getCurrentUrl().indexOf("token") < 0, "the token leaves the address bar");
        assertTrue(driver.findElements(By.cssSelector("#map path.district")).size() >= 45, "Hà Nội and Hải Phòng");

        driver.findElement(By.cssSelector("#map path.d-005")).click();
        wait.until(textToBePresentInElementLocated(By.id("scope-label"), "Quận Cầu Giấy"));
        wait.until(d -> d.findElements(placeNamed("Chợ Long Biên " + run)).isEmpty());
        assertEquals(1, driver.findElements(placeNamed("Phòng khám Nghĩa Tân " + run)).size());
        assertTrue(driver.findElement(By.id("venues-title")).isDisplayed());

        driver.findElement(By.id("all-districts")).click();
        wait.until(d -> !d.findElements(placeNamed("Chợ Long Biên " + run)).isEmpty());
    }

    /** Four venues, today's scans and passages, and two open alerts, before the inspector signs in. */
    private void scansAndAlertsOfTheMorning(String run) throws Exception {
        venue("venue-" + run, "Chợ Đồng Xuân", VenueType.MARKET, DONG_XUAN);
        venue("venue-a-" + run, "Nhà hàng Hàng Buồm", VenueType.RESTAURANT, DONG_XUAN);
        venue("venue-b-" + run, "Siêu thị Hàng Đào", VenueType.SUPERMARKET, HANG_DAO);
        venue("venue-c-" + run, "Cửa hàng tiện ích Hàng Bồ", VenueType.CONVENIENCE_STORE, HANG_BO);
        Instant now = Instant.now();
        // spread over the last hour, but never before the districts' midnight: every scan counts for today
        Instant midnight = LocalDate.now(HANOI).atStartOfDay(HANOI).toInstant();
        long step = Math.min(600, Duration.between(midnight, now).getSeconds() / 6);
        for (int i = 0; i < 6; i++) {
            if (i < 3) {
                BoardEvents.send(BoardEvents.checkin("venue-a-" + run, DONG_XUAN, now.minusSeconds(step * i), true));
            }
            BoardEvents.send(BoardEvents.checkin("venue-b-" + run, HANG_DAO, now.minusSeconds(step * i), i % 3 != 0));
            BoardEvents.send(BoardEvents.checkin("venue-c-" + run, HANG_BO, now.minusSeconds(step * i / 2), true));
            BoardEvents.send(BoardEvents.passage("cp-" + run, DONG_XUAN, now.minusSeconds(step * i),
                    i % 4 == 0 ? PassageEvent.Decision.TURNED_BACK : PassageEvent.Decision.ALLOWED));
        }
        BoardEvents.send(BoardEvents.firing(Rule.INVALID_QR_SCANS, AlertSignal.Severity.WARNING, "venue-b-" + run,
                "Siêu thị Hàng Đào", HANG_DAO, HOAN_KIEM, Map.of("rejected", 7, "share", 0.28)));
        BoardEvents.send(BoardEvents.firing(Rule.OVER_CAPACITY, AlertSignal.Severity.WARNING, "venue-c-" + run,
                "Cửa hàng tiện ích Hàng Bồ", HANG_BO, HOAN_KIEM, Map.of("occupancy", 61, "capacity", 50)));
        level(HANG_DAO, 3);
        level(HANG_BO, 2);
        // the service has counted the scans and registered the venues before the page asks for them
        await().atMost(PATIENCE).untilAsserted(() -> given()
                .auth().oauth2(Tokens.inspector(HOAN_KIEM)).when().get("/api/v1/stats/passages-hourly")
                .then().statusCode(200).body("items.size()", greaterThan(0)));
        await().atMost(PATIENCE).untilAsserted(() -> given()
                .auth().oauth2(Tokens.inspector(HOAN_KIEM)).when().get("/api/v1/compliance/venues")
                .then().statusCode(200).body("total", equalTo(4))
                .body("items.find { it.venueId == 'venue-c-" + run + "' }.scansToday", equalTo(6)));
    }

    private static void venue(String id, String name, VenueType type, String ward) throws Exception {
        BoardEvents.send(Topics.VENUES, id, new VenueEvent(VenueEvent.SCHEMA_VERSION, id, name, type, ward, HOAN_KIEM,
                "01", 120, List.of(), true, 1, Instant.now()));
    }

    /** A district admin's level for a ward, as the registry topic carries it. */
    private static void level(String ward, int level) throws Exception {
        BoardEvents.send(Topics.WARD_LEVELS, ward, new WardLevelEvent(WardLevelEvent.SCHEMA_VERSION, ward, HOAN_KIEM,
                "01", level, "admin", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/areas/{ward}/level", ward).then().body("level", equalTo(level)));
    }

    /** The whole page, as tall as it is, into the build output. */
    private void screenshot() throws Exception {
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1600, (int) height + 140));
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private String firstVenue() {
        return driver.findElement(By.cssSelector("#venues tbody tr th")).getText();
    }

    private static By placeNamed(String name) {
        return By.xpath("//li[contains(@class,'alert')][.//div[@class='place' and text()='" + name + "']]");
    }

    @SuppressWarnings("unchecked")
    private List<String> chartLabels(String canvas, boolean datasets) {
        String script = datasets
                ? "return Chart.getChart(arguments[0]).data.datasets.map(d => d.label)"
                : "return Chart.getChart(arguments[0]).data.labels";
        return (List<String>) js(script, canvas);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private Path downloaded(String suffix) {
        try (Stream<Path> files = Files.list(browser.downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
