package org.dateline;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The module boundaries of docs/architecture.md hold: no module reaches into another's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DatelineApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theDocumentedModulesExist() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("account", "article", "desk", "site", "shared");
	}

}
