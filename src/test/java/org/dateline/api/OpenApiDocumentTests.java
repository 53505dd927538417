package org.dateline.api;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The OpenAPI document a client generates code from: valid 3.1, open to all, and naming every endpoint. */
@IntegrationTest
class OpenApiDocumentTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theDocumentIsValidOpenApi31AndDescribesEveryEndpoint() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String document = response.getContentAsString();

		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
		assertThat(result.getMessages()).as("validation messages").isEmpty();
		OpenAPI api = result.getOpenAPI();
		assertThat(api.getOpenapi()).startsWith("3.1.");
		assertThat(api.getPaths().keySet()).containsExactlyInAnyOrder("/api/v1/stories", "/api/v1/stories/{slug}",
				"/api/v1/sections", "/api/v1/people", "/api/v1/people/{slug}", "/api/v1/organizations",
				"/api/v1/organizations/{slug}", "/api/v1/events", "/api/v1/events/{slug}");
		List<String> storyParameters = api.getPaths().get("/api/v1/stories").getGet().getParameters().stream()
			.map(p -> p.getName()).toList();
		assertThat(storyParameters).contains("section", "subject", "updated_since", "published_since", "q", "limit",
				"cursor");
		assertThat(api.getComponents().getSchemas()).containsKeys("StoryView", "SubjectView", "PictureView",
				"RenditionView", "CropView");
		assertThat(api.getComponents().getSchemas().get("StoryView").getProperties()).containsKeys("leadImage", "figures");
		assertThat(api.getComponents().getSchemas().get("SubjectView").getProperties()).containsKey("image");
		assertThat(api.getComponents().getSchemas().get("SubjectSummary").getProperties()).containsKey("image");
		assertThat(api.getComponents().getSchemas().get("PictureView").getProperties()).containsKeys("caption", "credit",
				"altText", "width", "height", "renditions", "crops");
		assertThat(api.getComponents().getSchemas().get("RenditionView").getProperties()).containsKeys("width",
				"height", "format", "url");
		// the three subject lists share one handler, and each keeps its own path and parameters
		for (String list : List.of("/api/v1/people", "/api/v1/organizations", "/api/v1/events")) {
			assertThat(api.getPaths().get(list).getGet().getParameters().stream().map(p -> p.getName()))
				.as(list).contains("updated_since", "limit", "cursor");
		}
		assertThat(api.getComponents().getSecuritySchemes()).containsKey(ApiDocumentation.KEY_SCHEME);
		assertThat(api.getPaths().keySet()).allMatch(p -> p.startsWith("/api/v1/"));
		assertThat(api.getPaths().get("/api/v1/stories/{slug}").getGet().getResponses()).containsKeys("200", "400", "401",
				"404", "429");
		assertThat(api.getComponents().getSchemas()).containsKey(ApiDocumentation.PROBLEM);
	}

	@Test
	void theDocsPageIsReachableWithoutAKey() throws Exception {
		MockHttpServletResponse docs = mvc.perform(get("/api/docs")).andReturn().getResponse();
		assertThat(docs.getStatus()).isEqualTo(302);
		String page = docs.getRedirectedUrl();
		assertThat(page).contains("swagger-ui/index.html");
		MockHttpServletResponse ui = mvc.perform(get(page)).andReturn().getResponse();
		assertThat(ui.getStatus()).isEqualTo(200);
		assertThat(ui.getContentAsString()).contains("swagger");
		MockHttpServletResponse config = mvc.perform(get("/api/v1/openapi.json/swagger-config")).andReturn()
			.getResponse();
		assertThat(config.getContentAsString()).contains("/api/v1/openapi.json");
	}

}
