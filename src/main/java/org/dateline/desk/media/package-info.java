/**
 * The photo library on the desk, and the pictures chosen for a story or a subject. Internal to the desk module.
 */
package org.dateline.desk.media;
