/**
 * Subject pages of the desk: people, organizations and events, their roles, participants, merging and the search that creates them. Internal to the desk module.
 */
package org.dateline.desk.subject;
