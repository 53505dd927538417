package org.dateline.browser;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.shared.Role;
import org.dateline.support.BrowserTest;
import org.dateline.support.DeskBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor signs in, writes a story, publishes it, and a reader finds it on the site. */
@BrowserTest
class PublishStoryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void anEditorPublishesAStoryThatReadersThenSee() {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		try (DeskBrowser browser = new DeskBrowser(port)) {
			browser.open("/desk");
			assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
			browser.signIn(editor.getUsername(), TestAccounts.PASSWORD);
			assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/desk"));
			assertThat(browser.find("h1").getText()).isEqualTo("Stories");

			browser.click("a[href='/desk/articles/new']");
			browser.type("#headline", "Library opens late on weekdays");
			browser.type("#dek", "The city extends reading-room hours until ten");
			browser.type("#dateline", "Leeds");
			browser.typeBody("Readers asked for longer hours.\nThe council agreed on Tuesday.");
			browser.click("#article-form button[type=submit]");
			assertThat(browser.flash()).isEqualTo("Story created as a draft.");

			browser.clickButton("Publish now");
			assertThat(browser.flash()).isEqualTo("Published.");

			browser.open("/");
			browser.driver().findElement(By.linkText("Library opens late on weekdays")).click();
			browser.waiting().until(ExpectedConditions.urlContains("/articles/library-opens-late-on-weekdays"));
			assertThat(browser.find("h1").getText()).isEqualTo("Library opens late on weekdays");
			assertThat(browser.find(".story .body").getText())
				.contains("LEEDS", "Readers asked for longer hours.", "The council agreed on Tuesday.");
		}
	}

}
