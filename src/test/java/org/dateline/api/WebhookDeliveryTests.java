package org.dateline.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;

import org.dateline.DatelineApplication;
import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.Article;
import org.dateline.article.ArticleCommands.SaveArticle;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleService;
import org.dateline.article.CorrectionKind;
import org.dateline.article.TestArticles;
import org.dateline.shared.Role;
import org.dateline.subject.Organization;
import org.dateline.subject.Person;
import org.dateline.subject.SubjectCommands.AddAffiliation;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectKind;
import org.dateline.subject.SubjectService;
import org.dateline.subject.TestSubjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks against a real HTTP receiver in this JVM (on loopback), with the whole app on its own
 * embedded PostgreSQL so that it can be stopped and started again on the same data: signatures
 * verify with the Standard Webhooks library, failed deliveries are retried and arrive exactly once
 * more, an endpoint that never answers is switched off, and an event raised just before the app
 * stops is delivered after it starts again.
 */
class WebhookDeliveryTests {

	/** One request the receiver got. */
	record Received(String path, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
				.map(e -> e.getValue().get(0)).orElse(null);
		}

	}

	static final List<Received> received = new CopyOnWriteArrayList<>();

	/** Signalled whenever the receiver gets a request, so waits wake at once rather than on a timer. */
	static final Object arrivals = new Object();

	/** How many requests each path should still refuse with a 500. */
	static final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

	static HttpServer receiver;

	@TempDir
	static Path data;

	static ObjectMapper json = new ObjectMapper();

	@BeforeAll
	static void startReceiver() throws IOException {
		receiver = receiver(0);
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop(0);
	}

	static HttpServer receiver(int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String path = exchange.getRequestURI().getPath();
			received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
			AtomicInteger left = failuresLeft.get(path);
			int status = path.startsWith("/down") ? 500 : left != null && left.getAndDecrement() > 0 ? 500 : 204;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
			synchronized (arrivals) {
				arrivals.notifyAll();
			}
		});
		server.start();
		return server;
	}

	static ConfigurableApplicationContext start() {
		return SpringApplication.run(DatelineApplication.class, "--dateline.embedded-database.enabled=true",
				"--dateline.embedded-database.data-directory=" + data.resolve("postgres"), "--dateline.demo=false",
				"--server.port=0", "--dateline.webhooks.allow-private-addresses=true",
				"--dateline.webhooks.poll-interval=100ms",
				"--dateline.webhooks.retry-delays=100ms,100ms,100ms,100ms,100ms");
	}

	static String url(HttpServer server, String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	static List<Received> at(String path) {
		return received.stream().filter(r -> r.path().equals(path)).toList();
	}

	/**
	 * Waits, for at most 20 s, until the condition holds: woken by every request the receiver gets,
	 * and it looks again at least every 100 ms for conditions on the database (a delivery's status).
	 */
	static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (!condition.getAsBoolean()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			synchronized (arrivals) {
				arrivals.wait(Math.max(1, Math.min(100, left / 1_000_000)));
			}
		}
	}

	static boolean delivered(WebhookEndpoints endpoints, long endpoint) {
		List<WebhookEndpoints.Delivery> deliveries = endpoints.deliveries(endpoint, 10);
		return !deliveries.isEmpty() && deliveries.stream().allMatch(d -> d.status().equals("DELIVERED"));
	}

	/** Renames a person and gives them aliases, keeping everything else as it is. */
	static void rename(SubjectService subjects, Person person, String name, List<String> aliases, DeskUser editor) {
		subjects.update(person.getId(), new SavePerson(name, person.getSlug(), person.getSummary(),
				aliases, person.getDescription(), person.getVersion()),
				editor.toActor());
	}

	@Test
	void deliveriesAreSignedRetriedAndSurviveARestart() throws Exception {
		String restartSecret;
		String restartSlug;
		long restartEndpoint;
		try (ConfigurableApplicationContext app = start()) {
			WebhookEndpoints endpoints = app.getBean(WebhookEndpoints.class);
			ArticleService articles = app.getBean(ArticleService.class);
			DeskUser editor = new TestAccounts(app).create(Role.ADMIN);
			long section = articles.sections().get(0).getId();

			// Signed with the published scheme, naming the event, the resource and what changed.
			String secret = endpoints.create(url(receiver, "/ok"), "Partner", List.of("story.published",
					"story.updated"), editor.toActor()).secret();
			TestArticles stories = new TestArticles(articles, editor.toActor());
			Article story = stories.story("Tram line opens to the coast").body("<p>First riders.</p>").publish();
			await("the published event arrives", () -> at("/ok").size() == 1);
			Received published = at("/ok").get(0);
			new Webhook(secret).verify(published.body(), published.headers());
			assertThat(published.header("webhook-id")).startsWith("msg_");
			JsonNode body = json.readTree(published.body());
			assertThat(body.get("type").asString()).isEqualTo("story.published");
			assertThat(body.get("data").get("slug").asString()).isEqualTo(story.getSlug());
			assertThat(body.get("data").get("resource").asString()).isEqualTo("/api/v1/stories/" + story.getSlug());

			articles.update(story.getId(), new SaveArticle(new ArticleContent("Tram line opens to the coast at last",
					null, "<p>First riders.</p>", null), section, null, null), editor.toActor());
			await("the updated event arrives", () -> at("/ok").size() == 2);
			Received updated = at("/ok").get(1);
			new Webhook(secret).verify(updated.body(), updated.headers());
			JsonNode changes = json.readTree(updated.body()).get("data").get("changes");
			assertThat(changes.get("headline").get("previous").asString()).isEqualTo("Tram line opens to the coast");
			assertThat(changes.get("headline").get("current").asString()).isEqualTo("Tram line opens to the coast at last");
			assertThat(changes.has("bodyHtml")).isFalse();
			// A tampered body does not verify.
			org.assertj.core.api.Assertions.assertThatThrownBy(
					() -> new Webhook(secret).verify(updated.body().replace("at last", "never"), updated.headers()))
				.isInstanceOf(com.standardwebhooks.exceptions.WebhookVerificationException.class);

			// A correction, and a subject's edit: each delivery says what changed, previous and current.
			String changesSecret = endpoints.create(url(receiver, "/changes"), null,
					List.of("story.corrected", "subject.updated"), editor.toActor()).secret();
			articles.addCorrection(story.getId(), CorrectionKind.CORRECTION, "The line ends at the pier.",
					editor.toActor());
			articles.addCorrection(story.getId(), CorrectionKind.UPDATE, "Night trams start in May.", editor.toActor());
			await("both corrections arrive", () -> at("/changes").size() == 2);
			Received corrected = at("/changes").get(1);
			new Webhook(changesSecret).verify(corrected.body(), corrected.headers());
			JsonNode correction = json.readTree(corrected.body()).get("data");
			assertThat(correction.get("kind").asString()).isEqualTo("UPDATE");
			JsonNode corrections = correction.get("changes").get("corrections");
			assertThat(corrections.get("previous")).hasSize(1);
			assertThat(corrections.get("previous").get(0).get("text").asString()).isEqualTo("The line ends at the pier.");
			assertThat(corrections.get("current")).hasSize(2);
			assertThat(corrections.get("current").get(1).get("text").asString()).isEqualTo("Night trams start in May.");

			SubjectService subjects = app.getBean(SubjectService.class);
			TestSubjects make = new TestSubjects(app, editor.toActor());
			Person person = make.person(TestSubjects.unique("Aino Lehto"));
			Organization council = make.organization(TestSubjects.unique("Coast Tram Board"));
			rename(subjects, person, person.getName() + " Virtanen", List.of("A. Lehto"), editor);
			await("the subject's edit arrives", () -> at("/changes").size() == 3);
			Received renamed = at("/changes").get(2);
			new Webhook(changesSecret).verify(renamed.body(), renamed.headers());
			JsonNode edit = json.readTree(renamed.body()).get("data");
			assertThat(json.readTree(renamed.body()).get("type").asString()).isEqualTo("subject.updated");
			assertThat(edit.get("changes").get("name").get("previous").asString()).isEqualTo(person.getName());
			assertThat(edit.get("changes").get("name").get("current").asString()).isEqualTo(person.getName() + " Virtanen");
			assertThat(edit.get("changes").get("aliases").get("previous")).isEmpty();
			assertThat(edit.get("changes").get("aliases").get("current").get(0).asString()).isEqualTo("A. Lehto");
			assertThat(edit.get("changes").has("summary")).as("an unchanged field is not listed").isFalse();
			subjects.affiliate(person.getId(), new AddAffiliation(council.getId(), "Chair", null, null, true), null,
					editor.toActor());
			await("the new role arrives", () -> at("/changes").size() == 4);
			JsonNode role = json.readTree(at("/changes").get(3).body()).get("data").get("changes");
			assertThat(role.propertyNames()).containsExactly("roles");
			assertThat(role.get("roles").get("previous")).isEmpty();
			assertThat(role.get("roles").get("current").get(0).get("organization").asString()).isEqualTo(council.getSlug());
			assertThat(role.get("roles").get("current").get(0).get("title").asString()).isEqualTo("Chair");

			// Fails three times, then succeeds: the event arrives exactly once more, with the same id.
			failuresLeft.put("/flaky", new AtomicInteger(3));
			long flaky = endpoints.create(url(receiver, "/flaky"), null, List.of("subject.created"), editor.toActor())
				.id();
			new TestSubjects(app, editor.toActor()).person(TestSubjects.unique("Lea Norrby"));
			await("the flaky receiver takes the event", () -> at("/flaky").size() >= 4);
			// once the delivery is marked delivered, no further attempt can come
			await("the flaky delivery is marked delivered", () -> delivered(endpoints, flaky));
			assertThat(at("/flaky")).hasSize(4);
			assertThat(at("/flaky").stream().map(r -> r.header("webhook-id")).distinct()).hasSize(1);
			assertThat(endpoints.deliveries(flaky, 10)).singleElement().satisfies(d -> {
				assertThat(d.status()).isEqualTo("DELIVERED");
				assertThat(d.attempts()).isEqualTo(4);
				assertThat(d.responseCode()).isEqualTo(204);
			});

			// A receiver that never succeeds: given up after the last retry, and its endpoint switched off.
			long down = endpoints.create(url(receiver, "/down"), null, List.of("story.published"), editor.toActor())
				.id();
			stories.story("Ferry fares frozen").body("<p>Again.</p>").publish();
			await("the failing endpoint is switched off", () -> !endpoints.get(down).enabled());
			assertThat(at("/down")).hasSize(6);
			assertThat(endpoints.deliveries(down, 10).get(0).status()).isEqualTo("FAILED");
			assertThat(endpoints.disabledForFailing()).isGreaterThanOrEqualTo(1);

			// "Send again" queues it once more (the endpoint must be on again for it to go out).
			int before = at("/flaky").size();
			endpoints.sendAgain(flaky, endpoints.deliveries(flaky, 10).get(0).id());
			await("the delivery is sent again", () -> at("/flaky").size() == before + 1);

			// The app stops just after a change: its worker is already stopped, so the event waits in the outbox.
			WebhookEndpoints.Created restart = endpoints.create(url(receiver, "/restart"), null,
					List.of("story.unpublished"), editor.toActor());
			restartSecret = restart.secret();
			restartEndpoint = restart.id();
			app.getBean(WebhookWorker.class).stop();
			articles.unpublish(story.getId(), editor.toActor());
			restartSlug = story.getSlug();
		}
		assertThat(at("/restart")).isEmpty();
		try (ConfigurableApplicationContext app = start()) {
			await("the event raised before the stop arrives", () -> at("/restart").size() == 1);
			Received late = at("/restart").get(0);
			new Webhook(restartSecret).verify(late.body(), late.headers());
			JsonNode body = json.readTree(late.body());
			assertThat(body.get("type").asString()).isEqualTo("story.unpublished");
			assertThat(body.get("data").get("slug").asString()).isEqualTo(restartSlug);
			WebhookEndpoints endpoints = app.getBean(WebhookEndpoints.class);
			await("the late delivery is marked delivered", () -> delivered(endpoints, restartEndpoint));
			assertThat(at("/restart")).hasSize(1);
		}
	}

}
