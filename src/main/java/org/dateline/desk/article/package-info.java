/**
 * Story pages of the desk: the story list and editor, revisions, the front page's order, sections and subject suggestions for a story. Internal to the desk module.
 */
package org.dateline.desk.article;
