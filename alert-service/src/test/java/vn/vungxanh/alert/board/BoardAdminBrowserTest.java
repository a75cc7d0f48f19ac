package vn.vungxanh.alert.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static vn.vungxanh.alert.board.Browser.placeNamed;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vungxanh.events.AlertSignal;
import vn.vungxanh.events.Rule;
import vn.vungxanh.testsupport.ServiceInfrastructure;
import vn.vungxanh.testsupport.Tokens;

/** An admin's board: every district on the map, one picked by a click, and back to all. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "vx_alert") })
class BoardAdminBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String CAU_GIAY = "005";

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
}
