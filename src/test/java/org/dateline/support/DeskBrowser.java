package org.dateline.support;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person's headless Chromium on the running app, with the steps every desk test repeats. */
public final class DeskBrowser implements AutoCloseable {

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private final int port;

	public DeskBrowser(int port) {
		this.port = port;
		this.driver = Chromium.start();
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	public WebDriver driver() {
		return driver;
	}

	public WebDriverWait waiting() {
		return wait;
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	public DeskBrowser open(String path) {
		driver.get(url(path));
		return this;
	}

	public DeskBrowser signIn(String username, String password) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		return this;
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public DeskBrowser type(String css, String text) {
		WebElement element = find(css);
		element.clear();
		element.sendKeys(text);
		return this;
	}

	/** Replaces the rich-text body with {@code text}, typed as a person would. */
	public DeskBrowser typeBody(String text) {
		WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ql-editor")));
		editor.click();
		((JavascriptExecutor) driver).executeScript("arguments[0].innerHTML = '';", editor);
		editor.sendKeys(text);
		return this;
	}

	public String bodyText() {
		return find(".ql-editor").getText();
	}

	/** Clicks something that loads a new page, and waits until the old page is gone. */
	public DeskBrowser click(String css) {
		return andWaitForNewPage(driver.findElement(By.cssSelector(css)));
	}

	/** Clicks the button with this label, and waits for the page it leads to. */
	public DeskBrowser clickButton(String label) {
		return andWaitForNewPage(driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")));
	}

	private DeskBrowser andWaitForNewPage(WebElement target) {
		WebElement page = driver.findElement(By.tagName("html"));
		target.click();
		waitUntilGone(page);
		return this;
	}

	/** Waits until the page this element belongs to has been replaced by another. */
	public void waitUntilGone(WebElement element) {
		wait.until(d -> isGone(element));
	}

	/**
	 * Whether this element's page has been replaced. While a new page loads, Chromium may answer
	 * a question about the old page's node with "does not belong to the document" instead of
	 * reporting it stale; both mean the old page is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException | NoSuchElementException gone) {
			return true;
		}
		catch (WebDriverException unsure) {
			if (String.valueOf(unsure.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw unsure;
		}
	}

	/** Writes a new story in the editor and saves it as a draft; returns the message the desk shows. */
	public String newStory(String headline, String body) {
		open("/desk/articles/new");
		type("#headline", headline);
		typeBody(body);
		click("#article-form button[type=submit]");
		return flash();
	}

	/**
	 * Searches the library in the open picture dialog and clicks the result with this caption.
	 * Results are redrawn as the search is typed, so it picks the matching one once it is there.
	 */
	public DeskBrowser pickPicture(String searchCss, String caption) {
		type(searchCss, caption);
		wait.ignoring(StaleElementReferenceException.class).until(d -> {
			for (WebElement choice : d.findElements(By.cssSelector(".picture-choice"))) {
				if (choice.getText().contains(caption)) {
					choice.click();
					return true;
				}
			}
			return false;
		});
		return this;
	}

	public String flash() {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash"))).getText();
	}

	/** Leaves a page even when it warns about unsaved changes. */
	public void acceptLeaving() {
		((JavascriptExecutor) driver).executeScript("window.onbeforeunload = null;");
	}

	@Override
	public void close() {
		driver.quit();
	}

}
