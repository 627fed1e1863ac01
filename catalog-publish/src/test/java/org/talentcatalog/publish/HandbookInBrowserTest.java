package org.talentcatalog.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.talentcatalog.model.Position;
import org.talentcatalog.render.RenderContext;

/**
 * The HTML handbook as a reader meets it, in headless Chromium: every position shown, search and
 * each filter narrowing the table to exactly the positions that match, everything readable without
 * JavaScript, no request leaving the folder, no serious or critical axe-core violation; screenshots
 * of the index, a position and each chart under {@code target/screenshots}.
 */
class HandbookInBrowserTest {

    static final Path SITE = Path.of("target/browser-handbook");
    static final Path SHOTS = Path.of("target/screenshots");
    static final Release RELEASE = Examples.release();

    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumePresent();
        Handbooks.write(RELEASE, HandbookFormat.HTML, RenderContext.defaults(), SITE);
        Files.createDirectories(SHOTS);
        browser = Browser.start(Path.of("target/chromium-profile-js"), true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static List<Position> all() {
        return RELEASE.catalogs().stream().flatMap(c -> c.positions().stream()).toList();
    }

    private static void open(String page) {
        browser.get(Browser.url(SITE.resolve(page)));
    }

    private static List<String> visibleIds() {
        List<String> ids = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#all tr.position"))) {
            if (row.isDisplayed()) {
                ids.add(row.findElement(By.cssSelector("span.id")).getText());
            }
        }
        return ids.stream().sorted().toList();
    }

    private static List<String> idsOf(Predicate<Position> p) {
        return all().stream().filter(p).map(Position::id).sorted().toList();
    }

    @Test
    void everyPositionOfTheReleaseIsVisibleOnTheIndex() {
        open("index.html");
        assertEquals(idsOf(p -> true), visibleIds());
        assertTrue(browser.findElement(By.cssSelector("form.filters")).isDisplayed(), "the filters show with JavaScript");
    }

    @Test
    void eachFilterNarrowsTheTableToThePositionsThatMatch() {
        open("index.html");
        choose("industry", "INTEGRATED_CIRCUIT");
        assertEquals(idsOf(p -> "INTEGRATED_CIRCUIT".equals(p.industry())), visibleIds());
        choose("industry", "");
        choose("level", "VERY_SCARCE");
        List<String> veryScarce = idsOf(p -> p.level() != null && p.level().code().equals("VERY_SCARCE"));
        assertFalse(veryScarce.isEmpty());
        assertEquals(veryScarce, visibleIds());
        long icVeryScarce = all().stream().filter(p -> "INTEGRATED_CIRCUIT".equals(p.industry())
                && p.level() != null && p.level().code().equals("VERY_SCARCE")).count();
        assertEquals("(" + icVeryScarce + ")", browser.findElement(By.cssSelector("#all tbody[data-group='INTEGRATED_CIRCUIT'] tr.group .n")).getText(),
                "a group's heading counts the positions shown");
        choose("category", "BASIC_RESEARCH");
        assertEquals(idsOf(p -> p.level() != null && p.level().code().equals("VERY_SCARCE")
                && p.category().code().equals("BASIC_RESEARCH")), visibleIds());
        choose("level", "");
        choose("category", "");
        choose("education", "DOCTORATE");
        assertEquals(idsOf(p -> p.requirements().education() != null && p.requirements().education().code().equals("DOCTORATE")), visibleIds());
        choose("education", "");
        assertEquals(idsOf(p -> true), visibleIds());
        String count = browser.findElement(By.id("all-count")).getText();
        assertEquals("显示 " + all().size() + " / " + all().size() + " 个岗位", count);
    }

    @Test
    void searchNarrowsTheTableToPositionsWhoseNameOrMajorsHaveTheWords() {
        open("index.html");
        WebElement box = browser.findElement(By.id("all-q"));
        box.sendKeys("工程师");
        assertEquals(idsOf(p -> p.name().zh().contains("工程师") || String.valueOf(p.name().en()).contains("工程师")
                || p.requirements().majors().stream().anyMatch(m -> m.contains("工程师"))
                || p.requirements().competencies().stream().anyMatch(m -> m.contains("工程师"))), visibleIds());
        box.clear();
        box.sendKeys("no such position at all");
        assertEquals(List.of(), visibleIds());
        assertTrue(browser.findElement(By.id("all-empty")).isDisplayed(), "an empty result says so");
    }

