package org.dateline.api;

import java.util.List;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.shared.Role;
import org.dateline.support.HtmlChecker;
import org.dateline.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What an admin does at /desk/api-keys and /desk/webhooks, through the real forms. */
@IntegrationTest
class DeskApiAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	WebhookEndpoints endpoints;

	DeskUser admin;

	@BeforeEach
	void setUp() {
		admin = new TestAccounts(context).create(Role.ADMIN);
	}

	/** A desk page, as the browser gets it after the redirect from {@code after} (if any). */
	String page(String path, MvcResult after) throws Exception {
		var request = get(path).with(user(admin)).accept(MediaType.TEXT_HTML);
		if (after != null) {
			FlashMap flash = after.getFlashMap();
			flash.forEach(request::flashAttr);
			for (jakarta.servlet.http.Cookie cookie : after.getResponse().getCookies()) {
				request.cookie(cookie);
			}
		}
		String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
		assertThat(HtmlChecker.errors(html)).as("HTML errors in " + path).isEmpty();
		return html;
	}

	@Test
	void anAdminMakesAKeySeesItsTokenOnceAndRevokesIt() throws Exception {
		MvcResult made = mvc.perform(post("/desk/api-keys").with(user(admin)).with(csrf())
			.param("name", "Newsletter service").param("rateLimit", "120")).andReturn();
		assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/desk/api-keys");
		Document shown = Jsoup.parse(page("/desk/api-keys", made));
		String token = shown.select("#new-token").val();
		assertThat(token).startsWith("dk_");
		org.jsoup.nodes.Element fresh = row(shown, token.substring(0, 10));
		assertThat(fresh.text()).contains("Newsletter service").contains("120");
		assertThat(fresh.select("td").get(4).text()).isEqualTo("never");
		// Shown once: the next visit has the key but not its token.
		String later = page("/desk/api-keys", null);
		assertThat(later).contains("Newsletter service").doesNotContain(token);
		assertThat(mvc.perform(get("/api/v1/sections").header("Authorization", "Bearer " + token)).andReturn()
			.getResponse().getStatus()).isEqualTo(200);
		org.jsoup.nodes.Element used = row(Jsoup.parse(page("/desk/api-keys", null)), token.substring(0, 10));
		assertThat(used.select("td").get(4).text()).isNotEqualTo("never");

		String revoke = row(Jsoup.parse(later), token.substring(0, 10)).select("form[action$=/revoke]").attr("action");
		mvc.perform(post(revoke).with(user(admin)).with(csrf()));
		assertThat(mvc.perform(get("/api/v1/sections").header("Authorization", "Bearer " + token)).andReturn()
			.getResponse().getStatus()).isEqualTo(401);
	}

	/** The key's row, found by its token's first characters. */
	static org.jsoup.nodes.Element row(Document page, String text) {
		return page.select("#api-keys tbody tr").stream().filter(r -> r.text().contains(text)).findFirst().orElse(null);
	}

	@Test
	void aKeyWithoutANameIsRefusedWithTheInputKept() throws Exception {
		MvcResult refused = mvc.perform(post("/desk/api-keys").with(user(admin)).with(csrf()).param("name", " ")
			.param("rateLimit", "0")).andReturn();
		Document page = Jsoup.parse(page("/desk/api-keys", refused));
		assertThat(page.select(".flash.error").text()).contains("Name the key");
		assertThat(page.select("#key-limit").val()).isEqualTo("0");
	}

	@Test
	void anAdminSubscribesAnEndpointAndSeesItsSecretOnceAndItsLog() throws Exception {
		MvcResult made = mvc.perform(post("/desk/webhooks").with(user(admin)).with(csrf())
			.param("url", "https://partner.example/hooks").param("description", "Partner site")
			.param("events", "story.published", "subject.merged")).andReturn();
		String location = made.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/desk/webhooks/");
		Document shown = Jsoup.parse(page(location, made));
		assertThat(shown.select("#new-secret").val()).startsWith("whsec_");
		assertThat(shown.text()).contains("story.published").contains("subject.merged").contains("Nothing sent yet");
		assertThat(page(location, null)).doesNotContain(shown.select("#new-secret").val());
		assertThat(page("/desk/webhooks", null)).contains("https://partner.example/hooks");

		MvcResult bad = mvc.perform(post("/desk/webhooks").with(user(admin)).with(csrf()).param("url", "ftp://files")
			.param("events", "story.published")).andReturn();
		Document refused = Jsoup.parse(page("/desk/webhooks", bad));
		assertThat(refused.select(".flash.error").text()).contains("https://");
		assertThat(refused.select("#hook-url").val()).isEqualTo("ftp://files");
		assertThat(refused.select("#event-story\\.published").hasAttr("checked")).isTrue();
	}

	@Test
	void adminsAreToldOnTheDeskWhenAnEndpointWasSwitchedOffForFailing() throws Exception {
		long id = endpoints.create("https://failing.example/hooks", null, List.of("story.published"), admin.toActor())
			.id();
		endpoints.disable(id, "Switched off after 11 failed attempts.");
		try {
			assertThat(Jsoup.parse(page("/desk", null)).select(".flash.error").text()).contains("switched off");
			DeskUser editor = new TestAccounts(context).create(Role.EDITOR);
			String editorsDesk = mvc.perform(get("/desk").with(user(editor))).andReturn().getResponse()
				.getContentAsString();
			assertThat(editorsDesk).doesNotContain("kept failing");
		}
		finally {
			endpoints.delete(id);
		}
	}

}
