package org.dateline.desk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.subject.Person;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.dateline.support.TestPictures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every script and stylesheet a desk page names is there: a page that names a file the build no
 * longer ships (a webjar upgraded, a script renamed) would lose its editor or its uploads without
 * a word. Webjar files are named without their version, which lives in the build alone.
 */
@IntegrationTest
class DeskAssetsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyScriptAndStylesheetOnTheDeskPagesAnswers() throws Exception {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
		Person person = new TestSubjects(context, editor.toActor()).person(TestSubjects.unique("Asset Checker"));
		Article story = new TestArticles(context, editor.toActor()).story("Every asset answers").about(person.getId())
			.draft();
		long picture = new TestPictures(context, editor.toActor()).upload("Every asset answers").id();

		Set<String> assets = new LinkedHashSet<>();
		for (String page : List.of("/desk", "/desk/articles/new", "/desk/articles/" + story.getId(),
				"/desk/people/" + person.getId(), "/desk/people/new", "/desk/media", "/desk/media/" + picture)) {
			MockHttpServletResponse response = mvc.perform(get(page).with(user(editor))).andReturn().getResponse();
			assertThat(response.getStatus()).as(page).isEqualTo(200);
			Document html = Jsoup.parse(response.getContentAsString());
			List<String> named = new ArrayList<>(html.select("script[src]").eachAttr("src"));
			named.addAll(html.select("link[rel=stylesheet][href]").eachAttr("href"));
			assertThat(named).as("the files " + page + " names").isNotEmpty();
			assets.addAll(named);
		}
		// the page gets the webjar's versioned address, which the build's version decides
		assertThat(assets).as("the story editor's rich-text editor and its stylesheet")
			.anyMatch(url -> url.matches("/webjars/quill/[^/]+/dist/quill\\.min\\.js"))
			.anyMatch(url -> url.matches("/webjars/quill/[^/]+/dist/quill\\.snow\\.css"));
		assets.add("/webjars/quill/dist/quill.min.js");
		for (String asset : assets) {
			MockHttpServletResponse file = mvc.perform(get(asset)).andReturn().getResponse();
			assertThat(file.getStatus()).as(asset).isEqualTo(200);
			assertThat(file.getContentAsByteArray()).as(asset).isNotEmpty();
		}
	}

	@Test
	void noTemplateNamesAWebjarVersion() throws Exception {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		for (Resource template : templates) {
			String text = template.getContentAsString(StandardCharsets.UTF_8);
			assertThat(text).as(template.getFilename()).doesNotContainPattern("/webjars/[^/\"]+/\\d");
		}
	}

}