    private static void choose(String filter, String value) {
        new Select(browser.findElement(By.id("all-" + filter))).selectByValue(value);
    }

    @Test
    void everythingIsReadableWithoutJavaScript() throws IOException {
        ChromeDriver plain = Browser.start(Path.of("target/chromium-profile-nojs"), false);
        try {
            plain.get(Browser.url(SITE.resolve("index.html")));
            List<WebElement> rows = plain.findElements(By.cssSelector("#all tr.position"));
            assertEquals(all().size(), rows.size());
            assertTrue(rows.stream().allMatch(WebElement::isDisplayed), "every row is shown");
            assertFalse(plain.findElement(By.cssSelector("form.filters")).isDisplayed(), "controls that need scripts are not shown");
            plain.get(Browser.url(SITE.resolve("catalog-sh-ic.html")));
            assertTrue(plain.findElement(By.id("chart-levels")).isDisplayed());
            assertTrue(plain.findElement(By.id("p-" + RELEASE.catalogs().get(0).positions().get(0).id())).isDisplayed());
        } finally {
            plain.quit();
        }
    }

    @Test
    void noRequestLeavesTheFolder() {
        String folder = Browser.url(SITE);
        browser.manage().logs().get(LogType.PERFORMANCE); // drop what came before
        for (String page : List.of("index.html", "catalog-sh-ic.html", "majors.html", "competencies.html", "changes.html")) {
            open(page);
        }
        List<String> urls = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode m = json.readTree(e.getMessage()).path("message");
                if (m.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(m.path("params").path("request").path("url").asText());
                }
            } catch (IOException x) {
                throw new AssertionError(x);
            }
        }
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("assets/handbook.js")), "the log saw the requests: " + urls);
        for (String u : urls) {
            assertTrue(u.startsWith(folder) || u.startsWith("data:"), u);
        }
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            assertFalse(e.getMessage().contains("Refused to"), e.getMessage());
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolation() throws IOException {
        String axe;
        try (InputStream in = HandbookInBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> found = new ArrayList<>();
        for (String page : List.of("index.html", "catalog-sh-ic.html", "majors.html", "competencies.html", "changes.html")) {
            open(page);
            browser.executeScript(axe);
            Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); },"
                    + " function (e) { done('error: ' + e); });");
            String text = String.valueOf(result);
            assertFalse(text.startsWith("error"), text);
            for (JsonNode v : json.readTree(text)) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    found.add(page + ": " + impact + " " + v.path("id").asText() + " — " + v.path("help").asText()
                            + " " + v.path("nodes").path(0).path("html").asText());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void screenshotsOfTheIndexAPositionAndEachChart() throws IOException {
        open("index.html");
        shot(browser.getScreenshotAs(OutputType.FILE).toPath(), "index.png");
        open("catalog-sh-ic.html");
        WebElement card = browser.findElement(By.id("p-" + RELEASE.catalogs().get(0).positions().get(0).id()));
        shot(card.getScreenshotAs(OutputType.FILE).toPath(), "position.png");
        List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart"));
        assertEquals(5, charts.size(), "a scored catalog has five charts");
        for (WebElement chart : charts) {
            shot(chart.findElement(By.cssSelector("svg")).getScreenshotAs(OutputType.FILE).toPath(), chart.getAttribute("id") + ".png");
        }
        open("index.html");
        choose("level", "VERY_SCARCE");
        shot(browser.getScreenshotAs(OutputType.FILE).toPath(), "index-filtered.png");
        browser.get(Browser.url(SITE.resolve("majors.html")));
        shot(browser.getScreenshotAs(OutputType.FILE).toPath(), "majors.png");
        assertTrue(Files.size(SHOTS.resolve("index.png")) > 10_000);
    }

    private static void shot(Path from, String name) throws IOException {
        Files.copy(from, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
