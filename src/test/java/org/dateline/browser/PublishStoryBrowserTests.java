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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor signs in, writes a story, publishes it, and a reader finds it on the site. */
@BrowserTest
class PublishStoryBrowserTests {

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

	@Test
	void anEditorPublishesAStoryThatReadersThenSee() {
		DeskUser editor = new TestAccounts(context).create(Role.EDITOR);

		browser.get(url("/desk"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		browser.findElement(By.id("username")).sendKeys(editor.getUsername());
		browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/desk")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stories");

		browser.findElement(By.linkText("New story")).click();
		browser.findElement(By.id("headline")).sendKeys("Library opens late on weekdays");
		browser.findElement(By.id("dek")).sendKeys("The city extends reading-room hours until ten");
		browser.findElement(By.id("dateline")).sendKeys("Leeds");
		WebElement body = browser.findElement(By.cssSelector(".ql-editor"));
		body.click();
		body.sendKeys("Readers asked for longer hours.\nThe council agreed on Tuesday.");
		browser.findElement(By.cssSelector("#article-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Story created"));

		browser.findElement(By.xpath("//button[normalize-space()='Publish now']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Published."));

		browser.get(url("/"));
		browser.findElement(By.linkText("Library opens late on weekdays")).click();
		wait.until(ExpectedConditions.urlContains("/articles/library-opens-late-on-weekdays"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Library opens late on weekdays");
		assertThat(browser.findElement(By.cssSelector(".story .body")).getText())
			.contains("LEEDS", "Readers asked for longer hours.", "The council agreed on Tuesday.");
	}

}
