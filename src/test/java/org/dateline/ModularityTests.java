package org.dateline;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module map of docs/architecture.md holds: every module is listed here, no module reaches
 * into another's internals, and each uses only the modules its {@code package-info.java} allows.
 * The module diagrams and canvases in docs/modules are written from the same model.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DatelineApplication.class);

	@Test
	void modulesRespectTheirBoundariesAndDeclaredDependencies() {
		modules.verify();
	}

	/** The map of docs/architecture.md: each module and the modules it may use. */
	private static final Map<String, Set<String>> MAP = Map.ofEntries(
			Map.entry("shared", Set.<String>of()),
			Map.entry("account", Set.of("shared")),
			Map.entry("cache", Set.of("shared")),
			Map.entry("media", Set.of("shared")),
			Map.entry("api", Set.of("shared", "account", "article", "subject", "coverage", "suggest", "media", "cache")),
			Map.entry("subject", Set.of("shared")),
			Map.entry("article", Set.of("shared", "subject")),
			Map.entry("suggest", Set.of("shared", "subject")),
			Map.entry("coverage", Set.of("shared", "article", "subject")),
			Map.entry("demo", Set.of("shared", "account", "article", "subject", "media")),
			Map.entry("desk", Set.of("shared", "account", "article", "subject", "coverage", "suggest", "media", "site")),
			Map.entry("site", Set.of("shared", "article", "subject", "coverage", "cache", "media")));

	@Test
	void theModulesAreExactlyTheDocumentedOnes() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.containsExactlyInAnyOrderElementsOf(MAP.keySet());
	}

	@Test
	void eachModuleDeclaresTheDependenciesTheMapAllows() {
		modules.stream().forEach(module -> assertThat(module.getAllowedDependencies(modules).stream()
			.map(d -> d.getTargetModule().getIdentifier().toString())
			.collect(Collectors.toSet()))
			.as(module.getIdentifier() + " allowedDependencies")
			.isEqualTo(MAP.get(module.getIdentifier().toString())));
	}

	/**
	 * What each module opens beyond its base package. {@code article} declares named interfaces
	 * for its sub-packages, {@code site} one for the story page model the desk's preview uses;
	 * every other module's API is its top package alone.
	 */
	private static final Map<String, Set<String>> NAMED_INTERFACES = Map.of("article",
			Set.of("section", "frontpage", "reader"), "site", Set.of("story-page"));

	@Test
	void onlyTheDocumentedNamedInterfacesAreOpen() {
		modules.stream().forEach(module -> assertThat(module.getNamedInterfaces().stream()
			.filter(named -> !named.isUnnamed())
			.map(NamedInterface::getName)
			.collect(Collectors.toSet()))
			.as(module.getIdentifier() + " named interfaces")
			.isEqualTo(NAMED_INTERFACES.getOrDefault(module.getIdentifier().toString(), Set.of())));
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
	}

}
