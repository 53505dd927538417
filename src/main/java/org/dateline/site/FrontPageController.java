package org.dateline.site;

import org.dateline.article.frontpage.FrontPageService;
import java.util.List;

import org.dateline.article.reader.ArticleTeaser;
import org.dateline.article.reader.ReaderArticles;
import org.dateline.article.reader.ReaderArticles.SectionBlock;
import org.dateline.cache.CacheKeys;
import org.dateline.cache.ResponseKeys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the editors' top stories, the latest stories, and a block per section. */
@Controller
class FrontPageController {

	static final int LATEST = 10;

	static final int PER_SECTION = 4;

	private final ReaderArticles articles;

	private final FrontPageService frontPage;

	private final ResponseKeys keys;

	private final SitePictures pictures;

	FrontPageController(ReaderArticles articles, FrontPageService frontPage, ResponseKeys keys,
			SitePictures pictures) {
		this.articles = articles;
		this.frontPage = frontPage;
		this.keys = keys;
		this.pictures = pictures;
	}

	@GetMapping("/")
	String frontPage(Model model) {
		List<ArticleTeaser> top = frontPage.forReaders();
		List<ArticleTeaser> latest = articles.latest(LATEST);
		List<SectionBlock> blocks = articles.sectionBlocks(PER_SECTION);
		keys.add(CacheKeys.FRONT);
		keys.add(SiteKeys.stories(top));
		keys.add(SiteKeys.stories(latest));
		blocks.forEach(block -> keys.add(SiteKeys.stories(block.stories())));
		model.addAttribute("top", top);
		model.addAttribute("latest", latest);
		model.addAttribute("sectionBlocks", blocks);
		List<ArticleTeaser> shown = new java.util.ArrayList<>(top);
		shown.addAll(latest);
		blocks.forEach(block -> shown.addAll(block.stories()));
		model.addAttribute("teaserPictures", pictures.teasers(shown));
		return "site/front";
	}

}
