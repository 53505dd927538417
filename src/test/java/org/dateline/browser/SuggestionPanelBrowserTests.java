package org.dateline.browser;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.ArticleService;
import org.dateline.article.Mention;
import org.dateline.shared.Role;
import org.dateline.subject.Person;
import org.dateline.subject.SubjectService;
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
 * The story editor reads a saved story and suggests what it mentions: the editor links a known
 * person, creates a new one from the suggestion with the role the text gives, and rejects a third.
 */
@BrowserTest
class SuggestionPanelBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleService articles;

	@Autowired
	SubjectService subjects;

	WebElement suggestion(DeskBrowser browser, String name) {
		return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//li[contains(@class,'suggestion')][.//strong[normalize-space()='" + name + "']]")));
	}

	@Test
	void anEditorAcceptsCreatesAndRejectsSuggestions() {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		String surname = TestSubjects.unique("Varnholt").replace(" ", "");
		Person known = new TestSubjects(context, editor.toActor()).person("Ilse " + surname, surname);
		String newcomer = "Tove " + TestSubjects.unique("Lindqvist").replace(" ", "");
		String third = "Piet " + TestSubjects.unique("Samsa").replace(" ", "");
		try (DeskBrowser browser = new DeskBrowser(port)) {
			browser.open("/desk/articles/new").signIn(editor.getUsername(), TestAccounts.PASSWORD);
			browser.type("#headline", "Harbour talks resume");
			browser.typeBody("Foreign Minister Ilse " + surname + " met Harbour Commissioner " + newcomer
					+ " on Monday. " + surname + " said the talks went well, said " + third + ".");
			browser.click("#article-form button[type=submit]");
			assertThat(browser.flash()).isEqualTo("Story created as a draft.");
			String url = browser.driver().getCurrentUrl();
			long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

			WebElement knownItem = suggestion(browser, known.getName());
			assertThat(knownItem.getText()).contains("Person on record");
			knownItem.findElement(By.xpath(".//button[normalize-space()='Link']")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector(".link-row[data-subject-id='" + known.getId() + "']")));

			WebElement candidate = suggestion(browser, newcomer);
			assertThat(candidate.getText()).contains("new person", "Harbour Commissioner");
			candidate.findElement(By.xpath(".//button[normalize-space()='Create…']")).click();
			candidate.findElement(By.xpath(".//button[normalize-space()='Create and link']")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".link-rows"),
					newcomer));

			WebElement rejected = suggestion(browser, third);
			rejected.findElement(By.xpath(".//button[normalize-space()='Reject']")).click();
			browser.waiting().until(ExpectedConditions.invisibilityOf(rejected));

			browser.click("#article-form button[type=submit]");
			assertThat(browser.flash()).isEqualTo("Saved.");
			assertThat(articles.get(id).getMentions()).extracting(Mention::getSource)
				.containsOnly(Mention.Source.SUGGESTED).hasSize(2);
			// after the save, the panel reads the text again: the rejected name is not offered, the linked ones are not repeated
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector(".suggestions-status"), "Nothing new to suggest."));
		}
	}

}
