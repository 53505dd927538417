package org.dateline.browser;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.shared.Role;
import org.dateline.support.BrowserTest;
import org.dateline.support.DeskBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter drafts and submits; an editor sends it back with a note; the reporter fixes and
 * resubmits; the editor schedules it, then publishes it at once; readers see it.
 */
@BrowserTest
class WorkflowBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aStoryGoesFromDraftThroughReviewToPublished() {
		TestAccounts accounts = new TestAccounts(context);
		DeskUser reporter = accounts.create(Role.REPORTER);
		DeskUser editor = accounts.create(Role.EDITOR);
		String storyUrl;

		try (DeskBrowser rita = new DeskBrowser(port)) {
			rita.signIn(reporter.getUsername(), TestAccounts.PASSWORD).open("/desk/articles/new");
			rita.type("#headline", "Night buses return to the harbour route");
			rita.type("#dateline", "Bergen");
			rita.typeBody("The council restored two night services after complaints from shift workers.");
			rita.click("#article-form button[type=submit]");
			assertThat(rita.flash()).isEqualTo("Story created as a draft.");
			storyUrl = rita.driver().getCurrentUrl();
			rita.clickButton("Send for review");
			assertThat(rita.flash()).isEqualTo("Sent for review.");
			assertThat(rita.find(".page-head .status").getText()).isEqualTo("In review");
			assertThat(rita.driver().findElements(By.xpath("//button[normalize-space()='Publish now']"))).isEmpty();
		}

		try (DeskBrowser eddie = new DeskBrowser(port)) {
			eddie.signIn(editor.getUsername(), TestAccounts.PASSWORD);
			assertThat(eddie.find("#in-review").getText()).contains("Night buses return to the harbour route");
			eddie.driver().get(storyUrl);
			eddie.type("#note", "Add when the buses start running.");
			eddie.clickButton("Send back");
			assertThat(eddie.flash()).isEqualTo("Sent back to the writer.");
		}

		try (DeskBrowser rita = new DeskBrowser(port)) {
			rita.signIn(reporter.getUsername(), TestAccounts.PASSWORD);
			rita.driver().get(storyUrl);
			assertThat(rita.find(".review-note").getText()).contains("Add when the buses start running.");
			rita.find(".ql-editor").click();
			rita.find(".ql-editor").sendKeys(" Services start on Monday.");
			rita.click("#article-form button[type=submit]");
			assertThat(rita.flash()).isEqualTo("Saved.");
			rita.clickButton("Send for review");
			assertThat(rita.flash()).isEqualTo("Sent for review.");
		}

		try (DeskBrowser eddie = new DeskBrowser(port)) {
			eddie.signIn(editor.getUsername(), TestAccounts.PASSWORD);
			eddie.driver().get(storyUrl);
			String tomorrow = LocalDateTime.now().plusDays(2).withSecond(0).withNano(0)
				.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
			((JavascriptExecutor) eddie.driver())
				.executeScript("document.getElementById('publishAt').value = arguments[0];", tomorrow);
			eddie.clickButton("Schedule");
			assertThat(eddie.flash()).isEqualTo("Scheduled.");
			assertThat(eddie.find(".scheduled-at").getText()).startsWith("· scheduled for");

			eddie.open("/articles/night-buses-return-to-the-harbour-route");
			assertThat(eddie.find("h1").getText()).isEqualTo("We can’t find that page");

			eddie.driver().get(storyUrl);
			eddie.clickButton("Publish now");
			assertThat(eddie.flash()).isEqualTo("Published.");
			eddie.open("/");
			eddie.driver().findElement(By.linkText("Night buses return to the harbour route")).click();
			eddie.waiting().until(ExpectedConditions.urlContains("/articles/night-buses-return-to-the-harbour-route"));
			assertThat(eddie.find(".story .body").getText()).contains("BERGEN",
					"shift workers. Services start on Monday.");
		}
	}

}
