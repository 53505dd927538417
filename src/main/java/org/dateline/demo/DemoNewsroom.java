package org.dateline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.account.AccountService;
import org.dateline.account.AccountService.CreatedUser;
import org.dateline.account.AccountService.NewUser;
import org.dateline.account.AppUser;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.article.Byline;
import org.dateline.article.Mention;
import org.dateline.article.section.Section;
import org.dateline.article.section.SectionService;
import org.dateline.demo.DemoContent.AffiliationData;
import org.dateline.demo.DemoContent.EventData;
import org.dateline.demo.DemoContent.OrganizationData;
import org.dateline.demo.DemoContent.ParticipantData;
import org.dateline.demo.DemoContent.PersonData;
import org.dateline.demo.DemoContent.StoryData;
import org.dateline.shared.Actor;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.HtmlSanitizer;
import org.dateline.shared.Role;
import org.dateline.subject.DatePrecision;
import org.dateline.subject.EventKind;
import org.dateline.subject.EventStatus;
import org.dateline.subject.EventTime;
import org.dateline.subject.OrganizationKind;
import org.dateline.subject.Subject;
import org.dateline.subject.SubjectCommands.AddAffiliation;
import org.dateline.subject.SubjectCommands.SaveEvent;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Fills an empty newsroom with the demo content in {@code demo/newsroom.json}: sections, desk
 * users (with generated passwords, printed once), people, organizations and events with their
 * roles and participants, and published stories linked to them. Story times are relative to the
 * day it loads, so the site always looks current. Everything goes through the same services the
 * desk uses, so the demo obeys every rule real content does.
 */
@Service
public class DemoNewsroom {

	private static final Logger log = LoggerFactory.getLogger(DemoNewsroom.class);

	static final String RESOURCE = "demo/newsroom.json";

	private final AccountService accounts;

	private final SectionService sections;

	private final ArticleService articles;

	private final SubjectService subjects;

	private final ObjectMapper json;

	private final Clock clock;

	private final ZoneId zone;

	private final DemoPictures pictures;

	DemoNewsroom(AccountService accounts, SectionService sections, ArticleService articles, SubjectService subjects,
			ObjectMapper json, Clock clock, DatelineProperties properties, DemoPictures pictures) {
		this.pictures = pictures;
		this.accounts = accounts;
		this.sections = sections;
		this.articles = articles;
		this.subjects = subjects;
		this.json = json;
		this.clock = clock;
		this.zone = properties.zone();
	}

	/** Whether the newsroom has no stories and no subjects yet. */
	public boolean newsroomIsEmpty() {
		return !articles.anyStory() && !subjects.anySubject();
	}

	/** What was loaded, with each demo user's one-time password. */
	public record Loaded(int stories, int subjects, Map<String, String> passwords) {
	}

	/** Loads everything in one transaction: a failure part-way leaves the newsroom empty, to try again. */
	@org.springframework.transaction.annotation.Transactional
	public Loaded load(Actor admin) {
		DemoContent content = read();
		Map<String, Section> sectionsBySlug = new HashMap<>();
		int position = 10;
		for (DemoContent.SectionData s : content.sections()) {
			sectionsBySlug.put(s.slug(), sections.create(s.name(), s.slug(), position));
			position += 10;
		}
		Map<String, AppUser> users = new HashMap<>();
		Map<String, String> passwords = new java.util.LinkedHashMap<>();
		for (DemoContent.UserData u : content.users()) {
			CreatedUser created = accounts.create(new NewUser(u.username(), u.displayName(), null, Role.valueOf(u.role())),
					admin);
			users.put(u.username(), created.user());
			passwords.put(u.username(), created.oneTimePassword());
		}
		Map<String, Long> keys = new HashMap<>();
		createOrganizations(content.organizations(), keys, admin);
		for (PersonData p : content.people()) {
			Subject person = subjects.create(new SavePerson(p.name(), null, p.summary(), p.aliases(), p.description(),
					null), admin);
			keys.put(p.key(), person.getId());
			for (AffiliationData a : p.affiliations()) {
				subjects.affiliate(person.getId(), new AddAffiliation(id(keys, a.organization()), a.role(), a.since(),
						a.until(), a.current()), null, admin);
			}
		}
		LocalDate today = LocalDate.now(clock.withZone(zone));
		for (EventData e : content.events()) {
			Subject event = subjects.create(new SaveEvent(e.name(), null, e.summary(), List.of(),
					EventKind.valueOf(e.kind()), time(today, e.startDaysAgo(), e.startTime() == null ? "12:00" : e.startTime(), e.precision()),
					e.endDaysAgo() == null ? null : time(today, e.endDaysAgo(), null, e.precision()), e.place(),
					EventStatus.valueOf(e.status()), null), admin);
			keys.put(e.key(), event.getId());
		}
		for (EventData e : content.events()) {
			for (ParticipantData p : e.participants()) {
				subjects.addParticipant(id(keys, e.key()), id(keys, p.subject()), p.role(), admin);
			}
			for (String earlier : e.followsUp()) {
				subjects.followUpOn(id(keys, e.key()), id(keys, earlier), admin);
			}
		}
		for (StoryData s : content.stories()) {
			publish(s, sectionsBySlug, users, keys, admin, today);
		}
		pictures.addTo(admin);
		return new Loaded(content.stories().size(), keys.size(), passwords);
	}

