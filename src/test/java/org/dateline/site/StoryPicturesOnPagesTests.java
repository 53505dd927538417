package org.dateline.site;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleImages;
import org.dateline.article.ArticleService;
import org.dateline.article.ArticleStatus;
import org.dateline.article.Byline;
import org.dateline.article.Mention;
import org.dateline.article.section.Section;
import org.dateline.article.section.SectionService;
import org.dateline.article.TestArticles;
import org.dateline.media.ImageView;
import org.dateline.media.MediaLibrary;
import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.dateline.shared.Role;
import org.dateline.subject.Person;
import org.dateline.subject.TestSubjects;
import org.dateline.support.IntegrationTest;
import org.dateline.support.SqlStatements;
import org.dateline.support.TestPhotos;
import org.dateline.support.TestPhotos.Captioned;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pictures where readers meet them outside the lead: figures in a story's body (own media only,
 * alt text required before publishing, responsive on the page) and the lead image on the teasers
 * of the front page, section pages and subject timelines, loaded for a whole page in one query.
 */
@IntegrationTest
class StoryPicturesOnPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleImages storyImages;

	@Autowired
	SectionService sections;

	@Autowired
	MediaLibrary library;

	@Autowired
	ApplicationContext context;

	Actor editor;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR).toActor();
	}

	ImageView upload(int width, int height, String credit) {
		return library.upload(new MediaLibrary.Upload("p.jpg", TestPhotos.photo(width, height,
				new Captioned("Picture " + UUID.randomUUID(), credit, "Wire", null), false, 1)), editor).image();
	}

	Article draft(String headline, String body, long sectionId, Mention... mentions) {
		return new TestArticles(articles, editor).story(headline).dek("A dek.").body(body).dateline("Tollan")
			.byline("Staff").section(sectionId).links(List.of(mentions)).draft();
	}

	static String figure(ImageView image, String altAttribute) {
		return "<figure><img src=\"/media/" + image.hash() + "/960.jpg\"" + altAttribute
				+ " width=\"960\" height=\"600\"><figcaption>Boats at dawn <span class=\"credit\">old credit</span>"
				+ "</figcaption></figure>";
	}

	Document page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(java.net.URI.create(path)).accept(MediaType.TEXT_HTML))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void aBodyFigureWithoutAltTextStopsPublishingAndReadersGetAResponsiveFigure() throws Exception {
		ImageView image = upload(1600, 1000, "Ada Holm");
		long news = articles.sections().get(0).getId();
		Article story = draft("Boats " + UUID.randomUUID(), "<p>Before.</p>" + figure(image, "")
				.replace(" alt=\"\"", "") + "<p>After.</p>", news);

		assertThatThrownBy(() -> articles.publish(story.getId(), editor)).isInstanceOf(DomainException.class)
			.hasMessageContaining("A picture in the body has no alt text");
		assertThat(articles.get(story.getId()).getStatus()).isEqualTo(ArticleStatus.DRAFT);

		articles.update(story.getId(), new SaveArticle(new ArticleContent(story.getHeadline(), "A dek.",
				"<p>Before.</p>" + figure(image, " alt=\"Fishing boats at a jetty\"") + "<p>After.</p>"
						+ "<figure><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"pasted\"></figure>"
						+ "<figure><img src=\"https://elsewhere.example/x.jpg\" alt=\"hotlinked\"></figure>",
				"Tollan", List.of(Byline.ofName("Staff")), List.of()), news, null,
				articles.get(story.getId()).getVersion()), editor);
		Article published = articles.publish(story.getId(), editor);
		assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);

		Document html = page("/articles/" + published.getSlug());
		assertThat(html.select(".body img")).as("only Dateline's own picture is left").hasSize(1);
		assertThat(html.html()).doesNotContain("data:image", "elsewhere.example");
		Element figure = html.selectFirst(".body figure.body-figure");
		Element source = figure.selectFirst("picture > source");
		Element img = figure.selectFirst("picture > img");
		assertThat(source.attr("type")).isEqualTo("image/webp");
		assertThat(source.attr("srcset")).contains("/media/" + image.hash() + "/320.webp 320w",
				"/media/" + image.hash() + "/1600.webp 1600w");
		assertThat(img.attr("srcset")).contains("/media/" + image.hash() + "/960.jpg 960w");
		assertThat(img.attr("sizes")).isEqualTo(BodyPictures.SIZES);
		assertThat(img.attr("src")).isEqualTo("/media/" + image.hash() + "/960.jpg");
		assertThat(img.attr("width")).isEqualTo("960");
		assertThat(img.attr("height")).isEqualTo("600");
		assertThat(img.attr("loading")).isEqualTo("lazy");
		assertThat(img.attr("alt")).isEqualTo("Fishing boats at a jetty");
		assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Boats at dawn Ada Holm / Wire");

		// once live, the body cannot lose a picture's alt text
		assertThatThrownBy(() -> articles.update(story.getId(), new SaveArticle(new ArticleContent(
				published.getHeadline(), "A dek.", figure(image, ""). replace(" alt=\"\"", ""), "Tollan",
				List.of(Byline.ofName("Staff")), List.of()), news, null, articles.get(story.getId()).getVersion()), editor))
			.isInstanceOf(DomainException.class).hasMessageContaining("no alt text");

		// a decorative picture (empty alt) may be published
		Article decorative = draft("Decorative " + UUID.randomUUID(), figure(image, " alt=\"\""), news);
		assertThat(articles.publish(decorative.getId(), editor).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(page("/articles/" + decorative.getSlug()).selectFirst(".body picture img").attr("alt")).isEmpty();
	}

	@Test
	void teasersShowTheLeadImageSmallWithTheStorysAltTextOnEveryList() throws Exception {
		Section section = sections.create("Harbour " + UUID.randomUUID().toString().substring(0, 6),
				"harbour-" + UUID.randomUUID().toString().substring(0, 8), 90);
		Person skipper = new TestSubjects(context, editor).person(TestSubjects.unique("Mara Skipper"));
		ImageView image = upload(1200, 900, "Lio Park");
		Article with = draft("Ferry timetable changes " + UUID.randomUUID(), "<p>Text.</p>", section.getId(),
				new Mention(skipper.getId(), Mention.Prominence.PRIMARY, Mention.Source.MANUAL));
		storyImages.setLeadImage(with.getId(), new ArticleImages.LeadImage(image.id(), null, "A ferry at the pier", false),
				editor);
		articles.publish(with.getId(), editor);
		Article without = draft("Harbour fees unchanged " + UUID.randomUUID(), "<p>Text.</p>", section.getId(),
				new Mention(skipper.getId(), Mention.Prominence.MENTIONED, Mention.Source.MANUAL));
		articles.publish(without.getId(), editor);

		for (String path : List.of("/", "/sections/" + section.getSlug(), "/people/" + skipper.getSlug())) {
			Document html = page(path);
			Element withTeaser = html.selectFirst("a:containsOwn(" + with.getHeadline() + ")").closest("li");
			Element withoutTeaser = html.selectFirst("a:containsOwn(" + without.getHeadline() + ")").closest("li");
			Element img = withTeaser.selectFirst("picture.teaser-picture img");
			assertThat(img).as(path).isNotNull();
			assertThat(img.attr("alt")).as(path).isEqualTo("A ferry at the pier");
			assertThat(img.attr("src")).as(path).isEqualTo("/media/" + image.hash() + "/4x3-50x50-320.jpg");
			assertThat(img.attr("width")).as(path).isEqualTo("320");
			assertThat(img.attr("height")).as(path).isEqualTo("240");
			assertThat(withTeaser.selectFirst("picture.teaser-picture source").attr("srcset")).as(path)
				.contains("4x3-50x50-640.webp 640w");
			assertThat(withoutTeaser.select("picture")).as(path).isEmpty();
		}
		assertThat(page("/people/" + skipper.getSlug()).selectFirst("picture.teaser-picture img").attr("loading"))
			.isEqualTo("lazy");
	}

	@Test
	void aListOfTeasersWithPicturesRunsOneQueryForAllOfThemWhateverItsLength() throws Exception {
		Section one = sections.create("Quay one " + UUID.randomUUID().toString().substring(0, 6),
				"quay-one-" + UUID.randomUUID().toString().substring(0, 8), 91);
		Section many = sections.create("Quay many " + UUID.randomUUID().toString().substring(0, 6),
				"quay-many-" + UUID.randomUUID().toString().substring(0, 8), 92);
		Section none = sections.create("Quay none " + UUID.randomUUID().toString().substring(0, 6),
				"quay-none-" + UUID.randomUUID().toString().substring(0, 8), 93);
		publishWithLead(one, 1);
		publishWithLead(many, 6);
		articles.publish(draft("No picture " + UUID.randomUUID(), "<p>Text.</p>", none.getId()).getId(), editor);

		int withOne = statements("/sections/" + one.getSlug());
		int withMany = statements("/sections/" + many.getSlug());
		int withNone = statements("/sections/" + none.getSlug());
		assertThat(withMany).isEqualTo(withOne);
		assertThat(withOne).as("the teasers' images: one query, none when no teaser has a picture")
			.isEqualTo(withNone + 1);
	}

	private void publishWithLead(Section section, int stories) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < stories; i++) {
			ImageView image = upload(800, 600, "Staff");
			Article story = draft("Quay story " + i + " " + UUID.randomUUID(), "<p>Text.</p>", section.getId());
			storyImages.setLeadImage(story.getId(), new ArticleImages.LeadImage(image.id(), null, "Quay " + i, false),
					editor);
			ids.add(articles.publish(story.getId(), editor).getId());
		}
		assertThat(ids).hasSize(stories);
	}

	private int statements(String path) throws Exception {
		SqlStatements.record();
		page(path);
		List<String> statements = SqlStatements.stop();
		assertThat(statements).as(path).isNotEmpty();
		return statements.size();
	}

}
