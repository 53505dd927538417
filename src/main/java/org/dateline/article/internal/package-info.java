/**
 * Parts of the article module that no other module calls: the listener that moves story links when
 * subjects merge. Closed to other modules.
 */
package org.dateline.article.internal;
