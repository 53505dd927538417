package org.dateline.demo;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo newsroom loads into an empty database of its own (this class has its own context and
 * database) and gives a newcomer a site where timelines and expanded coverage show something real.
 */
@SpringBootTest(properties = "dateline.demo=true")
@AutoConfigureMockMvc
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY, type = AutoConfigureEmbeddedDatabase.DatabaseType.POSTGRES)
class DemoNewsroomTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoNewsroom demo;

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

	@Test
	void theDemoFillsTheNewsroomWithLinkedPeopleOrganizationsEventsAndStories() {
		assertThat(count("select count(*) from subject where kind = 'PERSON'")).isGreaterThanOrEqualTo(15);
		assertThat(count("select count(*) from subject where kind = 'ORGANIZATION'")).isGreaterThanOrEqualTo(10);
		assertThat(count("select count(*) from subject where kind = 'EVENT'")).isGreaterThanOrEqualTo(8);
		assertThat(count("select count(*) from article where status = 'PUBLISHED' and published_at <= now()"))
			.isGreaterThanOrEqualTo(30);
		assertThat(count("select count(*) from affiliation")).isGreaterThanOrEqualTo(15);
		assertThat(count("select count(*) from event_participant")).isGreaterThanOrEqualTo(8);
		assertThat(count("select count(*) from event_follow_up")).isGreaterThanOrEqualTo(2);
		assertThat(count("select count(*) from app_user where username <> 'admin'")).isGreaterThanOrEqualTo(4);
		assertThat(count("""
				select count(*) from subject s
				where not exists (select 1 from article_mention m where m.subject_id = s.id and m.published_at is not null)"""))
			.as("subjects no published story links").isZero();
		assertThat(demo.newsroomIsEmpty()).isFalse();
	}

	@Test
	void storiesShowLinkedSubjectsAndExpandedCoverage() throws Exception {
		String slug = jdbc.sql("""
				select a.slug from article a join article_mention m on m.article_id = a.id
				where a.status = 'PUBLISHED' group by a.id, a.slug order by count(*) desc, a.id limit 1""")
			.query(String.class).single();
		Document story = page("/articles/" + slug);
		assertThat(story.select(".story-subjects li")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(story.select(".body a.subject-link")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(story.select(".expanded-coverage li")).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void subjectPagesHaveTimelinesSpanningMonths() throws Exception {
		String slug = jdbc.sql("""
				select s.slug from subject s join article_mention m on m.subject_id = s.id
				where s.kind = 'PERSON' group by s.id, s.slug order by count(*) desc, s.id limit 1""")
			.query(String.class).single();
		Document person = page("/people/" + slug);
		assertThat(person.select(".timeline-list li")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(person.select(".timeline-month")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(person.select(".subject-role").text()).isNotBlank();
		assertThat(person.select("#companions-heading + ul li")).isNotEmpty();
	}

}
