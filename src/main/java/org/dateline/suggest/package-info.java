/**
 * Subject suggestions: reads a story's text and proposes the people, organizations and events it
 * mentions. Known subjects come from a gazetteer of every subject's names and aliases, matched
 * with a token-level Aho-Corasick automaton and kept current as subjects change; new people and
 * organizations are found by the patterns newsroom copy introduces them with. Uses the subject
 * module only; see {@code docs/suggestions.md}.
 */
@ApplicationModule(allowedDependencies = { "shared", "subject" })
package org.dateline.suggest;

import org.springframework.modulith.ApplicationModule;
