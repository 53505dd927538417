package org.dateline.demo;

import java.util.Map;

import org.dateline.account.AccountService;
import org.dateline.account.AppUser;
import org.dateline.shared.Actor;
import org.dateline.shared.DatelineProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo newsroom at start-up into an empty newsroom: by default on the embedded
 * database's first run, with {@code DATELINE_DEMO=true} on an external one, never with
 * {@code DATELINE_DEMO=false}. Runs after the first admin account exists.
 */
@Component
@Order(1)
class DemoNewsroomLoader implements ApplicationRunner {

	private final DemoNewsroom demo;

	private final AccountService accounts;

	private final DatelineProperties properties;

	private final Environment environment;

	DemoNewsroomLoader(DemoNewsroom demo, AccountService accounts, DatelineProperties properties,
			Environment environment) {
		this.demo = demo;
		this.accounts = accounts;
		this.properties = properties;
		this.environment = environment;
	}

	boolean wanted() {
		if (properties.demo() != null) {
			return properties.demo();
		}
		boolean external = !environment.getProperty("spring.datasource.url", "").isBlank();
		return properties.embeddedDatabase().enabled() && !external;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted() || !demo.newsroomIsEmpty()) {
			return;
		}
		AppUser admin = accounts.findByUsername("admin")
			.orElseThrow(() -> new IllegalStateException("The demo newsroom needs the 'admin' account"));
		DemoNewsroom.Loaded loaded = demo.load(new Actor(admin.getId(), admin.getUsername(), admin.getRole()));
		StringBuilder lines = new StringBuilder();
		for (Map.Entry<String, String> user : loaded.passwords().entrySet()) {
			lines.append(String.format("%n      %-12s %s", user.getKey(), user.getValue()));
		}
		DemoNewsroom.log().warn("""

				==================================================================
				  Loaded the demo newsroom: {} stories and {} people, organizations
				  and events. Set DATELINE_DEMO=false to start empty instead.
				  Demo desk users and their one-time passwords (shown only now):{}
				==================================================================""",
				loaded.stories(), loaded.subjects(), lines);
	}

}
