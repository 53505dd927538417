package org.dateline.browser;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
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

/** Text typed and never saved survives a closed browser, and is offered back on return. */
@BrowserTest
class AutosaveBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleService articles;

	@Test
	void autosavedTextIsOfferedAfterTheBrowserIsClosed() {
		DeskUser writer = new TestAccounts(context).create(Role.REPORTER);
		long id = new TestArticles(articles, writer.toActor()).story("Harbour crane collapses")
			.body("<p>No one was hurt.</p>").dateline("Gdansk").draft().getId();

		try (DeskBrowser browser = new DeskBrowser(port)) {
			browser.signIn(writer.getUsername(), TestAccounts.PASSWORD).open("/desk/articles/" + id);
			browser.typeBody("No one was hurt. Investigators arrived within the hour.");
			browser.waiting().until(ExpectedConditions.textMatches(By.cssSelector(".autosave-status"),
					java.util.regex.Pattern.compile("Autosaved at")));
			browser.acceptLeaving();
		} // the tab and the browser are gone; nothing was saved by hand

		assertThat(articles.get(id).getBodyText()).isEqualTo("No one was hurt.");

		try (DeskBrowser browser = new DeskBrowser(port)) {
			browser.signIn(writer.getUsername(), TestAccounts.PASSWORD).open("/desk/articles/" + id);
			assertThat(browser.find(".autosave-offer").getText()).contains("never saved");
			browser.click("#restore-autosave");
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ql-editor"),
					"Investigators arrived within the hour."));
			browser.click("#article-form button[type=submit]");
			assertThat(browser.flash()).isEqualTo("Saved.");
		}
		assertThat(articles.get(id).getBodyText()).isEqualTo("No one was hurt. Investigators arrived within the hour.");
	}

}
