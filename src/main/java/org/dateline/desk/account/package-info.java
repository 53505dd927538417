/**
 * The desk user's own account, the user admin pages and the audit log. Internal to the desk module.
 */
package org.dateline.desk.account;
