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

import static vn.vungxanh.alert.board.Browser.placeNamed;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
    private static final String MARKET = "Chợ Đồng Xuân";
    private static final String SUPERMARKET = "Siêu thị Hàng Đào";
    private static final String SHOP = "Cửa hàng tiện ích Hàng Bồ";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Path SCREENSHOT = Path.of("target", "board.png");

    @TestHTTPResource("/")
    URL board;

    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(PATIENCE);
        driver = browser.driver;
        wait = browser.wait;
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
        wait.until(d -> !d.findElements(placeNamed(SUPERMARKET)).isEmpty());
        // wards carry their epidemic level; the most severe comes first
        WebElement first = driver.findElement(By.cssSelector("#alert-groups section[data-ward]"));
        assertEquals(HANG_DAO, first.getAttribute("data-ward"));
        assertTrue(first.getAttribute("class").contains("level-3"), first.getAttribute("class"));
        assertTrue(first.getText().contains("Cấp 3"), first.getText());

        // While the inspector watches, the market's scanner reads six forged posters: the rules engine raises
        // INVALID_QR_SCANS (at least 5 rejected, at least 20 % of the scans in 30 minutes) and the alert appears
        // without a reload, in its ward, flagged new.
        Instant forged = Instant.now();
        for (int i = 0; i < 6; i++) {
            BoardEvents.send(BoardEvents.checkin("venue-" + run, DONG_XUAN, forged.plusMillis(i), false));
        }
        wait.until(presenceOfElementLocated(placeNamed(MARKET)));
        assertEquals("FIRING", browser.attribute(MARKET, "data-status"));
        assertEquals("Mã QR không hợp lệ", browser.text(MARKET, ".rule"));
        assertTrue(browser.attribute(MARKET, "class").contains("new"), browser.attribute(MARKET, "class"));
        assertEquals(DONG_XUAN, wait.until(d -> d.findElement(placeNamed(MARKET))
                .findElement(By.xpath("ancestor::section[@data-ward]")).getAttribute("data-ward")));
        assertTrue(driver.getTitle().startsWith("(1) "), driver.getTitle());

        // Acknowledge from the list: the state changes on the page and in the service.
        browser.act(MARKET, "ack", Map.of(), "Đã gọi ban quản lý chợ");
        wait.until(d -> "ACKNOWLEDGED".equals(browser.attribute(MARKET, "data-status")));
        assertEquals("Đã xác nhận", browser.text(MARKET, ".status-badge"));
        String marketAlert = browser.attribute(MARKET, "data-id");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/alerts/{id}", marketAlert)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));

        // Its detail: evidence and history.
        browser.click(MARKET, "button[data-action='detail']");
        WebElement detail = wait.until(visibilityOfElementLocated(By.id("detail")));
        assertTrue(detail.findElement(By.cssSelector("table.evidence")).getText().contains("rejectedScans"),
                detail.getText());
        assertTrue(detail.findElements(By.cssSelector("table.history tbody tr")).size() >= 2, detail.getText());
        detail.findElement(By.cssSelector(".dialog-head button")).click();

        // Charts and map drawn from the district's own figures.
        wait.until(d -> browser.chartLabels("chart-scans", true).stream().anyMatch(l -> l.contains("Đồng Xuân")));
        List<String> decisions = browser.chartLabels("chart-passages", true);
        assertTrue(decisions.contains("Cho qua"), decisions.toString());
        assertTrue(browser.chartLabels("chart-rules", false).contains("Mã QR không hợp lệ"));
        assertEquals(1, driver.findElements(By.cssSelector("#map path.d-002")).size());

        venueStandingsSortAndFilter();

        // The daily report of today, ward by ward.
        driver.findElement(By.cssSelector("#report-form button[type='submit']")).click();
        wait.until(d -> d.findElements(By.cssSelector("#report table.report tbody tr")).size() == 18);
        assertTrue(driver.findElement(By.cssSelector("#report table.report")).getText().contains("Hàng Đào"));
        browser.screenshot(SCREENSHOT);

        // Resolve with an outcome: the alert leaves the open list.
        String shopAlert = browser.attribute(SHOP, "data-id");
        browser.act(SHOP, "resolve", Map.of("outcome", "WARNING_ISSUED"), "Đã nhắc chủ cửa hàng");
        wait.until(d -> d.findElements(placeNamed(SHOP)).isEmpty());
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/alerts/{id}", shopAlert)
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("outcome", equalTo("WARNING_ISSUED"));

        // Silence a venue for four hours: marked on the page, recorded by the service.
        browser.act(SUPERMARKET, "silence", Map.of("hours", "4"), "Kiểm tra lại mã QR sáng mai");
        wait.until(d -> !d.findElement(placeNamed(SUPERMARKET)).findElements(By.cssSelector(".silenced")).isEmpty());
        given().auth().oauth2(Tokens.inspector(HOAN_KIEM)).when().get("/api/v1/silences")
                .then().statusCode(200).body("items.venueId", hasItem("venue-b-" + run));

        // English on request; the same alert in the other language.
        driver.findElement(By.id("lang")).click();
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Alerts", driver.findElement(By.cssSelector("#alerts-title [data-i18n]")).getText());
        assertEquals("Acknowledged", browser.text(MARKET, ".status-badge"));

        // The daily report as a CSV file.
        driver.findElement(By.id("report-csv")).click();
        Path csv = wait.until(d -> browser.downloaded(".csv"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("date,districtCode,wardCode"), lines.get(0));
        assertEquals(19, lines.size(), "a header and the 18 wards of Hoàn Kiếm");
        assertTrue(lines.stream().anyMatch(l -> l.contains(HANG_DAO)), lines.toString());

        // Everything the page loaded came from the service itself.
        List<?> resources = (List<?>) browser.js(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        String origin = board.toString().replaceAll("/$", "");
        assertTrue(resources.stream().allMatch(r -> r.toString().startsWith(origin)), resources.toString());
    }

    private void venueStandingsSortAndFilter() {
        wait.until(d -> d.findElements(By.cssSelector("#venues tbody tr")).size() == 4);
        driver.findElement(By.cssSelector("#venues th[data-sort='scansToday'] button")).click();
        assertEquals("descending", driver.findElement(By.cssSelector("#venues th[data-sort='scansToday']"))
                .getAttribute("aria-sort"));
        firstVenueIs(SHOP);
        driver.findElement(By.cssSelector("#venues th[data-sort='scansToday'] button")).click();
        firstVenueIs(MARKET);
        new Select(driver.findElement(By.id("venue-ward"))).selectByValue(DONG_XUAN);
        wait.until(d -> d.findElements(By.cssSelector("#venues tbody tr")).size() == 2);
        new Select(driver.findElement(By.id("venue-ward"))).selectByValue("");
    }

    /** Four venues, today's scans and passages, and two open alerts, before the inspector signs in. */
    private void scansAndAlertsOfTheMorning(String run) throws Exception {
        venue("venue-" + run, MARKET, VenueType.MARKET, DONG_XUAN);
        venue("venue-a-" + run, "Nhà hàng Hàng Buồm", VenueType.RESTAURANT, DONG_XUAN);
        venue("venue-b-" + run, SUPERMARKET, VenueType.SUPERMARKET, HANG_DAO);
        venue("venue-c-" + run, SHOP, VenueType.CONVENIENCE_STORE, HANG_BO);
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
                SUPERMARKET, HANG_DAO, HOAN_KIEM, Map.of("rejected", 7, "share", 0.28)));
        BoardEvents.send(BoardEvents.firing(Rule.OVER_CAPACITY, AlertSignal.Severity.WARNING, "venue-c-" + run,
                SHOP, HANG_BO, HOAN_KIEM, Map.of("occupancy", 61, "capacity", 50)));
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

    /** The table re-renders as live counts arrive: the first row is read until it names {@code venue}, or times out. */
    private void firstVenueIs(String venue) {
        wait.until(d -> venue.equals(d.findElement(By.cssSelector("#venues tbody tr th")).getText()));
    }
}
