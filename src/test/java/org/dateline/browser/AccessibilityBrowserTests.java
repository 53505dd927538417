package org.dateline.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleService;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.subject.Event;
import org.dateline.subject.Organization;
import org.dateline.subject.TestSubjects;
import org.dateline.support.BrowserTest;
import org.dateline.support.DeskBrowser;
import org.dateline.support.TestPictures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, run in headless Chromium on the pages readers use most (with subject links and
 * expanded coverage on the story, and subject pages): no serious or critical
 * accessibility violations (WCAG 2.1 A and AA rules).
 */
@BrowserTest
class AccessibilityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleService articles;

	static String axeSource() throws IOException {
		try (InputStream in = AccessibilityBrowserTests.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	List<Map<String, Object>> seriousViolations(DeskBrowser browser, String path) throws IOException {
		browser.open(path);
		return seriousViolationsHere(browser);
	}

	/** axe-core's serious and critical findings on the page as it is now (a dialog open, say). */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> seriousViolationsHere(DeskBrowser browser) throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		js.executeScript(axeSource());
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
				                 where: v.nodes.map(n => n.target.join(' ')).join(', ') }))))
				  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), where: '' }]));""");
		return (List<Map<String, Object>>) result;
	}

	@Test
	void theStoryEditorAndSubjectPagesOnTheDeskHaveNoSeriousOrCriticalViolations() throws IOException {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		TestSubjects make = new TestSubjects(context, editor.toActor());
		Organization agency = make.organization(TestSubjects.unique("Harbour Agency"), "HA");
		Article story = new TestArticles(articles, editor.toActor()).story("Desk accessibility")
			.body("<p>The Harbour Agency met.</p>").byline("Desk").about(agency.getId()).draft();
		try (DeskBrowser browser = new DeskBrowser(port)) {
			browser.open("/desk").signIn(editor.getUsername(), TestAccounts.PASSWORD);
			long picture = new TestPictures(context, editor.toActor()).upload("Desk accessibility picture").id();
			for (String path : List.of("/desk/articles/" + story.getId(), "/desk/organizations/" + agency.getId(),
					"/desk/people/new", "/desk/events", "/desk/media", "/desk/media/" + picture)) {
				assertThat(seriousViolations(browser, path)).as("axe violations on " + path).isEmpty();
			}
		}
	}

	@Test
	void readerPagesHaveNoSeriousOrCriticalViolations() throws IOException {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		TestSubjects make = new TestSubjects(context, editor.toActor());
		Organization operator = make.organization(TestSubjects.unique("North Wind Energy"), "the operator");
		Event opening = make.event(TestSubjects.unique("Wind farm opening"), "2026-11", null);
		TestArticles stories = new TestArticles(articles, editor.toActor());
		Article story = stories.story("Wind farm powers ten thousand homes").dek("The turbines started turning on Friday")
			.body("<p>The <a href=\"https://example.org\">operator</a> said output beat forecasts.</p>"
					+ "<h2>Next steps</h2><ul><li>A second site</li></ul>")
			.dateline("Esbjerg").byline("Energy Desk").about(operator.getId()).mentioning(opening.getId()).draft();
		org.dateline.media.ImageView picture = new TestPictures(context, editor.toActor()).upload("turbines.jpg", 1600,
				1000, new org.dateline.support.TestPhotos.Captioned("Turbines off the coast", "Ane Vik", "Energy Desk", null));
		context.getBean(org.dateline.article.ArticleImages.class).setLeadImage(story.getId(),
				new org.dateline.article.ArticleImages.LeadImage(picture.id(), null, "Wind turbines standing in a calm sea",
						false), editor.toActor());
		context.getBean(org.dateline.subject.SubjectImages.class).setImage(operator.getId(), picture.id());
		articles.publish(story.getId(), editor.toActor());
		stories.story("Turbines arrive by sea").body("<p>The blades came by barge.</p>").byline("Energy Desk")
			.about(operator.getId()).mentioning(opening.getId()).publish();

		try (DeskBrowser browser = new DeskBrowser(port)) {
			for (String path : List.of("/", "/articles/" + story.getSlug(), "/search?q=wind%20farm", "/sections/news",
					"/organizations/" + operator.getSlug(), "/events/" + opening.getSlug())) {
				assertThat(seriousViolations(browser, path)).as("axe violations on " + path).isEmpty();
			}
		}
	}

}
