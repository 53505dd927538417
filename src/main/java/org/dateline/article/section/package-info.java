/**
 * Sections: the desk keeps them ({@code SectionService}) and every story belongs to one. Open to
 * other modules as the article module's {@code section} interface.
 */
@NamedInterface("section")
package org.dateline.article.section;

import org.springframework.modulith.NamedInterface;
