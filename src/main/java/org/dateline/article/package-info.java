/**
 * Stories and sections: the {@code Article} aggregate and its workflow, revisions, slug aliases,
 * autosave, corrections, subject links (by subject id), the scheduled publisher, the front page's
 * top stories and the read models for the desk and the site. It knows subjects by id only, and
 * uses the subject module for its {@code SubjectsMerged} event and, before a save, for
 * {@code SubjectDirectory}'s answer to which linked subjects are still on record.
 *
 * <p>The base package is the module's main interface (the aggregate, its service, commands,
 * events and desk read models). Three sub-packages are named interfaces other modules may use
 * when they declare them: {@code article::section}, {@code article::frontpage} and
 * {@code article::reader}. {@code internal} is closed.
 */
@ApplicationModule(allowedDependencies = { "shared", "subject" })
package org.dateline.article;

import org.springframework.modulith.ApplicationModule;
