package org.dateline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Finds the installed Chromium and ChromeDriver ({@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, or {@code CHROME_BIN} and {@code CHROMEDRIVER}) and starts them
 * headless. Selenium's own driver download is never used.
 */
public final class Chromium {

	public static final String INSTALL_HINT = "sudo apt-get install chromium chromium-driver";

	private Chromium() {
	}

	public static Optional<Path> browser() {
		return find("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
	}

	public static Optional<Path> driver() {
		return find("CHROMEDRIVER", "/usr/bin/chromedriver");
	}

	public static boolean available() {
		return browser().isPresent() && driver().isPresent();
	}

	public static ChromeDriver start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("dateline-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser().orElseThrow().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--disable-quic", "--no-first-run",
				"--no-default-browser-check", "--window-size=1280,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(driver().orElseThrow().toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofMillis(0));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	private static Optional<Path> find(String env, String... defaults) {
		String configured = System.getenv(env);
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		for (String candidate : defaults) {
			Path path = Path.of(candidate);
			if (Files.isExecutable(path)) {
				return Optional.of(path);
			}
		}
		return Optional.empty();
	}

}
