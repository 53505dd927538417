package org.dateline.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dateline.article.Article;
import org.dateline.article.ArticleImages;
import org.dateline.article.ArticleService;
import org.dateline.article.Byline;
import org.dateline.article.section.SectionService;
import org.dateline.article.TestArticles;
import org.dateline.media.ImageView;
import org.dateline.site.SiteUrls;
import org.dateline.subject.Organization;
import org.dateline.subject.Person;
import org.dateline.subject.SubjectImages;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.dateline.support.SqlStatements;
import org.dateline.support.TestPhotos;
import org.dateline.support.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pictures in the content API as a client meets them: a story's lead image and body figures, a
 * person's portrait and an organization's logo, each with this use's caption, credit and alt text
 * and renditions at absolute addresses of the site's public URL (never the request's Host) that
 * really serve the picture; and a page's pictures read in one query however many stories it has.
 */
@IntegrationTest
class ApiPicturesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleImages storyImages;

	@Autowired
	SubjectImages subjectImages;

	@Autowired
	SiteUrls siteUrls;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(context, "Picture tests");
	}

	/** A picture no other test uploaded: the library keeps one copy of the same bytes. */
	ImageView upload(String caption) {
		return upload(caption, 1300 + (int) (System.nanoTime() % 250));
	}

	/** A small picture is quicker to make renditions of, for tests that need many. */
	ImageView upload(String caption, int width) {
		return new TestPictures(context, api.editor.toActor()).upload("picture.jpg", width, width * 2 / 3,
				new TestPhotos.Captioned(caption, "Ria Moss", "Delta Wire", "Delta Wire 2026"));
	}

	static String figure(ImageView image, String alt, String caption) {
		return "<figure><img src=\"/media/" + image.hash() + "/960.jpg\" alt=\"" + alt + "\" width=\"960\" height=\"640\">"
				+ "<figcaption>" + caption + " <span class=\"credit\">Staff photographer</span></figcaption></figure>";
	}

	Article publishWithPictures(String headline, ImageView lead, ImageView inBody) {
		Article article = new TestArticles(articles, api.editor.toActor()).story(headline)
			.body("<p>Before the figure.</p>" + figure(inBody, "Cranes lifting a hull", "The yard at noon") + "<p>After it.</p>")
			.dateline("Odenburg").byline("Harbour Desk").section(api.section).draft();
		storyImages.setLeadImage(article.getId(),
				new ArticleImages.LeadImage(lead.id(), "The dock this morning", "A dry dock with a ship in it", false),
				api.editor.toActor());
		return articles.publish(article.getId(), api.editor.toActor());
	}

	MockHttpServletResponse call(String path) throws Exception {
		return api.call(get(java.net.URI.create(path)).header("Host", "forged.example"));
	}

	JsonNode body(String path) throws Exception {
		MockHttpServletResponse response = call(path);
		JsonNode body = api.ok(response, path);
		assertThat(response.getContentAsString()).doesNotContain("forged.example");
		return body;
	}

	@Test
	void aStoryCarriesItsLeadImageAndBodyFiguresWithEveryRendition() throws Exception {
		ImageView lead = upload("Dry dock, original caption");
		ImageView inBody = upload("Shipyard cranes");
		Article story = publishWithPictures("Shipyard wins a new order", lead, inBody);

		JsonNode view = body("/api/v1/stories/" + story.getSlug());
		JsonNode picture = view.get("leadImage");
		assertThat(picture.get("id").asLong()).isEqualTo(lead.id());
		assertThat(picture.get("caption").asString()).isEqualTo("The dock this morning");
		assertThat(picture.get("altText").asString()).isEqualTo("A dry dock with a ship in it");
		assertThat(picture.get("decorative").asBoolean()).isFalse();
		assertThat(picture.get("credit").asString()).isEqualTo("Ria Moss / Delta Wire");
		assertThat(picture.get("copyright").asString()).isEqualTo("Delta Wire 2026");
		assertThat(picture.get("width").asInt()).isEqualTo(lead.width());
		assertThat(picture.get("height").asInt()).isEqualTo(lead.height());
		List<String> whole = new ArrayList<>();
		picture.get("renditions").forEach(r -> whole.add(r.get("width").asInt() + "." + r.get("format").asString()));
		assertThat(whole).containsExactly("320.webp", "640.webp", "960.webp", "1200.webp", "320.jpg", "640.jpg",
				"960.jpg", "1200.jpg");
		String base = siteUrls.base();
		picture.get("renditions").forEach(r -> {
			assertThat(r.get("url").asString()).startsWith(base + "/media/" + lead.hash() + "/");
			assertThat(r.get("height").asInt()).isEqualTo(Math.round((float) lead.height() * r.get("width").asInt() / lead.width()));
		});
		List<String> crops = new ArrayList<>();
		picture.get("crops").forEach(c -> crops.add(c.get("crop").asString()));
		assertThat(crops).containsExactly("16x9", "4x3", "1x1");
		JsonNode wide = picture.get("crops").get(0).get("renditions").get(0);
		assertThat(wide.get("height").asInt() * 16).isEqualTo(wide.get("width").asInt() * 9);
		assertThat(wide.get("url").asString()).contains("/16x9-");

		assertThat(view.get("figures")).hasSize(1);
		JsonNode figure = view.get("figures").get(0);
		assertThat(figure.get("id").asLong()).isEqualTo(inBody.id());
		assertThat(figure.get("caption").asString()).isEqualTo("The yard at noon");
		assertThat(figure.get("credit").asString()).isEqualTo("Staff photographer");
		assertThat(figure.get("altText").asString()).isEqualTo("Cranes lifting a hull");

		// every address is one the site really serves: the picture, in the size it claims
		for (JsonNode rendition : List.of(picture.get("renditions").get(4), wide, figure.get("renditions").get(0))) {
			String path = rendition.get("url").asString().substring(base.length());
			MockHttpServletResponse served = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(served.getStatus()).as(path).isEqualTo(200);
			assertThat(served.getContentType()).isEqualTo(rendition.get("mediaType").asString());
			assertThat(served.getContentAsByteArray().length).isPositive();
		}

		// the same pictures in the list
		JsonNode listed = body("/api/v1/stories?section=" + api.sectionSlug).get("items").get(0);
		assertThat(listed.get("leadImage").get("id").asLong()).isEqualTo(lead.id());
		assertThat(listed.get("figures").get(0).get("id").asLong()).isEqualTo(inBody.id());
	}

	@Test
	void aStoryWithoutPicturesSaysSoAndADecorativeFigureHasEmptyAltText() throws Exception {
		ImageView inBody = upload("A texture");
		Article story = new TestArticles(articles, api.editor.toActor()).story("Council meets on Tuesday")
			.body("<p>No lead.</p>" + figure(inBody, "", "A pattern")).section(api.section).publish();
		JsonNode view = body("/api/v1/stories/" + story.getSlug());
		assertThat(view.get("leadImage").isNull()).isTrue();
		assertThat(view.get("figures").get(0).get("decorative").asBoolean()).isTrue();
		assertThat(view.get("figures").get(0).get("altText").asString()).isEmpty();
	}

	@Test
	void aPageOfStoriesReadsAllItsPicturesInOneQuery() throws Exception {
		publishWithPictures("Picture page story 1", upload("One", small()), upload("Two", small()));
		// the key's first use of the minute writes its last-used time; count from the second request.
		// Each query string is asked once, so that every counted page is built, not served as kept.
		String list = "/api/v1/stories?section=" + api.sectionSlug;
		statements(list);
		int one = pageStatements(list + "&limit=20").size();
		for (int i = 2; i <= 3; i++) {
			publishWithPictures("Picture page story " + i, upload("Lead " + i, small()), upload("Figure " + i, small()));
		}
		JsonNode page = body(list);
		assertThat(page.get("items")).hasSize(3);
		page.get("items").forEach(s -> {
			assertThat(s.get("leadImage").isNull()).isFalse();
			assertThat(s.get("figures")).hasSize(1);
		});
		List<String> three = pageStatements(list + "&limit=19");
		assertThat(three).hasSize(one);
		assertThat(three.stream().filter(sql -> sql.contains(" image ") || sql.contains(" image i")).count())
			.as("queries on the image table: " + three).isEqualTo(1);
	}

	/** The statements building the page ran, without the rate limit's (which a busy key writes only now and then). */
	private List<String> pageStatements(String path) throws Exception {
		SqlStatements.record();
		assertThat(call(path).getStatus()).isEqualTo(200);
		return SqlStatements.stop().stream().filter(sql -> !sql.contains("api_rate_limit")).toList();
	}

	@Test
	void peopleAndOrganizationsCarryTheirPortraitOrLogo() throws Exception {
		Instant before = Instant.now();
		TestSubjects make = new TestSubjects(context, api.editor.toActor());
		Person person = make.person(TestSubjects.unique("Ilse Brandvold"));
		Organization organization = make.organization(TestSubjects.unique("Quay Rowing Club"));
		Person without = make.person(TestSubjects.unique("Jonas Vik"));
		ImageView portrait = upload("Ilse Brandvold at the quay");
		ImageView logo = upload("The club's oar badge");
		subjectImages.setImage(person.getId(), portrait.id());
		subjectImages.setImage(organization.getId(), logo.id());

		JsonNode one = body("/api/v1/people/" + person.getSlug());
		assertThat(one.get("image").get("id").asLong()).isEqualTo(portrait.id());
		assertThat(one.get("image").get("altText").asString()).isEqualTo(person.getName());
		assertThat(one.get("image").get("credit").asString()).isEqualTo("Ria Moss / Delta Wire");
		assertThat(one.get("image").get("crops").get(2).get("crop").asString()).isEqualTo("1x1");
		assertThat(one.get("image").get("crops").get(2).get("renditions").get(0).get("url").asString())
			.startsWith(siteUrls.base() + "/media/" + portrait.hash() + "/1x1-");
		assertThat(body("/api/v1/organizations/" + organization.getSlug()).get("image").get("id").asLong())
			.isEqualTo(logo.id());
		assertThat(body("/api/v1/people/" + without.getSlug()).has("image")).isFalse();

		String people = "/api/v1/people?limit=100&updated_since=" + before;
		JsonNode list = body(people);
		JsonNode listed = null;
		for (JsonNode item : list.get("items")) {
			if (item.get("id").asLong() == person.getId()) {
				listed = item;
			}
			else if (item.get("id").asLong() == without.getId()) {
				assertThat(item.has("image")).isFalse();
			}
		}
		assertThat(listed).isNotNull();
		assertThat(listed.get("image").get("id").asLong()).isEqualTo(portrait.id());
		// the list's pictures come in one query
		SqlStatements.record();
		call(people);
		List<String> statements = SqlStatements.stop();
		assertThat(statements.stream().filter(sql -> sql.contains(" image ") || sql.contains(" image i")).count())
			.as("queries on the image table: " + statements).isEqualTo(1);
	}

	private static int small() {
		return 400 + (int) (System.nanoTime() % 200);
	}

	private int statements(String path) throws Exception {
		SqlStatements.record();
		assertThat(call(path).getStatus()).isEqualTo(200);
		return SqlStatements.stop().size();
	}

}
