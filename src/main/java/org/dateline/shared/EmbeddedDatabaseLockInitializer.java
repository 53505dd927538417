package org.dateline.shared;

import java.nio.file.Path;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Before the context refreshes, and so before Tomcat and any bean: checks that this machine has
 * embedded PostgreSQL binaries, takes the lock beside the data directory, and stops a PostgreSQL
 * that a dead Dateline left running on it. Failing here, a start stops with one short message
 * (see the failure analyzers) instead of errors wrapped in the web server's start-up. The lock
 * becomes the bean {@code embeddedDatabaseLock}, released when the context closes, after the
 * database has stopped.
 */
class EmbeddedDatabaseLockInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddedDatabaseLock";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!embeddedDatabaseWanted(environment)) {
			return;
		}
		Binder binder = Binder.get(environment);
		Path dataDirectory = binder.bind("dateline.embedded-database.data-directory", Path.class)
			.orElse(Path.of("./data/postgres"));
		PostgresBinaries.checkPlatform();
		EmbeddedDatabaseConfiguration.DataDirectoryLock lock = EmbeddedDatabaseConfiguration.DataDirectoryLock.acquire(dataDirectory);
		try {
			OrphanedPostmaster.shutDownIfPresent(lock.dataDirectory());
		}
		catch (RuntimeException ex) {
			lock.closeQuietly();
			throw ex;
		}
		DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, lock);
		beanFactory.registerDisposableBean(BEAN_NAME, lock::close);
	}

	/** The same rule as {@link EmbeddedDatabaseConfiguration}'s condition. */
	static boolean embeddedDatabaseWanted(ConfigurableEnvironment environment) {
		Binder binder = Binder.get(environment);
		boolean enabled = binder.bind("dateline.embedded-database.enabled", Boolean.class).orElse(true);
		return enabled && !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
