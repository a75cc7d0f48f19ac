package vn.vungxanh.alert.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.vungxanh.testsupport.Chromium;

/**
 * Debian's headless Chromium ({@link Chromium}) on the board. The alert list is redrawn on every change, so every
 * look finds its alert afresh.
 */
final class Browser {

    final ChromeDriver driver;
    final WebDriverWait wait;
    final Path home;
    final Path downloads;

    Browser(Duration patience) throws IOException {
        home = Files.createTempDirectory("board-browser");
        downloads = Files.createDirectories(home.resolve("downloads"));
        driver = Chromium.start(home, "1600,1900", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en-US"), List.of());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        wait = new WebDriverWait(driver, patience);
        wait.ignoring(StaleElementReferenceException.class);
    }

    void quit() {
        driver.quit();
    }

    /** The alert of a place in the list. */
    static By placeNamed(String name) {
        return By.xpath("//li[contains(@class,'alert')][.//div[@class='place' and text()='" + name + "']]");
    }

    /** Opens an action's form on the alert of {@code place}, fills it and sends it. */
    void act(String place, String action, Map<String, String> selects, String note) {
        click(place, "button[data-action='" + action + "']");
        selects.forEach((name, value) -> wait.until(d -> {
            new Select(d.findElement(placeNamed(place)).findElement(By.cssSelector("select[name='" + name + "']")))
                    .selectByValue(value);
            return true;
        }));
        wait.until(d -> {
            d.findElement(placeNamed(place)).findElement(By.cssSelector("input[name='note']")).sendKeys(note);
            return true;
        });
        click(place, "form.action-form button[data-action='confirm']");
    }

    void click(String place, String css) {
        wait.until(d -> {
            d.findElement(placeNamed(place)).findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    String text(String place, String css) {
        return wait.until(d -> d.findElement(placeNamed(place)).findElement(By.cssSelector(css)).getText());
    }

    String attribute(String place, String name) {
        return wait.until(d -> d.findElement(placeNamed(place)).getAttribute(name));
    }

    /** The dataset labels (or, for a one-series chart, the category labels) of a Chart.js canvas. */
    @SuppressWarnings("unchecked")
    List<String> chartLabels(String canvas, boolean datasets) {
        String script = datasets
                ? "return Chart.getChart(arguments[0]).data.datasets.map(d => d.label)"
                : "return Chart.getChart(arguments[0]).data.labels";
        return (List<String>) js(script, canvas);
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** A finished download (Chromium names unfinished ones *.crdownload), or null. */
    Path downloaded(String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The whole page, as tall as it is. */
    void screenshot(Path target) throws IOException {
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1600, (int) height + 140));
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
