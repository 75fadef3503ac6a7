package io.newswire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.cli.Input;
import io.newswire.cli.Publisher;
import io.newswire.dashboard.DashboardService;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in real headless Chromium (Debian's chromium and chromedriver) against the whole local
 * stack: the seed and an English sample go in as raw dispatches, the page shows both headlines, the
 * Arabic one right to left, Masoud Pezeshkian's chip opens his page with his 8 direct quotes, and a
 * dispatch pushed while the page is open appears in the feed and the trends without a reload.
 * Skipped where chromium or chromedriver are missing. Screenshots go to target/.
 */
@Tag("kafka")
class DashboardBrowserTest {
  /** The Mehr seed as bundled with the demo samples (the same bytes as the shared seed), so the test needs no shared data. */
  static final String SEED_ID = "mehr-ar-pezeshkian-qatar";
  static final String ENGLISH_ID = "ap-en-port-reopens";
  static final String LATE_ID = "ap-en-port-strike";
  static final ObjectMapper JSON = new ObjectMapper();

  static LocalStack stack;
  static DashboardService dashboard;
  static ChromeDriver browser;
  static Path profile;

  static Path executable(String... candidates) {
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  @BeforeAll
  static void start() throws Exception {
    Path chromium = executable("/usr/bin/chromium", "/usr/bin/chromium-browser");
    Path driver = executable("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    assumeTrue(chromium != null && driver != null, "chromium and chromedriver are not installed");

    LocalStack.Options o = LocalStack.Options.ephemeral();
    stack = LocalStack.start(o);
    dashboard = LocalDashboard.start(stack, o.dataDir(), "127.0.0.1", 0);

    profile = Files.createTempDirectory("newswire-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (dashboard != null) {
      dashboard.close();
    }
    if (stack != null) {
      stack.close();
    }
    if (profile != null) {
      LocalStack.deleteRecursively(profile);
    }
  }

  static JsonNode api(String pathAndQuery) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(dashboard.url() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
  }

  static JsonNode awaitArticle(String id) throws Exception {
    for (int i = 0; i < 480; i++) {
      JsonNode list = api("api/articles?limit=20");
      if (list != null) {
        for (JsonNode a : list) {
          if (a.get("id").asText().equals(id)) {
            return a;
          }
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError(id + " never reached the dashboard");
  }

  static Input sample(String sample) throws Exception {
    return Input.samples().stream().filter(i -> i.id().equals(sample)).findFirst().orElseThrow();
  }

  /** A wait that reads through re-renders: the page replaces live parts (trending, entity view) as events arrive. */
  WebDriverWait waitUpTo(int seconds) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(200));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Clicks the element now at {@code by}, found again if the page re-rendered it meanwhile. */
  void click(By by) {
    waitUpTo(10).until(d -> {
      d.findElement(by).click();
      return true;
    });
  }

  /** The text of the element now at {@code by}, read again if the page re-rendered it meanwhile. */
  String textOf(By by) {
    return waitUpTo(10).until(d -> d.findElement(by).getText());
  }

  void screenshot(String name) throws Exception {
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theNewsroomPageLiveInChromium() throws Exception {
    Publisher.send(stack.bootstrapServers(), stack.topics().raw(),
        List.of(sample(SEED_ID), sample(ENGLISH_ID)));
    JsonNode seed = awaitArticle(SEED_ID);
    JsonNode port = awaitArticle(ENGLISH_ID);
    String pezeshkian = null;
    for (JsonNode e : seed.get("entities")) {
      if (e.get("name").asText().equals("Masoud Pezeshkian")) {
        pezeshkian = e.get("id").asText();
      }
    }
    assertTrue(pezeshkian != null, "the seed names Masoud Pezeshkian");

    browser.get(dashboard.url());
    By seedHeadline = By.cssSelector("article.item[data-id='" + SEED_ID + "'] .headline");
    By portHeadline = By.cssSelector("article.item[data-id='" + ENGLISH_ID + "'] .headline");
    waitUpTo(30).until(d -> !d.findElements(seedHeadline).isEmpty() && !d.findElements(portHeadline).isEmpty());
    WebElement arabic = browser.findElement(seedHeadline);
    WebElement english = browser.findElement(portHeadline);
    assertEquals(seed.get("headline").asText(), arabic.getText());
    assertEquals(port.get("headline").asText(), english.getText());
    assertEquals("rtl", arabic.getCssValue("direction"), "the Arabic headline is laid out right to left");
    assertEquals("ltr", english.getCssValue("direction"));
    // Right to left in pixels too: the Arabic line's text hugs the right edge of its box.
    JavascriptExecutor js = browser;
    Number gapRight = (Number) js.executeScript("const h = arguments[0], r = document.createRange(); r.selectNodeContents(h);"
        + "const rects = r.getClientRects(); const first = rects[0];"
        + "return h.getBoundingClientRect().right - first.right;", arabic);
    assertTrue(gapRight.doubleValue() < 2, "first Arabic line ends at the right edge, gap " + gapRight);
    js.executeScript("window.__sameDocument = 'still here';");
    screenshot("dashboard-feed.png");

    click(By.cssSelector("article.item[data-id='" + SEED_ID + "'] a.chip[data-entity='" + pezeshkian + "']"));
    By direct = By.cssSelector("#entity-quotes .quote[data-kind='DIRECT']");
    waitUpTo(30).until(d -> d.findElements(direct).size() == 8);
    assertEquals("Masoud Pezeshkian", textOf(By.id("entity-name")));
    // One snapshot in the page: the entity view re-renders as trend updates arrive.
    assertEquals(List.of("rtl", "rtl", "rtl", "rtl", "rtl", "rtl", "rtl", "rtl"), js.executeScript(
        "return [...document.querySelectorAll(\"#entity-quotes .quote[data-kind='DIRECT'] .words\")]"
            + ".map(w => getComputedStyle(w).direction);"));
    Boolean sparkline = waitUpTo(10).until(d -> d.findElement(By.cssSelector("#entity-trends svg.spark polyline")).isDisplayed());
    assertTrue(sparkline, "the entity's trend is drawn");
    screenshot("dashboard-entity.png");

    click(By.cssSelector("#entity a[href='#/']"));
    waitUpTo(10).until(d -> d.findElement(By.id("home")).isDisplayed());
    String haddad = null; // a person outside the knowledge base: its id comes from the name (person:name:…)
    for (JsonNode e : port.get("entities")) {
      if (e.get("name").asText().equals("Karim Haddad")) {
        haddad = e.get("id").asText();
      }
    }
    assertTrue(haddad != null && haddad.startsWith("person:"), "the English sample names Karim Haddad as a person");
    By haddadCount = By.cssSelector("#trending li[data-entity='" + haddad + "'] .count");
    waitUpTo(30).until(d -> !d.findElements(haddadCount).isEmpty());
    assertEquals("1", textOf(haddadCount));

    String dispatch = "Port strike called off after overnight talks\n"
        + "BEIRUT (AP) — Dockworkers called off a strike planned for Monday after overnight talks, "
        + "port director Karim Haddad said. \"The cranes will keep moving,\" Haddad told reporters.\n";
    Publisher.send(stack.bootstrapServers(), stack.topics().raw(),
        List.of(new Input(LATE_ID, dispatch.getBytes(StandardCharsets.UTF_8), Map.of("source", "test"))));
    By late = By.cssSelector("article.item[data-id='" + LATE_ID + "'] .headline");
    waitUpTo(60).until(d -> !d.findElements(late).isEmpty());
    assertEquals("Port strike called off after overnight talks", textOf(late));
    waitUpTo(60).until(d -> "2".equals(d.findElement(haddadCount).getText()));
    assertEquals("still here", js.executeScript("return window.__sameDocument;"), "no reload happened");
    screenshot("dashboard-live.png");
  }
}
