package org.dateline.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.dateline.api.ApiStories.Filter;
import org.dateline.api.ApiStories.Order;
import org.dateline.api.ApiStories.Row;
import org.dateline.api.ApiStories.Story;
import org.dateline.api.ApiViews.CoverageItem;
import org.dateline.api.ApiViews.Links;
import org.dateline.api.ApiViews.Page;
import org.dateline.api.ApiViews.ParticipantView;
import org.dateline.api.ApiViews.RoleView;
import org.dateline.api.ApiViews.SectionView;
import org.dateline.api.ApiViews.StorySubject;
import org.dateline.api.ApiViews.StoryView;
import org.dateline.api.ApiViews.SubjectRef;
import org.dateline.api.ApiViews.SubjectSummary;
import org.dateline.api.ApiViews.SubjectView;
import org.dateline.article.reader.ReaderArticles;
import org.dateline.article.reader.ReaderArticles.SectionRef;
import org.dateline.cache.CacheKeys;
import org.dateline.coverage.SearchService;
import org.dateline.coverage.SubjectPages;
import org.dateline.coverage.SubjectPages.Found;
import org.dateline.coverage.SubjectPages.Moved;
import org.dateline.coverage.SubjectPages.SubjectLink;
import org.dateline.subject.EventTime;
import org.dateline.subject.SubjectImages;
import org.dateline.subject.SubjectKind;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The read side of the content API: published stories, sections, and people, organizations and
 * events with their coverage. Readers' rules hold: only published stories whose publish time has
 * passed, anything else the same 404 as a slug that never existed. Lists are walked with an opaque
 * {@code next} cursor; see {@code docs/api.md}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "content", description = "Published stories and the knowledge graph")
class ContentApiController {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	private final ApiStories stories;

	private final ApiSubjects subjects;

	private final ReaderArticles reader;

	private final SearchService search;

	private final SubjectPages subjectPages;

	private final ApiImages images;

	private final SubjectImages subjectImages;

	ContentApiController(ApiStories stories, ApiSubjects subjects, ReaderArticles reader, SearchService search,
			SubjectPages subjectPages, ApiImages images, SubjectImages subjectImages) {
		this.images = images;
		this.subjectImages = subjectImages;
		this.stories = stories;
		this.subjects = subjects;
		this.reader = reader;
		this.search = search;
		this.subjectPages = subjectPages;
	}

	// --- stories ---------------------------------------------------------------------------

	@GetMapping("/stories")
	@Operation(summary = "Published stories, newest first",
			description = "Walk the whole archive by following `next`; a walk never skips or repeats a story, even while "
					+ "new ones are published. With `q`, the site's full-text search ranks the matches instead "
					+ "(20 a page, the best of the newest 300 matches).")
	Page<StoryView> stories(
			@Parameter(description = "only stories in this section (its slug)") @RequestParam(required = false) String section,
			@Parameter(description = "only stories linked to this person, organization or event (its slug)") @RequestParam(required = false) String subject,
			@Parameter(description = "only stories changed at or after this ISO-8601 time, e.g. 2026-05-01T00:00:00Z", schema = @Schema(type = "string", format = "date-time")) @RequestParam(name = "updated_since", required = false) String updatedSince,
			@Parameter(description = "only stories first published at or after this ISO-8601 time", schema = @Schema(type = "string", format = "date-time")) @RequestParam(name = "published_since", required = false) String publishedSince,
			@Parameter(description = "full-text search, as on the site: quotes, `or` and `-word` work") @RequestParam(required = false) String q,
			@Parameter(description = "`published` (newest first, the default) or `modified` (oldest change first, for keeping a copy in sync)", schema = @Schema(allowableValues = { "published", "modified" })) @RequestParam(required = false) String order,
			@Parameter(description = "stories a page, 1 to 100 (default 20)") @RequestParam(required = false) String limit,
			@Parameter(description = "the opaque cursor from a previous page's `next` link") @RequestParam(required = false) String cursor,
			HttpServletResponse response) {
		int size = limit(limit);
		Long sectionId = section == null ? null : sectionId(section);
		Long subjectId = subject == null ? null : subjects.bySlug(subject)
			.orElseThrow(() -> ApiProblem.badRequest("No person, organization or event has the slug '" + subject + "'."))
			.id();
		Instant updated = time("updated_since", updatedSince);
		Instant published = time("published_since", publishedSince);
		if (q != null) {
			return search(q, sectionId, subjectId, updated, published, order, limit, cursor, response);
		}
		Order sort = order(order);
		Filter filter = new Filter(sectionId, subjectId, updated, published);
		String scope = (sort == Order.PUBLISHED ? "p" : "m") + "." + Integer.toHexString(Objects.hash(filter));
		Cursor after = cursor == null ? null : Cursor.decode(cursor, scope);
		List<Row> rows = stories.page(sort, filter, after, size);
		String next = null;
		if (rows.size() > size) {
			rows = rows.subList(0, size);
			Row last = rows.get(size - 1);
			next = nextLink(Cursor.after(scope, sort == Order.PUBLISHED ? last.publishedAt() : last.modifiedAt(),
					last.id()));
		}
		// which stories the list holds: feed moves whenever a story goes live, leaves, or changes
		// section or publish time; search whenever a live story changes at all (its modifiedAt)
		List<String> keys = listKeys(sectionId, subjectId);
		if (sort == Order.MODIFIED || updated != null) {
			keys.add(CacheKeys.SEARCH);
		}
		return storyPage(rows, next, keys);
	}

