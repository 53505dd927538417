package org.dateline.browser;

import java.time.Duration;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.shared.Role;
import org.dateline.support.BrowserTest;
import org.dateline.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		browser = Chromium.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void signIn(String username, String password) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	void signOut() {
		browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		wait.until(ExpectedConditions.urlContains("/login?signedOut"));
	}

	@Test
	void anAdminCreatesAReporterWhoMustChangeThePasswordAndCannotManageUsers() {
		DeskUser admin = new TestAccounts(context).create(Role.ADMIN);
		String username = "amal-" + System.nanoTime() % 100000;

		signIn(admin.getUsername(), TestAccounts.PASSWORD);
		wait.until(ExpectedConditions.urlToBe(url("/desk")));
		browser.findElement(By.linkText("Users")).click();
		browser.findElement(By.linkText("New user")).click();
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("displayName")).sendKeys("Amal Reporter");
		new Select(browser.findElement(By.id("role"))).selectByVisibleText("Reporter");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		String oneTime = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText();
		assertThat(oneTime).hasSize(19);
		assertThat(browser.findElement(By.id("user-" + username)).getText()).contains("Amal Reporter", "must change password");
		signOut();

		signIn(username, oneTime);
		wait.until(ExpectedConditions.urlToBe(url("/desk/account/password")));
		assertThat(browser.getPageSource()).contains("one-time password");
		browser.get(url("/desk"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/desk/account/password"));

		browser.findElement(By.id("currentPassword")).sendKeys(oneTime);
		browser.findElement(By.id("newPassword")).sendKeys("short");
		browser.findElement(By.id("confirmPassword")).sendKeys("short");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(browser.findElement(By.id("newPassword-error")).getText()).contains("at least 12 characters");

		browser.findElement(By.id("currentPassword")).sendKeys(oneTime);
		browser.findElement(By.id("newPassword")).sendKeys("copper kettle on the hill");
		browser.findElement(By.id("confirmPassword")).sendKeys("copper kettle on the hill");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/desk")));
		assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Your password is changed.");
		assertThat(browser.findElements(By.linkText("Users"))).isEmpty();

		browser.get(url("/desk/users"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You don’t have access to this");
		browser.findElement(By.linkText("Back to the desk")).click();
		signOut();

		signIn(username, "copper kettle on the hill");
		wait.until(ExpectedConditions.urlToBe(url("/desk")));
	}

}
