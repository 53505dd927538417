package org.dateline.subject;

/**
 * How many stories link a subject. The subject module knows nothing of stories, so it asks
 * through this interface, which the read side over stories and subjects ({@code coverage})
 * implements; the subject module needs it to refuse deleting a subject that stories link.
 */
public interface StoryLinks {

	long storiesLinking(long subjectId);

}
