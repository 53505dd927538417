package org.dateline.browser;

import java.util.UUID;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.media.ImageView;
import org.dateline.shared.Role;
import org.dateline.support.BrowserTest;
import org.dateline.support.DeskBrowser;
import org.dateline.support.TestPhotos.Captioned;
import org.dateline.support.TestPictures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer puts a library picture into the body of a story from the editor: searches the library
 * in the dialog, is stopped until the picture has alt text, inserts it with a caption, saves,
 * finds it again in the editor after a reload and changes its alt text there; readers then get a
 * responsive, lazily loaded figure with the credit.
 */
@BrowserTest
class BodyPictureBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aLibraryPictureGoesIntoTheBodyWithItsAltTextAndReadersGetAResponsiveFigure() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		String caption = "Night market on the quay " + UUID.randomUUID().toString().substring(0, 8);
		ImageView image = new TestPictures(context, editor.toActor()).upload("market.jpg", 1400, 900,
				new Captioned(caption, "Rui Amsel", "Quay Photos", null));

		try (DeskBrowser browser = new DeskBrowser(port)) {
			browser.open("/desk").signIn(editor.getUsername(), TestAccounts.PASSWORD);
			String headline = "Night market returns " + UUID.randomUUID().toString().substring(0, 8);
			assertThat(browser.newStory(headline, "Stalls opened at dusk.")).isEqualTo("Story created as a draft.");

			browser.find(".ql-editor").click();
			browser.find(".ql-editor").sendKeys(org.openqa.selenium.Keys.END);
			browser.find("#insert-figure").click();
			browser.pickPicture("#picture-search", caption);
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("figure-dialog")));
			assertThat(browser.find("#figure-caption").getAttribute("value")).isEqualTo(caption);
			assertThat(browser.find("#figure-credit").getText()).contains("Rui Amsel / Quay Photos");
			assertThat(AccessibilityBrowserTests.seriousViolationsHere(browser)).as("axe, the figure dialog open").isEmpty();

			// no alt text, not decorative: the picture is not inserted
			browser.find("#figure-save").click();
			assertThat(browser.find("#figure-error").getText()).contains("Write the alt text");
			assertThat(browser.driver().findElements(By.cssSelector(".ql-editor figure"))).isEmpty();

			browser.type("#figure-caption", "Stalls along the quay after dark");
			browser.type("#figure-alt", "Lantern-lit stalls in a row beside moored boats");
			browser.find("#figure-save").click();
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ql-editor figure img")));
			assertThat(browser.find(".ql-editor figure img").getAttribute("src")).contains("/media/" + image.hash() + "/");
			assertThat(browser.find(".ql-editor figure figcaption").getText())
				.contains("Stalls along the quay after dark", "Rui Amsel / Quay Photos");
			browser.click("#article-form button[type=submit]");
			assertThat(browser.flash()).isEqualTo("Saved.");

			// after a reload the figure is still there, and a double-click opens its description
			WebElement figure = browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ql-editor figure")));
			assertThat(browser.find(".ql-editor figure img").getAttribute("alt"))
				.isEqualTo("Lantern-lit stalls in a row beside moored boats");
			new Actions(browser.driver()).doubleClick(figure).perform();
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("figure-dialog")));
			assertThat(browser.find("#figure-alt").getAttribute("value")).startsWith("Lantern-lit stalls");
			browser.type("#figure-alt", "Lantern-lit market stalls in a row beside moored fishing boats");
			browser.find("#figure-save").click();
			browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(".ql-editor figure img"), "alt",
					"Lantern-lit market stalls in a row beside moored fishing boats"));
			browser.click("#article-form button[type=submit]");
			assertThat(browser.flash()).isEqualTo("Saved.");

			browser.clickButton("Publish now");
			assertThat(browser.flash()).isEqualTo("Published.");

			browser.open("/");
			browser.driver().findElement(By.linkText(headline)).click();
			browser.waiting().until(ExpectedConditions.urlContains("/articles/"));
			WebElement img = browser.find(".body figure picture img");
			assertThat(browser.find(".body figure picture source").getAttribute("type")).isEqualTo("image/webp");
			assertThat(browser.find(".body figure picture source").getAttribute("srcset")).contains(" 640w", " 1200w");
			assertThat(img.getAttribute("alt")).isEqualTo("Lantern-lit market stalls in a row beside moored fishing boats");
			assertThat(img.getAttribute("loading")).isEqualTo("lazy");
			assertThat(img.getAttribute("sizes")).isNotBlank();
			assertThat(img.getDomAttribute("width")).isEqualTo("960");
			assertThat(img.getDomAttribute("height")).isEqualTo("617");
			assertThat(browser.find(".body figure figcaption").getText())
				.contains("Stalls along the quay after dark", "Rui Amsel / Quay Photos");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", img);
			browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d)
				.executeScript("var i = arguments[0]; return i.complete && i.naturalWidth > 0;", img));
			String current = (String) ((JavascriptExecutor) browser.driver())
				.executeScript("return arguments[0].currentSrc;", img);
			assertThat(current).contains("/media/" + image.hash() + "/").endsWith(".webp");
		}
	}

}
