package org.dateline.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON the content API answers with: read models, one record per shape. */
final class ApiViews {

	private ApiViews() {
	}

	@Schema(description = "A section of the site")
	public record SectionView(String slug, String name, Links links) {
	}

	@Schema(description = "Where a resource lives: its API address and the reader page")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Links(String self, String html, String stories) {
	}

	@Schema(description = "A correction or an update shown under a published story")
	public record CorrectionView(@Schema(allowableValues = { "CORRECTION", "UPDATE" }) String kind, String text,
			Instant createdAt) {
	}

	@Schema(description = "A subject a story is linked to, and how prominently")
	public record StorySubject(@Schema(allowableValues = { "PERSON", "ORGANIZATION", "EVENT" }) String kind,
			String slug, String name,
			@Schema(description = "PRIMARY if the story is about the subject, MENTIONED otherwise",
					allowableValues = { "PRIMARY", "MENTIONED" }) String prominence,
			Links links) {
	}

	@Schema(description = "A published story")
	public record StoryView(long id, String slug, String headline, String dek,
			@Schema(description = "The body as sanitized HTML") String bodyHtml,
			@Schema(description = "The body as plain text") String bodyText, List<String> bylines,
			SectionView section, String dateline,
			@Schema(description = "When the story was first published") Instant publishedAt,
			@Schema(description = "When readers were last told it was updated (null if never)") Instant updatedAt,
			@Schema(description = "When anything about the story last changed; what updated_since filters on") Instant modifiedAt,
			List<CorrectionView> corrections, List<StorySubject> subjects,
			@Schema(description = "The picture at the top of the story (null if it has none)") PictureView leadImage,
			@Schema(description = "The pictures inside the body, in the order they appear") List<PictureView> figures,
			Links links) {
	}

	@Schema(description = "One page of a list; follow 'next' for the following page (null on the last)")
	public record Page<T>(List<T> items, String next) {
	}

	@Schema(description = "A person, organization or event as a list shows it")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SubjectSummary(long id, String kind, String slug, String name, String summary,
			List<String> aliases, Instant modifiedAt,
			@Schema(description = "A person's portrait or an organization's logo (absent if none)") PictureView image,
			Links links) {
	}

	@Schema(description = "A link to another subject")
	public record SubjectRef(String kind, String slug, String name, Links links) {
	}

	@Schema(description = "A role: the person or organization on the other side, the title and the dates")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record RoleView(SubjectRef subject, String title, LocalDate since, LocalDate until, boolean current) {
	}

	@Schema(description = "A participant in an event")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ParticipantView(SubjectRef subject, String role) {
	}

	@Schema(description = "A story in a subject's coverage")
	public record CoverageItem(String slug, String headline, String dek, String section, Instant publishedAt,
			@Schema(description = "PRIMARY if the story is about the subject, MENTIONED otherwise") String prominence,
			Links links) {
	}

	@Schema(description = "A person, organization or event with its details and its newest coverage; "
			+ "links.stories walks all of it")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SubjectView(long id, String kind, String slug, String name, String summary, List<String> aliases,
			Instant modifiedAt, String description, String organizationKind, String country, SubjectRef parent,
			String eventKind, String start, String end, String place, String status, List<RoleView> roles,
			List<RoleView> people, List<ParticipantView> participants,
			@Schema(description = "How many published stories are linked to the subject") long storyCount,
			@Schema(description = "The newest linked stories, up to 20") List<CoverageItem> coverage,
			@Schema(description = "A person's portrait or an organization's logo (absent if none)") PictureView image,
			Links links) {
	}

	@Schema(description = "One file of a picture: a width and a format, at an absolute address whose bytes never change")
	public record RenditionView(int width, int height,
			@Schema(allowableValues = { "webp", "jpg" }) String format,
			@Schema(allowableValues = { "image/webp", "image/jpeg" }) String mediaType, String url) {
	}

	@Schema(description = "A crop of the picture around its focal point, in every width the crop allows")
	public record CropView(@Schema(description = "width by height", allowableValues = { "16x9", "4x3", "1x1" }) String crop,
			List<RenditionView> renditions) {
	}

	@Schema(description = "A picture as this story or subject uses it: this use's caption and alt text, the "
			+ "photographer's credit, and its renditions (the whole picture and each crop, in WebP and JPEG)")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PictureView(@Schema(description = "The picture's number in the library") long id, String caption,
			@Schema(description = "Photographer / agency, as it must be shown") String credit, String copyright,
			@Schema(description = "What the picture shows, for readers who cannot see it; empty when decorative") String altText,
			@Schema(description = "True when the picture adds nothing a description would give") boolean decorative,
			@Schema(description = "The original's width in pixels") int width,
			@Schema(description = "The original's height in pixels") int height,
			@Schema(description = "The whole picture, narrowest first, WebP then JPEG") List<RenditionView> renditions,
			List<CropView> crops) {
	}

}
