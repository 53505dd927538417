package org.dateline.browser;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.shared.Role;
import org.dateline.support.BrowserTest;
import org.dateline.support.DeskBrowser;
import org.dateline.support.TestPhotos;
import org.dateline.support.TestPhotos.Captioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * An editor uploads a photo with an agency's IPTC credit and a GPS position, finds the credit
 * filled in, writes alt text, sets the focal point, makes it a story's lead image and publishes;
 * a reader's page then shows a picture whose renditions load, have the sizes they claim, and
 * carry no location.
 */
@BrowserTest
class PhotoDeskBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path files;

	@Test
	void aPhotoGoesFromUploadToTheReadersPageWithoutItsLocation() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		String caption = "Lifeboat crew returns to Sandmere " + UUID.randomUUID().toString().substring(0, 8);
		Path photo = Files.write(files.resolve("lifeboat.jpg"), TestPhotos.photo(1800, 1200,
				new Captioned(caption, "Tomas Reyl", "Estuary Pictures", "(c) Estuary Pictures"), true, 1));

		try (DeskBrowser browser = new DeskBrowser(port)) {
			browser.open("/desk").signIn(editor.getUsername(), TestAccounts.PASSWORD);
			browser.open("/desk/media");
			browser.find("#upload-files").sendKeys(photo.toAbsolutePath().toString());
			WebElement done = browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".upload-progress li.done a")));
			done.click();
			browser.waiting().until(ExpectedConditions.urlMatches(".*/desk/media/\\d+$"));

			assertThat(browser.find("#photographer").getAttribute("value")).isEqualTo("Tomas Reyl");
			assertThat(browser.find("#agency").getAttribute("value")).isEqualTo("Estuary Pictures");
			assertThat(browser.find("#caption").getAttribute("value")).isEqualTo(caption);
			browser.type("#altText", "Four crew members in orange jackets carry a lifeboat up a slipway");
			browser.click("#image-form button[type=submit]");
			assertThat(browser.flash()).isEqualTo("Image saved.");

			WebElement picture = browser.find("#focal-image");
			WebElement page = browser.find("html");
			new Actions(browser.driver()).moveToElement(picture, picture.getSize().getWidth() / 4,
					picture.getSize().getHeight() / 4).click().perform();
			browser.waitUntilGone(page);
			assertThat(browser.flash()).startsWith("Focal point set");
			int focalX = Integer.parseInt(browser.find("#focal-x").getAttribute("value"));
			int focalY = Integer.parseInt(browser.find("#focal-y").getAttribute("value"));
			assertThat(focalX).isBetween(65, 85);
			assertThat(focalY).isBetween(65, 85);

			String headline = "Lifeboat crew honoured " + UUID.randomUUID().toString().substring(0, 8);
			assertThat(browser.newStory(headline, "The crew brought nine sailors home through the storm."))
				.isEqualTo("Story created as a draft.");

			browser.find("#choose-lead").click();
			browser.pickPicture("#picture-search", caption);
			assertThat(browser.find("#lead-chosen").getText()).contains(caption);
			assertThat(browser.find("#lead-alt").getAttribute("value")).startsWith("Four crew members");
			browser.find("#lead-image-form button[type=submit]").click();
			browser.waiting().until(ExpectedConditions.textToBe(By.id("lead-status"), "Lead image saved."));

			browser.clickButton("Publish now");
			assertThat(browser.flash()).isEqualTo("Published.");

			browser.open("/");
			browser.driver().findElement(By.linkText(headline)).click();
			browser.waiting().until(ExpectedConditions.urlContains("/articles/"));
			WebElement img = browser.find(".lead-image picture img");
			assertThat(browser.find(".lead-image picture source").getAttribute("type")).isEqualTo("image/webp");
			assertThat(img.getAttribute("alt")).startsWith("Four crew members");
			assertThat(browser.find(".lead-image figcaption").getText()).contains(caption, "Tomas Reyl / Estuary Pictures");
			browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d)
				.executeScript("var i = arguments[0]; return i.complete && i.naturalWidth > 0;", img));
			String current = (String) ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].currentSrc;",
					img);
			assertThat(current).contains("/media/").contains("16x9-" + focalX + "x" + focalY + "-").endsWith(".webp");

			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			for (String srcset : new String[] { browser.find(".lead-image picture source").getAttribute("srcset"),
					img.getAttribute("srcset") }) {
				for (String candidate : srcset.split(",\\s*")) {
					String[] parts = candidate.split(" ");
					int width = Integer.parseInt(parts[1].replace("w", ""));
					HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(browser.url(
							URI.create(parts[0]).getPath()))).build(), HttpResponse.BodyHandlers.ofByteArray());
					assertThat(response.statusCode()).as(parts[0]).isEqualTo(200);
					assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
					String raw = new String(response.body(), StandardCharsets.ISO_8859_1);
					assertThat(raw).as(parts[0]).doesNotContain("Exif").doesNotContain("GPS").doesNotContain("Photoshop");
					BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(response.body()));
					assertThat(decoded.getWidth()).as(parts[0]).isEqualTo(width);
					assertThat(decoded.getHeight()).as(parts[0]).isEqualTo(Math.round(width * 9f / 16));
				}
			}
		}
	}

}
