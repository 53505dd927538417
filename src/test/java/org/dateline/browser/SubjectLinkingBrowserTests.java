package org.dateline.browser;

import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.ArticleService;
import org.dateline.article.Mention;
import org.dateline.shared.Role;
import org.dateline.subject.Person;
import org.dateline.subject.TestSubjects;
import org.dateline.support.BrowserTest;
import org.dateline.support.DeskBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor links subjects to a story from the editor's side panel: one found by typing part of
 * an alias and picked from the list, one created on the spot. Readers then see both linked.
 */
@BrowserTest
class SubjectLinkingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleService articles;

	@Test
	void anEditorLinksAnExistingSubjectAndCreatesANewOneWithoutLeavingTheStory() {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		String surname = TestSubjects.unique("Okonkwo");
		Person person = new TestSubjects(context, editor.toActor()).person("Adaeze " + surname, surname);
		String newOrganization = TestSubjects.unique("Harbour Pilots Guild");
		try (DeskBrowser browser = new DeskBrowser(port)) {
			browser.open("/desk/articles/new").signIn(editor.getUsername(), TestAccounts.PASSWORD);
			browser.type("#headline", "Pilots guild backs the new harbour master");
			browser.typeBody("Adaeze " + surname + " met the pilots on Monday.");

			browser.type("#addSubject", surname.substring(0, 9));
			WebElement option = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector(".picker-list [role=option][data-subject-id='" + person.getId() + "']")));
			assertThat(option.getText()).contains("Adaeze " + surname);
			option.click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector(".link-row[data-subject-id='" + person.getId() + "']")));
			new org.openqa.selenium.support.ui.Select(browser.find(".link-row[data-subject-id='" + person.getId()
					+ "'] select")).selectByValue("PRIMARY");

			browser.type("#new-subject-name", newOrganization);
			new org.openqa.selenium.support.ui.Select(browser.find("#new-subject-kind")).selectByValue("ORGANIZATION");
			browser.find("[data-action=create-subject]").click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".create-status"),
					"created and linked"));
			assertThat(browser.find(".link-rows").getText()).contains(newOrganization);

			browser.click("#article-form button[type=submit]");
			assertThat(browser.flash()).isEqualTo("Story created as a draft.");
			assertThat(browser.driver().findElements(By.cssSelector(".link-row .link-name a")))
				.extracting(WebElement::getText).containsExactlyInAnyOrder("Adaeze " + surname, newOrganization);

			String url = browser.driver().getCurrentUrl();
			long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
			List<Mention> mentions = articles.get(id).getMentions();
			assertThat(mentions).extracting(Mention::getProminence)
				.containsExactly(Mention.Prominence.PRIMARY, Mention.Prominence.MENTIONED);

			browser.clickButton("Publish now");
			browser.open("/articles/" + articles.get(id).getSlug());
			assertThat(browser.find(".story-subjects").getText()).contains("Adaeze " + surname, newOrganization);
			assertThat(browser.find(".body a.subject-link").getText()).isEqualTo("Adaeze " + surname);
		}
	}

}
