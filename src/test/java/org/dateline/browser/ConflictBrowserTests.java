package org.dateline.browser;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.support.BrowserTest;
import org.dateline.support.DeskBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Two editors edit the same story; the second save shows the conflict page and loses nothing. */
@BrowserTest
class ConflictBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleService articles;

	@Test
	void theSecondSaveGetsTheConflictPageWithBothTextsKept() {
		TestAccounts accounts = new TestAccounts(context);
		DeskUser anna = accounts.create(Role.EDITOR);
		DeskUser ben = accounts.create(Role.EDITOR);
		long id = new TestArticles(articles, anna.toActor()).story("Museum extends opening hours")
			.body("<p>The museum will open late on Thursdays.</p>").dateline("Turku").draft().getId();

		try (DeskBrowser first = new DeskBrowser(port); DeskBrowser second = new DeskBrowser(port)) {
			first.signIn(anna.getUsername(), TestAccounts.PASSWORD).open("/desk/articles/" + id);
			second.signIn(ben.getUsername(), TestAccounts.PASSWORD).open("/desk/articles/" + id);

			first.typeBody("The museum will open late on Thursdays and Fridays from March.");
			first.click("#article-form button[type=submit]");
			assertThat(first.flash()).isEqualTo("Saved.");

			second.type("#headline", "Museum opens late twice a week");
			second.typeBody("Late opening comes to the museum, says the director.");
			second.click("#article-form button[type=submit]");

			assertThat(second.find("h1").getText()).isEqualTo("Someone else saved this story while you were editing");
			assertThat(second.find("#their-body").getText()).contains("Fridays from March");
			assertThat(second.find("#headline").getAttribute("value")).isEqualTo("Museum opens late twice a week");
			assertThat(second.bodyText()).contains("Late opening comes to the museum, says the director.");
			assertThat(articles.get(id).getBodyText())
				.isEqualTo("The museum will open late on Thursdays and Fridays from March.");

			second.typeBody("Late opening comes to the museum on Thursdays and Fridays from March, says the director.");
			second.click("#article-form button[type=submit]");
			assertThat(second.flash()).isEqualTo("Saved.");
		}
		assertThat(articles.get(id).getHeadline()).isEqualTo("Museum opens late twice a week");
		assertThat(articles.revisions(id)).hasSize(3);
	}

}