	private void createOrganizations(List<OrganizationData> organizations, Map<String, Long> keys, Actor admin) {
		List<OrganizationData> pending = new ArrayList<>(organizations);
		while (!pending.isEmpty()) {
			boolean progress = pending.removeIf(o -> {
				if (o.parent() != null && !keys.containsKey(o.parent())) {
					return false;
				}
				Subject created = subjects.create(new SaveOrganization(o.name(), null, o.summary(), o.aliases(),
						OrganizationKind.valueOf(o.kind()), o.country(), o.parent() == null ? null : keys.get(o.parent()),
						null), admin);
				keys.put(o.key(), created.getId());
				return true;
			});
			if (!progress) {
				throw new IllegalStateException("Demo organizations refer to parents that do not exist: " + pending);
			}
		}
	}

	private void publish(StoryData s, Map<String, Section> sectionsBySlug, Map<String, AppUser> users,
			Map<String, Long> keys, Actor admin, LocalDate today) {
		List<Byline> bylines = new ArrayList<>();
		Actor author = admin;
		for (String line : s.bylines()) {
			if (line.startsWith("@") && users.containsKey(line.substring(1))) {
				AppUser user = users.get(line.substring(1));
				bylines.add(Byline.ofUser(user.getId(), user.getDisplayName()));
				if (author == admin) {
					author = new Actor(user.getId(), user.getUsername(), user.getRole());
				}
			}
			else {
				bylines.add(Byline.ofName(line));
			}
		}
		List<Mention> mentions = new ArrayList<>();
		s.primary().forEach(k -> mentions.add(new Mention(id(keys, k), Mention.Prominence.PRIMARY, Mention.Source.MANUAL)));
		s.mentioned().forEach(k -> mentions.add(new Mention(id(keys, k), Mention.Prominence.MENTIONED, Mention.Source.MANUAL)));
		String body = HtmlSanitizer.paragraphs(String.join("\n\n", s.body()));
		Article article = articles.create(new SaveArticle(new ArticleContent(s.headline(), s.dek(), body, s.dateline(),
				bylines, mentions), sectionsBySlug.get(s.section()).getId(), s.slug(), null), author);
		articles.publish(article.getId(), admin);
		ZonedDateTime when = today.minusDays(s.daysAgo()).atTime(s.hour(), 0).atZone(zone);
		if (when.toInstant().isAfter(clock.instant())) {
			when = ZonedDateTime.now(clock.withZone(zone)).minusMinutes(5L * (s.daysAgo() + 1));
		}
		articles.backdate(article.getId(), when.toInstant().minus(Duration.ofHours(2)), when.toInstant(), admin);
	}

	/** A demo event's start or end; an end without its own time of day is a whole day, as the editor would give it. */
	private static EventTime time(LocalDate today, int daysAgo, String clockTime, String precision) {
		DatePrecision p = DatePrecision.valueOf(precision);
		LocalTime time = p == DatePrecision.TIME && clockTime != null ? LocalTime.parse(clockTime) : null;
		return EventTime.stored(today.minusDays(daysAgo), time, p);
	}

	private static long id(Map<String, Long> keys, String key) {
		Long id = keys.get(key);
		if (id == null) {
			throw new IllegalStateException("The demo content refers to '" + key + "', which it never defines");
		}
		return id;
	}

	private DemoContent read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return json.readValue(in, DemoContent.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + RESOURCE, ex);
		}
	}

	static Logger log() {
		return log;
	}

}
