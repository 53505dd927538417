package org.dateline.site;

import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.article.CorrectionKind;
import org.dateline.article.frontpage.FrontPageService;
import org.dateline.article.section.SectionService;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The reader site as readers, feed readers and search engines meet it: front page, sections,
 * search, feeds, sitemaps, structured data and HTTP caching. Unpublished and scheduled stories
 * never appear anywhere.
 */
@IntegrationTest
class ReaderSiteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	SectionService sections;

	@Autowired
	FrontPageService frontPage;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationContext context;

	DeskUser editor;

	static int sequence;

	@BeforeEach
	void setUp() {
		editor = new TestAccounts(context).create(Role.EDITOR);
	}

	long sectionNamed(String name) {
		return sections.all().stream().filter(s -> s.getName().equals(name)).findFirst()
			.orElseGet(() -> sections.create(name, null, 5)).getId();
	}

	Article publish(String headline, String dek, String body, long section) {
		return new TestArticles(articles, editor.toActor()).story(headline).dek(dek).body(body).dateline("Vilnius")
			.byline("Baltic Desk").section(section).publish();
	}

	Article draft(String headline, String body, long section) {
		return new TestArticles(articles, editor.toActor()).story(headline).body(body).section(section).draft();
	}

	String page(String path) throws Exception {
		return mvc.perform(get(java.net.URI.create(path)).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void theFrontPageShowsTopStoriesInTheEditorsOrderThenLatestThenSections() throws Exception {
		long culture = sectionNamed("Culture");
		Article first = publish("Opera house reopens after restoration", null, "<p>Gilded.</p>", culture);
		Article second = publish("Choir tours northern towns", null, "<p>Songs.</p>", culture);
		Article hidden = draft("Unfinished review of the season", "<p>Draft.</p>", culture);
		frontPage.add(first.getId());
		frontPage.add(second.getId());
		frontPage.add(hidden.getId());
		frontPage.move(second.getId(), -1);

		Document front = Jsoup.parse(page("/"));
		assertThat(front.select(".top-stories h3").eachText())
			.containsSubsequence("Choir tours northern towns", "Opera house reopens after restoration")
			.doesNotContain("Unfinished review of the season");
		assertThat(front.select(".latest h3").eachText()).contains("Choir tours northern towns");
		assertThat(front.select("#section-culture").text()).isEqualTo("Culture");
		assertThat(front.select(".section-block").text()).contains("Opera house reopens after restoration");
		frontPage.remove(first.getId());
		frontPage.remove(second.getId());
		frontPage.remove(hidden.getId());
	}

	@Test
	void sectionPagesArePaginatedAtStableUrls() throws Exception {
		long section = sections.create("Transport " + (++sequence), null, 7).getId();
		String slug = sections.get(section).getSlug();
		for (int i = 1; i <= 22; i++) {
			publish("Transport story number " + i, null, "<p>Route " + i + ".</p>", section);
		}
		Document first = Jsoup.parse(page("/sections/" + slug));
		assertThat(first.select(".section-list .teaser")).hasSize(20);
		assertThat(first.select(".section-list h3").first().text()).isEqualTo("Transport story number 22");
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/sections/" + slug + "?page=2");
		Document second = Jsoup.parse(page("/sections/" + slug + "?page=2"));
		assertThat(second.select(".section-list h3").eachText())
			.containsExactly("Transport story number 2", "Transport story number 1");
		assertThat(second.select("link[rel=canonical]").attr("href")).endsWith("/sections/" + slug + "?page=2");

		assertThat(mvc.perform(get("/sections/" + slug + "?page=3")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/sections/" + slug + "?page=abc")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/sections/no-such-section")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void searchRanksHeadlinesFirstHighlightsMatchesAndHonoursOperators() throws Exception {
		long news = articles.sections().get(0).getId();
		publish("Lighthouse keepers return", "Coastal guard rehired", "<p>The old towers are staffed again.</p>", news);
		publish("Harbour budget approved", null,
				"<p>Money for the lighthouse was part of it, and for the pier.</p>", news);
		draft("Lighthouse draft never published", "<p>Lighthouse secrets.</p>", news);

		Document results = Jsoup.parse(page("/search?q=lighthouse"));
		assertThat(results.select(".result h2").eachText())
			.containsExactly("Lighthouse keepers return", "Harbour budget approved");
		assertThat(results.select(".result .snippet mark").eachText()).contains("lighthouse");
		assertThat(results.select(".result-count").text()).isEqualTo("2 stories match");

		assertThat(Jsoup.parse(page("/search?q=lighthouse%20-pier")).select(".result h2").eachText())
			.containsExactly("Lighthouse keepers return");
		assertThat(Jsoup.parse(page("/search?q=%22towers%20are%20staffed%22")).select(".result h2").eachText())
			.containsExactly("Lighthouse keepers return");
		assertThat(Jsoup.parse(page("/search?q=%22staffed%20towers%22")).select(".result h2")).isEmpty();
	}

	@Test
	void searchFiltersBySectionAndDate() throws Exception {
		long sport = sectionNamed("Sport");
		publish("Rowing club wins regatta", null, "<p>The regatta drew crowds.</p>", sport);
		publish("Regatta traffic plan", null, "<p>Regatta roads close.</p>", articles.sections().get(0).getId());
		assertThat(Jsoup.parse(page("/search?q=regatta&section=sport")).select(".result h2").eachText())
			.containsExactly("Rowing club wins regatta");
		String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString().substring(0, 10);
		assertThat(Jsoup.parse(page("/search?q=regatta&from=" + tomorrow)).select(".result h2")).isEmpty();
		assertThat(Jsoup.parse(page("/search?q=regatta&to=not-a-date")).select(".note").text())
			.contains("A date was not understood");
	}

	@Test
	void emptyNonsenseAndOverlongQueriesGetHelpNotErrors() throws Exception {
		assertThat(Jsoup.parse(page("/search")).select(".search-help").text()).contains("Put a phrase in quotes");
		assertThat(Jsoup.parse(page("/search?q=the%20and%20of")).select(".search-help").text())
			.contains("has no words we can search for");
		assertThat(Jsoup.parse(page("/search?q=%21%21%21%20%26%26%20%7C%7C%20%28%29")).select(".search-help").text())
			.contains("has no words we can search for");
		assertThat(Jsoup.parse(page("/search?q=zzqqxxnonword")).select(".search-help").text())
			.contains("No stories match");
		Document longQuery = Jsoup.parse(page("/search?q=" + "word%20".repeat(200)));
		assertThat(longQuery.select(".note").text()).contains("only the first 500 were used");
		assertThat(longQuery.select("#q").attr("value")).hasSize(500);
	}

	@Test
	void feedsParseAndCarryOnlyPublishedStories() throws Exception {
		long science = sectionNamed("Science");
		publish("Comet visible this weekend", "Look north after dusk", "<p>Clear skies expected.</p>", science);
		draft("Comet draft kept back", "<p>No.</p>", science);

		SyndFeed site = feed("/feed.atom");
		assertThat(site.getFeedType()).isEqualTo("atom_1.0");
		assertThat(site.getEntries()).extracting(SyndEntry::getTitle)
			.contains("Comet visible this weekend").doesNotContain("Comet draft kept back");
		SyndEntry entry = site.getEntries().stream().filter(e -> e.getTitle().equals("Comet visible this weekend"))
			.findFirst().orElseThrow();
		assertThat(entry.getLink()).startsWith("http://localhost").endsWith("/articles/comet-visible-this-weekend");
		assertThat(entry.getAuthors()).extracting(a -> a.getName()).containsExactly("Baltic Desk");
		assertThat(entry.getContents().get(0).getValue()).contains("Clear skies expected.");

		SyndFeed section = feed("/sections/science/feed.atom");
		assertThat(section.getTitle()).startsWith("Science");
		assertThat(section.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Comet visible this weekend");
	}

	SyndFeed feed(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		return new SyndFeedInput().build(new StringReader(response.getContentAsString()));
	}

	@Test
	void sitemapsValidateAndListOnlyPublishedStories() throws Exception {
		Article live = publish("Sitemap listed story", null, "<p>Yes.</p>", articles.sections().get(0).getId());
		Article hidden = draft("Sitemap hidden draft", "<p>No.</p>", articles.sections().get(0).getId());

		String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		validate(sitemap);
		assertThat(sitemap).contains("/articles/" + live.getSlug()).doesNotContain(hidden.getSlug());

		String news = mvc.perform(get("/news-sitemap.xml")).andReturn().getResponse().getContentAsString();
		validate(news);
		assertThat(news).contains("/articles/" + live.getSlug(), "<news:title>Sitemap listed story</news:title>")
			.doesNotContain(hidden.getSlug());

		String robots = mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString();
		assertThat(robots).contains("Disallow: /desk", "Sitemap: http://localhost:8080/sitemap.xml");
	}

	@Test
	void aLargeSiteGetsASitemapIndexWhosePagesValidate() throws Exception {
		for (int i = 0; i < 3; i++) {
			publish("Index page story " + i, null, "<p>x</p>", articles.sections().get(0).getId());
		}
		SitemapController small = new SitemapController(context.getBean(org.dateline.article.reader.ReaderArticles.class),
				context.getBean(SiteUrls.class), context.getBean(org.dateline.shared.DatelineProperties.class), 2,
				java.time.Clock.systemUTC(), context.getBean(org.dateline.coverage.SubjectListings.class),
				context.getBean(org.dateline.cache.ResponseKeys.class));
		org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
				new org.springframework.web.context.request.ServletRequestAttributes(
						new org.springframework.mock.web.MockHttpServletRequest()));
		try {
			String index = small.sitemap().getBody();
			validate(index);
			assertThat(index).contains("<sitemapindex", "/sitemap-1.xml", "/sitemap-2.xml");
			validate(small.sitemapPage("2").getBody());
		}
		finally {
			org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
		}
	}

	static void validate(String xml) throws Exception {
		URL sitemapXsd = ReaderSiteTests.class.getResource("/xsd/sitemap.xsd");
		URL newsXsd = ReaderSiteTests.class.getResource("/xsd/news-sitemap.xsd");
		var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new StreamSource[] { new StreamSource(sitemapXsd.toString()), new StreamSource(newsXsd.toString()) });
		schema.newValidator().validate(new StreamSource(new StringReader(xml)));
	}

	@Test
	void theStoryCarriesNewsArticleStructuredDataAndSocialTags() throws Exception {
		Article article = publish("Parliament passes water bill </script><b>", "Vote ends a long dispute",
				"<p>The bill passed.</p>", articles.sections().get(0).getId());
		articles.addCorrection(article.getId(), CorrectionKind.CORRECTION, "The vote count was 71 to 30.",
				editor.toActor());
		Document story = Jsoup.parse(page("/articles/" + article.getSlug()));

		JsonNode data = json.readTree(story.select("script[type=application/ld+json]").first().data());
		assertThat(data.get("@context").asText()).isEqualTo("https://schema.org");
		assertThat(data.get("@type").asText()).isEqualTo("NewsArticle");
		assertThat(data.get("headline").asText()).isEqualTo("Parliament passes water bill </script><b>");
		assertThat(data.get("url").asText()).isEqualTo("http://localhost:8080/articles/" + article.getSlug());
		assertThat(Instant.parse(data.get("datePublished").asText().replace("Z", "Z"))).isNotNull();
		assertThat(data.get("author").get(0).get("@type").asText()).isEqualTo("Person");
		assertThat(data.get("author").get(0).get("name").asText()).isEqualTo("Baltic Desk");
		assertThat(data.get("publisher").get("@type").asText()).isEqualTo("NewsMediaOrganization");
		assertThat(data.get("dateline").asText()).isEqualTo("Vilnius");
		assertThat(data.get("correction").get(0).get("text").asText()).isEqualTo("The vote count was 71 to 30.");

		assertThat(story.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(story.select("meta[property=og:title]").attr("content")).isEqualTo("Parliament passes water bill </script><b>");
		assertThat(story.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(story.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/articles/" + article.getSlug());
		assertThat(story.select(".correction").text()).contains("Correction", "The vote count was 71 to 30.");
	}

	@Test
	void readerPagesAreCacheableAndAnswerConditionalRequestsWith304() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/")).andReturn().getResponse();
		assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=60, stale-while-revalidate=600");
		assertThat(first.getHeader("ETag")).isNotBlank();
		assertThat(first.getHeader("Set-Cookie")).as("reader pages set no cookie").isNull();

		MockHttpServletResponse again = mvc.perform(get("/").header("If-None-Match", first.getHeader("ETag")))
			.andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(304);

		publish("Breaking: ferry service resumes", null, "<p>Boats sail.</p>", articles.sections().get(0).getId());
		MockHttpServletResponse changed = mvc.perform(get("/").header("If-None-Match", first.getHeader("ETag")))
			.andReturn().getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains("Breaking: ferry service resumes");

		MockHttpServletResponse feed = mvc.perform(get("/feed.atom")).andReturn().getResponse();
		assertThat(feed.getHeader("Cache-Control")).contains("public");
		assertThat(mvc.perform(get("/feed.atom").header("If-None-Match", feed.getHeader("ETag"))).andReturn()
			.getResponse().getStatus()).isEqualTo(304);
	}

	@Test
	void unpublishedAndScheduledStoriesAreNotFoundAnywhere() throws Exception {
		long news = articles.sections().get(0).getId();
		Article scheduled = draft("Embargoed quarterly zephyrfigures", "<p>zephyrfigures</p>", news);
		articles.schedule(scheduled.getId(), Instant.now().plus(30, ChronoUnit.DAYS), editor.toActor());
		Article pulled = publish("Pulled zephyrfigures story", null, "<p>zephyrfigures</p>", news);
		articles.unpublish(pulled.getId(), editor.toActor());

		for (Article article : List.of(articles.get(scheduled.getId()), articles.get(pulled.getId()))) {
			MockHttpServletResponse story = mvc.perform(get("/articles/" + article.getSlug())).andReturn().getResponse();
			assertThat(story.getStatus()).isEqualTo(404);
			assertThat(story.getHeader("Cache-Control")).as("a 404 is never cached").isEqualTo("no-store");
			assertThat(page("/")).doesNotContain(article.getHeadline());
			assertThat(page("/sections/news")).doesNotContain(article.getHeadline());
			assertThat(mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString())
				.doesNotContain(article.getHeadline());
			assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
				.doesNotContain(article.getSlug());
			assertThat(mvc.perform(get("/news-sitemap.xml")).andReturn().getResponse().getContentAsString())
				.doesNotContain(article.getSlug());
		}
		assertThat(Jsoup.parse(page("/search?q=zephyrfigures")).select(".search-help").text()).contains("No stories match");
	}

	@Test
	void deskPagesAreNeverCached() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/login")).andReturn().getResponse();
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void theInAppPageCacheNeverServesAPageFromBeforeAChange() throws Exception {
		Article article = publish("Bakery wins regional prize", null, "<p>First text.</p>",
				articles.sections().get(0).getId());
		String path = "/articles/" + article.getSlug();
		assertThat(page(path)).contains("First text.");
		assertThat(page(path)).as("served again, now from the cache").contains("First text.");

		articles.update(article.getId(), new SaveArticle(new ArticleContent("Bakery wins regional prize", null,
				"<p>Corrected text.</p>", "Vilnius"), articles.sections().get(0).getId(), null,
				articles.get(article.getId()).getVersion()), editor.toActor());
		String updated = page(path);
		assertThat(updated).contains("Corrected text.").doesNotContain("First text.");
		assertThat(Jsoup.parse(updated).select(".updated").text()).as("live edits show Updated <time>")
			.startsWith("· Updated");

		articles.unpublish(article.getId(), editor.toActor());
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

}
