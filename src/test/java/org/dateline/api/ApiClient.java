package org.dateline.api;

import java.util.concurrent.atomic.AtomicInteger;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.section.SectionService;
import org.dateline.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a content-API test starts from: an editor to write the stories, an API key for the
 * client, and a section of its own, so that a list filtered by it holds only the test's stories
 * (the shared test database keeps every other test's). Calls go through MockMvc with the key.
 */
final class ApiClient {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final DeskUser editor;

	final String token;

	final long section;

	final String sectionSlug;

	private final MockMvc mvc;

	private final ObjectMapper json;

	ApiClient(ApplicationContext context, String purpose) {
		int n = SEQUENCE.incrementAndGet();
		this.editor = new TestAccounts(context).create(Role.EDITOR);
		this.token = context.getBean(ApiKeys.class).create(purpose + " " + n, null, editor.toActor()).token();
		SectionService sections = context.getBean(SectionService.class);
		this.section = sections.create(purpose + " " + n + "x" + System.nanoTime() % 100000, null, 50).getId();
		this.sectionSlug = sections.get(section).getSlug();
		this.mvc = context.getBean(MockMvc.class);
		this.json = context.getBean(ObjectMapper.class);
	}

	/** The request sent with the client's key. */
	MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
	}

	/** The JSON of a response that must be a 200. */
	JsonNode ok(MockHttpServletResponse response, String what) throws Exception {
		assertThat(response.getStatus()).as(what + ": " + response.getContentAsString()).isEqualTo(200);
		return json.readTree(response.getContentAsString());
	}

}
