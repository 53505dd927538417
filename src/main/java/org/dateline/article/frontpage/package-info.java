/**
 * The front page's top stories, an ordered list editors keep. Open to other modules as the article
 * module's {@code frontpage} interface.
 */
@NamedInterface("frontpage")
package org.dateline.article.frontpage;

import org.springframework.modulith.NamedInterface;
