package org.dateline.browser;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.shared.Role;
import org.dateline.support.BrowserTest;
import org.dateline.support.DeskBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin creates a reporter; the reporter signs in with the one-time password, must choose a
 * new one, and cannot reach user management.
 */
@BrowserTest
class UserAdminBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void anAdminCreatesAReporterWhoMustChangeThePasswordAndCannotManageUsers() {
		DeskUser admin = new TestAccounts(context).create(Role.ADMIN);
		String username = "amal-" + System.nanoTime() % 100000;

		try (DeskBrowser desk = new DeskBrowser(port)) {
			desk.signIn(admin.getUsername(), TestAccounts.PASSWORD);
			assertThat(desk.driver().getCurrentUrl()).isEqualTo(desk.url("/desk"));
			desk.click("a[href='/desk/users']");
			desk.click("a[href='/desk/users/new']");
			desk.type("#username", username);
			desk.type("#displayName", "Amal Reporter");
			new Select(desk.find("#role")).selectByVisibleText("Reporter");
			desk.click("main form button[type=submit]");
			String oneTime = desk.find("#one-time-password").getText();
			assertThat(oneTime).hasSize(19);
			assertThat(desk.find("#user-" + username).getText()).contains("Amal Reporter", "must change password");
			desk.clickButton("Sign out");

			desk.signIn(username, oneTime);
			assertThat(desk.driver().getCurrentUrl()).isEqualTo(desk.url("/desk/account/password"));
			assertThat(desk.driver().getPageSource()).contains("one-time password");
			desk.open("/desk");
			assertThat(desk.driver().getCurrentUrl()).isEqualTo(desk.url("/desk/account/password"));

			desk.type("#currentPassword", oneTime).type("#newPassword", "short").type("#confirmPassword", "short");
			desk.click("main form button[type=submit]");
			assertThat(desk.find("#newPassword-error").getText()).contains("at least 12 characters");

			desk.type("#currentPassword", oneTime)
				.type("#newPassword", "copper kettle on the hill")
				.type("#confirmPassword", "copper kettle on the hill");
			desk.click("main form button[type=submit]");
			assertThat(desk.driver().getCurrentUrl()).isEqualTo(desk.url("/desk"));
			assertThat(desk.flash()).isEqualTo("Your password is changed.");
			assertThat(desk.driver().findElements(By.linkText("Users"))).isEmpty();

			desk.open("/desk/users");
			assertThat(desk.find("h1").getText()).isEqualTo("You don’t have access to this");
			desk.click("a[href='/desk']");
			desk.clickButton("Sign out");
			desk.waiting().until(ExpectedConditions.urlContains("/login?signedOut"));

			desk.signIn(username, "copper kettle on the hill");
			assertThat(desk.driver().getCurrentUrl()).isEqualTo(desk.url("/desk"));
		}
	}

}
