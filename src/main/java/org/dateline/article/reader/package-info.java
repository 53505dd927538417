/**
 * What readers see of stories: the reader queries ({@code ReaderArticles}) and the teaser every
 * list shows ({@code ArticleTeaser}). Open to other modules as the article module's {@code reader}
 * interface.
 */
@NamedInterface("reader")
package org.dateline.article.reader;

import org.springframework.modulith.NamedInterface;