	/** The keys of which stories a list holds, before the keys of the stories themselves. */
	private static List<String> listKeys(Long sectionId, Long subjectId) {
		List<String> keys = new ArrayList<>(List.of("api", "api:stories", CacheKeys.FEED));
		if (sectionId != null) {
			keys.add(CacheKeys.section(sectionId));
		}
		if (subjectId != null) {
			keys.add(CacheKeys.subject(subjectId));
		}
		return keys;
	}

	private Page<StoryView> search(String q, Long sectionId, Long subjectId, Instant updated, Instant published,
			String order, String limit, String cursor, HttpServletResponse response) {
		if (updated != null || order != null || limit != null) {
			throw ApiProblem.badRequest("A search ('q') is ranked by relevance in pages of "
					+ SearchService.PAGE_SIZE + "; it takes section, subject and published_since, "
					+ "but not updated_since, order or limit.");
		}
		String text = SearchService.normalize(q);
		if (text.isEmpty()) {
			throw ApiProblem.badRequest("The search 'q' is empty; give some words to look for.");
		}
		String scope = "q." + Integer.toHexString(Objects.hash(text, sectionId, subjectId, published));
		int page = cursor == null ? 1 : (int) Math.min(Integer.MAX_VALUE, Cursor.decode(cursor, scope).id());
		SearchService.Results results = search
			.search(new SearchService.Query(text, sectionId, published, null, subjectId, page));
		List<Row> rows = stories.bySlugs(results.hits().stream().map(SearchService.Hit::slug).toList());
		String next = page < results.pages() ? nextLink(new Cursor(scope, 0, page + 1)) : null;
		List<String> keys = listKeys(sectionId, subjectId);
		keys.add(CacheKeys.SEARCH);
		return storyPage(rows, next, keys);
	}

	private Page<StoryView> storyPage(List<Row> rows, String next, List<String> listKeys) {
		String base = base();
		List<Story> complete = stories.complete(rows);
		Set<String> keys = new LinkedHashSet<>(listKeys);
		complete.forEach(s -> keys.addAll(keysOf(s)));
		ApiCaching.keep(keys);
		return new Page<>(complete.stream().map(s -> view(s, base)).toList(), next);
	}

