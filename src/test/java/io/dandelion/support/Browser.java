package io.dandelion.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Debian Chromium, driven through chromedriver, signed in as a demo member or anonymous. */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public final ChromeDriver driver;
	private final String base;

	private Browser(String base) {
		this.base = base;
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1360,900", "--lang=en-GB");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
	}

	public static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/** A visitor who never signed in. */
	public static Browser anonymous(String base) {
		return new Browser(base);
	}

	public static Browser signedIn(String base, String username) {
		var browser = new Browser(base);
		browser.open("/login");
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys("dandelion");
		browser.find("button[type=submit]").click();
		browser.until(d -> !d.getCurrentUrl().contains("/login"));
		return browser;
	}

	public void open(String path) {
		driver.get(base + path);
	}

	/** Opens a workspace page and waits until its live stream is connected. */
	public void openLive(String path) {
		open(path);
		until(d -> "open".equals(d.findElement(By.id("live-state")).getDomAttribute("data-live")));
	}

	public WebElement find(String css) {
		return until(d -> d.findElement(By.cssSelector(css)));
	}

	/** Clicks the element, finding it again when a live update replaced it between finding and clicking. */
	public void click(String css) {
		until(d -> {
			d.findElement(By.cssSelector(css)).click();
			return true;
		});
	}

	/** The element's text, reading it again when a live update replaced the element in between. */
	public String text(String css) {
		return until(d -> d.findElement(By.cssSelector(css)).getText());
	}

	public <T> T until(ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.NoSuchElementException.class)
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition);
	}

	/**
	 * Saves what the browser shows under {@code target/screenshots}, or under {@code docs/screenshots} when the
	 * build is run with {@code -Ddandelion.screenshots=docs} (so that an ordinary test run leaves the checkout
	 * as it was).
	 */
	public void screenshot(String name) {
		File shot = driver.getScreenshotAs(OutputType.FILE);
		try {
			Path folder = "docs".equals(System.getProperty("dandelion.screenshots")) ? Path.of("docs", "screenshots")
					: Path.of("target", "screenshots");
			Path target = folder.resolve(name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}
}
