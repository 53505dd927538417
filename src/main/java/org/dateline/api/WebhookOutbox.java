package org.dateline.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dateline.article.ArticleEvents.ArticlePublished;
import org.dateline.article.ArticleEvents.ArticleRevised;
import org.dateline.article.ArticleEvents.ArticleUnpublished;
import org.dateline.article.ArticleEvents.CorrectionAdded;
import org.dateline.subject.SubjectEvents.SubjectDeleted;
import org.dateline.subject.SubjectEvents.SubjectSaved;
import org.dateline.subject.SubjectEvents.SubjectsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.ObjectMapper;

/**
 * The webhook outbox. Hears the story and subject events and, just before the change's own
 * transaction commits, writes the event and one delivery per subscribed endpoint in that same
 * transaction: the change and its webhooks are saved together or not at all, so a crash or a
 * restart never loses one. After the commit the worker is woken to send them at once.
 * <p>
 * An own outbox table rather than Spring Modulith's event publication registry: that registry
 * would change how every other module's transactional listeners run (asynchronously, after
 * commit), while this outbox touches nothing but webhooks.
 */
@Component
class WebhookOutbox {

	private final JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	private final Clock clock;

	private final ObjectMapper json;

	private final WebhookEndpoints endpoints;

	private final WebhookWorker worker;

	private final WebhookSubjectStates subjectStates;

	WebhookOutbox(JdbcClient jdbc, Clock clock, ObjectMapper json, WebhookEndpoints endpoints, WebhookWorker worker,
			WebhookSubjectStates subjectStates) {
		this.subjectStates = subjectStates;
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
		this.endpoints = endpoints;
		this.worker = worker;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ArticlePublished event) {
		Map<String, Object> data = story(event.articleId(), event.slug());
		data.put("publishedAt", event.publishedAt());
		record(WebhookEventType.STORY_PUBLISHED, data);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ArticleRevised event) {
		Map<String, Object> data = story(event.articleId(), event.slug());
		data.put("updatedAt", event.at());
		data.put("changes", event.changes());
		record(WebhookEventType.STORY_UPDATED, data);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ArticleUnpublished event) {
		record(WebhookEventType.STORY_UNPUBLISHED, story(event.articleId(), event.slug()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(CorrectionAdded event) {
		String slug = jdbc.sql("select slug from article where id = ?").param(event.articleId()).query(String.class)
			.single();
		Map<String, Object> data = story(event.articleId(), slug);
		data.put("kind", event.kind().name());
		data.put("text", event.text());
		data.put("changes", Map.of("corrections", correctionChange(event)));
		record(WebhookEventType.STORY_CORRECTED, data);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(SubjectSaved event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", event.subjectId());
		data.put("kind", event.kind().name());
		data.put("slug", event.slug());
		data.put("resource", "/api/v1/" + ContentApiController.path(event.kind()) + "/" + event.slug());
		if (event.what() != null) {
			data.put("changed", event.what());
		}
		Map<String, Map<String, Object>> changes = subjectStates.capture(event.subjectId());
		if (!event.created() && changes != null) {
			data.put("changes", changes);
		}
		record(event.created() ? WebhookEventType.SUBJECT_CREATED : WebhookEventType.SUBJECT_UPDATED, data);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(SubjectsMerged event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", event.survivorId());
		data.put("mergedId", event.loserId());
		data.put("mergedSlug", event.loserSlug());
		data.put("mergedName", event.loserName());
		// the survivor took the duplicate's names, roles and links: what it now shows
		Map<String, Map<String, Object>> changes = subjectStates.capture(event.survivorId());
		if (changes != null) {
			data.put("changes", changes);
		}
		record(WebhookEventType.SUBJECT_MERGED, data);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(SubjectDeleted event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", event.subjectId());
		data.put("name", event.name());
		record(WebhookEventType.SUBJECT_DELETED, data);
	}

	/**
	 * The story's corrections and updates before and after this one, oldest first. Read in the
	 * change's transaction (flushed first), so the new one is among them: previous is the list
	 * without it.
	 */
	private Map<String, Object> correctionChange(CorrectionAdded event) {
		entityManager.flush();
		List<Map<String, Object>> current = jdbc.sql("""
				select kind, text, created_at from correction where article_id = ? order by created_at, id""")
			.param(event.articleId())
			.query((rs, n) -> {
				Map<String, Object> correction = new LinkedHashMap<>();
				correction.put("kind", rs.getString(1));
				correction.put("text", rs.getString(2));
				correction.put("createdAt", rs.getObject(3, java.time.OffsetDateTime.class).toInstant());
				return correction;
			})
			.list();
		List<Map<String, Object>> previous = new ArrayList<>(current);
		for (int i = previous.size() - 1; i >= 0; i--) {
			Map<String, Object> c = previous.get(i);
			if (event.kind().name().equals(c.get("kind")) && event.text().equals(c.get("text"))) {
				previous.remove(i);
				break;
			}
		}
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("previous", previous);
		change.put("current", current);
		return change;
	}

	private static Map<String, Object> story(long id, String slug) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", id);
		data.put("slug", slug);
		data.put("resource", "/api/v1/stories/" + slug);
		return data;
	}

	/** Writes the event and its deliveries in the current transaction. */
	void record(WebhookEventType type, Map<String, Object> data) {
		List<Long> subscribers = endpoints.subscribers(type);
		if (subscribers.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.type());
		body.put("timestamp", now);
		body.put("data", data);
		String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
		long eventId = jdbc.sql("""
				insert into webhook_event (message_id, type, payload, created_at) values (?, ?, ?, ?) returning id""")
			.params(messageId, type.type(), json.writeValueAsString(body), ApiStories.utc(now))
			.query(Long.class)
			.single();
		for (Long endpoint : subscribers) {
			jdbc.sql("""
					insert into webhook_delivery (endpoint_id, event_id, status, next_attempt_at, created_at)
					values (?, ?, 'PENDING', ?, ?)""")
				.params(endpoint, eventId, ApiStories.utc(now), ApiStories.utc(now))
				.update();
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					worker.wake();
				}
			});
		}
	}

}
