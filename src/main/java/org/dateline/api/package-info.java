/**
 * The content API under {@code /api/v1}: published stories, sections and the knowledge graph as
 * JSON for apps, partners and other sites, behind API keys with per-key rate limits; and signed
 * webhooks, delivered at least once from an outbox written in the same transaction as the change.
 * Answers are kept in the app's page cache and evicted by the same keys as reader pages.
 * Admins manage keys and webhook endpoints at {@code /desk/api-keys} and {@code /desk/webhooks}.
 * Stories carry their lead image and body figures, people and organizations their portrait or logo,
 * with renditions from the media module's read model. See {@code docs/api.md}.
 */
@ApplicationModule(allowedDependencies = { "article", "article::reader", "subject", "coverage", "suggest", "account", "media", "cache",
		"shared" })
package org.dateline.api;

import org.springframework.modulith.ApplicationModule;