	@GetMapping("/stories/{slug}")
	@Operation(summary = "One published story", description = "A story that was renamed answers with a 301 to its new address.")
	ResponseEntity<StoryView> story(@PathVariable String slug, HttpServletResponse response) {
		Row row = stories.published(slug).orElse(null);
		if (row == null) {
			String renamed = stories.renamed(slug)
				.orElseThrow(() -> ApiProblem.notFound("No published story has the slug '" + slug + "'."));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, base() + "/api/v1/stories/" + renamed)
				.build();
		}
		Story story = stories.complete(List.of(row)).get(0);
		Set<String> keys = new LinkedHashSet<>(List.of("api"));
		keys.addAll(keysOf(story));
		ApiCaching.keep(keys);
		return ResponseEntity.ok(view(story, base()));
	}

	// --- sections --------------------------------------------------------------------------

	@GetMapping("/sections")
	@Operation(summary = "Every section, in the site's order")
	Page<SectionView> sections(HttpServletResponse response) {
		String base = base();
		List<SectionRef> all = reader.sections();
		List<String> keys = new ArrayList<>(List.of("api", "api:sections", CacheKeys.SECTIONS));
		all.forEach(s -> keys.add(CacheKeys.section(s.id())));
		ApiCaching.keep(keys);
		return new Page<>(all.stream().map(s -> section(s.slug(), s.name(), base)).toList(), null);
	}

	// --- people, organizations and events --------------------------------------------------

	/**
	 * People, organizations and events are listed the same way, so one handler serves the three
	 * lists; the path says which kind.
	 */
	@GetMapping({ "/people", "/organizations", "/events" })
	@Operation(summary = "People, organizations or events in the news (the path says which), in the order they were added")
	Page<SubjectSummary> subjects(@Parameter(description = "only subjects changed at or after this ISO-8601 time", schema = @Schema(type = "string", format = "date-time")) @RequestParam(name = "updated_since", required = false) String updatedSince,
			@Parameter(description = "subjects a page, 1 to 100 (default 20)") @RequestParam(required = false) String limit,
			@Parameter(description = "the opaque cursor from a previous page's `next` link") @RequestParam(required = false) String cursor,
			HttpServletRequest request, HttpServletResponse response) {
		String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		SubjectKind kind = SubjectKind.fromPlural(pattern.substring(pattern.lastIndexOf('/') + 1));
		return subjectPage(kind, updatedSince, limit, cursor, response);
	}

	@GetMapping("/people/{slug}")
	@Operation(summary = "A person, their roles and their newest coverage")
	ResponseEntity<SubjectView> person(@PathVariable String slug, HttpServletResponse response) {
		return subject(SubjectKind.PERSON, slug, response);
	}

	@GetMapping("/organizations/{slug}")
	@Operation(summary = "An organization, its people and its newest coverage")
	ResponseEntity<SubjectView> organization(@PathVariable String slug, HttpServletResponse response) {
		return subject(SubjectKind.ORGANIZATION, slug, response);
	}

	@GetMapping("/events/{slug}")
	@Operation(summary = "An event, its participants and its newest coverage")
	ResponseEntity<SubjectView> event(@PathVariable String slug, HttpServletResponse response) {
		return subject(SubjectKind.EVENT, slug, response);
	}

	/** Anything else under the API is a 404 problem, not the reader site's page. */
	@GetMapping("/**")
	@Operation(hidden = true)
	void unknown() {
		throw ApiProblem.notFound("There is nothing at this address. The API's endpoints are listed in /api/v1/openapi.json.");
	}

	private Page<SubjectSummary> subjectPage(SubjectKind kind, String updatedSince, String limit, String cursor,
			HttpServletResponse response) {
		int size = limit(limit);
		Instant since = time("updated_since", updatedSince);
		String scope = "s." + kind.name().toLowerCase(Locale.ROOT) + "." + Integer.toHexString(Objects.hashCode(since));
		long after = cursor == null ? 0 : Cursor.decode(cursor, scope).id();
		List<ApiSubjects.Row> rows = subjects.page(kind, since, after, size);
		String next = null;
		if (rows.size() > size) {
			rows = rows.subList(0, size);
			next = nextLink(new Cursor(scope, 0, rows.get(size - 1).id()));
		}
		String base = base();
		List<String> keys = new ArrayList<>(List.of("api", "api:" + path(kind)));
		rows.forEach(r -> keys.add(CacheKeys.subject(r.id())));
		// tagged but not kept: no key names which subjects an updated_since list holds
		ApiCaching.tag(keys);
		ApiImages.Found pictures = images.find(
				rows.stream().map(ApiSubjects.Row::imageId).filter(Objects::nonNull).distinct().toList(), List.of());
		return new Page<>(rows.stream()
			.map(r -> new SubjectSummary(r.id(), r.kind().name(), r.slug(), r.name(), r.summary(), r.aliases(),
					r.modifiedAt(), picture(pictures, r.imageId(), r.name()), subjectLinks(r.kind(), r.slug(), base)))
			.toList(), next);
	}

	private ResponseEntity<SubjectView> subject(SubjectKind kind, String slug, HttpServletResponse response) {
		String base = base();
		SubjectPages.Lookup lookup = subjectPages.find(kind, slug, 1);
		if (lookup instanceof Moved moved) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, base + "/api/v1/" + path(moved.kind()) + "/" + moved.slug())
				.build();
		}
		if (!(lookup instanceof Found found)) {
			throw ApiProblem.notFound("No " + kind.name().toLowerCase(Locale.ROOT)
					+ " has the slug '" + slug + "'.");
		}
		SubjectPages.Page page = found.page();
		SubjectPages.Header h = page.header();
		List<RoleView> roles = new ArrayList<>();
		if (page.currentRole() != null) {
			roles.add(role(page.currentRole(), base));
		}
		page.roles().forEach(r -> roles.add(role(r, base)));
		List<CoverageItem> coverage = new ArrayList<>();
		Set<String> keys = new LinkedHashSet<>(List.of("api", CacheKeys.subject(h.id())));
		page.timeline().months().forEach(m -> m.stories().forEach(e -> {
			keys.add(CacheKeys.story(e.story().id()));
			coverage.add(new CoverageItem(e.story().slug(), e.story().headline(), e.story().dek(),
					e.story().sectionName(), e.story().publishedAt(), e.primary() ? "PRIMARY" : "MENTIONED",
					new Links(base + "/api/v1/stories/" + e.story().slug(), base + "/articles/" + e.story().slug(),
							null)));
		}));
		ApiCaching.keep(keys);
		SubjectView view = new SubjectView(h.id(), h.kind().name(), h.slug(), h.name(), h.summary(), h.aliases(),
				h.updatedAt(), h.description(), h.organizationKind() == null ? null : h.organizationKind().name(),
				h.country(), h.parent() == null ? null : ref(h.parent(), base),
				h.eventKind() == null ? null : h.eventKind().name(), iso(h.start()), iso(h.end()), h.place(),
				h.status() == null ? null : h.status().name(), kind == SubjectKind.PERSON ? roles : null,
				kind == SubjectKind.ORGANIZATION ? page.people().stream().map(r -> role(r, base)).toList() : null,
				kind == SubjectKind.EVENT
						? page.participants().stream().map(p -> new ParticipantView(ref(p.subject(), base), p.role())).toList()
						: null,
				page.timeline().total(), coverage, portrait(h.id(), h.name()), subjectLinks(kind, h.slug(), base));
		return ResponseEntity.ok(view);
	}

	// --- building the answers --------------------------------------------------------------

	private StoryView view(Story story, String base) {
		Row r = story.row();
		return new StoryView(r.id(), r.slug(), r.headline(), r.dek(), r.bodyHtml(), r.bodyText(), story.bylines(),
				section(r.sectionSlug(), r.sectionName(), base), r.dateline(), r.publishedAt(), r.updatedAt(),
				r.modifiedAt(), story.corrections(),
				story.subjects().stream()
					.map(s -> new StorySubject(s.kind(), s.slug(), s.name(), s.prominence(),
							subjectLinks(SubjectKind.valueOf(s.kind()), s.slug(), base)))
					.toList(),
				story.leadImage(), story.figures(),
				new Links(base + "/api/v1/stories/" + r.slug(), base + "/articles/" + r.slug(), null));
	}

	/** A subject's portrait or logo, described by the subject's name as on its reader page. */
	private ApiViews.PictureView picture(ApiImages.Found pictures, Long imageId, String name) {
		if (imageId == null || pictures.byId().get(imageId) == null) {
			return null;
		}
		return images.view(pictures.byId().get(imageId), null, null, name, false);
	}

	private ApiViews.PictureView portrait(long subjectId, String name) {
		Long imageId = subjectImages.imageOf(subjectId);
		return imageId == null ? null : picture(images.find(List.of(imageId), List.of()), imageId, name);
	}

	private static List<String> keysOf(Story story) {
		List<String> keys = new ArrayList<>();
		keys.add(CacheKeys.story(story.row().id()));
		keys.add(CacheKeys.section(story.row().sectionId()));
		story.subjects().forEach(s -> keys.add(CacheKeys.subject(s.id())));
		return keys;
	}

	private static SectionView section(String slug, String name, String base) {
		return new SectionView(slug, name,
				new Links(null, base + "/sections/" + slug, base + "/api/v1/stories?section=" + slug));
	}

	private static Links subjectLinks(SubjectKind kind, String slug, String base) {
		return new Links(base + "/api/v1/" + path(kind) + "/" + slug, base + "/" + path(kind) + "/" + slug,
				base + "/api/v1/stories?subject=" + slug);
	}

	private static SubjectRef ref(SubjectLink link, String base) {
		return new SubjectRef(link.kind().name(), link.slug(), link.name(), subjectLinks(link.kind(), link.slug(), base));
	}

	private static RoleView role(SubjectPages.Role role, String base) {
		return new RoleView(ref(role.other(), base), role.title(), role.since(), role.until(), role.current());
	}

	private static String iso(EventTime time) {
		return time == null ? null : time.iso();
	}

	static String path(SubjectKind kind) {
		return switch (kind) {
			case PERSON -> "people";
			case ORGANIZATION -> "organizations";
			case EVENT -> "events";
		};
	}

	private long sectionId(String slug) {
		return reader.section(slug)
			.orElseThrow(() -> ApiProblem.badRequest("No section has the slug '" + slug + "'; /api/v1/sections lists them."))
			.id();
	}

	static int limit(String raw) {
		if (raw == null) {
			return DEFAULT_LIMIT;
		}
		int value;
		try {
			value = Integer.parseInt(raw.strip());
		}
		catch (NumberFormatException e) {
			throw ApiProblem.badRequest("'limit' must be a whole number from 1 to " + MAX_LIMIT + ".");
		}
		if (value < 1 || value > MAX_LIMIT) {
			throw ApiProblem.badRequest("'limit' must be from 1 to " + MAX_LIMIT + "; it was " + value
					+ ". Follow the 'next' link for more.");
		}
		return value;
	}

	private static Order order(String raw) {
		if (raw == null || raw.equals("published")) {
			return Order.PUBLISHED;
		}
		if (raw.equals("modified")) {
			return Order.MODIFIED;
		}
		throw ApiProblem.badRequest("'order' must be 'published' or 'modified'.");
	}

	static Instant time(String name, String raw) {
		if (raw == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(raw.strip()).toInstant();
		}
		catch (DateTimeParseException e) {
			throw ApiProblem.badRequest("'" + name + "' must be an ISO-8601 date and time with an offset, "
					+ "such as 2026-05-01T00:00:00Z.");
		}
	}

	/** Links to resources and pictures use the site's public address, never the request's Host. */
	private String base() {
		return images.base();
	}

	/** This request's address on the public URL, with the cursor of the next page. */
	private String nextLink(Cursor cursor) {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("cursor", cursor.encode())
			.build();
		String contextPath = ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath();
		String path = current.getPath() == null ? "" : current.getPath();
		if (contextPath != null && path.startsWith(contextPath)) {
			path = path.substring(contextPath.length());
		}
		return base() + path + "?" + current.getQuery();
	}

}
