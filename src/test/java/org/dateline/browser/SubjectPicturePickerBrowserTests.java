package org.dateline.browser;

import java.util.UUID;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.media.ImageView;
import org.dateline.shared.Role;
import org.dateline.subject.Organization;
import org.dateline.subject.SubjectImages;
import org.dateline.subject.TestSubjects;
import org.dateline.support.BrowserTest;
import org.dateline.support.DeskBrowser;
import org.dateline.support.TestPhotos.Captioned;
import org.dateline.support.TestPictures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor gives an organization its logo from the library without typing a number, with the
 * keyboard alone: opens the dialog, searches, moves to a thumbnail, chooses it and saves; axe-core
 * finds nothing serious in the open dialog.
 */
@BrowserTest
class SubjectPicturePickerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SubjectImages subjectImages;

	@Test
	void anEditorPicksALogoFromTheLibraryWithTheKeyboard() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		Organization port = new TestSubjects(context, editor.toActor()).organization(TestSubjects.unique("Port Authority"));
		String word = "Anchorlogo" + UUID.randomUUID().toString().substring(0, 6);
		TestPictures pictures = new TestPictures(context, editor.toActor());
		ImageView logo = pictures.upload("logo.png", 600, 600, new Captioned(word + " emblem of the port", "Design Desk", null,
				null));
		pictures.upload("Unrelated harbour view", 800, 500);

		try (DeskBrowser browser = new DeskBrowser(this.port)) {
			browser.open("/desk").signIn(editor.getUsername(), TestAccounts.PASSWORD);
			browser.open("/desk/organizations/" + port.getId());
			assertThat(browser.find("#subject-image-id").getAttribute("type")).as("no number to type").isEqualTo("hidden");
			WebElement choose = browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("choose-subject-picture")));
			assertThat(choose.getText()).isEqualTo("Choose a logo from the library");

			choose.sendKeys(Keys.ENTER);
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("subject-picture-dialog")));
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("subject-picture-search");
			browser.driver().switchTo().activeElement().sendKeys(word);
			browser.waiting().until(ExpectedConditions.textToBe(By.id("subject-picture-count"), "1 picture."));
			WebElement result = browser.find("#subject-picture-results .picture-choice");
			assertThat(result.getText()).contains(word, "Design Desk");
			assertThat(result.findElement(By.tagName("img")).getAttribute("src")).contains("/media/" + logo.hash() + "/");
			assertThat(AccessibilityBrowserTests.seriousViolationsHere(browser)).as("axe, the picker open").isEmpty();

			new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
			assertThat(browser.driver().switchTo().activeElement().getText()).contains(word);
			new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
			browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("subject-picture-dialog")));
			assertThat(browser.find("#subject-picture-status").getText()).contains("Chosen: " + word);
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("save-subject-picture");

			browser.click("#save-subject-picture");
			if (browser.driver().findElements(By.cssSelector(".flash")).isEmpty()) {
				String text = browser.find("main").getText();
				throw new AssertionError("No message after saving, at " + browser.driver().getCurrentUrl() + ": "
						+ text.substring(0, Math.min(1500, text.length())));
			}
			assertThat(browser.flash()).isEqualTo("Picture saved.");
			assertThat(subjectImages.imageOf(port.getId())).isEqualTo(logo.id());
			assertThat(browser.find("#subject-picture-preview").getAttribute("src"))
				.contains("/media/" + logo.hash() + "/1x1-");
			assertThat(browser.find("#subject-picture-chosen").getText()).contains(word);

			// Escape closes the dialog without changing anything
			browser.find("#choose-subject-picture").click();
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("subject-picture-dialog")));
			new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
			browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("subject-picture-dialog")));
			assertThat(browser.find("#subject-image-id").getAttribute("value")).isEqualTo(String.valueOf(logo.id()));
		}
	}

}
